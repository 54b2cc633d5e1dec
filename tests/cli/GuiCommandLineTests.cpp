// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop program's own command line, run as a process: --help and --version answer
// without a display, and an unknown option is refused instead of taken for a database.
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

using fhb::test::Scratch;

namespace {

struct GuiRun {
    int code = -1;
    QString out;
    QString err;
};

GuiRun runGui(const Scratch &scratch, const QStringList &arguments, bool display)
{
    QProcess process;
    process.setProgram(QStringLiteral(FHB_GUI_PATH));
    process.setArguments(arguments);
    process.setWorkingDirectory(scratch.dir());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (display)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings and the default database stay in the scratch folder.
    env.insert(QStringLiteral("HOME"), scratch.dir());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), scratch.path(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start();
    REQUIRE(process.waitForFinished(60000));
    GuiRun run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("folkhalsobok --help prints a usage text and exits 0 without a display", "[gui-cli]")
{
    Scratch scratch;
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const GuiRun run = runGui(scratch, {option}, false);
        INFO(run.err.toStdString());
        CHECK(run.code == 0);
        CHECK(run.out.startsWith(QStringLiteral("Användning: folkhalsobok [DATABAS]")));
        CHECK(run.out.contains(QStringLiteral("--version")));
    }
    CHECK(QDir(scratch.dir()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("folkhalsobok --version prints the version and exits 0", "[gui-cli]")
{
    Scratch scratch;
    const GuiRun run = runGui(scratch, {QStringLiteral("--version")}, false);
    CHECK(run.code == 0);
    CHECK(run.out.trimmed() == QStringLiteral("folkhalsobok " FHB_TEST_VERSION));
}

TEST_CASE("folkhalsobok refuses an unknown option with a message instead of opening it as a database", "[gui-cli]")
{
    Scratch scratch;
    const GuiRun run = runGui(scratch, {QStringLiteral("--frobnicate")}, true);
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("Okänd flagga \"--frobnicate\"")));
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("--frobnicate"))));
    const GuiRun two = runGui(scratch, {QStringLiteral("a.db"), QStringLiteral("b.db")}, true);
    CHECK(two.code == 2);
    CHECK(two.err.contains(QStringLiteral("högst en databas")));
}
