// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchExport.h"

#include <QDir>

#include <algorithm>

namespace fhb::gui {

QList<int> BatchExport::yearsWithReports(const Dataset &data)
{
    QList<int> years;
    for (const AnnualReport &report : data.reports)
        if (!years.contains(report.year))
            years.append(report.year);
    std::sort(years.begin(), years.end(), std::greater<>());
    return years;
}

QStringList BatchExport::partiesToExport(const Dataset &data, int year, bool approvedOnly)
{
    QStringList parties;
    for (const AnnualReport &report : data.reports)
        if (report.year == year && (!approvedOnly || report.status == ReportStatus::Approved))
            parties.append(report.party);
    return parties;
}

BatchExportSummary BatchExport::run(storage::Database &db, const Dataset &data, const app::BatchExportOptions &options,
                                    const app::BatchProgressCallback &step)
{
    BatchExportSummary summary;
    summary.ran = true;
    summary.directory = QDir(options.directory).absolutePath();
    QStringList reached;
    const auto progress = [&reached, &step](const app::BatchProgress &p) {
        if (step && !step(p))
            return false;
        if (!p.party.isEmpty())
            reached.append(p.party);
        return true;
    };
    const Result<app::BatchExportResult> result = app::exportAnnualReports(db, options, progress);
    if (!result) {
        // Nothing could start: the reports could not be read or the folder not be made.
        summary.failed.append({QString(), result.error()});
        return summary;
    }
    // One report that cannot be written does not stop the others (app/AnnualReportExport.h).
    summary.written = result->files;
    summary.skipped = result->skipped;
    summary.cancelled = result->cancelled;
    summary.passedOver = result->passedOver;
    for (const app::BatchExportResult::Failure &failure : result->failed)
        summary.failed.append({failure.party, failure.reason});
    if (summary.cancelled)
        for (const QString &party : partiesToExport(data, options.year, options.approvedOnly))
            if (!reached.contains(party))
                summary.notWritten.append(party);
    return summary;
}

QString BatchExport::headline(const BatchExportSummary &summary)
{
    const int written = int(summary.written.size());
    if (!summary.failed.isEmpty() && written == 0 && summary.failed.first().party.isEmpty())
        return tr("Exporten kunde inte påbörjas. Inga filer skrevs.");
    if (!summary.failed.isEmpty())
        return tr("Exporten är klar, men inte allt kunde skrivas. Skrivna PDF-filer: %1. Inte skrivna: %2.")
            .arg(written)
            .arg(summary.failed.size() + summary.notWritten.size());
    if (summary.cancelled)
        return tr("Exporten avbröts. Skrivna PDF-filer: %1. Inte skrivna: %2.").arg(written).arg(summary.notWritten.size());
    if (written == 0)
        return tr("Det fanns inga årsredovisningar att exportera för året.");
    return tr("Klart. Skrivna PDF-filer: %1, en per årsredovisning.").arg(written);
}

} // namespace fhb::gui
