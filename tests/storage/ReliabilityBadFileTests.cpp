// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bad files (docs/reliability.md), beyond StorageOpenTests' zero-length, PNG, random,
// foreign, newer-schema and heavily corrupted files: truncation, single flipped bytes, and a
// disk that fills up while writing.
#include "StorageSupport.h"

#include "../crash/CrashPlan.h"
#include "storage/dataset/DatasetStore.h"
#include "storage/Integrity.h"
#include "storage/WriterLock.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <iostream>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

/// A database with a few hundred lines, all in the main file (WAL checkpointed on closing).
QString filledDatabase(const Scratch &scratch, const QString &name)
{
    const QString path = scratch.path(name);
    auto db = createDb(path);
    REQUIRE(DatasetStore(*db).import(syntheticCounty(3, 2, 40)).ok());
    return path;
}

void expectRefused(const QString &path, std::initializer_list<OpenErrorKind> kinds)
{
    const QByteArray before = readFile(path);
    OpenError error;
    auto db = Database::open(path, {}, &error);
    CHECK_FALSE(db);
    CHECK(std::find(kinds.begin(), kinds.end(), error.kind) != kinds.end());
    CHECK(error.message.contains(QFileInfo(path).fileName()));
    CHECK(error.message.contains(QStringLiteral("Filen har inte ändrats")));
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(WriterLock::lockPathFor(path)));
}

QString loadAll(Database &db)
{
    const auto data = DatasetStore(db).load();
    REQUIRE(data.ok());
    QString summary;
    for (const AnnualReport &r : data->reports)
        summary += r.party + QString::number(r.year) + QString::number(r.totalExpensesOre()) + QString::number(r.expenses.size());
    return summary;
}

/// 40 new parties with a report of 400 lines each.
Dataset bigImport()
{
    Dataset big;
    for (qint64 n = 1; n <= 40; ++n) {
        const Dataset part = crash::importDataset(n);
        big.parties += part.parties;
        big.reports += part.reports;
    }
    return big;
}

} // namespace

TEST_CASE("a truncated database is refused and stays untouched", "[reliability]")
{
    Scratch scratch;
    const QString path = filledDatabase(scratch, QStringLiteral("kort.fhb"));
    const QByteArray whole = readFile(path);
    REQUIRE(whole.size() > 8 * 4096);
    SECTION("cut inside the header")
    {
        writeFile(path, whole.left(60));
        expectRefused(path, {OpenErrorKind::NotADatabase});
    }
    SECTION("cut after the first page")
    {
        writeFile(path, whole.left(4096));
        expectRefused(path, {OpenErrorKind::Corrupt, OpenErrorKind::NotADatabase});
    }
    SECTION("cut in the middle")
    {
        writeFile(path, whole.left(whole.size() / 2));
        expectRefused(path, {OpenErrorKind::Corrupt});
    }
    SECTION("cut in the middle of a page")
    {
        writeFile(path, whole.left(whole.size() - 1000));
        expectRefused(path, {OpenErrorKind::Corrupt});
    }
}

TEST_CASE("a flipped byte in a page header or cell pointer is found before any edit", "[reliability]")
{
    Scratch scratch;
    const QString path = filledDatabase(scratch, QStringLiteral("vand.fhb"));
    const QByteArray whole = readFile(path);
    const int pages = int(whole.size() / 4096);
    // Page 2 onwards: byte 0 is the b-tree page type, bytes 3-4 the cell count, 5-6 the
    // content start; SQLite checks all of them. (Page 1 is the header: refusals are tested elsewhere.)
    int refused = 0;
    for (int page = 1; page < pages; ++page) {
        for (const int offset : {0, 3, 5}) {
            QByteArray bytes = whole;
            bytes[page * 4096 + offset] = char(bytes.at(page * 4096 + offset) ^ 0x5A);
            writeFile(path, bytes);
            INFO("page " << page + 1 << " offset " << offset);
            expectRefused(path, {OpenErrorKind::Corrupt, OpenErrorKind::NotADatabase});
            ++refused;
        }
    }
    std::cout << "flipped page headers: " << refused << " files refused" << std::endl;
    CHECK(refused >= 24);
}

