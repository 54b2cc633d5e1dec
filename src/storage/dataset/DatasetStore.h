// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"
#include "domain/Result.h"

#include <QStringList>

#include <optional>

namespace fhb::storage {

class Database;

struct DatasetFilter {
    std::optional<QString> party; ///< only this party's reports (and the parties/agreements they need)
    std::optional<int> year;      ///< only reports of this year
};

struct ImportOptions {
    bool replace = false; ///< take the file's agreements and replace existing non-approved reports
    /// Replace existing non-approved reports, but keep the database's agreements and county-part
    /// members (with a warning where the file's differ): what the GUI's report import does.
    bool replaceReports = false;
    /// Validate and write inside the transaction, then roll it back: the summary tells what the
    /// import would do, and nothing changes (the report import's preview).
    bool dryRun = false;
};

struct ImportSummary {
    int partiesAdded = 0;
    int partiesMatched = 0;
    int agreementsAdded = 0;
    int agreementsMatched = 0;
    int agreementsReplaced = 0;
    int reportsAdded = 0;
    int reportsReplaced = 0;
    int reportsUnchanged = 0; ///< reports identical to the database's, left as they are
    /// Reports approved in the file that came in as submitted (a file never approves; only a
    /// restore into an empty database keeps approvals whose fingerprint still matches).
    int reportsArrivedSubmitted = 0;
    QStringList warnings; ///< Swedish sentences, e.g. an agreement kept as the database has it
};

/// Reads and writes whole datasets: what export, import, the demo data and the
/// synthetic county use. Parties and agreements are matched by name.
class DatasetStore
{
public:
    explicit DatasetStore(Database &db);

    /// Everything (or the filtered part), with storage ids filled in. Parties ordered by
    /// kind then name; agreements by name; reports by party then year.
    Result<Dataset> load(const DatasetFilter &filter = {}) const;

    /// Imports all-or-nothing in one transaction, with audit rows. Parties with the same
    /// name are matched (another kind is an error); a differing agreement is kept with a
    /// warning unless options.replace; an existing report is replaced only with
    /// options.replace and never when approved. A report approved in the file comes in as
    /// submitted (with a warning), except when the database was empty (a restore): then it
    /// keeps its approval records, or gets one now when the file has none. Errors start with
    /// the exchange-file path of what is wrong, e.g. "reports[0].party: okänd part 'X'".
    Result<ImportSummary> import(const Dataset &data, const ImportOptions &options = {});

private:
    Database &m_db;
};

} // namespace fhb::storage
