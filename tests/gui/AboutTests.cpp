// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "gui/AboutText.h"
#include "gui/FileDropHandler.h"
#include "gui/MainWindow.h"
#include "storage/EngineInfo.h"

#include <QSignalSpy>
#include <QTextDocument>

#include <sqlite3.h>

using namespace fhb;

namespace {

QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

TEST_CASE("the About box names the version the licence Qt SQLite and the open database with its schema", "[gui]")
{
    test::DemoFixture f;
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    gui::MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));

    const QString text = plain(gui::AboutText::html(window.workspace()));
    CHECK(text.contains(QStringLiteral("Folkhälsobok 9.8.7")));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    CHECK(storage::sqliteLibraryVersion() == QString::fromLatin1(SQLITE_VERSION));
    CHECK(text.contains(QStringLiteral("SQLite %1").arg(storage::sqliteLibraryVersion())));
    CHECK(text.contains(QDir::toNativeSeparators(f.path)));
    CHECK(text.contains(QStringLiteral("Schemaversion %1").arg(storage::Database::latestSchemaVersion())));
}

TEST_CASE("the About box without a database says that none is open", "[gui]")
{
    const QString text = plain(gui::AboutText::html(nullptr));
    CHECK(text.contains(QStringLiteral("Ingen databas är öppen.")));
    CHECK_FALSE(text.contains(QStringLiteral("Schemaversion")));
}

TEST_CASE("a file named on the command line goes to the import it belongs to like a dropped file", "[gui]")
{
    test::DemoFixture f;
    gui::MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    // handleFiles only routes: the import itself (and its dialogs) is tested in ReportFileGuiTests.
    QObject::disconnect(window.fileDropHandler(), nullptr, nullptr, nullptr);
    QSignalSpy reports(window.fileDropHandler(), &gui::FileDropHandler::reportFilesDropped);
    QSignalSpy ledgers(window.fileDropHandler(), &gui::FileDropHandler::ledgerFileDropped);
    const QString exchange = f.scratch.path(QStringLiteral("Askersund 2024.json"));
    const QString ledger = f.scratch.path(QStringLiteral("huvudbok.csv"));

    CHECK(window.fileDropHandler()->handleFiles({exchange}));
    CHECK(window.fileDropHandler()->handleFiles({ledger}));
    REQUIRE(reports.size() == 1);
    CHECK(reports.at(0).at(0).toStringList() == QStringList{exchange});
    REQUIRE(ledgers.size() == 1);
    CHECK(ledgers.at(0).at(0).toString() == ledger);
}
