// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QUndoCommand>

// The undo commands of ReportDocument, one per kind of edit (Tiled style: verb-phrase names).
// Each writes through the document in redo() and writes the old value back in undo(). The
// document performs the first write itself and pushes the command only when it succeeded
// (markDone() makes the first redo() a no-op). A redo()/undo() the database refuses marks
// the command obsolete, so QUndoStack drops it; the document has then already emitted
// editRefused() and changed nothing.
namespace fhb::app {

class ReportEditCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;
    /// The document's first write: apply() once; on success the next redo() (the one
    /// QUndoStack::push() makes) does nothing.
    Status applyFirst();

protected:
    ReportEditCommand(ReportDocument *document, const QString &text);
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    ReportDocument *document() const { return m_document; }

    // Forwarders to the document's private writes (friendship is not inherited).
    Status period(const QDate &start, const QDate &end) { return m_document->applyPeriod(start, end); }
    Status signature(const Signature &s) { return m_document->applySignature(s); }
    Status insertExpense(int row, const ExpenseLine &l) { return m_document->applyInsertExpense(row, l); }
    Status updateExpense(int row, const ExpenseLine &l) { return m_document->applyUpdateExpense(row, l); }
    Status removeExpense(int row) { return m_document->applyRemoveExpense(row); }
    Status moveExpense(int from, int to) { return m_document->applyMoveExpense(from, to); }
    Status insertRevenue(int row, const RevenueLine &l) { return m_document->applyInsertRevenue(row, l); }
    Status updateRevenue(int row, const RevenueLine &l) { return m_document->applyUpdateRevenue(row, l); }
    Status removeRevenue(int row) { return m_document->applyRemoveRevenue(row); }
    Status moveRevenue(int from, int to) { return m_document->applyMoveRevenue(from, to); }
    Status insertParagraph(ReportDocument::Narrative k, int row, const QString &t, qint64 id)
    {
        return m_document->applyInsertParagraph(k, row, t, id);
    }
    Status updateParagraph(ReportDocument::Narrative k, int row, const QString &t) { return m_document->applyUpdateParagraph(k, row, t); }
    Status removeParagraph(ReportDocument::Narrative k, int row) { return m_document->applyRemoveParagraph(k, row); }
    Status moveParagraph(ReportDocument::Narrative k, int from, int to) { return m_document->applyMoveParagraph(k, from, to); }
    qint64 paragraphId(ReportDocument::Narrative k, int row) const;

private:
    ReportDocument *m_document;
    bool m_skipRedo = false;
};

/// Period start and end.
class ChangePeriod : public ReportEditCommand
{
public:
    ChangePeriod(ReportDocument *document, QDate oldStart, QDate oldEnd, QDate newStart, QDate newEnd);

private:
    Status apply() override { return period(m_newStart, m_newEnd); }
    Status revert() override { return period(m_oldStart, m_oldEnd); }
    QDate m_oldStart, m_oldEnd, m_newStart, m_newEnd;
};

/// Typing is written while it happens (a pause of a few hundred milliseconds commits), so one
/// typed word arrives as several edits of the same text field. Consecutive edits of the same
/// field within kTypingMergeMs of each other merge into one undo step; the database keeps
/// every intermediate write.
inline constexpr qint64 kTypingMergeMs = 4000;
/// The pause in typing after which the editors write the text (milliseconds).
inline constexpr int kTypingCommitMs = 300;
enum class TextCommandId { Signature = 1001, Paragraph = 1002 };

/// The signature block.
class ChangeSignature : public ReportEditCommand
{
public:
    ChangeSignature(ReportDocument *document, Signature before, Signature after);
    int id() const override { return int(TextCommandId::Signature); }
    /// Merges a later edit of the same single field (name or title) typed without a long pause.
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status apply() override { return signature(m_after); }
    Status revert() override { return signature(m_before); }
    Signature m_before, m_after;
    qint64 m_lastEditMs;
};

