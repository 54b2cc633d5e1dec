// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Crash safety (docs/reliability.md): a writer process (tests/crash) is killed with
// SIGKILL at random moments; after each kill the file must pass the integrity check, hold every
// edit the writer reported as committed, and hold no edit in part.
#include "StorageSupport.h"

#include "../crash/CrashPlan.h"
#include "domain/Money.h"
#include "storage/dataset/DatasetStore.h"
#include "storage/Integrity.h"
#include "storage/WriterLock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <csignal>
#include <iostream>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

/// What the test knows about the file: edits reported committed, and the one edit that may
/// have been in flight at the last kill (committed or not, but never in part).
struct Model {
    QSet<qint64> committed;
    std::optional<qint64> inFlight;
    qint64 amount = 0; ///< amount of expense line 0 after the last verified state
    qint64 next = 1;
};

struct Figures {
    int kills = 0;
    int killedWhileOpening = 0;
    int editsCommitted = 0;
    int importsCommitted = 0;
    int inFlightFoundCommitted = 0;
    int staleLocksTakenOver = 0;
};

struct Run {
    QList<qint64> committed;
    QString error;
    bool killed = false;
};

Run runAndKill(const QString &path, qint64 first, bool journal, bool waitReady, int delayMs)
{
    QProcess process;
    process.setProgram(QStringLiteral(FHB_CRASH_WRITER_PATH));
    process.setArguments({QStringLiteral("edit"), path, QString::number(first),
                          journal ? QStringLiteral("journal") : QStringLiteral("wal")});
    process.start();
    REQUIRE(process.waitForStarted(10000));
    QByteArray output;
    if (waitReady) {
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("ready\n") && !output.contains("error") && timer.elapsed() < 15000
               && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            output += process.readAllStandardOutput();
        }
    }
    QThread::msleep(ulong(delayMs));
    ::kill(pid_t(process.processId()), SIGKILL);
    REQUIRE(process.waitForFinished(15000));
    output += process.readAllStandardOutput();
    Run run;
    // Killed by our SIGKILL, not by an abort of its own (a failed assertion, a sanitizer report).
    run.killed = process.exitStatus() == QProcess::CrashExit && process.exitCode() == SIGKILL;
    const QByteArray errors = process.readAllStandardError();
    if (errors.contains("Sanitizer") || errors.contains("runtime error:"))
        run.error = QString::fromUtf8(errors);
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            run.committed.append(line.mid(10).toLongLong());
        else if (line.startsWith("error"))
            run.error = QString::fromUtf8(line);
    }
    return run;
}

qint64 scalar(const Database &db, const QString &sql, const QList<QVariant> &values = {})
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(sql));
    for (const QVariant &v : values)
        query.addBindValue(v);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/// Checks the inserted lines: each once, each with its audit row, none unexplained.
void checkInserts(const Database &db, qint64 reportId, Model &model, Figures &figures)
{
    QSqlQuery lines(db.connection());
    REQUIRE(lines.prepare(QStringLiteral("SELECT id, category FROM expense_line WHERE report_id = ? AND category LIKE 'crash-%'")));
    lines.addBindValue(reportId);
    REQUIRE(lines.exec());
    QSet<qint64> present;
    while (lines.next()) {
        const qint64 n = lines.value(1).toString().mid(6).toLongLong();
        INFO("line " << n);
        CHECK_FALSE(present.contains(n));
        present.insert(n);
        CHECK((model.committed.contains(n) || model.inFlight == n));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'expense_line' AND action = 'insert' "
                                        "AND entity_id = ?"), {lines.value(0)}) == 1);
    }
    for (const qint64 n : std::as_const(model.committed)) {
        if (crash::kindOf(n) == crash::EditKind::Insert) {
            INFO("committed insert " << n);
            CHECK(present.contains(n));
        }
    }
    // No audit row of an insert whose line is missing (this stream never deletes lines).
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'expense_line' AND action = 'insert' "
                                    "AND report_id = ?"), {reportId}) == present.size());
    if (model.inFlight && crash::kindOf(*model.inFlight) == crash::EditKind::Insert && present.contains(*model.inFlight)) {
        model.committed.insert(*model.inFlight);
        ++figures.inFlightFoundCommitted;
    }
}

