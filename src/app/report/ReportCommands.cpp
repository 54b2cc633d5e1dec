// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommands.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fhb::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCommands", text);
}

QString expenseText(const ExpenseLine &before, const ExpenseLine &after)
{
    const bool category = before.category != after.category;
    const bool amount = before.amountOre != after.amountOre;
    const bool note = before.footnote != after.footnote;
    if (int(category) + int(amount) + int(note) != 1)
        return tr("Ändra utgiftsrad");
    return amount ? tr("Ändra belopp") : category ? tr("Ändra kategori") : tr("Ändra fotnot");
}

/// Which of the signature's four fields differ (0–3, in the order of the form).
QList<int> changedSignatureFields(const Signature &a, const Signature &b)
{
    QList<int> fields;
    if (a.onBehalfOfName != b.onBehalfOfName)
        fields << 0;
    if (a.onBehalfOfTitle != b.onBehalfOfTitle)
        fields << 1;
    if (a.preparedByName != b.preparedByName)
        fields << 2;
    if (a.preparedByTitle != b.preparedByTitle)
        fields << 3;
    return fields;
}

} // namespace

ReportEditCommand::ReportEditCommand(ReportDocument *document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

Status ReportEditCommand::applyFirst()
{
    const Status s = apply();
    m_skipRedo = s.ok();
    return s;
}

void ReportEditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!apply())
        setObsolete(true);
}

void ReportEditCommand::undo()
{
    if (!revert())
        setObsolete(true);
}

qint64 ReportEditCommand::paragraphId(ReportDocument::Narrative k, int row) const
{
    return m_document->paragraphIds(k).value(row);
}

ChangePeriod::ChangePeriod(ReportDocument *document, QDate oldStart, QDate oldEnd, QDate newStart, QDate newEnd)
    : ReportEditCommand(document, tr("Ändra period")), m_oldStart(oldStart), m_oldEnd(oldEnd), m_newStart(newStart),
      m_newEnd(newEnd)
{
}

ChangeSignature::ChangeSignature(ReportDocument *document, Signature before, Signature after)
    : ReportEditCommand(document, tr("Ändra underskrift")), m_before(std::move(before)), m_after(std::move(after)),
      m_lastEditMs(QDateTime::currentMSecsSinceEpoch())
{
}

bool ChangeSignature::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeSignature *>(other);
    if (next->m_before != m_after || next->m_lastEditMs - m_lastEditMs > kTypingMergeMs)
        return false;
    if (changedSignatureFields(m_before, m_after) != changedSignatureFields(next->m_before, next->m_after)
        || changedSignatureFields(m_before, m_after).size() != 1)
        return false;
    m_after = next->m_after;
    m_lastEditMs = next->m_lastEditMs;
    if (m_after == m_before)
        setObsolete(true); // typed and erased again: nothing to undo
    return true;
}

ChangeExpenseLine::ChangeExpenseLine(ReportDocument *document, int row, ExpenseLine before, ExpenseLine after)
    : ReportEditCommand(document, expenseText(before, after)),
      m_row(row), m_before(std::move(before)), m_after(std::move(after))
{
}

AddRemoveExpenseLine::AddRemoveExpenseLine(ReportDocument *document, Action action, int row, ExpenseLine line)
    : ReportEditCommand(document, action == Action::Add ? tr("Lägg till utgiftsrad") : tr("Ta bort utgiftsrad")),
      m_action(action), m_row(row), m_line(std::move(line))
{
}

Status AddRemoveExpenseLine::apply()
{
    return m_action == Action::Add ? add() : remove();
}

Status AddRemoveExpenseLine::revert()
{
    return m_action == Action::Add ? remove() : add();
}

Status AddRemoveExpenseLine::add()
{
    const Status s = insertExpense(m_row, m_line);
    if (s)
        m_line.id = document()->report().expenses.at(m_row).id; // reused by the next re-insert
    return s;
}

Status AddRemoveExpenseLine::remove()
{
    return removeExpense(m_row);
}

MoveExpenseLine::MoveExpenseLine(ReportDocument *document, int from, int to)
    : ReportEditCommand(document, tr("Flytta utgiftsrad")), m_from(from), m_to(to)
{
}

