// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace fhb::app {

namespace {
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastDatabase = QStringLiteral("files/lastDatabase");
const QString kWindowGeometry = QStringLiteral("mainWindow/geometry");
const QString kWindowState = QStringLiteral("mainWindow/state");
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastExportDirectory = QStringLiteral("files/lastExportDirectory");

QString absolute(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}
} // namespace

// Fixed names, so the file is ~/.config/Folkhalsobok/folkhalsobok.conf whatever the
// application object is called (tests, the command-line tool).
Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("Folkhalsobok"), QStringLiteral("folkhalsobok")))
{
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QStringList Settings::recentFiles() const
{
    QStringList files = m_settings->value(kRecentFiles).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMaxRecentFiles);
}

void Settings::addRecentFile(const QString &path)
{
    const QString file = absolute(path);
    if (file.isEmpty())
        return;
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    m_settings->setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(absolute(path));
    m_settings->setValue(kRecentFiles, files);
}

void Settings::clearRecentFiles()
{
    m_settings->remove(kRecentFiles);
}

QString Settings::lastDatabase() const
{
    return m_settings->value(kLastDatabase).toString();
}

void Settings::setLastDatabase(const QString &path)
{
    m_settings->setValue(kLastDatabase, absolute(path));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kWindowState, state);
}

QString Settings::lastExportDirectory() const
{
    return m_settings->value(kLastExportDirectory).toString();
}

void Settings::setLastExportDirectory(const QString &directory)
{
    m_settings->setValue(kLastExportDirectory, absolute(directory));
}

QString Settings::exportDirectory() const
{
    const QString last = lastExportDirectory();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString Settings::language() const
{
    const QString language = m_settings->value(kLanguage).toString();
    return language == QStringLiteral("en") ? language : QStringLiteral("sv");
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace fhb::app
