// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ReportDocument, continued: the writes behind the undo commands, and the workflow.
#include "ReportDocument.h"

#include "ExpenseLineModel.h"
#include "ParagraphListModel.h"
#include "RevenueLineModel.h"

#include "domain/Checks.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"

namespace fhb::app {

using storage::EditFailure;

Status ReportDocument::applyPeriod(const QDate &start, const QDate &end)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.setPeriod(m_report.id, m_report.rowVersion, start, end)); !s)
        return s;
    m_report.periodStart = start;
    m_report.periodEnd = end;
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applySignature(const Signature &signature)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.setSignature(m_report.id, m_report.rowVersion, signature)); !s)
        return s;
    m_report.signature = signature;
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyInsertExpense(int row, const ExpenseLine &line)
{
    if (const Status s = checkEditable(); !s)
        return s;
    const auto result = m_editor.insertExpenseLine(m_report.id, m_report.rowVersion, row, line);
    if (const Status s = accept(result); !s)
        return s;
    ExpenseLine stored = line;
    stored.id = result->rowId;
    m_report.expenses.insert(row, stored);
    m_expenseModel->lineInserted(row, stored);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyUpdateExpense(int row, const ExpenseLine &line)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.updateExpenseLine(m_report.id, m_report.rowVersion, row, line)); !s)
        return s;
    ExpenseLine stored = line;
    stored.id = m_report.expenses.at(row).id;
    m_report.expenses[row] = stored;
    m_expenseModel->lineChanged(row, stored);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyRemoveExpense(int row)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.removeExpenseLine(m_report.id, m_report.rowVersion, row)); !s)
        return s;
    m_report.expenses.removeAt(row);
    m_expenseModel->lineRemoved(row);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyMoveExpense(int from, int to)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.moveExpenseLine(m_report.id, m_report.rowVersion, from, to)); !s)
        return s;
    m_report.expenses.move(from, to);
    m_expenseModel->lineMoved(from, to);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyInsertRevenue(int row, const RevenueLine &line)
{
    if (const Status s = checkEditable(); !s)
        return s;
    const auto result = m_editor.insertRevenueLine(m_report.id, m_report.rowVersion, row, line);
    if (const Status s = accept(result); !s)
        return s;
    RevenueLine stored = line;
    stored.id = result->rowId;
    m_report.revenues.insert(row, stored);
    m_revenueModel->lineInserted(row, stored);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyUpdateRevenue(int row, const RevenueLine &line)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.updateRevenueLine(m_report.id, m_report.rowVersion, row, line)); !s)
        return s;
    RevenueLine stored = line;
    stored.id = m_report.revenues.at(row).id;
    m_report.revenues[row] = stored;
    m_revenueModel->lineChanged(row, stored);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyRemoveRevenue(int row)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.removeRevenueLine(m_report.id, m_report.rowVersion, row)); !s)
        return s;
    m_report.revenues.removeAt(row);
    m_revenueModel->lineRemoved(row);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyMoveRevenue(int from, int to)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.moveRevenueLine(m_report.id, m_report.rowVersion, from, to)); !s)
        return s;
    m_report.revenues.move(from, to);
    m_revenueModel->lineMoved(from, to);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyInsertParagraph(Narrative kind, int row, const QString &text, qint64 preferredId)
{
    if (const Status s = checkEditable(); !s)
        return s;
    const auto result = m_editor.insertParagraph(m_report.id, m_report.rowVersion, storageKind(kind), row, text, preferredId);
    if (const Status s = accept(result); !s)
        return s;
    paragraphs(kind).insert(row, text);
    paragraphIds(kind).insert(row, result->rowId);
    paragraphModel(kind)->paragraphInserted(row, text);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyUpdateParagraph(Narrative kind, int row, const QString &text)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.updateParagraph(m_report.id, m_report.rowVersion, storageKind(kind), row, text)); !s)
        return s;
    paragraphs(kind)[row] = text;
    paragraphModel(kind)->paragraphChanged(row, text);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyRemoveParagraph(Narrative kind, int row)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.removeParagraph(m_report.id, m_report.rowVersion, storageKind(kind), row)); !s)
        return s;
    paragraphs(kind).removeAt(row);
    paragraphIds(kind).removeAt(row);
    paragraphModel(kind)->paragraphRemoved(row);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyMoveParagraph(Narrative kind, int from, int to)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_editor.moveParagraph(m_report.id, m_report.rowVersion, storageKind(kind), from, to)); !s)
        return s;
    paragraphs(kind).move(from, to);
    paragraphIds(kind).move(from, to);
    paragraphModel(kind)->paragraphMoved(from, to);
    Q_EMIT changed();
    return {};
}