ChangeRevenueLine::ChangeRevenueLine(ReportDocument *document, int row, RevenueLine before, RevenueLine after)
    : ReportEditCommand(document, tr("Ändra intäktsrad")), m_row(row), m_before(std::move(before)), m_after(std::move(after))
{
    const bool kind = m_before.kind != m_after.kind;
    const bool source = m_before.source != m_after.source;
    const bool amount = m_before.amountOre != m_after.amountOre;
    const bool note = m_before.note != m_after.note;
    if (int(kind) + int(source) + int(amount) + int(note) == 1)
        setText(amount ? tr("Ändra belopp") : kind ? tr("Ändra slag") : source ? tr("Ändra källa") : tr("Ändra anteckning"));
}

AddRemoveRevenueLine::AddRemoveRevenueLine(ReportDocument *document, Action action, int row, RevenueLine line)
    : ReportEditCommand(document, action == Action::Add ? tr("Lägg till intäktsrad") : tr("Ta bort intäktsrad")),
      m_action(action), m_row(row), m_line(std::move(line))
{
}

Status AddRemoveRevenueLine::apply()
{
    return m_action == Action::Add ? add() : remove();
}

Status AddRemoveRevenueLine::revert()
{
    return m_action == Action::Add ? remove() : add();
}

Status AddRemoveRevenueLine::add()
{
    const Status s = insertRevenue(m_row, m_line);
    if (s)
        m_line.id = document()->report().revenues.at(m_row).id;
    return s;
}

Status AddRemoveRevenueLine::remove()
{
    return removeRevenue(m_row);
}

MoveRevenueLine::MoveRevenueLine(ReportDocument *document, int from, int to)
    : ReportEditCommand(document, tr("Flytta intäktsrad")), m_from(from), m_to(to)
{
}

ChangeParagraph::ChangeParagraph(ReportDocument *document, ReportDocument::Narrative kind, int row, QString before,
                                 QString after)
    : ReportEditCommand(document, kind == ReportDocument::Narrative::Events ? tr("Ändra händelse")
                                                                            : tr("Ändra stycke om personalresurser")),
      m_kind(kind), m_row(row), m_before(std::move(before)), m_after(std::move(after)),
      m_lastEditMs(QDateTime::currentMSecsSinceEpoch())
{
}

bool ChangeParagraph::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeParagraph *>(other);
    if (next->m_kind != m_kind || next->m_row != m_row || next->m_before != m_after
        || next->m_lastEditMs - m_lastEditMs > kTypingMergeMs)
        return false;
    m_after = next->m_after;
    m_lastEditMs = next->m_lastEditMs;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

AddRemoveParagraph::AddRemoveParagraph(ReportDocument *document, Action action, ReportDocument::Narrative kind, int row,
                                       QString text, qint64 id)
    : ReportEditCommand(document, QString()), m_action(action), m_kind(kind), m_row(row), m_text(std::move(text)), m_id(id)
{
    const bool events = kind == ReportDocument::Narrative::Events;
    if (action == Action::Add)
        setText(events ? tr("Lägg till händelse") : tr("Lägg till stycke om personalresurser"));
    else
        setText(events ? tr("Ta bort händelse") : tr("Ta bort stycke om personalresurser"));
}

Status AddRemoveParagraph::apply()
{
    return m_action == Action::Add ? add() : remove();
}

Status AddRemoveParagraph::revert()
{
    return m_action == Action::Add ? remove() : add();
}

Status AddRemoveParagraph::add()
{
    const Status s = insertParagraph(m_kind, m_row, m_text, m_id);
    if (s)
        m_id = paragraphId(m_kind, m_row);
    return s;
}

Status AddRemoveParagraph::remove()
{
    m_id = paragraphId(m_kind, m_row);
    return removeParagraph(m_kind, m_row);
}

MoveParagraph::MoveParagraph(ReportDocument *document, ReportDocument::Narrative kind, int from, int to)
    : ReportEditCommand(document, kind == ReportDocument::Narrative::Events ? tr("Flytta händelse")
                                                                            : tr("Flytta stycke om personalresurser")),
      m_kind(kind), m_from(from), m_to(to)
{
}

} // namespace fhb::app
