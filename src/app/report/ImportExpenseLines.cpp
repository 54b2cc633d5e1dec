// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger import's undo command, and the ReportDocument writes behind it.
#include "ImportExpenseLines.h"

#include "ExpenseLineModel.h"

#include <QSet>

namespace fhb::app {

ImportExpenseLines::ImportExpenseLines(ReportDocument *document, QList<ExpenseLine> lines)
    : ReportEditCommand(document, text(lines.size())), m_lines(std::move(lines))
{
}

QString ImportExpenseLines::text(qsizetype count)
{
    return count == 1 ? tr("Importera 1 rad från huvudbok") : tr("Importera %1 rader från huvudbok").arg(count);
}

Status ImportExpenseLines::apply()
{
    QList<qint64> ids;
    const Status s = document()->applyAppendExpenses(m_lines, &ids);
    if (s)
        for (qsizetype i = 0; i < m_lines.size() && i < ids.size(); ++i)
            m_lines[i].id = ids.at(i); // reused by the redo after an undo
    return s;
}

Status ImportExpenseLines::revert()
{
    QList<qint64> ids;
    for (const ExpenseLine &line : std::as_const(m_lines))
        ids.append(line.id);
    return document()->applyRemoveExpenses(ids);
}

Status ReportDocument::importExpenseLines(const QList<ExpenseLine> &lines)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (lines.isEmpty())
        return refuse(tr("Det finns inga rader att importera."));
    QList<ExpenseLine> fresh = lines;
    for (ExpenseLine &line : fresh) {
        if (line.amountOre < 0)
            return refuse(tr("Beloppet för %1 är negativt; en utgift är noll eller mer.").arg(line.category));
        line.id = 0;
    }
    return execute(new ImportExpenseLines(this, fresh));
}

Status ReportDocument::applyAppendExpenses(const QList<ExpenseLine> &lines, QList<qint64> *ids)
{
    if (const Status s = checkEditable(); !s)
        return s;
    const auto result = m_editor.appendExpenseLines(m_report.id, m_report.rowVersion, lines);
    const Result<storage::EditResult> single =
        result ? Result<storage::EditResult>(storage::EditResult{result->rowVersion, 0})
               : Result<storage::EditResult>::failure(result.error());
    if (const Status s = accept(single); !s)
        return s;
    *ids = result->rowIds;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ExpenseLine stored = lines.at(i);
        stored.id = ids->value(i);
        const int row = int(m_report.expenses.size());
        m_report.expenses.append(stored);
        m_expenseModel->lineInserted(row, stored);
    }
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyRemoveExpenses(const QList<qint64> &ids)
{
    if (const Status s = checkEditable(); !s)
        return s;
    const auto result = m_editor.removeExpenseLines(m_report.id, m_report.rowVersion, ids);
    const Result<storage::EditResult> single =
        result ? Result<storage::EditResult>(storage::EditResult{result->rowVersion, 0})
               : Result<storage::EditResult>::failure(result.error());
    if (const Status s = accept(single); !s)
        return s;
    const QSet<qint64> removed(ids.cbegin(), ids.cend());
    for (qsizetype row = m_report.expenses.size() - 1; row >= 0; --row) {
        if (removed.contains(m_report.expenses.at(row).id)) {
            m_report.expenses.removeAt(row);
            m_expenseModel->lineRemoved(int(row));
        }
    }
    Q_EMIT changed();
    return {};
}

} // namespace fhb::app
