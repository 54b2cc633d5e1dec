// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include "app/WriteFirstCommand.h"

#include <QCoreApplication>

namespace fhb::app {

/// Adds many expense lines at once (the ledger import) as one undo step, written in one
/// transaction; undo removes exactly those lines, redo adds them again with the same ids.
/// Pushed by ReportDocument::importExpenseLines().
class ImportExpenseLines : public WriteFirstCommand
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::ImportExpenseLines)

public:
    ImportExpenseLines(ReportDocument *document, QList<ExpenseLine> lines);

private:
    static QString undoText(qsizetype count);
    Status apply() override;
    Status revert() override;
    ReportDocument *m_document;
    QList<ExpenseLine> m_lines; ///< with the ids they got the first time
};

} // namespace fhb::app
