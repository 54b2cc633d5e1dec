// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportExpenseLines.h"

namespace fhb::app {

ImportExpenseLines::ImportExpenseLines(ReportDocument *document, QList<ExpenseLine> lines)
    : WriteFirstCommand(tr("Importera %n rader från huvudbok", nullptr, int(lines.size()))), m_document(document),
      m_lines(std::move(lines))
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
