// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/pdf/AnnualReportExport.h"
#include "domain/Dataset.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fhb::storage {
class Database;
}

namespace fhb::gui {

/// What a batch export did, for its summary.
struct BatchExportSummary {
    struct Failure {
        QString party;  ///< empty when the export could not start at all
        QString reason; ///< Swedish sentence: what failed, why, what to do
    };
    QString directory;      ///< absolute
    QStringList written;    ///< absolute paths of the files written, in party order
    QList<Failure> failed;
    QStringList notWritten; ///< parties not reached because the export was cancelled
    QStringList passedOver; ///< names taken by a symlink, FIFO, device or folder, never written through
    int skipped = 0;        ///< drafts and submitted reports left out by "endast godkända"
    bool cancelled = false;
    bool ran = false;       ///< false until run() has been called
};

/// The work behind BatchExportDialog, without widgets so tests can drive it: runs
/// app::exportAnnualReports and turns its result into a BatchExportSummary that names every
/// report written, failed (the others are still written) or left unwritten by a cancel.
class BatchExport
{
    Q_DECLARE_TR_FUNCTIONS(fhb::gui::BatchExport)
public:
    /// The years that have at least one report in `data`, latest first.
    static QList<int> yearsWithReports(const Dataset &data);
    /// The parties whose report of `year` an export writes (all, or only the approved ones),
    /// in the dataset's order (by party), which is the order the export writes them in.
    static QStringList partiesToExport(const Dataset &data, int year, bool approvedOnly);

    /// Exports `options.year` from `db`. `data` (the workspace's dataset) names the reports a
    /// failure or cancellation left unwritten. `step` is called before each report and at the
    /// end, as app::exportAnnualReports' callback; returning false cancels.
    static BatchExportSummary run(storage::Database &db, const Dataset &data, const app::BatchExportOptions &options,
                                  const app::BatchProgressCallback &step = {});

    /// One Swedish sentence for the top of the summary: how many were written, and whether
    /// it was cancelled or stopped.
    static QString headline(const BatchExportSummary &summary);
};

} // namespace fhb::gui
