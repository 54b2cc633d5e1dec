// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two programs on one file (docs/reliability.md): the writer lock names its holder,
// a dead holder's lock is taken over, and the row version refuses a silent overwrite.
#include "StorageSupport.h"

#include "storage/dataset/DatasetStore.h"
#include "storage/ReportWriter.h"
#include "storage/WriterLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <sys/stat.h>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

QString seededDatabase(const Scratch &scratch)
{
    const QString path = scratch.path(QStringLiteral("delad.fhb"));
    auto db = createDb(path);
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    return path;
}

qint64 reportId(const Database &db)
{
    return rawValue(db, QStringLiteral("SELECT id FROM annual_report LIMIT 1")).toLongLong();
}

qint64 firstAmount(const Database &db, qint64 report)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(QStringLiteral("SELECT amount_ore FROM expense_line WHERE report_id = ? AND position = 0")));
    query.addBindValue(report);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("a second writer is told who holds the file and since when and can open it read-only", "[reliability]")
{
    Scratch scratch;
    const QString path = seededDatabase(scratch);
    QProcess holder;
    startHolder(holder, path);
    const auto record = WriterLock::readHolder(WriterLock::lockPathFor(path));
    REQUIRE(record);
    CHECK(record->pid == holder.processId());

    const QByteArray before = readFile(path);
    OpenError error;
    auto refused = Database::open(path, {}, &error);
    CHECK_FALSE(refused);
    CHECK(error.kind == OpenErrorKind::Locked);
    const LockHolder me = WriterLock::currentProcess();
    CHECK(error.message.startsWith(QStringLiteral("Databasen ")));
    CHECK(error.message.contains(QStringLiteral(" används av ") + me.user + QStringLiteral(" på ") + me.host
                                 + QStringLiteral(" sedan ") + record->since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    CHECK(error.message.contains(QStringLiteral("skrivskyddad")));
    CHECK(error.message.contains(QFileInfo(path).fileName()));
    CHECK(readFile(path) == before);

    OpenOptions readOnly;
    readOnly.forceReadOnly = true;
    {
        auto db = openDb(path, readOnly);
        REQUIRE(db);
        CHECK(db->isReadOnly());
        const auto data = DatasetStore(*db).load();
        REQUIRE(data.ok());
        CHECK(data->reports.size() == 1);
    }
    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished(15000));
    CHECK(holder.exitCode() == 0);
    CHECK_FALSE(QFileInfo::exists(WriterLock::lockPathFor(path)));
    auto db = openDb(path);
    REQUIRE(db);
    CHECK_FALSE(db->isReadOnly());
}

TEST_CASE("the lock of a writer that was killed is detected as stale and taken over", "[reliability]")
{
    Scratch scratch;
    const QString path = seededDatabase(scratch);
    const QString lockPath = WriterLock::lockPathFor(path);
    QProcess holder;
    startHolder(holder, path);
    const qint64 deadPid = holder.processId();
    ::kill(pid_t(deadPid), SIGKILL);
    REQUIRE(holder.waitForFinished(15000));
    REQUIRE(QFileInfo::exists(lockPath));
    CHECK(WriterLock::readHolder(lockPath)->pid == deadPid);

    const WriterLock::Attempt attempt = WriterLock::acquire(path);
    REQUIRE(attempt.outcome == WriterLock::Outcome::Acquired);
    CHECK(attempt.tookOverStale);
    CHECK(WriterLock::readHolder(lockPath)->pid == QCoreApplication::applicationPid());
    {
        auto db = openDb(path); // shares this process's lock
        REQUIRE(db);
        CHECK_FALSE(db->isReadOnly());
    }
    CHECK(QFileInfo::exists(lockPath)); // still held by `attempt`
}

TEST_CASE("a lock file whose holder is gone is taken over on opening and removed on closing", "[reliability]")
{
    Scratch scratch;
    const QString path = seededDatabase(scratch);
    const QString lockPath = WriterLock::lockPathFor(path);
    writeFile(lockPath, "user=någon\nhost=annan-dator\npid=999999\nsince=2020-01-01T08:00:00Z\n");
    {
        auto db = openDb(path);
        REQUIRE(db);
        CHECK_FALSE(db->isReadOnly());
        const auto record = WriterLock::readHolder(lockPath);
        REQUIRE(record);
        CHECK(record->pid == QCoreApplication::applicationPid());
        CHECK(record->user == WriterLock::currentProcess().user);
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(lockPath).constData(), &st) == 0);
    }
    CHECK_FALSE(QFileInfo::exists(lockPath));
}

