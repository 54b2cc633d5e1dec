// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "QtTranslationGaps.h"
#include "app/Settings.h"
#include "app/Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTranslator>

namespace {

// Qt's own Swedish strings (standard buttons, file dialogs); qtbase_sv when installed,
// else the older all-in-one qt_sv catalogue.
void installQtTranslations(QApplication &app)
{
    auto *translator = new QTranslator(&app);
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QLocale locale;
    if (translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)
        || translator->load(locale, QStringLiteral("qt"), QStringLiteral("_"), dir))
        app.installTranslator(translator);
    // Installed last, so it is asked first; it answers only what the catalogue lacks.
    app.installTranslator(new fhb::gui::QtTranslationGaps(&app));
}

// The command-line path wins; then the database used last; then the default file,
// created with the demo data on the very first start.
void openStartDatabase(fhb::gui::MainWindow &window, fhb::app::Settings &settings, const QStringList &args)
{
    if (args.size() > 1 && window.openDatabase(args.at(1)))
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

} // namespace

int main(int argc, char *argv[])
{
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    QApplication app(argc, argv);
    // No organisation name: data lands in ~/.local/share/Folkhalsobok, not Folkhalsobok/Folkhalsobok.
    QCoreApplication::setApplicationName(QStringLiteral("Folkhalsobok"));
    QApplication::setApplicationDisplayName(QStringLiteral("Folkhälsobok"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FHB_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    installQtTranslations(app);

    fhb::app::Settings settings;
    fhb::gui::MainWindow window(settings);
    window.show();
    openStartDatabase(window, settings, QCoreApplication::arguments());
    return app.exec();
}
