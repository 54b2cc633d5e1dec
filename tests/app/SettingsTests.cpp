// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using fhb::app::Settings;

TEST_CASE("recent files keep the most recent first without duplicates and at most eight", "[app][settings]")
{
    fhb::test::Scratch scratch;
    Settings settings(scratch.path(QStringLiteral("settings.ini")));
    CHECK(settings.recentFiles().isEmpty());
    for (int i = 1; i <= 10; ++i)
        settings.addRecentFile(scratch.path(QStringLiteral("db%1.db").arg(i)));
    settings.addRecentFile(scratch.path(QStringLiteral("db7.db")));
    const QStringList files = settings.recentFiles();
    REQUIRE(files.size() == Settings::kMaxRecentFiles);
    CHECK(files.first() == scratch.path(QStringLiteral("db7.db")));
    CHECK(files.at(1) == scratch.path(QStringLiteral("db10.db")));
    CHECK(files.count(scratch.path(QStringLiteral("db7.db"))) == 1);
    CHECK_FALSE(files.contains(scratch.path(QStringLiteral("db1.db"))));

    settings.removeRecentFile(scratch.path(QStringLiteral("db7.db")));
    CHECK_FALSE(settings.recentFiles().contains(scratch.path(QStringLiteral("db7.db"))));
    settings.clearRecentFiles();
    CHECK(settings.recentFiles().isEmpty());
}

TEST_CASE("settings are kept in the file and read back by a new instance", "[app][settings]")
{
    fhb::test::Scratch scratch;
    const QString ini = scratch.path(QStringLiteral("settings.ini"));
    {
        Settings settings(ini);
        settings.setLastDatabase(scratch.path(QStringLiteral("a.db")));
        settings.setWindowGeometry(QByteArrayLiteral("geometry-bytes"));
        settings.setWindowState(QByteArrayLiteral("state-bytes"));
        settings.addRecentFile(scratch.path(QStringLiteral("a.db")));
        settings.sync();
    }
    Settings again(ini);
    CHECK(again.lastDatabase() == scratch.path(QStringLiteral("a.db")));
    CHECK(again.windowGeometry() == QByteArrayLiteral("geometry-bytes"));
    CHECK(again.windowState() == QByteArrayLiteral("state-bytes"));
    CHECK(again.recentFiles() == QStringList{scratch.path(QStringLiteral("a.db"))});
}

TEST_CASE("a relative recent file is stored as an absolute path", "[app][settings]")
{
    fhb::test::Scratch scratch;
    Settings settings(scratch.path(QStringLiteral("settings.ini")));
    settings.addRecentFile(QStringLiteral("relative.db"));
    REQUIRE(settings.recentFiles().size() == 1);
    CHECK(QDir::isAbsolutePath(settings.recentFiles().first()));
    CHECK(settings.recentFiles().first().endsWith(QStringLiteral("/relative.db")));
}

TEST_CASE("exports propose the last export folder while it exists, else the documents folder", "[app][settings]")
{
    fhb::test::Scratch scratch;
    Settings settings(scratch.path(QStringLiteral("settings.ini")));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fallback = documents.isEmpty() ? QDir::homePath() : documents;
    CHECK(settings.exportDirectory() == fallback);
    settings.setLastExportDirectory(scratch.dir());
    CHECK(settings.exportDirectory() == QFileInfo(scratch.dir()).absoluteFilePath());
    settings.setLastExportDirectory(scratch.path(QStringLiteral("gone")));
    CHECK(settings.exportDirectory() == fallback);
}
