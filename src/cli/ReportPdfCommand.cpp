// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPdfCommand.h"

#include "Console.h"
#include "app/pdf/AnnualReportExport.h"
#include "app/exchange/ReportFingerprint.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

#include <clocale>
#include <cstdlib>
#include <cstring>

namespace fhb::cli {

namespace {

QString latin(const char *text) { return QString::fromLatin1(text); }

QString written(const QString &file, const app::AnnualReportPdf &pdf)
{
    const QString path = QDir::toNativeSeparators(file);
    if (pdf.report().status != ReportStatus::Approved)
        return QCoreApplication::translate("ReportPdfCommand", "Skrev %1 (%2, med vattenstämpeln UTKAST).")
                   .arg(path, reportStatusName(pdf.report().status));
    return QCoreApplication::translate("ReportPdfCommand", "Skrev %1 (godkänd, version %2, SHA-256 %3).")
               .arg(path).arg(pdf.version()).arg(pdf.fingerprint());
}

ExitCode single(storage::Database &db, const QString &party, int year, const QString &output)
{
    const auto pdf = app::loadAnnualReportPdf(db, party, year);
    if (!pdf)
        return Console::fail(pdf.fault()); // a missing report is the user's input
    if (const storage::OutputStatus s = pdf->write(output); !s)
        return Console::outputError(s);
    Console::out(written(output, *pdf));
    return ExitCode::Ok;
}

ExitCode batch(storage::Database &db, int year, const QString &directory, bool approvedOnly)
{
    const auto result = app::exportAnnualReports(db, {year, directory, approvedOnly});
    if (!result)
        return Console::fail(result.fault()); // as is a folder that cannot be made
    for (const QString &file : result->files)
        Console::out(
            QCoreApplication::translate("ReportPdfCommand", "Skrev %1.").arg(QDir::toNativeSeparators(file)));
    for (const QString &name : result->passedOver)
        Console::err(QCoreApplication::translate("ReportPdfCommand",
                                                 "Varning: %1 är ingen vanlig fil (en symbolisk länk, en mapp eller en "
                                                 "enhet) och skrevs inte över; rapporten fick ett annat namn.")
                         .arg(QDir::toNativeSeparators(name)));
    bool diskFull = false;
    for (const app::BatchExportResult::Failure &f : result->failed) {
        Console::err(QCoreApplication::translate("ReportPdfCommand", "Fel (%1): %2").arg(f.party, f.reason));
        diskFull = diskFull || f.kind == storage::OutputErrorKind::DiskFull;
    }
    const qsizetype written = result->files.size();
    const QString skipped = result->skipped == 0 ? QString()
        : result->skipped == 1
            ? QCoreApplication::translate("ReportPdfCommand", "; 1 som inte är godkänd hoppades över")
            : QCoreApplication::translate("ReportPdfCommand", "; %1 som inte är godkända hoppades över").arg(result->skipped);
    const QString where = QDir::toNativeSeparators(QFileInfo(directory).absoluteFilePath());
    Console::out(written == 1
                     ? QCoreApplication::translate("ReportPdfCommand", "1 årsredovisning för %1 skrevs till %2%3.")
                           .arg(year).arg(where, skipped)
                     : QCoreApplication::translate("ReportPdfCommand", "%1 årsredovisningar för %2 skrevs till %3%4.")
                           .arg(written).arg(year).arg(where, skipped));
    if (result->failed.isEmpty())
        return ExitCode::Ok;
    Console::err(result->failed.size() == 1
                     ? QCoreApplication::translate("ReportPdfCommand", "1 årsredovisning kunde inte skrivas.")
                     : QCoreApplication::translate("ReportPdfCommand", "%1 årsredovisningar kunde inte skrivas.")
                           .arg(result->failed.size()));
    return diskFull ? ExitCode::Database : ExitCode::Usage;
}

} // namespace

ExitCode runReportPdf(const CommandLine &line)
{
    const auto year = line.integer(latin("year"), 1900, 2200);
    if (!year)
        return Console::fail(ExitCode::Usage, year.error());
    const bool all = line.isSet(latin("all"));
    const QString output = line.value(latin("output"));
    if (!year->has_value() || output.isEmpty() || all == line.isSet(latin("party")))
        return Console::fail(ExitCode::Usage, QCoreApplication::translate("ReportPdfCommand", "report-pdf behöver antingen --party NAMN --year ÅR -o FIL.pdf (en rapport) eller "
                        "--year ÅR --all -o MAPP (alla rapporter för året)."));
    if (line.isSet(latin("approved-only")) && !all)
        return Console::fail(ExitCode::Usage, QCoreApplication::translate("ReportPdfCommand", "--approved-only gäller bara tillsammans med --all."));
    storage::OpenError error;
    storage::OpenOptions options;
    options.forceReadOnly = true; // exporting never writes; works on archived, read-only files too
    const auto db = storage::Database::open(line.database(), options, &error);
    if (!db)
        return Console::fail(error.fault(), Concerning::Database);
    if (all)
        return batch(*db, **year, output, line.isSet(latin("approved-only")));
    return single(*db, line.value(latin("party")), **year, output);
}

void keepNumbersInCLocale()
{
    std::setlocale(LC_NUMERIC, "C");
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || std::strcmp(argv[i], "report-pdf") == 0;
    if (!pdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace fhb::cli
