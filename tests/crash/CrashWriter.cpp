// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A writer for the reliability tests, driven as a separate process (tests/storage/Reliability*):
//   fhb_crash_writer edit <db> <first-edit> [journal]
//                                             edits for ever (CrashPlan.h) and prints
//                                             "committed <n>" after each commit, until killed;
//                                             "journal": a rollback journal as on a network drive
//   fhb_crash_writer hold <db>                opens for writing, prints "ready", waits for stdin to close
//   fhb_crash_writer fill <db> <extra-bytes>  limits file sizes (RLIMIT_FSIZE) to the database's
//                                             size plus extra-bytes, then imports a large dataset
//   fhb_crash_writer open-limited <db> <bytes> limits file sizes to <bytes> (as a full disk would),
//                                             then opens for writing: prints "ready" or "error <message>"
// Every line goes straight to file descriptor 1 (no buffering), so what the test reads after a
// SIGKILL is exactly what was printed.
#include "CrashPlan.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/dataset/DatasetStore.h"
#include "storage/ReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace fhb;
using namespace fhb::storage;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

std::unique_ptr<Database> openOrSay(const QString &path, bool rollbackJournal = false)
{
    OpenError error;
    OpenOptions options;
    if (rollbackJournal)
        options.assumeNetworkFileSystem = true;
    auto db = Database::open(path, options, &error);
    if (!db)
        say(QStringLiteral("error ") + error.message);
    return db;
}

qint64 crashReportId(const Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT r.id FROM annual_report r JOIN party p ON p.id = r.party_id "
                                 "WHERE p.name = :party AND r.year = :year"));
    query.bindValue(QStringLiteral(":party"), crash::crashParty());
    query.bindValue(QStringLiteral(":year"), crash::crashYear());
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

template<typename T>
Status toStatus(const Result<T> &result)
{
    return result ? Status() : Status::failure(result.error());
}

Status runEdit(Database &db, ReportWriter &editor, qint64 reportId, qint64 n)
{
    if (crash::kindOf(n) == crash::EditKind::Import)
        return toStatus(DatasetStore(db).import(crash::importDataset(n)));
    const auto version = editor.rowVersion(reportId);
    if (!version)
        return Status::failure(version.error());
    if (crash::kindOf(n) == crash::EditKind::Amount)
        return toStatus(editor.updateRow(reportId, *version, ReportList::Expenses, 0, ExpenseLine{0, QStringLiteral("Lönekostnader"), n, {}}));
    const ExpenseLine line{0, crash::insertCategory(n), n, QStringLiteral("insatt av redigering %1").arg(n)};
    return toStatus(editor.insertRow(reportId, *version, ReportList::Expenses, 1, line));
}

int edit(const QString &path, qint64 first, bool rollbackJournal)
{
    auto db = openOrSay(path, rollbackJournal);
    if (!db)
        return 2;
    const qint64 reportId = crashReportId(*db);
    if (reportId == 0) {
        say(QStringLiteral("error no crash report"));
        return 2;
    }
    ReportWriter editor(*db);
    say(QStringLiteral("ready"));
    for (qint64 n = first; n < first + 1000000; ++n) {
        if (const Status s = runEdit(*db, editor, reportId, n); !s) {
            say(QStringLiteral("error %1 ").arg(n) + s.error());
            return 3;
        }
        say(QStringLiteral("committed %1").arg(n));
    }
    return 0;
}

int hold(const QString &path)
{
    auto db = openOrSay(path);
    if (!db)
        return 2;
    say(QStringLiteral("ready"));
    char c;
    while (::read(STDIN_FILENO, &c, 1) > 0) {
    }
    return 0;
}

bool limitFileSize(rlim_t limit)
{
    std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing us
    const rlimit rl{limit, limit};
    if (::setrlimit(RLIMIT_FSIZE, &rl) == 0)
        return true;
    say(QStringLiteral("error setrlimit"));
    return false;
}

int fill(const QString &path, qint64 extra)
{
    auto db = openOrSay(path);
    if (!db)
        return 2;
    if (!limitFileSize(rlim_t(QFileInfo(path).size() + extra)))
        return 2;
    Dataset big;
    for (qint64 n = 1; n <= 40; ++n) {
        const Dataset part = crash::importDataset(n);
        big.parties += part.parties;
        big.reports += part.reports;
    }
    const auto imported = DatasetStore(*db).import(big);
    say(imported ? QStringLiteral("ok") : QStringLiteral("refused ") + imported.error());
    return 0;
}

int openLimited(const QString &path, qint64 bytes)
{
    if (!limitFileSize(rlim_t(bytes)))
        return 2;
    auto db = openOrSay(path);
    if (!db)
        return 3;
    say(QStringLiteral("ready"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("edit"))
        return edit(args.at(2), args.at(3).toLongLong(), args.value(4) == QLatin1String("journal"));
    if (args.size() >= 3 && args.at(1) == QLatin1String("hold"))
        return hold(args.at(2));
    if (args.size() >= 4 && args.at(1) == QLatin1String("fill"))
        return fill(args.at(2), args.at(3).toLongLong());
    if (args.size() >= 4 && args.at(1) == QLatin1String("open-limited"))
        return openLimited(args.at(2), args.at(3).toLongLong());
    say(QStringLiteral("usage: fhb_crash_writer edit DB FIRST [journal] | hold DB | fill DB EXTRA-BYTES | open-limited DB BYTES"));
    return 64;
}
