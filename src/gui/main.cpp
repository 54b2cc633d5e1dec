// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDropHandler.h"
#include "MainWindow.h"
#include "gui/i18n/Translations.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "app/exchange/ReportFingerprint.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTimer>

#include <clocale>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

/// Exit code 0, or 2 when the text could not be written (a full disk, a closed pipe).
int print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = QString(text + u'\n').toUtf8();
    const bool written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    return written && std::fflush(stream) == 0 ? 0 : 2;
}

QString usageText()
{
    return QCoreApplication::translate("main", "Användning: folkhalsobok [DATABAS]\n"
                                               "       folkhalsobok FIL.fhb.json | FIL.csv\n"
                                               "\n"
                                               "Folkhälsobok, bokföring av regionala folkhälsoöverenskommelser.\n"
                                               "Öppnar DATABAS (en .db-fil), annars den databas som användes senast.\n"
                                               "En utbytesfil (.json) öppnas i förhandsgranskningen för import av rapporter och en\n"
                                               "huvudboksfil (.csv) i guiden för import av utgifter, i den databas som användes senast.\n"
                                               "\n"
                                               "  -h, --help     visa den här texten\n"
                                               "  -v, --version  visa versionen\n"
                                               "\n"
                                               "Kommandoraden för skript och batchkörningar är folkhalsobok-cli (folkhalsobok-cli --help).");
}

/// --help and --version are answered before any window system is needed, so they work
/// without a display; `std::nullopt` means start the program.
std::optional<int> answerInformationOptions(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return print(stdout, usageText());
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return print(stdout, QStringLiteral("folkhalsobok " FHB_VERSION));
    }
    return std::nullopt;
}

/// The database path from the arguments Qt left (it removes its own, such as -platform), or
/// a refusal: an unknown option is never taken for a file name.
std::optional<QString> databaseArgument(const QStringList &args, QString *refusal)
{
    std::optional<QString> path;
    bool optionsEnded = false;
    for (const QString &arg : args.mid(1)) {
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && arg.startsWith(u'-') && arg != QLatin1String("-")) {
            *refusal = QCoreApplication::translate("main", "Okänd flagga \"%1\". Se folkhalsobok --help.").arg(arg);
            return std::nullopt;
        } else if (path) {
            *refusal = QCoreApplication::translate("main", "Ange högst en databas (fick \"%1\" och \"%2\"). Se folkhalsobok --help.")
                           .arg(*path, arg);
            return std::nullopt;
        } else {
            path = arg;
        }
    }
    return path.value_or(QString());
}

// The command-line path wins; then the database used last; then the default file,
// created with the demo data on the very first start.
void openStartDatabase(fhb::gui::MainWindow &window, fhb::app::Settings &settings, const QString &path)
{
    if (!path.isEmpty() && window.openDatabase(path))
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
        window.session().setWorkspace(std::move(created.value()));
    else
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Databasen kunde inte skapas"),
                             created.error());
}

} // namespace

int main(int argc, char *argv[])
{
    if (const std::optional<int> answered = answerInformationOptions(argc, argv))
        return *answered;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    QApplication app(argc, argv);
    // QCoreApplication set every locale category from the environment; numbers written into
    // files by printf-style code (libxlsxwriter) must keep a decimal point (see
    // src/cli/ReportPdfCommand.h, keepNumbersInCLocale).
    std::setlocale(LC_NUMERIC, "C");
    fhb::app::installReportFingerprint();
    QString refusal;
    const std::optional<QString> database = databaseArgument(QCoreApplication::arguments(), &refusal);
    if (!database) {
        print(stderr, refusal);
        return 2;
    }
    // No organisation name: data lands in ~/.local/share/Folkhalsobok, not Folkhalsobok/Folkhalsobok.
    QCoreApplication::setApplicationName(QStringLiteral("Folkhalsobok"));
    QApplication::setApplicationDisplayName(QStringLiteral("Folkhälsobok"));
    // The menu entry (resources/desktop): Wayland matches the window to it by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("se.folkhalsobok.Folkhalsobok"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FHB_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    fhb::app::Settings settings;
    fhb::gui::Translations translations;
    translations.setLanguage(settings.language());
    fhb::gui::MainWindow window(settings);
    window.setTranslations(&translations);
    window.show();
    // A file named on the command line (the menu entry passes a double-clicked file as %f): an
    // exchange file or a ledger CSV goes to the import it belongs to, anything else is a database.
    const bool importing = !database->isEmpty() && fhb::gui::FileDropHandler::isImportFile(*database);
    openStartDatabase(window, settings, importing ? QString() : *database);
    if (importing) // queued: the import's dialogs are modal and need the event loop running
        QTimer::singleShot(0, &window, [&window, file = *database] { window.fileDropHandler()->handleFiles({file}); });
    return app.exec();
}
