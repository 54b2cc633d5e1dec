// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnnualReportPdf.h"

#include <QStringList>

#include <functional>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

/// Reads `party`'s report of `year` with everything its PDF needs (the year's agreements and
/// reports for the co-funding section, the approval version). Fails with a Swedish sentence
/// when there is no such report or the database cannot be read.
Result<AnnualReportPdf> loadAnnualReportPdf(storage::Database &db, const QString &party, int year);

struct BatchExportOptions {
    int year = 0;
    QString directory;         ///< created when missing
    bool approvedOnly = false; ///< leave out drafts and submitted reports
};

/// Where a batch export is; passed to the progress callback before each report and once at
/// the end (done == total).
struct BatchProgress {
    int done = 0;
    int total = 0;
    QString party; ///< the report about to be written; empty at the end
};

/// Return false to cancel: the export stops before the next report. Files already written stay.
using BatchProgressCallback = std::function<bool(const BatchProgress &)>;

struct BatchExportResult {
    QStringList files;   ///< absolute paths written, in party order
    int skipped = 0;     ///< reports left out by approvedOnly
    bool cancelled = false;
};

/// Writes one PDF per report of `options.year` (AnnualReportPdf::fileName, each written
/// atomically) into `options.directory`. Stops at the first report that cannot be written and
/// returns its Swedish message (files written before it stay). A year without reports
/// (or without approved ones, with approvedOnly) is not an error: the list is empty.
Result<BatchExportResult> exportAnnualReports(storage::Database &db, const BatchExportOptions &options,
                                              const BatchProgressCallback &progress = {});

} // namespace fhb::app
