// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include "app/WriteFirstCommand.h"

#include <QCoreApplication>

// The undo commands of ReportDocument (Tiled style: verb-phrase names), one per kind of edit,
// written first (WriteFirstCommand): each writes through the document's apply*() in redo()
// and writes the old value back in undo().
namespace fhb::app {

/// Typing is written while it happens (a pause of a few hundred milliseconds commits), so one
/// typed word arrives as several edits of the same text field. Consecutive edits of the same
/// field within kTypingMergeMs of each other merge into one undo step; the database keeps
/// every intermediate write.
inline constexpr qint64 kTypingMergeMs = 4000;
/// The pause in typing after which the editors write the text (milliseconds).
inline constexpr int kTypingCommitMs = 300;
enum class TextCommandId { Signature = 1001, Paragraph = 1002 };

/// Period start and end.
class ChangePeriod : public WriteFirstCommand
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::ChangePeriod)

public:
    ChangePeriod(ReportDocument *document, QDate oldStart, QDate oldEnd, QDate newStart, QDate newEnd);

private:
    Status apply() override { return m_document->applyPeriod(m_newStart, m_newEnd); }
    Status revert() override { return m_document->applyPeriod(m_oldStart, m_oldEnd); }
    ReportDocument *m_document;
    QDate m_oldStart, m_oldEnd, m_newStart, m_newEnd;
};

/// The signature block.
class ChangeSignature : public WriteFirstCommand
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::ChangeSignature)

public:
    ChangeSignature(ReportDocument *document, Signature before, Signature after);
    int id() const override { return int(TextCommandId::Signature); }
    /// Merges a later edit of the same single field (name or title) typed without a long pause.
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status apply() override { return m_document->applySignature(m_after); }
    Status revert() override { return m_document->applySignature(m_before); }
    ReportDocument *m_document;
    Signature m_before, m_after;
    qint64 m_lastEditMs;
};

/// The content of one row of a list: category, amount or footnote of an expense line; kind,
/// source, amount or note of a revenue line; the text of a paragraph.
class ChangeRow : public WriteFirstCommand
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::ChangeRow)

public:
    ChangeRow(ReportDocument *document, ReportList list, int row, ReportRow before, ReportRow after);
    /// Paragraphs merge (typing); lines do not.
    int id() const override { return isNarrative(m_list) ? int(TextCommandId::Paragraph) : -1; }
    /// Merges a later edit of the same paragraph typed without a long pause.
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status apply() override { return m_document->applyUpdate(m_list, m_row, m_after); }
    Status revert() override { return m_document->applyUpdate(m_list, m_row, m_before); }
    static QString text(ReportList list, const ReportRow &before, const ReportRow &after);
    ReportDocument *m_document;
    ReportList m_list;
    int m_row;
    ReportRow m_before, m_after;
    qint64 m_lastEditMs;
};

/// Adds or removes one row of a list (a removed row comes back with its id).
class AddRemoveRow : public WriteFirstCommand
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::AddRemoveRow)

public:
    enum class Action { Add, Remove };
    AddRemoveRow(ReportDocument *document, Action action, ReportList list, int row, ReportRow value);

private:
    Status apply() override { return m_action == Action::Add ? add() : remove(); }
    Status revert() override { return m_action == Action::Add ? remove() : add(); }
    Status add();
    Status remove();
    static QString text(Action action, ReportList list);
    ReportDocument *m_document;
    Action m_action;
    ReportList m_list;
    int m_row;
    ReportRow m_value; ///< with the id it had last
};

/// Moves one row of a list.
class MoveRow : public WriteFirstCommand
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::MoveRow)

public:
    MoveRow(ReportDocument *document, ReportList list, int from, int to);

private:
    Status apply() override { return m_document->applyMove(m_list, m_from, m_to); }
    Status revert() override { return m_document->applyMove(m_list, m_to, m_from); }
    static QString text(ReportList list);
    ReportDocument *m_document;
    ReportList m_list;
    int m_from, m_to;
};

} // namespace fhb::app
