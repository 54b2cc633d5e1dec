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
    struct Failure {
        QString party;
        QString reason; ///< Swedish sentence naming the file
        storage::OutputErrorKind kind = storage::OutputErrorKind::Other;
    };
    QStringList files;      ///< absolute paths written (and there), in party order
    QStringList parties;    ///< the party of each file
    QList<Failure> failed;  ///< reports that could not be written; the others still were
    QStringList passedOver; ///< names taken by a symlink, FIFO, device or folder, never written through
    int skipped = 0;        ///< reports left out by approvedOnly
    bool cancelled = false;
};

/// Writes one PDF per report of `options.year` into `options.directory`, each through
/// storage::OutputFile without following symlinks. Names are AnnualReportPdf::fileName made
/// distinct by OutputNames::Batch ("… (2).pdf" for a second party whose name gives the same
/// file name, also after NFC and case folding). A report that cannot be written is recorded
/// in `failed` and the batch goes on. Fails as a whole only when the reports cannot be read
/// or the folder cannot be made. A year without reports (or without approved ones, with
/// approvedOnly) is not an error: the list is empty.
Result<BatchExportResult> exportAnnualReports(storage::Database &db, const BatchExportOptions &options,
                                              const BatchProgressCallback &progress = {});

} // namespace fhb::app
