// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include "domain/AnnualReport.h"
#include "domain/Result.h"

#include <QStringList>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace fhb::storage {

class Database;

/// Why an edit was refused; the message itself is always a Swedish sentence.
enum class EditFailure {
    None,
    Stale,    ///< the report's row_version differs from the one the caller saw: reload it
    Locked,   ///< the report is approved (the lock triggers refused the change)
    ReadOnly, ///< the database was opened read-only
    Busy,     ///< another program holds the write lock; trying again later may work
    Invalid,  ///< the edit itself makes no sense (row out of range, end before start, …)
    Missing,  ///< the report does not exist (any more)
    Other,    ///< the database refused for another reason (logged)
};

/// The outcome of one successful edit.
struct EditResult {
    int rowVersion = 0; ///< the report's row_version after the edit: pass it to the next edit
    qint64 rowId = 0;   ///< the line or paragraph inserted or removed (0 for other edits)
};

/// The outcome of one successful edit of several lines at once.
struct BulkEditResult {
    int rowVersion = 0;     ///< the report's row_version after the edit
    QList<qint64> rowIds;   ///< the lines added or removed, in order
};

/// Which narrative list a paragraph belongs to.
enum class ParagraphKind {
    Event,         ///< "Tre viktiga händelser" (report_paragraph.kind 'event')
    StaffResource, ///< "Beskrivning av personalresurser" ('staff-resource')
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
/// refused (EditFailure::Stale) and nothing is written. On success the new row_version is
/// returned. An approved report is refused by the database's lock triggers; the message says
/// so in Swedish. Lines and paragraphs are addressed by their row (0-based position).
/// `db` must outlive this object. Not thread-safe (one connection).
class ReportWriter
{
public:
    explicit ReportWriter(Database &db);

    /// What the last failed call failed of; None after a success.
    EditFailure lastFailure() const { return m_failure; }

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

    /// Inserts `line` at `row` (0..count). A non-zero `line.id` that is free is reused (so an
    /// undone removal gives back the same row); otherwise a new id is taken (EditResult::rowId).
    Result<EditResult> insertExpenseLine(qint64 reportId, int expectedVersion, int row, const ExpenseLine &line);
    /// Overwrites category, amount (öre, >= 0) and footnote of the line at `row`; audits each changed field.
    Result<EditResult> updateExpenseLine(qint64 reportId, int expectedVersion, int row, const ExpenseLine &line);
    /// Removes the line at `row`; EditResult::rowId is the removed line's id.
    Result<EditResult> removeExpenseLine(qint64 reportId, int expectedVersion, int row);
    /// Moves the line at `from` to `to` (both 0..count-1); the others keep their order.
    Result<EditResult> moveExpenseLine(qint64 reportId, int expectedVersion, int from, int to);

    /// Appends `lines` after the report's last expense line, all in ONE transaction (one
    /// audit row each): all are added or none. Amounts must be zero or more. A non-zero
    /// `line.id` that is free is reused (a redo after an undo gives back the same rows).
    /// Returns the new row_version and the added lines' ids in order.
    Result<BulkEditResult> appendExpenseLines(qint64 reportId, int expectedVersion, const QList<ExpenseLine> &lines);
    /// Removes the expense lines with `ids` (each must belong to the report) in ONE transaction;
    /// the other lines keep their order. Returns the new row_version and the removed ids.
    Result<BulkEditResult> removeExpenseLines(qint64 reportId, int expectedVersion, const QList<qint64> &ids);

    Result<EditResult> insertRevenueLine(qint64 reportId, int expectedVersion, int row, const RevenueLine &line);
    Result<EditResult> updateRevenueLine(qint64 reportId, int expectedVersion, int row, const RevenueLine &line);
    Result<EditResult> removeRevenueLine(qint64 reportId, int expectedVersion, int row);
    Result<EditResult> moveRevenueLine(qint64 reportId, int expectedVersion, int from, int to);

    /// Paragraph edits; `preferredId` (0 = any) is reused when free, as for lines.
    Result<EditResult> insertParagraph(qint64 reportId, int expectedVersion, ParagraphKind kind, int row,
                                       const QString &text, qint64 preferredId = 0);
    Result<EditResult> updateParagraph(qint64 reportId, int expectedVersion, ParagraphKind kind, int row, const QString &text);
    Result<EditResult> removeParagraph(qint64 reportId, int expectedVersion, ParagraphKind kind, int row);
    Result<EditResult> moveParagraph(qint64 reportId, int expectedVersion, ParagraphKind kind, int from, int to);

    /// The ids of the paragraphs of one kind, in order (for undo to restore the same rows).
    Result<QList<qint64>> paragraphIds(qint64 reportId, ParagraphKind kind) const;

    /// Every expense category for the category combo: the standard ones first (in their
    /// order), then the others used in any report of the database, sorted.
    QStringList expenseCategories() const;

private:
    struct Guard {
        std::optional<Transaction> transaction;
        qint64 reportId = 0;
    };
    enum class LineTable { Expense, Revenue, Paragraph };
    Status begin(Guard &guard, qint64 reportId, int expectedVersion);
    Result<EditResult> finish(Guard &guard, qint64 rowId = 0);
    template<typename T>
    Result<T> fail(EditFailure failure, const QString &message)
    {
        m_failure = failure;
        return Result<T>::failure(message);
    }
    Status failStatement(const QSqlQuery &query, const QString &what);
    Result<std::optional<int>> earlierReportYear(const QString &party, qint64 partyId, int year);
    Result<EditResult> insertRow(qint64 reportId, int expectedVersion, LineTable table, int row, qint64 preferredId,
                                 const QString &kindKey, const QList<QVariant> &values, const QString &summary);
    Result<EditResult> removeRow(qint64 reportId, int expectedVersion, LineTable table, const QString &kindKey, int row,
                                 const QString &summary);
    Result<EditResult> moveRow(qint64 reportId, int expectedVersion, LineTable table, const QString &kindKey, int from, int to);
    Result<QList<qint64>> rowIds(LineTable table, qint64 reportId, const QString &kindKey) const;
    Status renumber(LineTable table, const QList<qint64> &orderedIds, const QList<qint64> &oldOrder);
    bool idIsFree(LineTable table, qint64 id) const;
    Result<ExpenseLine> readExpense(qint64 reportId, int row) const;
    Result<RevenueLine> readRevenue(qint64 reportId, int row) const;
    Result<QString> readParagraph(qint64 reportId, ParagraphKind kind, int row) const;
    Status audit(LineTable table, qint64 entityId, qint64 reportId, const QString &action, const QString &field,
                 const QString &oldValue, const QString &newValue);
    Status auditReport(qint64 reportId, const QString &action, const QString &field, const QString &oldValue,
                       const QString &newValue);
    Status auditChange(LineTable table, qint64 entityId, qint64 reportId, const QString &field, const QString &oldValue,
                       const QString &newValue);
    Status updateColumns(const QString &sql, const QList<QPair<QString, QVariant>> &values, const QString &what);

    Database &m_db;
    EditFailure m_failure = EditFailure::None;
};

} // namespace fhb::storage
