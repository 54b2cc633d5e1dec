// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportCommands.h"

#include <QCoreApplication>

namespace fhb::app {

/// Adds many expense lines at once (the ledger import) as one undo step, written in one
/// transaction; undo removes exactly those lines, redo adds them again with the same ids.
/// Pushed by ReportDocument::importExpenseLines().
class ImportExpenseLines : public ReportEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportExpenseLines)

public:
    ImportExpenseLines(ReportDocument *document, QList<ExpenseLine> lines);

private:
    Status apply() override;
    Status revert() override;
    /// "Importera 12 rader från huvudbok".
    static QString text(qsizetype count);
    QList<ExpenseLine> m_lines; ///< with the ids they got the first time
};

} // namespace fhb::app
