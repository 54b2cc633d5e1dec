// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDropHandler.h"
#include "MainWindow.h"
#include "Translations.h"
#include "app/Settings.h"
#include "app/Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

// A file named on the command line (the menu entry passes a double-clicked file as %f): an
// exchange file or a ledger CSV goes to the import it belongs to, anything else is a database.
bool isImportFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("json") || suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
}

// The command-line database wins; then the database used last; then the default file,
// created with the demo data on the very first start.
void openStartDatabase(fhb::gui::MainWindow &window, fhb::app::Settings &settings, const QString &database)
{
    if (!database.isEmpty() && window.openDatabase(database))
        return;
    const QString last = settings.lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last) && window.openDatabase(last))
        return;
    const QString defaultPath = fhb::app::Workspace::defaultDatabasePath();
    if (QFileInfo::exists(defaultPath)) {
        window.openDatabase(defaultPath);
        return;
    }
    auto created = fhb::app::Workspace::createWithDemoData(defaultPath);
    if (created)
        window.setWorkspace(std::move(created.value()));
    else
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Databasen kunde inte skapas"),
                             created.error());
}

// --help and --version are answered before QApplication exists, so that they work without a
// display (and at build time, where help2man makes the man page from them).
const char kHelp[] =
    "Användning: folkhalsobok [FIL]\n"
    "\n"
    "Folkhälsobok: bokföring av regionala folkhälsoavtal. Årsredovisningar, ersättning och\n"
    "medfinansiering mellan en region och dess kommuner, länsdelar och organisationer.\n"
    "\n"
    "Argument:\n"
    "  FIL           en databas (.db) att öppna; en utbytesfil (.json) öppnas i förhandsgranskningen\n"
    "                för import av rapporter, en huvudboksfil (.csv) i guiden för import av utgifter.\n"
    "                Utan FIL öppnas databasen som användes senast.\n"
    "\n"
    "Flaggor:\n"
    "  -h, --help    visar den här hjälpen\n"
    "  --version     visar versionen\n"
    "\n"
    "Kommandoraden för skript heter folkhalsobok-cli (se folkhalsobok-cli --help).\n";

enum class Early { Run, Exit, Refuse };

Early answerEarly(int argc, char *argv[], QString *file)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--help") == 0) {
            std::fputs(kHelp, stdout);
            return Early::Exit;
        }
        if (std::strcmp(arg, "--version") == 0) {
            std::printf("folkhalsobok %s\n", FHB_VERSION);
            return Early::Exit;
        }
        // Qt's own options (-style, -platform, …) are taken by QApplication; a single dash
        // is left to it. A double dash that is not ours is a mistake, not a database path.
        if (std::strncmp(arg, "--", 2) == 0 && arg[2] != '\0') {
            std::fprintf(stderr, "Okänd flagga: %s. Kör folkhalsobok --help för en lista över flaggor.\n", arg);
            return Early::Refuse;
        }
        if (arg[0] == '-')
            continue;
        if (!file->isEmpty()) {
            std::fputs("Ange högst en fil. Kör folkhalsobok --help för hjälp.\n", stderr);
            return Early::Refuse;
        }
        *file = QString::fromLocal8Bit(arg);
    }
    return Early::Run;
}

} // namespace

int main(int argc, char *argv[])
{
    QString file;
    switch (answerEarly(argc, argv, &file)) {
    case Early::Exit:
        return std::fflush(stdout) == 0 && !std::ferror(stdout) ? 0 : 2;
    case Early::Refuse:
        return 2;
    case Early::Run:
        break;
    }

    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    QApplication app(argc, argv);
    // No organisation name: data lands in ~/.local/share/Folkhalsobok, not Folkhalsobok/Folkhalsobok.
    QCoreApplication::setApplicationName(QStringLiteral("Folkhalsobok"));
    QApplication::setApplicationDisplayName(QStringLiteral("Folkhälsobok"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FHB_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    fhb::app::Settings settings;
    fhb::gui::Translations translations;
    translations.setLanguage(settings.language());
    fhb::gui::MainWindow window(settings);
    window.setTranslations(&translations);
    window.show();
    const bool importing = !file.isEmpty() && isImportFile(file);
    openStartDatabase(window, settings, importing ? QString() : file);
    if (importing) // queued: the import's dialogs are modal and need the event loop running
        QTimer::singleShot(0, &window, [&window, file] { window.fileDropHandler()->handleFiles({file}); });
    return app.exec();
}