/// Category, amount or footnote of one expense line.
class ChangeExpenseLine : public ReportEditCommand
{
public:
    ChangeExpenseLine(ReportDocument *document, int row, ExpenseLine before, ExpenseLine after);

private:
    Status apply() override { return updateExpense(m_row, m_after); }
    Status revert() override { return updateExpense(m_row, m_before); }
    int m_row;
    ExpenseLine m_before, m_after;
};

/// Adds or removes one expense line (the removed line comes back with its id).
class AddRemoveExpenseLine : public ReportEditCommand
{
public:
    enum class Action { Add, Remove };
    AddRemoveExpenseLine(ReportDocument *document, Action action, int row, ExpenseLine line);

private:
    Status apply() override;
    Status revert() override;
    Status add();
    Status remove();
    Action m_action;
    int m_row;
    ExpenseLine m_line;
};

/// Moves one expense line.
class MoveExpenseLine : public ReportEditCommand
{
public:
    MoveExpenseLine(ReportDocument *document, int from, int to);

private:
    Status apply() override { return moveExpense(m_from, m_to); }
    Status revert() override { return moveExpense(m_to, m_from); }
    int m_from, m_to;
};

/// Kind, source, amount or note of one revenue line.
class ChangeRevenueLine : public ReportEditCommand
{
public:
    ChangeRevenueLine(ReportDocument *document, int row, RevenueLine before, RevenueLine after);

private:
    Status apply() override { return updateRevenue(m_row, m_after); }
    Status revert() override { return updateRevenue(m_row, m_before); }
    int m_row;
    RevenueLine m_before, m_after;
};

/// Adds or removes one revenue line.
class AddRemoveRevenueLine : public ReportEditCommand
{
public:
    enum class Action { Add, Remove };
    AddRemoveRevenueLine(ReportDocument *document, Action action, int row, RevenueLine line);

private:
    Status apply() override;
    Status revert() override;
    Status add();
    Status remove();
    Action m_action;
    int m_row;
    RevenueLine m_line;
};

/// Moves one revenue line.
class MoveRevenueLine : public ReportEditCommand
{
public:
    MoveRevenueLine(ReportDocument *document, int from, int to);

private:
    Status apply() override { return moveRevenue(m_from, m_to); }
    Status revert() override { return moveRevenue(m_to, m_from); }
    int m_from, m_to;
};

/// The text of one narrative paragraph.
class ChangeParagraph : public ReportEditCommand
{
public:
    ChangeParagraph(ReportDocument *document, ReportDocument::Narrative kind, int row, QString before, QString after);
    int id() const override { return int(TextCommandId::Paragraph); }
    /// Merges a later edit of the same paragraph typed without a long pause.
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status apply() override { return updateParagraph(m_kind, m_row, m_after); }
    Status revert() override { return updateParagraph(m_kind, m_row, m_before); }
    ReportDocument::Narrative m_kind;
    int m_row;
    QString m_before, m_after;
    qint64 m_lastEditMs;
};

/// Adds or removes one narrative paragraph (a removed one comes back with its id).
class AddRemoveParagraph : public ReportEditCommand
{
public:
    enum class Action { Add, Remove };
    AddRemoveParagraph(ReportDocument *document, Action action, ReportDocument::Narrative kind, int row, QString text,
                       qint64 id = 0);

private:
    Status apply() override;
    Status revert() override;
    Status add();
    Status remove();
    Action m_action;
    ReportDocument::Narrative m_kind;
    int m_row;
    QString m_text;
    qint64 m_id;
};

/// Moves one narrative paragraph.
class MoveParagraph : public ReportEditCommand
{
public:
    MoveParagraph(ReportDocument *document, ReportDocument::Narrative kind, int from, int to);

private:
    Status apply() override { return moveParagraph(m_kind, m_from, m_to); }
    Status revert() override { return moveParagraph(m_kind, m_to, m_from); }
    ReportDocument::Narrative m_kind;
    int m_from, m_to;
};

} // namespace fhb::app