/// Checks the imports: each party with its whole report and audit rows, or nothing of it.
void checkImports(const Database &db, Model &model, Figures &figures)
{
    QSqlQuery parties(db.connection());
    REQUIRE(parties.exec(QStringLiteral("SELECT id, name FROM party WHERE name LIKE 'Import %'")));
    QSet<qint64> present;
    while (parties.next()) {
        const qint64 n = parties.value(1).toString().mid(7).toLongLong();
        INFO("import " << n);
        present.insert(n);
        CHECK((model.committed.contains(n) || model.inFlight == n));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM expense_line e JOIN annual_report r ON r.id = e.report_id "
                                        "WHERE r.party_id = ?"), {parties.value(0)}) == crash::kImportLines);
    }
    for (const qint64 n : std::as_const(model.committed)) {
        if (crash::kindOf(n) == crash::EditKind::Import) {
            INFO("committed import " << n);
            CHECK(present.contains(n));
        }
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'party' AND action = 'insert'"))
          == scalar(db, QStringLiteral("SELECT count(*) FROM party")));
    // The dataset row is the import's last write; + 1 for the seed.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'dataset' AND action = 'import'"))
          == present.size() + 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log a JOIN annual_report r ON r.id = a.report_id "
                                    "JOIN party p ON p.id = r.party_id WHERE a.entity = 'annual_report' "
                                    "AND a.action = 'import' AND p.name LIKE 'Import %'")) == present.size());
    if (model.inFlight && crash::kindOf(*model.inFlight) == crash::EditKind::Import && present.contains(*model.inFlight)) {
        model.committed.insert(*model.inFlight);
        ++figures.inFlightFoundCommitted;
    }
}

/// Checks the amount of line 0: the last committed amount (or the in-flight one), and the
/// newest audit row says the same.
void checkAmount(const Database &db, qint64 reportId, Model &model, Figures &figures)
{
    const qint64 lineId = scalar(db, QStringLiteral("SELECT id FROM expense_line WHERE report_id = ? AND position = 0"), {reportId});
    const qint64 amount = scalar(db, QStringLiteral("SELECT amount_ore FROM expense_line WHERE id = ?"), {lineId});
    const bool inFlightAmount = model.inFlight && crash::kindOf(*model.inFlight) == crash::EditKind::Amount;
    INFO("amount " << amount << " expected " << model.amount);
    CHECK((amount == model.amount || (inFlightAmount && amount == *model.inFlight)));
    if (amount != 0) {
        QSqlQuery audit(db.connection());
        REQUIRE(audit.prepare(QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'expense_line' AND entity_id = ? "
                                             "AND field = 'amount_ore' ORDER BY id DESC LIMIT 1")));
        audit.addBindValue(lineId);
        REQUIRE(audit.exec());
        REQUIRE(audit.next());
        CHECK(audit.value(0).toString() == money::format(amount));
    }
    if (inFlightAmount && amount == *model.inFlight && amount != model.amount)
        ++figures.inFlightFoundCommitted;
    model.amount = amount;
}

void verify(const QString &path, bool journal, Model &model, Figures &figures)
{
    const QString lockPath = WriterLock::lockPathFor(path);
    if (QFileInfo::exists(lockPath))
        ++figures.staleLocksTakenOver; // the dead writer's record; opening must take it over
    OpenError error;
    OpenOptions options;
    if (journal)
        options.assumeNetworkFileSystem = true;
    auto db = Database::open(path, options, &error);
    INFO(error.message.toStdString());
    REQUIRE(db);
    REQUIRE_FALSE(db->isReadOnly());
    CHECK(db->journalMode() == (journal ? QStringLiteral("delete") : QStringLiteral("wal")));
    const auto problems = integrityProblems(*db);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    const qint64 reportId = scalar(*db, QStringLiteral("SELECT r.id FROM annual_report r JOIN party p ON p.id = r.party_id "
                                                       "WHERE p.name = ?"), {crash::crashParty()});
    checkInserts(*db, reportId, model, figures);
    checkImports(*db, model, figures);
    checkAmount(*db, reportId, model, figures);
}

int killCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("FHB_CRASH_KILLS");
    return fromEnvironment > 0 ? fromEnvironment : 60;
}

/// FHB_CRASH_SEED as given (any 32-bit value, the ones above 2^31 included), or a random seed.
quint32 crashSeed()
{
    if (qEnvironmentVariableIsSet("FHB_CRASH_SEED")) {
        bool ok = false;
        const quint32 seed = qEnvironmentVariable("FHB_CRASH_SEED").trimmed().toUInt(&ok);
        if (ok)
            return seed;
        WARN("FHB_CRASH_SEED is not a number from 0 to 4294967295: a random seed is used");
    }
    return QRandomGenerator::global()->generate();
}

