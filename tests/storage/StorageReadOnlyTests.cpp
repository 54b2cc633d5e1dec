// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageSupport.h"

#include "storage/dataset/DatasetStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

const char *const kPathVariable = "FHB_READONLY_DB";

/// A WAL database in a folder that only its owner (root) may write, readable by everyone.
QString lockedFolderDatabase(const Scratch &scratch)
{
    const QString folder = scratch.path(QStringLiteral("skrivskyddad"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("db.fhb"));
    {
        auto db = createDb(path);
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
        REQUIRE(db->journalMode() == QStringLiteral("wal"));
    }
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    REQUIRE(::chmod(QFile::encodeName(scratch.dir()).constData(), 0755) == 0);
    return path;
}

/// What a user without write permission sees; run in-process or as another user.
void checkReadOnlyView(const QString &path)
{
    OpenError error;
    auto db = Database::open(path, {}, &error);
    INFO(error.message.toStdString());
    REQUIRE(db);
    CHECK(db->isReadOnly());
    CHECK_FALSE(db->readOnlyReason().isEmpty());
    auto data = DatasetStore(*db).load();
    REQUIRE(data.ok());
    CHECK(data->reports.size() == 1);
    Dataset more;
    more.parties = {{0, QStringLiteral("Laxå kommun"), PartyKind::Municipality, {}}};
    const auto imported = DatasetStore(*db).import(more);
    CHECK_FALSE(imported.ok());
    CHECK(imported.error() == db->readOnlyReason());
}

} // namespace

// Run by the test below as an unprivileged user (root ignores file permissions).
TEST_CASE("a database the user cannot write is read through SQLite read-only", "[.][storage-unprivileged]")
{
    const QString path = qEnvironmentVariable(kPathVariable);
    if (path.isEmpty()) {
        WARN("only run by the test below, which sets " << kPathVariable);
        return;
    }
    checkReadOnlyView(path);
}

TEST_CASE("a WAL database in a folder the user cannot write opens read-only", "[storage]")
{
    Scratch scratch;
    const QString path = lockedFolderDatabase(scratch);
    const QByteArray before = readFile(path);
    if (::geteuid() != 0) {
        REQUIRE(::chmod(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), 0555) == 0);
        checkReadOnlyView(path);
        ::chmod(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), 0755);
    } else {
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (runuser.isEmpty()) {
            WARN("runuser is missing: the unprivileged read-only case is not tested");
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kPathVariable), path);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(runuser, {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                              QCoreApplication::applicationFilePath(), QStringLiteral("[storage-unprivileged]")});
        REQUIRE(child.waitForFinished(60000));
        INFO(QString::fromLocal8Bit(child.readAllStandardOutput() + child.readAllStandardError()).toStdString());
        CHECK(child.exitStatus() == QProcess::NormalExit);
        CHECK(child.exitCode() == 0);
    }
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a forced read-only WAL database can be read and leaves the file as it was", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("wal.fhb"));
    createDb(path).reset();
    const QByteArray before = readFile(path);
    OpenOptions options;
    options.forceReadOnly = true;
    {
        auto db = openDb(path, options);
        REQUIRE(db);
        CHECK(db->journalMode() == QStringLiteral("wal"));
        CHECK(DatasetStore(*db).load().ok());
        CHECK(rawExec(*db, QStringLiteral("DELETE FROM party")).isValid());
    }
    CHECK(readFile(path) == before);
}
