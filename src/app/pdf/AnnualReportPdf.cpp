// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualReportPdf.h"

#include "app/OutputNames.h"
#include "app/exchange/ReportFingerprint.h"
#include "domain/Checks.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>

namespace fhb::app {

namespace {

constexpr int kResolution = 1200;

CofundingFacts cofundingFacts(const Dataset &data, const AnnualReport &report)
{
    CofundingFacts facts;
    // The same agreement years as checks::forReport: the party's own, and those of the county
    // parts it is a member of (with its own member row only).
    for (const Agreement &a : data.agreements) {
        if (!a.covers(report.year))
            continue;
        const Party *counterparty = data.party(a.counterparty);
        if (a.counterparty != report.party && !(counterparty && counterparty->isMemberInYear(report.party, report.year)))
            continue;
        for (const BalanceRow &row : computeBalances(data, {report.year, a.name}))
            if (row.party == report.party || !row.isMemberRow)
                facts.rows << row;
    }
    const QList<Finding> findings = checks::compensationConsistency(data, report);
    for (const Finding &f : findings)
        facts.notes << QString(AnnualReportPdf::tr("Observera: ") + f.message);
    const bool ownAgreement = std::any_of(facts.rows.cbegin(), facts.rows.cend(),
                                          [&](const BalanceRow &r) { return !r.isMemberRow && r.party == report.party; });
    if (findings.isEmpty() && ownAgreement)
        facts.notes << AnnualReportPdf::tr("Redovisad ersättning från regionen (%1) stämmer med överenskommelsens ersättning för %2.")
                           .arg(money::formatKr(report.regionalCompensationOre()))
                           .arg(report.year);
    return facts;
}

} // namespace

AnnualReportPdf::AnnualReportPdf(const Dataset &data, const AnnualReport &report)
    : m_report(report), m_facts(cofundingFacts(data, report)), m_created(QDateTime::currentDateTimeUtc())
{
}

QString AnnualReportPdf::fingerprint() const
{
    return m_report.status == ReportStatus::Approved ? reportFingerprint(m_report) : QString();
}

QString AnnualReportPdf::title() const
{
    return tr("Årsredovisning %1 – %2").arg(m_report.year).arg(m_report.party);
}

PdfMetadata AnnualReportPdf::metadata() const
{
    PdfMetadata m;
    m.title = title();
    m.author = m_report.signature.preparedByName.trimmed().isEmpty()
        ? m_report.party
        : tr("%1, %2").arg(m_report.signature.preparedByName.trimmed(), m_report.party);
    m.subject = tr("Årsredovisning av folkhälsoöverenskommelse för %1, period %2 – %3. Status: %4.")
                    .arg(m_report.party)
                    .arg(m_report.periodStart.toString(Qt::ISODate), m_report.periodEnd.toString(Qt::ISODate),
                         reportStatusName(m_report.status));
    if (m_report.status == ReportStatus::Approved)
        m.subject += tr(" Version %1, SHA-256 %2.").arg(m_version).arg(fingerprint());
    m.keywords = tr("folkhälsa; årsredovisning; %1; %2").arg(m_report.party).arg(m_report.year);
    m.creator = QStringLiteral("Folkhälsobok");
    m.producer = QString(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()));
    m.created = m_created;
    return m;
}

