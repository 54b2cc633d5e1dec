// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportExpenseLines.h"

namespace fhb::app {

// Swedish is the source language and has no catalogue of its own, so a %n plural would read
// "1 rader": the singular is a sentence of its own (docs/translations.md).
QString ImportExpenseLines::undoText(qsizetype count)
{
    return count == 1 ? tr("Importera 1 rad från huvudbok") : tr("Importera %1 rader från huvudbok").arg(count);
}

ImportExpenseLines::ImportExpenseLines(ReportDocument *document, QList<ExpenseLine> lines)
    : WriteFirstCommand(undoText(lines.size())), m_document(document), m_lines(std::move(lines))
{
}

Status ImportExpenseLines::apply()
{
    QList<qint64> ids;
    const Status s = m_document->applyAppendExpenses(m_lines, &ids);
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
    return m_document->applyRemoveExpenses(ids);
}

} // namespace fhb::app
