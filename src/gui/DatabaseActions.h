// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Session.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace fhb::app {
class Settings;
}

namespace fhb::gui {

/// The database half of the Arkiv menu: Ny databas…, Öppna… and Senast öppnade, each making
/// the chosen file the session's workspace. A file another program writes in is offered
/// read-only instead of refused; every workspace the session gets is remembered as the last
/// database and at the top of the recent files. Errors are shown in Swedish message boxes
/// parented to `window`.
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    /// The window's actions and menu that this fills and answers (they belong to the caller).
    struct Actions {
        QAction *newDatabase = nullptr;
        QAction *openDatabase = nullptr;
        QMenu *recentFiles = nullptr;
    };
    /// `settings` (recent files, last database) and `session` outlive this.
    DatabaseActions(QWidget *window, app::Settings &settings, app::Session &session, Actions actions);

    /// Opens the database at `path` as the session's workspace, the overview's sums first
    /// (docs/performance.md); on failure shows the Swedish reason, keeps what was open and
    /// returns false. A file another program holds for writing is offered read-only instead.
    bool openDatabase(const QString &path, const app::OpenOptions &options = {});
    /// Asks for a new file name and creates an empty database there.
    void createNewDatabase();
    /// Asks for a database file and opens it.
    void chooseDatabaseToOpen();

    /// Sets the translated texts again (the recent files menu).
    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    bool offerReadOnly(const QString &path, const QString &why);
    void remember(const QString &path);
    void rebuildRecentMenu();
    QString currentFolder() const;

    QWidget *m_window;
    app::Settings &m_settings;
    app::Session &m_session;
    Actions m_actions;
};

} // namespace fhb::gui
