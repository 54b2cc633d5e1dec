// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace fhb::app {

/// The one typed wrapper over QSettings: every key and default is in Settings.cpp.
/// Values are written at once (QSettings syncs in the background).
class Settings
{
public:
    /// The user's settings (~/.config/Folkhalsobok/folkhalsobok.conf on Linux).
    Settings();
    /// Settings kept in the INI file `iniPath`, for tests and portable use.
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static constexpr int kMaxRecentFiles = 8;

    /// Most recent first, at most kMaxRecentFiles absolute paths, no duplicates.
    QStringList recentFiles() const;
    /// Moves `path` (made absolute) to the front of the recent files.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    /// The database opened last; empty before the first start.
    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    /// QMainWindow::saveGeometry() / saveState() blobs; empty when never saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// The folder the last PDF was exported to (Arkiv → Exportera PDF…, batch export);
    /// empty before the first export.
    QString lastExportDirectory() const;
    void setLastExportDirectory(const QString &directory);
    /// Where an export proposes to save: the last export folder while it exists, else the
    /// documents folder (else the home folder).
    QString exportDirectory() const;

    /// The user interface language: "sv" (default) or "en".
    QString language() const;
    void setLanguage(const QString &language);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace fhb::app
