// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/PartyRegister.h"
#include "app/Workspace.h"

#include <QFileInfo>
#include <QStandardPaths>

using namespace fhb;
using app::Workspace;

TEST_CASE("a new workspace with demo data holds Örebro kommun's report of 2023", "[app][workspace]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("folkhalsobok.db"));
    auto created = Workspace::createWithDemoData(path);
    REQUIRE(created.ok());
    const Workspace &workspace = *created.value();
    CHECK(workspace.fileName() == QStringLiteral("folkhalsobok.db"));
    CHECK_FALSE(workspace.isReadOnly());
    CHECK_FALSE(workspace.userName().isEmpty());
    const AnnualReport *report = workspace.dataset().report(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(report);
    CHECK(report->contributionOre() == 263200000);
}

TEST_CASE("creating the demo database refuses a file that is already there", "[app][workspace]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("taken.db"));
    test::writeFile(path, QByteArrayLiteral("not mine"));
    auto created = Workspace::createWithDemoData(path);
    CHECK_FALSE(created.ok());
    CHECK_FALSE(created.error().isEmpty());
    CHECK(test::readFile(path) == QByteArrayLiteral("not mine"));
}

TEST_CASE("opening a file that is not a database fails with a Swedish message and leaves it alone", "[app][workspace]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("picture.db"));
    test::writeFile(path, QByteArrayLiteral("\x89PNG\r\n\x1a\n garbage that is not SQLite at all"));
    auto opened = Workspace::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("picture.db")));
    CHECK(test::readFile(path).startsWith(QByteArrayLiteral("\x89PNG")));
}

TEST_CASE("a workspace opened read-only says so and why", "[app][workspace]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("demo.db"));
    REQUIRE(Workspace::createWithDemoData(path).ok());
    storage::OpenOptions options;
    options.forceReadOnly = true;
    auto opened = Workspace::open(path, options);
    REQUIRE(opened.ok());
    CHECK(opened.value()->isReadOnly());
    CHECK_FALSE(opened.value()->readOnlyReason().isEmpty());
    CHECK(opened.value()->dataset().report(QStringLiteral("Örebro kommun"), 2023));
}

TEST_CASE("the default database lives in the application data folder", "[app][workspace]")
{
    QStandardPaths::setTestModeEnabled(true); // ~/.qttest, not the user's own folder
    const QString path = Workspace::defaultDatabasePath();
    QStandardPaths::setTestModeEnabled(false);
    CHECK(QFileInfo(path).fileName() == QStringLiteral("folkhalsobok.db"));
    CHECK(QFileInfo(QFileInfo(path).absolutePath()).isDir());
}

TEST_CASE("the parties that write reports are every party but the funder, sorted", "[app][workspace]")
{
    test::Scratch scratch;
    auto created = Workspace::createWithDemoData(scratch.path(QStringLiteral("demo.db")));
    REQUIRE(created.ok());
    const Dataset &data = created.value()->dataset();
    const QStringList names = app::reportingParties(data);
    CHECK(names.contains(QStringLiteral("Örebro kommun")));
    QStringList sorted = names;
    sorted.sort(Qt::CaseInsensitive);
    CHECK(names == sorted);
    int funders = 0;
    for (const Party &party : data.parties) {
        funders += party.kind == PartyKind::Funder;
        if (party.kind == PartyKind::Funder)
            CHECK_FALSE(names.contains(party.name));
    }
    CHECK(funders > 0);
    CHECK(names.size() == data.parties.size() - funders);
}
