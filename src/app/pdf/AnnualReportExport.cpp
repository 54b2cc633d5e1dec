// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualReportExport.h"

#include "app/OutputNames.h"
#include "app/exchange/ReportFingerprint.h"
#include "storage/dataset/DatasetStore.h"

#include <QDir>
#include <QFileInfo>

namespace fhb::app {

Result<AnnualReportPdf> loadAnnualReportPdf(storage::Database &db, const QString &party, int year)
{
    const auto data = storage::DatasetStore(db).load({std::nullopt, year});
    if (!data)
        return Result<AnnualReportPdf>::failure(data.fault());
    const AnnualReport *report = data->report(party, year);
    if (!report)
        return Result<AnnualReportPdf>::failure(ErrorKind::NotFound,
            AnnualReportPdf::tr("Det finns ingen årsredovisning för %1 år %2. Kontrollera partens namn och året.").arg(party).arg(year));
    AnnualReportPdf pdf(*data, *report);
    const auto version = approvedVersion(db, *report);
    if (!version)
        return Result<AnnualReportPdf>::failure(version.fault());
    pdf.setVersion(*version);
    return pdf;
}

Result<BatchExportResult> exportAnnualReports(storage::Database &db, const BatchExportOptions &options,
                                              const BatchProgressCallback &progress)
{
    const auto data = storage::DatasetStore(db).load({std::nullopt, options.year});
    if (!data)
        return Result<BatchExportResult>::failure(data.fault());
    const QDir dir(options.directory);
    if (!QDir().mkpath(dir.absolutePath()))
        return Result<BatchExportResult>::failure(ErrorKind::Invalid,
            AnnualReportPdf::tr("Mappen %1 kunde inte skapas. Kontrollera sökvägen och att du får skriva där.")
                .arg(QDir::toNativeSeparators(dir.absolutePath())));
    BatchExportResult result;
    QList<const AnnualReport *> chosen;
    for (const AnnualReport &r : data->reports) {
        if (options.approvedOnly && r.status != ReportStatus::Approved)
            ++result.skipped;
        else
            chosen << &r;
    }
    const int total = int(chosen.size());
    OutputNames::Batch names(dir.absolutePath());
    for (int i = 0; i < total; ++i) {
        const AnnualReport &report = *chosen[i];
        if (progress && !progress({i, total, report.party})) {
            result.cancelled = true;
            return result;
        }
        AnnualReportPdf pdf(*data, report);
        const auto version = approvedVersion(db, report);
        if (!version) {
            result.failed.append({report.party, version.error(), storage::OutputErrorKind::Other});
            continue;
        }
        pdf.setVersion(*version);
        const QString file = dir.absoluteFilePath(names.claim(AnnualReportPdf::fileName(report), &result.passedOver));
        if (const storage::OutputStatus s = pdf.write(file, false); !s) {
            result.failed.append({report.party, s.error(), s.kind()});
            continue;
        }
        if (!QFileInfo(file).isFile()) { // counted only when it is really there
            result.failed.append({report.party, AnnualReportPdf::tr("PDF-filen %1 skrevs men finns inte i mappen.")
                                                    .arg(QDir::toNativeSeparators(file)),
                                  storage::OutputErrorKind::Other});
            continue;
        }
        result.files << file;
        result.parties << report.party;
    }
    if (progress)
        progress({total, total, QString()});
    return result;
}

} // namespace fhb::app
