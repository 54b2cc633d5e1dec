// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Logging.h"

#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;

// Internal helpers of the storage layer: nothing outside src/storage includes this header (tests
// may). Qt SQL is linked PRIVATE to fhb_storage, so the layers above cannot reach SQL.
namespace fhb::storage {

/// A Database's Qt SQL connection: a QSqlDatabase under a name that only storage can see.
class SqlConnection : public QSqlDatabase
{
public:
    explicit SqlConnection(const QSqlDatabase &connection) : QSqlDatabase(connection) {}
};

/// The SQLite handle behind a QSQLITE connection, or nullptr.
sqlite3 *sqliteHandle(const QSqlDatabase &connection);

/// True when the error comes from the lock triggers ("fhb-locked: …").
bool isLockedError(const QSqlError &error);

/// The Error of a failed statement, its kind from SQLite's result code: the lock triggers are
/// Locked, the overlap trigger Invalid, SQLITE_BUSY/LOCKED Busy, SQLITE_READONLY ReadOnly,
/// SQLITE_FULL and SQLITE_IOERR DiskFull, anything else Io (logged). The message is Swedish,
/// "could not <what>: why", never raw SQL text.
Error failureMessage(const QSqlError &error, const QString &what);

/// Prepares `sql` on `query`; logs and returns false on failure.
bool prepare(QSqlQuery &query, const QString &sql);
/// Executes a prepared query; logs and returns false on failure.
bool execPrepared(QSqlQuery &query);

/// After a `while (query.next())` loop: next() returns false both at the end of the rows and
/// when a step fails (a damaged page, an aggregate overflow), so a loop alone cannot tell a
/// short result from a complete one. The failure, or nullopt when the rows are complete.
std::optional<Error> stepFailure(const QSqlQuery &query, const QString &what);

/// Now, UTC, ISO 8601 with milliseconds ("2026-11-24T01:16:26.123Z").
QString utcNow();
/// "YYYY-MM-DD", or NULL for an invalid date.
QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);
/// NULL for std::nullopt.
QVariant optionalValue(const std::optional<qint64> &value);
QVariant textValue(const QString &text); ///< never NULL: "" for a null QString

} // namespace fhb::storage
