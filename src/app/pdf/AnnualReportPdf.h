// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnnualReportPdfContent.h"
#include "PdfArchivalMetadata.h"
#include "domain/Dataset.h"
#include "domain/Result.h"
#include "storage/OutputFile.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace fhb::app {

/// The official annual report (årsredovisning) of one party and year as a PDF
/// (docs/pdf-report.md): the layout of seed 000, a co-funding section, a footer with
/// "Sida X av Y", party and status, and for approved reports the version number and the
/// SHA-256 fingerprint of the report's canonical form; an "UTKAST" watermark on every page of
/// a report that is not approved. Written as PDF/A-1b, A4, DejaVu Sans embedded, language
/// Swedish, with title, author and subject.
///
/// Holds a copy of the report and the co-funding facts worked out from the dataset in the
/// constructor, so the dataset need not outlive it. Not a QObject; cheap to copy.
class AnnualReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::AnnualReportPdf)
public:
    /// `data` supplies the agreements and the other reports of the year for the co-funding
    /// section (DatasetStore::load({.year = report.year}) is enough).
    AnnualReportPdf(const Dataset &data, const AnnualReport &report);

    /// How many times the report has been approved (approvedVersion()); shown in the footer
    /// of an approved report. 0 (the default) leaves the version out.
    void setVersion(int version) { m_version = version; }
    int version() const { return m_version; }
    /// The time written as creation date into the metadata; now (UTC) by default.
    void setCreated(const QDateTime &created) { m_created = created; }

    const AnnualReport &report() const { return m_report; }
    const CofundingFacts &cofunding() const { return m_facts; }
    /// reportFingerprint() of an approved report; empty for drafts and submitted reports,
    /// which may still change.
    QString fingerprint() const;
    /// "Årsredovisning 2023 – Örebro kommun".
    QString title() const;
    PdfMetadata metadata() const;

    /// Paints every page onto `device` (a QPdfWriter, or a QPrinter in full-page mode for print
    /// and print preview): sets an A4 portrait page layout without margins, lays the report
    /// out for the device's resolution, then paints page by page. Fails (with a Swedish
    /// sentence) only when the device cannot be painted on.
    Status paint(QPagedPaintDevice &device) const;
    /// The number of pages paint() produces at `dotsPerInch`.
    int pageCount(int dotsPerInch = 1200) const;

    /// The finished PDF/A-1b document.
    Result<QByteArray> toPdf() const;
    /// Writes toPdf() to `file` through storage::OutputFile: on failure an existing file is
    /// left as it was, and the Swedish message names the file and the reason. `followSymlink`
    /// false for names the program made up (batch exports): a symlink there is refused.
    storage::OutputStatus write(const QString &file, bool followSymlink = true) const;

    /// A file name for the report: "Årsredovisning 2023 – Örebro kommun.pdf", made by
    /// OutputNames::fileName (refused characters "-", NFC, at most 200 bytes).
    static QString fileName(const AnnualReport &report);
    /// "Årsredovisning {year} – {party}.pdf" as OutputNames::fileName makes it.
    static QString fileName(int year, const QString &party);

private:
    void paintPage(QPainter &painter, const AnnualReportPdfStyle &style, int page, int pages) const;
    void paintWatermark(QPainter &painter, const AnnualReportPdfStyle &style) const;
    void paintFooter(QPainter &painter, const AnnualReportPdfStyle &style, int page, int pages) const;

    AnnualReport m_report;
    CofundingFacts m_facts;
    int m_version = 0;
    QDateTime m_created;
};

} // namespace fhb::app
