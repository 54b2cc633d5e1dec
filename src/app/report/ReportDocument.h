// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"
#include "domain/Finding.h"
#include "domain/ReportRow.h"
#include "domain/Result.h"
#include "storage/ReportWriter.h"

#include <QObject>
#include <QUndoStack>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

class WriteFirstCommand;

/// One annual report open for editing. Owns a QUndoStack; every user edit is a small
/// QUndoCommand (ReportCommands.h) that writes to the database at once (one transaction with
/// its audit row) and is undone by writing the old value back. The database's row version
/// guards against a second program that changed the report meanwhile: such an edit is
/// refused (ErrorKind::Conflict), and the document stays refusing (needsReload()) until
/// reload(). An edit is first written, and only pushed on the undo stack when the write
/// succeeded, so a refused edit never reaches the stack (WriteFirstCommand).
/// The item models over its lists (ReportLineModel) follow rowsChanged(); the document knows
/// nothing of them. Lives on the GUI thread; `db` must outlive the document.
class ReportDocument : public QObject
{
    Q_OBJECT
public:
    /// How a list changed (rowsChanged()).
    enum class RowChange {
        Inserted, ///< a row was inserted at `row`
        Changed,  ///< the row at `row` has new content
        Removed,  ///< the row at `row` was removed
        Moved,    ///< the row at `row` moved to `to`
        Reset,    ///< the whole list was read again
    };

    /// Loads report `reportId`; fails with a Swedish message when it cannot be read.
    static Result<ReportDocument *> open(storage::Database &db, qint64 reportId, QObject *parent = nullptr);
    /// Creates `party`'s report for `year` (see storage::ReportWriter::createReport for
    /// copying from the previous year: lines, never the narrative) and opens it.
    static Result<ReportDocument *> create(storage::Database &db, const QString &party, int year,
                                           storage::NewReportContent content = storage::NewReportContent::Empty,
                                           QObject *parent = nullptr);
    ~ReportDocument() override;

    const AnnualReport &report() const { return m_report; }
    qint64 reportId() const { return m_report.id; }
    int rowVersion() const { return m_report.rowVersion; }
    storage::Database &database() const { return m_db; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /// The rows of `list`, and one of them (0-based; an empty row when out of range).
    QList<ReportRow> rows(ReportList list) const;
    ReportRow row(ReportList list, int row) const;
    int rowCount(ReportList list) const;

    /// False when the report is approved, the database is read-only, or someone else changed
    /// the report (reload() first); the reason says which, in Swedish.
    bool isEditable() const;
    QString notEditableReason() const;
    /// Someone else changed the report since it was read: offer reload().
    bool needsReload() const { return m_stale; }

    /// The expense categories for the category combo: standard first, then the database's own.
    QStringList expenseCategories() const;
    /// Completeness findings (errors and warnings) of the report as it is now.
    QList<Finding> completenessFindings() const;

    // Edits: each writes at once and pushes one undo command. On failure nothing is changed,
    // nothing is pushed, and the Swedish reason is returned with its kind (and also emitted
    // through editRefused()). Rows are 0-based; `value` is the ReportRow alternative of `list`.
    Status setPeriod(const QDate &start, const QDate &end);
    Status setSignature(const Signature &signature);
    /// Inserts `value` at `row` (0..count) of `list`; its id is ignored.
    Status insertRow(ReportList list, int row, const ReportRow &value);
    /// Replaces the content of the row at `row` (its id is kept).
    Status setRow(ReportList list, int row, const ReportRow &value);
    Status removeRow(ReportList list, int row);
    Status moveRow(ReportList list, int from, int to);
    /// Appends `lines` (the ledger import) after the last expense line as ONE undo step,
    /// "Importera 12 rader från huvudbok", written in one transaction; undo removes exactly
    /// them, redo adds them again with the same ids. Refused, with nothing changed, when the
    /// report is not editable, `lines` is empty or an amount (öre) is negative.
    Status importExpenseLines(const QList<ExpenseLine> &lines);
    /// Refuses with `reason` without changing anything (for models that reject input, e.g.
    /// an amount the parser does not understand): emits editRefused() and returns the failure.
    Status refuse(const QString &reason, ErrorKind kind = ErrorKind::Invalid);

    // Workflow, not undoable (the audit log records them).
    /// Draft -> submitted; refused with every completeness error listed, one per line.
    Status submit();
    /// Submitted (or draft) -> approved; refused while a completeness error remains (the
    /// first is named). Clears the undo stack: approval is a checkpoint.
    Status approve();
    /// Approved -> draft; `reason` must not be blank and is recorded. Clears the undo stack.
    Status reopen(const QString &reason);

    /// Reads the report again from the database (after a refused stale edit); clears undo.
    Status reload();

    // The writes behind the undo commands (ReportCommands.h): database first, then the
    // in-memory report, then rowsChanged() and changed(). They push no command; edit through
    // the methods above. Each returns the failure (already emitted through editRefused()).
    Status applyPeriod(const QDate &start, const QDate &end);
    Status applySignature(const Signature &signature);
    /// A non-zero id of `value` is reused when it is free (an undone removal).
    Status applyInsert(ReportList list, int row, const ReportRow &value);
    Status applyUpdate(ReportList list, int row, const ReportRow &value);
    Status applyRemove(ReportList list, int row);
    Status applyMove(ReportList list, int from, int to);
    /// Appends `lines`; on success `ids` receives their ids.
    Status applyAppendExpenses(const QList<ExpenseLine> &lines, QList<qint64> *ids);
    /// Removes the expense lines with `ids`.
    Status applyRemoveExpenses(const QList<qint64> &ids);

Q_SIGNALS:
    /// The report changed (any field, line, paragraph, status, or after reload()).
    void changed();
    /// The rows of `list` changed; emitted before changed(). `to` is meaningful for Moved only.
    void rowsChanged(fhb::ReportList list, fhb::app::ReportDocument::RowChange change, int row, int to);
    /// isEditable() may have changed (a refused stale edit, a status change).
    void editabilityChanged();
    /// The status changed (submit, approve, reopen, or a reload that found another status).
    void statusChanged(fhb::ReportStatus status);
    /// An edit was refused; `reason` is a Swedish sentence for the status bar or a message.
    /// needsReload() says whether reading the report again would help.
    void editRefused(const QString &reason);

private:
    ReportDocument(storage::Database &db, AnnualReport report, QObject *parent);

    /// Performs the first write of `command`; pushes it when that succeeded, else deletes it.
    Status execute(WriteFirstCommand *command);
    Status checkEditable();
    Status accept(const Result<storage::EditResult> &result);
    Status refreshAfterWorkflow();
    Status checkCurrent();
    /// The stored rows of `list` changed as `change` says; updates m_report and emits rowsChanged().
    void store(ReportList list, RowChange change, int row, const ReportRow &value = {}, int to = 0);

    storage::Database &m_db;
    storage::ReportWriter m_writer;
    AnnualReport m_report;
    QList<qint64> m_eventIds;
    QList<qint64> m_staffIds;
    QUndoStack m_undoStack;
    bool m_stale = false;
};

} // namespace fhb::app