TEST_CASE("the lock file is readable by those who may read the database only", "[reliability]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("ny.fhb"));
    auto db = createDb(path);
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(WriterLock::lockPathFor(path)).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("a folder where no lock file can be made still opens with SQLite's own locking", "[reliability]")
{
    Scratch scratch;
    const QString path = seededDatabase(scratch);
    REQUIRE(QDir().mkpath(WriterLock::lockPathFor(path))); // a folder where the lock file should be
    {
        RawSqlite other(path); // another program writing: SQLite's lock still refuses a second writer
        REQUIRE(other.exec("BEGIN IMMEDIATE") == SQLITE_OK);
        OpenError error;
        CHECK_FALSE(Database::open(path, {}, &error));
        CHECK(error.kind == OpenErrorKind::Locked);
        other.exec("ROLLBACK");
    }
    auto db = openDb(path);
    REQUIRE(db);
    CHECK_FALSE(db->isReadOnly());
    ReportWriter editor(*db);
    const qint64 report = reportId(*db);
    CHECK(editor.updateRow(report, *editor.rowVersion(report), ReportList::Expenses, 0, ExpenseLine{0, QStringLiteral("Lön"), 1, {}}).ok());
}

TEST_CASE("two connections editing the same report never overwrite each other silently", "[reliability]")
{
    Scratch scratch;
    const QString path = seededDatabase(scratch);
    auto first = openDb(path);
    auto second = openDb(path); // a second window of the same program shares the writer lock
    REQUIRE(first);
    REQUIRE(second);
    ReportWriter mine(*first);
    ReportWriter theirs(*second);
    const qint64 report = reportId(*first);
    const int seen = *mine.rowVersion(report);
    REQUIRE(*theirs.rowVersion(report) == seen);

    const auto saved = theirs.updateRow(report, seen, ReportList::Expenses, 0, ExpenseLine{0, QStringLiteral("Lönekostnader"), 111100, {}});
    REQUIRE(saved.ok());
    const auto refused = mine.updateRow(report, seen, ReportList::Expenses, 0, ExpenseLine{0, QStringLiteral("Lönekostnader"), 222200, {}});
    CHECK_FALSE(refused.ok());
    CHECK(refused.errorKind() == ErrorKind::Conflict);
    CHECK(refused.error().contains(QStringLiteral("Någon annan har ändrat")));
    CHECK(firstAmount(*first, report) == 111100);

    SECTION("another program's change is caught as well")
    {
        const int now = *mine.rowVersion(report);
        {
            RawSqlite other(path);
            REQUIRE(other.exec("UPDATE expense_line SET amount_ore = 333300 WHERE position = 0") == SQLITE_OK);
        }
        const auto late = mine.insertRow(report, now, ReportList::Expenses, 0, ExpenseLine{0, QStringLiteral("Ny"), 5, {}});
        CHECK_FALSE(late.ok());
        CHECK(late.errorKind() == ErrorKind::Conflict);
        CHECK(firstAmount(*second, report) == 333300);
    }
    SECTION("after reloading the version the edit goes through")
    {
        const auto retried = mine.updateRow(report, *mine.rowVersion(report), ReportList::Expenses, 0,
                                            ExpenseLine{0, QStringLiteral("Lönekostnader"), 222200, {}});
        CHECK(retried.ok());
        CHECK(firstAmount(*second, report) == 222200);
    }
}
