// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include "domain/AnnualReport.h"
#include "domain/ReportRow.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace fhb::storage {

class Database;

/// The outcome of one successful edit.
struct EditResult {
    int rowVersion = 0; ///< the report's row_version after the edit: pass it to the next edit
    qint64 rowId = 0;   ///< the line or paragraph inserted, changed or removed (0 for other edits)
};

/// The outcome of one successful edit of several lines at once.
struct BulkEditResult {
    int rowVersion = 0;     ///< the report's row_version after the edit
    QList<qint64> rowIds;   ///< the lines added or removed, in order
};

/// How a new report starts.
enum class NewReportContent {
    Empty,               ///< no lines
    CopyLines,           ///< the party's latest earlier report's expense and revenue lines, amounts 0
    CopyLinesWithAmounts ///< the same lines with their amounts
};

/// Fine-grained edits of one annual report, as the workbench makes them. Every edit is one
/// transaction together with its audit row(s) (who, when, what, old -> new in Swedish
/// formatting: amounts "154 000", dates "2023-01-01"). Every edit takes the row_version the
/// caller last saw (`expectedVersion`); when the report has changed since, the edit is
/// refused (ErrorKind::Conflict) and nothing is written. On success the new row_version is
/// returned. An approved report is refused by the database's lock triggers (ErrorKind::Locked);
/// the message says so in Swedish. Other kinds: ReadOnly, Busy (another program writes; try
/// again), Invalid (the edit makes no sense), NotFound (the report is gone), Io.
/// Rows are addressed by their list and row (0-based position); a row's value is the
/// ReportRow alternative of its list (ExpenseLine, RevenueLine or ReportParagraph).
/// `db` must outlive this object. Not thread-safe (one connection).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(fhb::storage::ReportWriter)

public:
    explicit ReportWriter(Database &db);

    /// Creates `party`'s report for `year` (draft, whole calendar year). With CopyLines*,
    /// the lines come from the party's latest report of an earlier year (categories, sources,
    /// kinds, footnotes and notes; amounts only with CopyLinesWithAmounts); the narrative and
    /// the signature are never copied. Refused when the party is unknown, the report exists,
    /// or there is no earlier report to copy from. Returns the new report's id.
    Result<qint64> createReport(const QString &party, int year, NewReportContent content = NewReportContent::Empty);
    /// Deletes a report that is not approved (with its lines), if its version is `expectedVersion`.
    Status deleteReport(qint64 reportId, int expectedVersion);

    /// The report's current row_version (reads the database).
    Result<int> rowVersion(qint64 reportId) const;

    /// Sets the period; an invalid QDate stores NULL. start must not be after end.
    Result<EditResult> setPeriod(qint64 reportId, int expectedVersion, const QDate &start, const QDate &end);
    /// Sets the signature block (four text fields).
    Result<EditResult> setSignature(qint64 reportId, int expectedVersion, const Signature &signature);

    /// Inserts `value` at `row` (0..count) of `list`. A non-zero id of `value` that is free is
    /// reused (so an undone removal gives back the same row); otherwise a new id is taken
    /// (EditResult::rowId). Amounts must be zero or more.
    Result<EditResult> insertRow(qint64 reportId, int expectedVersion, ReportList list, int row, const ReportRow &value);
    /// Overwrites the content of the row at `row` (its id is kept); audits each changed field.
    Result<EditResult> updateRow(qint64 reportId, int expectedVersion, ReportList list, int row, const ReportRow &value);
    /// Removes the row at `row`; EditResult::rowId is the removed row's id.
    Result<EditResult> removeRow(qint64 reportId, int expectedVersion, ReportList list, int row);
    /// Moves the row at `from` to `to` (both 0..count-1); the others keep their order.
    Result<EditResult> moveRow(qint64 reportId, int expectedVersion, ReportList list, int from, int to);
    /// The ids of the rows of `list`, in order (for undo to restore the same rows).
    Result<QList<qint64>> rowIds(qint64 reportId, ReportList list) const;

    /// Appends `lines` after the report's last expense line, all in ONE transaction (one
    /// audit row each): all are added or none. Amounts must be zero or more. A non-zero
    /// `line.id` that is free is reused (a redo after an undo gives back the same rows).
    /// Returns the new row_version and the added lines' ids in order.
    Result<BulkEditResult> appendExpenseLines(qint64 reportId, int expectedVersion, const QList<ExpenseLine> &lines);
    /// Removes the expense lines with `ids` (each must belong to the report) in ONE transaction;
    /// the other lines keep their order. Returns the new row_version and the removed ids.
    Result<BulkEditResult> removeExpenseLines(qint64 reportId, int expectedVersion, const QList<qint64> &ids);

    /// Every expense category for the category combo: the standard ones first (in their
    /// order), then the others used in any report of the database, sorted.
    QStringList expenseCategories() const;

private:
    struct Guard;
    /// Opens the transaction and checks the version (and that `value` has no negative amount).
    Status begin(Guard &guard, qint64 reportId, int expectedVersion, const ReportRow *value = nullptr);
    Result<EditResult> finish(Guard &guard, qint64 rowId = 0);
    Status failStatement(const QSqlQuery &query, const QString &what);
    Result<std::optional<int>> earlierReportYear(const QString &party, qint64 partyId, int year);
    Status audit(const QString &table, qint64 entityId, qint64 reportId, const QString &action, const QString &field,
                 const QString &oldValue, const QString &newValue);
    Status updateColumns(const QString &sql, const QList<QPair<QString, QVariant>> &values, const QString &what);

    Database &m_db;
};

} // namespace fhb::storage
