// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Translations.h"
#include "app/Settings.h"
#include "app/Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStyleFactory>

namespace {

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

    fhb::app::Settings settings;
    fhb::gui::Translations translations;
    translations.setLanguage(settings.language());
    fhb::gui::MainWindow window(settings);
    window.setTranslations(&translations);
    window.show();
    openStartDatabase(window, settings, QCoreApplication::arguments());
    return app.exec();
}
