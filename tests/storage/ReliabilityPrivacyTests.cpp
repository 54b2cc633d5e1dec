// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Privacy (docs/reliability.md): every file the program makes next to a database
// holds personal data (staff names) and is readable by its owner only. The database itself
// and backupTo() copies: StorageOpenTests / StorageBackupTests.
#include "StorageSupport.h"

#include "storage/dataset/DatasetStore.h"
#include "storage/WriterLock.h"

#include <QFileInfo>

#include <sys/stat.h>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

} // namespace

TEST_CASE("the write-ahead log the shared-memory index and the lock file are readable by their owner only", "[reliability]")
{
    const mode_t old = ::umask(0); // even a permissive umask must not widen them
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("privat.fhb"));
    {
        auto db = createDb(path);
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
        REQUIRE(db->journalMode() == QStringLiteral("wal"));
        CHECK(modeOf(path) == 0600);
        CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
        CHECK(modeOf(WriterLock::lockPathFor(path)) == 0600);
    }
    ::umask(old);
}

TEST_CASE("the copy taken before a schema upgrade is readable by its owner only", "[reliability]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("gammal.fhb"));
    {
        auto db = createDb(path);
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    }
    {
        // As version 1 left it: without version 2's indexes.
        RawSqlite raw(path);
        REQUIRE(raw.exec("PRAGMA journal_mode = DELETE") == SQLITE_OK);
        for (const char *index : {"county_part_member_by_part", "agreement_by_counterparty", "agreement_commitment_by_agreement",
                                  "agreement_obligation_by_agreement", "annual_report_by_year", "expense_line_by_report",
                                  "revenue_line_by_report", "report_paragraph_by_report", "report_reopening_by_report",
                                  "audit_log_by_report"})
            REQUIRE(raw.exec(QByteArray(QByteArray("DROP INDEX ") + index).constData()) == SQLITE_OK);
        removeVersionThree(raw);
        REQUIRE(raw.exec("PRAGMA user_version = 1") == SQLITE_OK);
    }
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0); // an old file others could read
    auto db = openDb(path);
    REQUIRE(db);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    REQUIRE(QFileInfo::exists(path + QStringLiteral(".bak-v1")));
    CHECK(modeOf(path + QStringLiteral(".bak-v1")) == 0600);
}