/// Kills the writer `kills` times at random moments and checks the file after each kill.
void killRepeatedly(bool journal, int kills)
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("krasch.fhb"));
    {
        OpenOptions options;
        options.create = true;
        if (journal)
            options.assumeNetworkFileSystem = true;
        auto db = openDb(path, options);
        REQUIRE(db);
        REQUIRE(DatasetStore(*db).import(crash::seedDataset()).ok());
    }
    const quint32 seed = crashSeed();
    QRandomGenerator random(seed);
    INFO("FHB_CRASH_SEED=" << seed);
    Model model;
    Figures figures;
    QElapsedTimer timer;
    timer.start();
    for (int k = 0; k < kills; ++k) {
        // One kill in five lands while the writer starts and opens the file (stale lock, recovery);
        // one in five after a longer run, so that even a slow (sanitizer) build reaches the imports.
        const quint32 draw = random.bounded(5);
        const bool whileOpening = draw == 0;
        const int delay = whileOpening ? int(random.bounded(120)) : draw == 1 ? 100 + int(random.bounded(300))
                                                                             : int(random.bounded(60));
        // Every third run starts with an import (edit numbers are names: skipping some is harmless).
        qint64 first = model.next;
        if (random.bounded(3) == 0) {
            while (crash::kindOf(first) != crash::EditKind::Import)
                ++first;
        }
        const Run run = runAndKill(path, first, journal, !whileOpening, delay);
        INFO("kill " << k << " first edit " << first << " delay " << delay << " ms");
        INFO(run.error.toStdString());
        REQUIRE(run.error.isEmpty());
        CHECK(run.killed);
        figures.kills += run.killed ? 1 : 0;
        figures.killedWhileOpening += whileOpening ? 1 : 0;
        for (const qint64 n : run.committed) {
            model.committed.insert(n);
            ++figures.editsCommitted;
            if (crash::kindOf(n) == crash::EditKind::Import)
                ++figures.importsCommitted;
            if (crash::kindOf(n) == crash::EditKind::Amount)
                model.amount = n;
        }
        model.inFlight = run.committed.isEmpty() ? first : run.committed.last() + 1;
        verify(path, journal, model, figures);
        model.next = *model.inFlight + 1;
    }
    std::cout << "crash test, " << (journal ? "rollback journal" : "WAL") << " (seed " << seed << "): " << figures.kills
              << " kills (" << figures.killedWhileOpening << " while opening), " << figures.editsCommitted
              << " committed edits (" << figures.importsCommitted << " imports of " << crash::kImportLines
              << " lines), " << figures.inFlightFoundCommitted << " in-flight edits found committed, "
              << figures.staleLocksTakenOver << " stale locks taken over, " << timer.elapsed() << " ms" << std::endl;
    CHECK(figures.kills == kills);
    CHECK(figures.editsCommitted > kills);
    CHECK(figures.importsCommitted > 0);
}

} // namespace

TEST_CASE("a writer killed at random moments loses no committed edit and leaves no edit half done", "[reliability]")
{
    killRepeatedly(false, killCount());
}

TEST_CASE("a writer with a rollback journal killed at random moments loses nothing either", "[reliability]")
{
    // As on a network drive (Database chooses the journal): a hot journal is rolled back on opening.
    killRepeatedly(true, qMax(20, killCount() / 3));
}

TEST_CASE("a crash seed above 2 to the 31st can be replayed", "[reliability]")
{
    const QByteArray saved = qgetenv("FHB_CRASH_SEED");
    const bool wasSet = qEnvironmentVariableIsSet("FHB_CRASH_SEED");
    qputenv("FHB_CRASH_SEED", "2939427954");
    CHECK(crashSeed() == 2939427954u);
    qputenv("FHB_CRASH_SEED", "777");
    CHECK(crashSeed() == 777u);
    if (wasSet)
        qputenv("FHB_CRASH_SEED", saved);
    else
        qunsetenv("FHB_CRASH_SEED");
}

TEST_CASE("a committed edit is on disk before the commit returns", "[reliability]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("synk.fhb")));
    REQUIRE(db->journalMode() == QStringLiteral("wal"));
    // 2 = FULL: the WAL is fsync'd at every commit, so a commit survives a power cut as well as
    // a killed process (NORMAL, 1, would survive only the latter).
    CHECK(rawValue(*db, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
}
