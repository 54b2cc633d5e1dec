// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"
#include "domain/Finding.h"
#include "domain/Result.h"
#include "storage/ReportWriter.h"

#include <QObject>
#include <QUndoStack>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

class ExpenseLineModel;
class RevenueLineModel;
class ParagraphListModel;
class ReportEditCommand;
class ImportExpenseLines;

/// One annual report open for editing. Owns a QUndoStack; every user edit is a small
/// QUndoCommand (ReportCommands.h) that writes to the database at once (one transaction with
/// its audit row) and is undone by writing the old value back. The database's row version
/// guards against a second program that changed the report meanwhile: such an edit is
/// refused, and the document stays refusing (notEditableReason()) until reload().
/// An edit is first written, and only pushed on the undo stack when the write succeeded, so
/// a refused edit never reaches the stack. An undo or redo that the database refuses marks
/// its command obsolete (QUndoStack drops it) and leaves model and database unchanged.
/// Lives on the GUI thread; `db` must outlive the document. The models are owned by it.
class ReportDocument : public QObject
{
    Q_OBJECT
public:
    /// `kind` of a narrative list.
    enum class Narrative { Events, StaffResources };
    /// Why the last edit was refused (see also editRefused()).
    using Failure = storage::EditFailure;

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
    /// Editable models over the lines and paragraphs; setData()/insertRows()/removeRows()/
    /// moveRows() push commands through this document, never write directly.
    ExpenseLineModel *expenseModel() const { return m_expenseModel; }
    RevenueLineModel *revenueModel() const { return m_revenueModel; }
    ParagraphListModel *paragraphModel(Narrative kind) const;

    /// False when the report is approved, the database is read-only, or someone else changed
    /// the report (reload() first); the reason says which, in Swedish.
    bool isEditable() const;
    QString notEditableReason() const;
    /// Kind of the last refusal (Stale means: offer reload()).
    Failure lastFailure() const { return m_lastFailure; }

    /// The expense categories for the category combo: standard first, then the database's own.
    QStringList expenseCategories() const;
    /// Completeness findings (errors and warnings) of the report as it is now.
    QList<Finding> completenessFindings() const;

    // Edits: each writes at once and pushes one undo command. On failure nothing is changed,
    // nothing is pushed, and the Swedish reason is returned (and also emitted through
    // editRefused()). Rows are 0-based.
    Status setPeriod(const QDate &start, const QDate &end);
    Status setSignature(const Signature &signature);
    Status insertExpenseLine(int row, const ExpenseLine &line);
    /// Replaces category, amount and footnote of the line at `row` (the id is kept).
    Status setExpenseLine(int row, const ExpenseLine &line);
    Status removeExpenseLine(int row);
    Status moveExpenseLine(int from, int to);
    Status insertRevenueLine(int row, const RevenueLine &line);
    Status setRevenueLine(int row, const RevenueLine &line);
    Status removeRevenueLine(int row);
    Status moveRevenueLine(int from, int to);
    Status insertParagraph(Narrative kind, int row, const QString &text);
    Status setParagraph(Narrative kind, int row, const QString &text);
    Status removeParagraph(Narrative kind, int row);
    Status moveParagraph(Narrative kind, int from, int to);
    /// Appends `lines` (the ledger import) after the last expense line as ONE undo step,
    /// "Importera 12 rader från huvudbok", written in one transaction; undo removes exactly
    /// them, redo adds them again with the same ids. Refused, with nothing changed, when the
    /// report is not editable, `lines` is empty or an amount (öre) is negative.
    Status importExpenseLines(const QList<ExpenseLine> &lines);
    /// Refuses with `reason` without changing anything (for models that reject input, e.g.
    /// an amount the parser does not understand): emits editRefused() and returns the failure.
    Status refuse(const QString &reason, Failure failure = Failure::Invalid);

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

Q_SIGNALS:
    /// The report changed (any field, line, paragraph, status, or after reload()).
    void changed();
    /// The status changed (submit, approve, reopen, or a reload that found another status).
    void statusChanged(fhb::ReportStatus status);
    /// An edit was refused; `reason` is a Swedish sentence for the status bar or a message.
    /// lastFailure() says why (Stale: offer to reload).
    void editRefused(const QString &reason);

private:
    friend class ReportEditCommand;
    friend class ImportExpenseLines;
    ReportDocument(storage::Database &db, AnnualReport report, QObject *parent);

    // The writes behind the commands: database first, then the in-memory report and models.
    // Each returns the failure (already emitted through editRefused()) or success.
    Status applyPeriod(const QDate &start, const QDate &end);
    Status applySignature(const Signature &signature);
    Status applyInsertExpense(int row, const ExpenseLine &line);
    Status applyUpdateExpense(int row, const ExpenseLine &line);
    Status applyRemoveExpense(int row);
    Status applyMoveExpense(int from, int to);
    /// Appends `lines`; on success `ids` receives their ids (ImportExpenseLines.cpp).
    Status applyAppendExpenses(const QList<ExpenseLine> &lines, QList<qint64> *ids);
    /// Removes the expense lines with `ids`.
    Status applyRemoveExpenses(const QList<qint64> &ids);
    Status applyInsertRevenue(int row, const RevenueLine &line);
    Status applyUpdateRevenue(int row, const RevenueLine &line);
    Status applyRemoveRevenue(int row);
    Status applyMoveRevenue(int from, int to);
    Status applyInsertParagraph(Narrative kind, int row, const QString &text, qint64 preferredId);
    Status applyUpdateParagraph(Narrative kind, int row, const QString &text);
    Status applyRemoveParagraph(Narrative kind, int row);
    Status applyMoveParagraph(Narrative kind, int from, int to);
    /// Performs the first write of `command`; pushes it when that succeeded, else deletes it.
    Status execute(ReportEditCommand *command);

    Status checkEditable();
    /// Why a line or text may not enter the report (text::problem, the amount bounds of
    /// kMaxAmountOre for the line and the report's totals, kMaxReportLines); empty when it may.
    /// `replacing` is the row the line takes the place of, or -1 for a new line.
    QString expenseProblem(const ExpenseLine &line, int replacing) const;
    QString revenueProblem(const RevenueLine &line, int replacing) const;
    template <typename Line>
    QString amountProblem(const QList<Line> &lines, Ore amount, int replacing, const QString &sumTooLarge) const;
    QString paragraphProblem(const QString &text, bool adding) const;
    QString signatureProblem(const Signature &signature) const;
    Status accept(const Result<storage::EditResult> &result);
    Status workflowFailure(const QString &reason, Failure failure);
    Status refreshAfterWorkflow();
    Status checkCurrent();
    QStringList &paragraphs(Narrative kind);
    QList<qint64> &paragraphIds(Narrative kind);
    static storage::ParagraphKind storageKind(Narrative kind);

    storage::Database &m_db;
    storage::ReportWriter m_editor;
    AnnualReport m_report;
    QList<qint64> m_eventIds;
    QList<qint64> m_staffIds;
    QUndoStack m_undoStack;
    Failure m_lastFailure = Failure::None;
    bool m_stale = false;
    ExpenseLineModel *m_expenseModel = nullptr;
    RevenueLineModel *m_revenueModel = nullptr;
    ParagraphListModel *m_eventModel = nullptr;
    ParagraphListModel *m_staffModel = nullptr;
};

} // namespace fhb::app