Status AnnualReportPdf::paint(QPagedPaintDevice &device) const
{
    // Full-page mode: a QPrinter must not add its own margins to the ones we draw.
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    layout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(layout);
    const AnnualReportPdfStyle style(&device);
    const QList<FlowPiece> pieces = AnnualReportPdfContent(m_report, m_facts, style).pieces();
    const QList<FlowPage> pages = paginate(pieces, style.body().height());
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(ErrorKind::Io, tr("Årsredovisningen kunde inte ritas: utskriften eller PDF-filen kunde inte påbörjas."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (qsizetype n = 0; n < pages.size(); ++n) {
        if (n > 0 && !device.newPage())
            return Status::failure(ErrorKind::Io, tr("Årsredovisningen kunde inte ritas: en ny sida kunde inte påbörjas."));
        paintPage(painter, style, int(n) + 1, int(pages.size()));
        for (const FlowPlacement &placed : pages[n])
            pieces[placed.piece].paint(painter, style.body().top() + placed.top, placed.pageTop);
    }
    painter.end();
    return {};
}

int AnnualReportPdf::pageCount(int dotsPerInch) const
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(dotsPerInch);
    const AnnualReportPdfStyle style(&writer);
    return int(paginate(AnnualReportPdfContent(m_report, m_facts, style).pieces(), style.body().height()).size());
}

void AnnualReportPdf::paintPage(QPainter &painter, const AnnualReportPdfStyle &style, int page, int pages) const
{
    if (m_report.status != ReportStatus::Approved)
        paintWatermark(painter, style);
    paintFooter(painter, style, page, pages);
}

void AnnualReportPdf::paintWatermark(QPainter &painter, const AnnualReportPdfStyle &style) const
{
    // An outline, not text: it cannot be selected or copied, and pdftotext and screen readers
    // are not confused by it.
    const QString word = tr("UTKAST");
    QPainterPath path;
    // A path has no device to scale points for, so the size is given in device units.
    QFont font = style.font(10, true);
    font.setPixelSize(int(style.mm(32)));
    path.addText(0, 0, font, word);
    const QRectF bounds = path.boundingRect();
    painter.save();
    painter.translate(style.page().center());
    painter.rotate(-52);
    painter.translate(-bounds.center());
    painter.setPen(Qt::NoPen);
    painter.fillPath(path, style.watermark());
    painter.restore();
}

void AnnualReportPdf::paintFooter(QPainter &painter, const AnnualReportPdfStyle &style, int page, int pages) const
{
    const QRectF footer = style.footer();
    const QFont font = style.font(7.5);
    const QFont strong = style.font(7.5, true);
    style.line(painter, footer.left(), footer.right(), footer.top(), 0.4, style.rule());
    const qreal top = footer.top() + style.mm(1.5);
    const QString left = tr("%1 · Årsredovisning %2 · %3")
                             .arg(m_report.party)
                             .arg(m_report.year)
                             .arg(reportStatusName(m_report.status));
    style.text(painter, font, footer.left(), top, left, style.muted());
    style.textRight(painter, strong, footer.right(), top, tr("Sida %1 av %2").arg(page).arg(pages), style.ink());
    if (m_report.status != ReportStatus::Approved)
        return;
    const QString identity = m_version > 0
        ? tr("Version %1 · SHA-256 %2").arg(m_version).arg(groupedFingerprint(fingerprint()))
        : tr("SHA-256 %1").arg(groupedFingerprint(fingerprint()));
    style.text(painter, font, footer.left(), top + style.lineHeight(font), identity, style.muted());
}

Result<QByteArray> AnnualReportPdf::toPdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(kResolution);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Folkhälsobok"));
        if (const Status s = paint(writer); !s)
            return Result<QByteArray>::failure(s.fault());
    }
    return withArchivalMetadata(buffer.data(), metadata());
}

storage::OutputStatus AnnualReportPdf::write(const QString &file, bool followSymlink) const
{
    storage::OutputFile::Options options;
    options.label = tr("PDF-filen %1");
    options.followSymlink = followSymlink;
    // A refused target (a database, a device) is refused before the report is laid out.
    if (const storage::OutputStatus refused = storage::OutputFile::check(file, options); !refused)
        return refused;
    const auto pdf = toPdf();
    if (!pdf)
        return storage::OutputStatus::failure(storage::OutputErrorKind::Other, pdf.error());
    return storage::OutputFile::write(file, *pdf, options);
}

QString AnnualReportPdf::fileName(const AnnualReport &report)
{
    return fileName(report.year, report.party);
}

QString AnnualReportPdf::fileName(int year, const QString &party)
{
    return OutputNames::fileName(tr("Årsredovisning %1 – %2").arg(year).arg(party.simplified()), QStringLiteral(".pdf"));
}

} // namespace fhb::app
