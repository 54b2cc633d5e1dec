// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"
#include "domain/LedgerCsv.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

class ReportDocument;

/// Where ledger lines for a party and year go: its draft report, or one to be created.
struct LedgerImportTarget {
    QString party;
    int year = 0;
    std::optional<qint64> reportId; ///< the existing draft; empty when the import creates one
};

/// What an import did.
struct LedgerImportOutcome {
    qint64 reportId = 0;
    bool created = false; ///< the draft was created by the import
    int lineCount = 0;
    Ore totalOre = 0;     ///< the imported lines' sum, öre
};

/// The ledger CSV import shared by the command line and the wizard (docs/ledger-csv.md, "Ledger
/// CSV"): lines go into the party's DRAFT report of the year, created when there is none; a
/// submitted or approved report, an unknown party and a funder refuse with a Swedish reason
/// and nothing changes. The import itself is one undoable step of a ReportDocument.
class LedgerImport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)

public:
    /// Why a call failed: the input (party, year, report status, file) or the database.
    enum class Failure { None, Input, Database };

    /// The expense lines of `csv`'s valid rows, in file order (category, amount, footnote).
    static QList<ExpenseLine> expenseLines(const LedgerCsv &csv);

    /// Where the lines would go, without changing anything.
    static Result<LedgerImportTarget> plan(storage::Database &db, const QString &party, int year,
                                           Failure *failure = nullptr);
    /// plan(), then creates the draft when there is none. Returns the report's id;
    /// `created` (optional) says whether it was made now.
    static Result<qint64> prepareReport(storage::Database &db, const QString &party, int year, bool *created = nullptr,
                                        Failure *failure = nullptr);
    /// Imports `lines` into `document` as one undo step ("Importera 12 rader från huvudbok").
    static Status importInto(ReportDocument &document, const QList<ExpenseLine> &lines);
    /// The whole import without a window (the command line): prepareReport(), open the report,
    /// importInto(). A draft created here is removed again when the import fails.
    static Result<LedgerImportOutcome> run(storage::Database &db, const QString &party, int year,
                                           const QList<ExpenseLine> &lines, Failure *failure = nullptr);
};

} // namespace fhb::app
