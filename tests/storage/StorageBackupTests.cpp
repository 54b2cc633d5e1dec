// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageSupport.h"

#include "storage/dataset/DatasetStore.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

TEST_CASE("a backup is an openable copy with the same data readable by the owner only", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("original.fhb")));
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    const QString copy = scratch.path(QStringLiteral("kopia.fhb"));
    const Status s = db->backupTo(copy);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(copy).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    const QStringList leftovers = QDir(scratch.dir()).entryList({QStringLiteral("*tmp*")}, QDir::Files);
    CHECK(leftovers.isEmpty());

    auto original = DatasetStore(*db).load();
    auto reopened = openDb(copy);
    REQUIRE(reopened);
    auto copied = DatasetStore(*reopened).load();
    REQUIRE(original.ok());
    REQUIRE(copied.ok());
    CHECK(sameParties(original->parties, copied->parties));
    REQUIRE(copied->agreements.size() == 1);
    CHECK(copied->agreements.first().sameContent(original->agreements.first()));
    REQUIRE(copied->reports.size() == 1);
    CHECK(copied->reports.first().sameContent(original->reports.first()));
}

TEST_CASE("a backup replaces an older backup file and works from a read-only database", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("original.fhb"));
    {
        auto db = createDb(path);
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    }
    const QString copy = scratch.path(QStringLiteral("kopia.fhb"));
    writeFile(copy, "gammal kopia");
    OpenOptions options;
    options.forceReadOnly = true;
    auto db = openDb(path, options);
    REQUIRE(db);
    REQUIRE(db->backupTo(copy).ok());
    auto reopened = openDb(copy);
    REQUIRE(reopened);
    CHECK(DatasetStore(*reopened).load()->reports.size() == 1);
}

TEST_CASE("a backup into a missing folder fails with a Swedish message", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("original.fhb")));
    const Status s = db->backupTo(scratch.path(QStringLiteral("finns-inte/kopia.fhb")));
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("Säkerhetskopian")));
}
