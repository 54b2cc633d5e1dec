// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseActions.h"

#include "gui/widgets/FileDialogs.h"
#include "app/Icons.h"
#include "app/Settings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace fhb::gui {

DatabaseActions::DatabaseActions(QWidget *window, app::Settings &settings, app::Session &session, Actions actions)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_session(session)
    , m_actions(actions)
{
    m_actions.newDatabase->setIcon(app::icon(app::IconId::NewDatabase));
    m_actions.openDatabase->setIcon(app::icon(app::IconId::OpenDatabase));
    connect(m_actions.newDatabase, &QAction::triggered, this, &DatabaseActions::createNewDatabase);
    connect(m_actions.openDatabase, &QAction::triggered, this, &DatabaseActions::chooseDatabaseToOpen);
    connect(&m_session, &app::Session::workspaceChanged, this, [this](app::Workspace *workspace) {
        if (workspace)
            remember(workspace->path());
    });
    rebuildRecentMenu();
}

void DatabaseActions::retranslate()
{
    rebuildRecentMenu();
}

bool DatabaseActions::openDatabase(const QString &path, const app::OpenOptions &options)
{
    const Status opened = m_session.open(path, options, app::Workspace::Load::OverviewFirst);
    if (!opened && opened.errorKind() == ErrorKind::Busy && !options.forceReadOnly)
        return offerReadOnly(path, opened.error());
    if (!opened) {
        QMessageBox::warning(m_window, tr("Databasen kunde inte öppnas"), opened.error());
        return false;
    }
    return true;
}

// Someone else is writing: reading is still safe, so offer that instead of a dead end.
bool DatabaseActions::offerReadOnly(const QString &path, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Databasen används av någon annan"), why, QMessageBox::Cancel, m_window);
    QPushButton *readOnly = box.addButton(tr("Öppna skrivskyddad"), QMessageBox::AcceptRole);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() != readOnly)
        return false;
    app::OpenOptions options;
    options.forceReadOnly = true;
    return openDatabase(path, options);
}

void DatabaseActions::remember(const QString &path)
{
    m_settings.addRecentFile(path);
    m_settings.setLastDatabase(path);
    rebuildRecentMenu();
}

void DatabaseActions::rebuildRecentMenu()
{
    QMenu *menu = m_actions.recentFiles;
    menu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this, [this, file] {
            if (!openDatabase(file) && !QFileInfo::exists(file)) {
                m_settings.removeRecentFile(file);
                rebuildRecentMenu();
            }
        });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty()) {
        menu->addAction(tr("Inga senast öppnade databaser"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Töm listan"), this, [this] {
        m_settings.clearRecentFiles();
        rebuildRecentMenu();
    });
}

// The folder of the open database: where a new one or another one most likely belongs.
QString DatabaseActions::currentFolder() const
{
    const app::Workspace *workspace = m_session.workspace();
    return workspace ? QFileInfo(workspace->path()).absolutePath() : QString();
}

void DatabaseActions::createNewDatabase()
{
    const QString dir = m_session.workspace() ? currentFolder()
                                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = askSaveFileName(m_window, tr("Ny databas"), dir, tr("Folkhälsobok-databas (*.db)"),
                                         QStringLiteral(".db"), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // An existing file is refused by storage with a message saying so; nothing is overwritten.
    app::OpenOptions options;
    options.create = true;
    if (openDatabase(path, options))
        Q_EMIT statusMessage(tr("En ny, tom databas har skapats: %1").arg(QDir::toNativeSeparators(path)));
}

void DatabaseActions::chooseDatabaseToOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Öppna databas"), currentFolder(),
                                                      tr("Folkhälsobok-databas (*.db);;Alla filer (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

} // namespace fhb::gui
