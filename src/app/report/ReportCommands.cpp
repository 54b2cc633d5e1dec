// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommands.h"

#include <QDateTime>

namespace fhb::app {

namespace {

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

ChangePeriod::ChangePeriod(ReportDocument *document, QDate oldStart, QDate oldEnd, QDate newStart, QDate newEnd)
    : WriteFirstCommand(tr("Ändra period")), m_document(document), m_oldStart(oldStart), m_oldEnd(oldEnd),
      m_newStart(newStart), m_newEnd(newEnd)
{
}

ChangeSignature::ChangeSignature(ReportDocument *document, Signature before, Signature after)
    : WriteFirstCommand(tr("Ändra underskrift")), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)), m_lastEditMs(QDateTime::currentMSecsSinceEpoch())
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

ChangeRow::ChangeRow(ReportDocument *document, ReportList list, int row, ReportRow before, ReportRow after)
    : WriteFirstCommand(text(list, before, after)), m_document(document), m_list(list), m_row(row),
      m_before(std::move(before)), m_after(std::move(after)), m_lastEditMs(QDateTime::currentMSecsSinceEpoch())
{
}

// Names the one field that changed ("Ändra belopp"), or the whole row when several did.
QString ChangeRow::text(ReportList list, const ReportRow &before, const ReportRow &after)
{
    switch (list) {
    case ReportList::Expenses: {
        const auto &a = std::get<ExpenseLine>(before);
        const auto &b = std::get<ExpenseLine>(after);
        const bool category = a.category != b.category;
        const bool amount = a.amountOre != b.amountOre;
        const bool note = a.footnote != b.footnote;
        if (int(category) + int(amount) + int(note) != 1)
            return tr("Ändra utgiftsrad");
        return amount ? tr("Ändra belopp") : category ? tr("Ändra kategori") : tr("Ändra fotnot");
    }
    case ReportList::Revenues: {
        const auto &a = std::get<RevenueLine>(before);
        const auto &b = std::get<RevenueLine>(after);
        const bool kind = a.kind != b.kind;
        const bool source = a.source != b.source;
        const bool amount = a.amountOre != b.amountOre;
        const bool note = a.note != b.note;
        if (int(kind) + int(source) + int(amount) + int(note) != 1)
            return tr("Ändra intäktsrad");
        return amount ? tr("Ändra belopp") : kind ? tr("Ändra slag") : source ? tr("Ändra källa") : tr("Ändra anteckning");
    }
    case ReportList::Events: return tr("Ändra händelse");
    case ReportList::StaffResources: return tr("Ändra stycke om personalresurser");
    }
    return {};
}

bool ChangeRow::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeRow *>(other);
    if (next->m_list != m_list || next->m_row != m_row || !sameContent(next->m_before, m_after)
        || next->m_lastEditMs - m_lastEditMs > kTypingMergeMs)
        return false;
    m_after = next->m_after;
    m_lastEditMs = next->m_lastEditMs;
    if (sameContent(m_after, m_before))
        setObsolete(true);
    return true;
}

AddRemoveRow::AddRemoveRow(ReportDocument *document, Action action, ReportList list, int row, ReportRow value)
    : WriteFirstCommand(text(action, list)), m_document(document), m_action(action), m_list(list), m_row(row),
      m_value(std::move(value))
{
}

QString AddRemoveRow::text(Action action, ReportList list)
{
    const bool add = action == Action::Add;
    switch (list) {
    case ReportList::Expenses: return add ? tr("Lägg till utgiftsrad") : tr("Ta bort utgiftsrad");
    case ReportList::Revenues: return add ? tr("Lägg till intäktsrad") : tr("Ta bort intäktsrad");
    case ReportList::Events: return add ? tr("Lägg till händelse") : tr("Ta bort händelse");
    case ReportList::StaffResources:
        return add ? tr("Lägg till stycke om personalresurser") : tr("Ta bort stycke om personalresurser");
    }
    return {};
}

Status AddRemoveRow::add()
{
    const Status s = m_document->applyInsert(m_list, m_row, m_value);
    if (s)
        setRowId(m_value, rowId(m_document->row(m_list, m_row))); // reused by the next re-insert
    return s;
}

Status AddRemoveRow::remove()
{
    if (m_row >= 0 && m_row < m_document->rowCount(m_list))
        setRowId(m_value, rowId(m_document->row(m_list, m_row)));
    return m_document->applyRemove(m_list, m_row);
}

MoveRow::MoveRow(ReportDocument *document, ReportList list, int from, int to)
    : WriteFirstCommand(text(list)), m_document(document), m_list(list), m_from(from), m_to(to)
{
}

QString MoveRow::text(ReportList list)
{
    switch (list) {
    case ReportList::Expenses: return tr("Flytta utgiftsrad");
    case ReportList::Revenues: return tr("Flytta intäktsrad");
    case ReportList::Events: return tr("Flytta händelse");
    case ReportList::StaffResources: return tr("Flytta stycke om personalresurser");
    }
    return {};
}

} // namespace fhb::app
