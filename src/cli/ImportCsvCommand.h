// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "ExitCode.h"

#include "domain/LedgerCsv.h"

#include <QCoreApplication>

namespace fhb::cli {

/// `import-csv --party NAMN --year ÅR FIL.csv [--dry-run] [--encoding utf-8|windows-1252]
/// [--separator ';'|,|tab] [--header|--no-header]` (docs/cli.md): adds the ledger's lines to
/// the party's draft report of the year as one step (app::LedgerImport). Prints what it read
/// (rows, sum, encoding, separator, header) and every bad row as "rad 7: …" on standard error.
/// Exit 2 for usage and input errors (bad rows, unknown party, submitted or approved report;
/// nothing is written), 3 for database errors; --dry-run reads and checks but writes nothing.
class ImportCsvCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCsvCommand)

public:
    explicit ImportCsvCommand(const CommandLine &line) : m_line(line) {}
    ExitCode run();

private:
    /// The reader options from --encoding, --separator, --header/--no-header.
    Result<LedgerCsvOptions> options() const;
    void printRead(const QString &path, const LedgerCsv &csv) const;
    ExitCode printBadRows(const QString &path, const LedgerCsv &csv) const;
    ExitCode dryRun(const QString &party, int year, const LedgerCsv &csv) const;

    const CommandLine &m_line;
};

} // namespace fhb::cli