// Workflow: ReportStore does the status change; the document guards it with its row version.

Status ReportDocument::workflowFailure(const QString &reason, Failure failure)
{
    return refuse(reason, failure);
}

Status ReportDocument::checkCurrent()
{
    if (m_db.isReadOnly())
        return workflowFailure(m_db.readOnlyReason(), Failure::ReadOnly);
    const auto version = m_editor.rowVersion(m_report.id);
    if (!version)
        return workflowFailure(version.error(), Failure::Missing);
    if (m_stale || *version != m_report.rowVersion) {
        m_stale = true;
        return workflowFailure(tr("Någon annan har ändrat årsredovisningen sedan du öppnade den. Läs in den igen "
                                  "och försök sedan på nytt."), Failure::Stale);
    }
    return {};
}

Status ReportDocument::submit()
{
    if (const Status s = checkCurrent(); !s)
        return s;
    if (m_report.status == ReportStatus::Approved)
        return workflowFailure(notEditableReason(), Failure::Locked);
    if (m_report.status == ReportStatus::Submitted)
        return {};
    QStringList errors;
    for (const Finding &finding : checks::completeness(m_report))
        if (finding.severity == Severity::Error)
            errors.append(QStringLiteral("• ") + finding.message);
    if (!errors.isEmpty())
        return workflowFailure(tr("Årsredovisningen kan inte skickas in än:\n%1\nRätta detta och försök igen.")
                                   .arg(errors.join(u'\n')),
                               Failure::Invalid);
    if (const Status s = storage::ReportStore(m_db).setStatus(m_report.id, ReportStatus::Submitted); !s)
        return workflowFailure(s.error(), Failure::Other);
    return refreshAfterWorkflow();
}

Status ReportDocument::approve()
{
    if (const Status s = checkCurrent(); !s)
        return s;
    if (m_report.status == ReportStatus::Approved)
        return {};
    for (const Finding &finding : checks::completeness(m_report))
        if (finding.severity == Severity::Error)
            return workflowFailure(tr("Årsredovisningen kan inte godkännas: %1").arg(finding.message), Failure::Invalid);
    if (const Status s = storage::ReportStore(m_db).setStatus(m_report.id, ReportStatus::Approved); !s)
        return workflowFailure(s.error(), Failure::Other);
    m_undoStack.clear();
    return refreshAfterWorkflow();
}

Status ReportDocument::reopen(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return workflowFailure(tr("Skriv varför årsredovisningen öppnas igen. Orsaken sparas i ändringsloggen."),
                               Failure::Invalid);
    if (const Status s = checkCurrent(); !s)
        return s;
    if (const Status s = storage::ReportStore(m_db).reopen(m_report.id, reason, ReportStatus::Draft); !s)
        return workflowFailure(s.error(), m_report.isLocked() ? Failure::Other : Failure::Invalid);
    m_undoStack.clear();
    return refreshAfterWorkflow();
}

Status ReportDocument::refreshAfterWorkflow()
{
    const auto report = storage::ReportStore(m_db).report(m_report.id);
    if (!report)
        return workflowFailure(report.error(), Failure::Missing);
    m_report.status = report->status;
    m_report.rowVersion = report->rowVersion;
    m_lastFailure = Failure::None;
    m_expenseModel->editabilityChanged();
    m_revenueModel->editabilityChanged();
    m_eventModel->editabilityChanged();
    m_staffModel->editabilityChanged();
    Q_EMIT statusChanged(m_report.status);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::reload()
{
    auto report = storage::ReportStore(m_db).report(m_report.id);
    if (!report)
        return workflowFailure(report.error(), Failure::Missing);
    const auto events = m_editor.paragraphIds(m_report.id, storage::ParagraphKind::Event);
    const auto staff = m_editor.paragraphIds(m_report.id, storage::ParagraphKind::StaffResource);
    if (!events || !staff)
        return workflowFailure(events ? staff.error() : events.error(), Failure::Other);
    m_undoStack.clear();
    const ReportStatus oldStatus = m_report.status;
    m_report = std::move(report.value());
    m_eventIds = *events;
    m_staffIds = *staff;
    m_stale = false;
    m_lastFailure = Failure::None;
    m_expenseModel->setLines(m_report.expenses);
    m_revenueModel->setLines(m_report.revenues);
    m_eventModel->reset(m_report.events);
    m_staffModel->reset(m_report.staffResources);
    if (oldStatus != m_report.status)
        Q_EMIT statusChanged(m_report.status);
    Q_EMIT changed();
    return {};
}

} // namespace fhb::app