TEST_CASE("random flipped bytes never crash and are refused or reported when SQLite can see them", "[reliability]")
{
    Scratch scratch;
    const QString path = filledDatabase(scratch, QStringLiteral("brus.fhb"));
    const QByteArray whole = readFile(path);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    INFO("seed " << seed);
    int refusedAtOpening = 0, foundByCheck = 0, unseen = 0;
    for (int round = 0; round < 60; ++round) {
        QByteArray bytes = whole;
        const qsizetype at = 100 + qsizetype(random.bounded(quint32(whole.size() - 100)));
        bytes[at] = char(bytes.at(at) ^ char(1 + random.bounded(255)));
        writeFile(path, bytes);
        OpenError error;
        auto db = Database::open(path, {}, &error);
        if (!db) {
            CHECK_FALSE(error.message.isEmpty());
            CHECK(readFile(path) == bytes);
            ++refusedAtOpening;
            continue;
        }
        // Opened: a byte in a value's payload has no checksum in SQLite; reading must still be safe.
        const auto problems = integrityProblems(*db);
        const auto data = DatasetStore(*db).load();
        if (!problems.ok() || !problems->isEmpty() || !data.ok())
            ++foundByCheck;
        else
            ++unseen;
        if (!data.ok())
            CHECK_FALSE(data.error().contains(QStringLiteral("SQL")));
    }
    std::cout << "random flipped bytes (seed " << seed << "): " << refusedAtOpening << " refused at opening, "
              << foundByCheck << " found by the integrity check or on reading, " << unseen
              << " inside stored values (SQLite has no checksums)" << std::endl;
    CHECK(refusedAtOpening + foundByCheck + unseen == 60);
}

TEST_CASE("a full disk while importing keeps the database and the backup as they were", "[reliability]")
{
    Scratch scratch;
    const QString path = filledDatabase(scratch, QStringLiteral("full.fhb"));
    const QString backup = scratch.path(QStringLiteral("full-kopia.fhb"));
    {
        auto db = openDb(path);
        REQUIRE(db);
        REQUIRE(db->backupTo(backup).ok());
    }
    const QByteArray backupBefore = readFile(backup);

    SECTION("SQLite's page limit")
    {
        auto db = openDb(path);
        REQUIRE(db);
        const QString before = loadAll(*db);
        const qint64 pages = rawValue(*db, QStringLiteral("PRAGMA page_count")).toLongLong();
        REQUIRE_FALSE(rawExec(*db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)).isValid());
        const auto imported = DatasetStore(*db).import(bigImport());
        REQUIRE_FALSE(imported.ok());
        INFO(imported.error().toStdString());
        CHECK(imported.error().contains(QStringLiteral("disken är full")));
        CHECK(imported.error().contains(QStringLiteral("Ingenting har sparats")));
        CHECK(loadAll(*db) == before);
        const auto problems = integrityProblems(*db);
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        // Once there is room again, the same import goes through.
        REQUIRE_FALSE(rawExec(*db, QStringLiteral("PRAGMA max_page_count = 1000000")).isValid());
        CHECK(DatasetStore(*db).import(bigImport()).ok());
    }
    SECTION("a file-size limit on the writing process")
    {
        const QByteArray before = readFile(path);
        QProcess writer;
        writer.setStandardErrorFile(QProcess::nullDevice());
        writer.start(QStringLiteral(FHB_CRASH_WRITER_PATH), {QStringLiteral("fill"), path, QStringLiteral("65536")});
        REQUIRE(writer.waitForFinished(60000));
        const QString said = QString::fromUtf8(writer.readAllStandardOutput()).trimmed();
        INFO(said.toStdString());
        CHECK(writer.exitStatus() == QProcess::NormalExit);
        CHECK(writer.exitCode() == 0);
        CHECK(said.startsWith(QStringLiteral("refused ")));
        CHECK(said.contains(QStringLiteral("disken är full")));
        CHECK(readFile(path) == before);
        auto db = openDb(path);
        REQUIRE(db);
        const auto problems = integrityProblems(*db);
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        CHECK(DatasetStore(*db).load()->reports.size() == 6);
    }
    CHECK(readFile(backup) == backupBefore);
}
