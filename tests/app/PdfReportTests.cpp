// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTestSupport.h"

#include "app/exchange/ReportFingerprint.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTimeZone>

using namespace fhb;
using fhb::test::Scratch;

namespace {

QStringList seedOrder()
{
    const QString text = QString::fromUtf8(test::readFile(QStringLiteral(FHB_SOURCE_DIR "/tests/data/orebro-2023-seed-order.txt")));
    QStringList items;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith(u'#'))
            items << line;
    return items;
}

QString writeOrebro(const Scratch &scratch, ReportStatus status = ReportStatus::Draft)
{
    const Dataset data = test::demoData();
    AnnualReport report = test::orebro2023(data);
    report.status = status;
    app::AnnualReportPdf pdf(data, report);
    const QString file = scratch.path(QStringLiteral("orebro-2023.pdf"));
    const Status written = pdf.write(file);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    return file;
}

} // namespace

TEST_CASE("the Örebro 2023 PDF holds every figure and text of seed 000 in the seed's order", "[pdf]")
{
    Scratch scratch;
    const QString text = test::bodyTextWithoutSpace(writeOrebro(scratch));
    const QStringList expected = seedOrder();
    REQUIRE(expected.size() == 32);
    qsizetype from = 0;
    for (const QString &item : expected) {
        const QString wanted = test::withoutSpace(item);
        const qsizetype at = text.indexOf(wanted, from);
        INFO("looking for: " << item.toStdString() << "\nafter: " << text.mid(from, 200).toStdString());
        CHECK(at >= 0);
        if (at >= 0)
            from = at + wanted.size();
    }
}

TEST_CASE("the Örebro 2023 PDF adds the co-funding section with balance status and consistency note", "[pdf]")
{
    Scratch scratch;
    const QString text = test::bodyTextWithoutSpace(writeOrebro(scratch));
    const QString section = test::withoutSpace(QStringLiteral(
        "Medfinansiering enligt överenskommelse Överenskommelse Örebro kommun 2018–2023 "
        "Ersättning från regionen 2023 1 005 000 Krav på egen insats (100 % av ersättningen) 1 005 000 "
        "Insats som räknas mot kravet 2 632 000 Saldo +1 627 000 Status ✓ Uppfyller kravet, medfinansieringsgrad 2,62 "
        "Redovisad ersättning från regionen (1 005 000 kr) stämmer med överenskommelsens ersättning för 2023."));
    CHECK(text.contains(section));
    // Between the contribution and the important events, as the figures it explains.
    CHECK(text.indexOf(section) > text.indexOf(test::withoutSpace(QStringLiteral("Kommunens insats 2 632 000"))));
    CHECK(text.indexOf(section) < text.indexOf(QStringLiteral("Treviktigahändelser")));
}

TEST_CASE("a report whose compensation differs from the agreement says so in the PDF", "[pdf]")
{
    Scratch scratch;
    const Dataset data = test::demoData();
    AnnualReport report = test::orebro2023(data);
    report.revenues[0].amountOre = 90000000;
    const QString file = scratch.path(QStringLiteral("x.pdf"));
    REQUIRE(app::AnnualReportPdf(data, report).write(file).ok());
    const QString text = test::bodyTextWithoutSpace(file);
    CHECK(text.contains(test::withoutSpace(QStringLiteral("Observera: Redovisad ersättning från regionen (900 000 kr) "
                                                          "skiljer sig från avtalets ersättning för 2023 (1 005 000 kr)."))));
    CHECK_FALSE(text.contains(QStringLiteral("stämmermedöverenskommelsens")));
}

TEST_CASE("the PDF is A4 PDF/A-1b in Swedish with title author subject and embedded DejaVu fonts", "[pdf]")
{
    Scratch scratch;
    const QString file = writeOrebro(scratch);
    const QString info = QString::fromUtf8(test::poppler(QStringLiteral("pdfinfo"), {file}));
    CHECK(info.contains(QStringLiteral("Title:           Årsredovisning 2023 – Örebro kommun")));
    CHECK(info.contains(QStringLiteral("Author:          Lisen Tang Kempe, Örebro kommun")));
    CHECK(info.contains(QStringLiteral("Subject:         Årsredovisning av folkhälsoöverenskommelse för Örebro kommun")));
    CHECK(info.contains(QStringLiteral("Page size:       595 x 842 pts (A4)")));
    CHECK(info.contains(QStringLiteral("Pages:           2")));
    const QByteArray bytes = test::readFile(file);
    CHECK(bytes.contains("<pdfaid:part>1</pdfaid:part>"));
    CHECK(bytes.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    CHECK(bytes.contains("<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>"));
    CHECK(bytes.contains("/Lang <feff00730076002d00530045>"));
    CHECK(bytes.contains("/OutputIntents"));
    const QString fonts = QString::fromUtf8(test::poppler(QStringLiteral("pdffonts"), {file}));
    const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(rows.isEmpty());
    for (const QString &row : rows) {
        INFO(row.toStdString());
        CHECK(row.startsWith(QStringLiteral("DejaVuSans")));
        CHECK(row.contains(QStringLiteral(" yes ")));
    }
}

TEST_CASE("the XMP metadata says what the document information says", "[pdf]")
{
    const Dataset data = test::demoData();
    app::AnnualReportPdf pdf(data, test::orebro2023(data));
    pdf.setCreated(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
    const auto bytes = pdf.toPdf();
    REQUIRE(bytes.ok());
    CHECK(bytes->contains("<xmp:CreateDate>2026-01-02T03:04:05Z</xmp:CreateDate>"));
    CHECK(bytes->contains("/CreationDate (D:20260102030405Z)"));
    CHECK(bytes->contains("/ModDate (D:20260102030405Z)"));
    CHECK(bytes->contains(QString(QStringLiteral("<rdf:li xml:lang=\"x-default\">") + pdf.title()).toUtf8()));
    CHECK(bytes->contains(QString(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>") + pdf.metadata().author).toUtf8()));
    // The incremental update points back at Qt's cross-reference table.
    CHECK(bytes->count("startxref") == 2);
    CHECK(bytes->contains("/Prev "));
}

TEST_CASE("an approved report shows version and fingerprint and no watermark", "[pdf]")
{
    Scratch scratch;
    const Dataset data = test::demoData();
    AnnualReport report = test::orebro2023(data);
    report.status = ReportStatus::Approved;
    app::AnnualReportPdf pdf(data, report);
    pdf.setVersion(2);
    const QString file = scratch.path(QStringLiteral("approved.pdf"));
    REQUIRE(pdf.write(file).ok());
    REQUIRE(pdf.fingerprint().size() == 64);
    CHECK(pdf.fingerprint() == app::reportFingerprint(report));
    const QStringList pages = test::pdfPages(file);
    REQUIRE(pages.size() == 2);
    for (const QString &page : pages) {
        CHECK(page.contains(QStringLiteral("Örebro kommun · Årsredovisning 2023 · Godkänd")));
        CHECK(page.contains(QString(QStringLiteral("Version 2 · SHA-256 ") + app::groupedFingerprint(pdf.fingerprint()))));
    }
    CHECK(pages[0].contains(QStringLiteral("Sida 1 av 2")));
    CHECK(pages[1].contains(QStringLiteral("Sida 2 av 2")));
    CHECK(QString::fromUtf8(test::poppler(QStringLiteral("pdfinfo"), {file})).contains(pdf.fingerprint()));
}

TEST_CASE("drafts and submitted reports carry the UTKAST watermark and approved ones do not", "[pdf]")
{
    // The watermark is an outline in one light grey: count pixels of that grey on page 2. Text
    // edges give some of the same grey, so compare with the approved report.
    const auto watermarkPixels = [](ReportStatus status) {
        Scratch scratch;
        const QString file = writeOrebro(scratch, status);
        test::poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"), QStringLiteral("2"),
                                                   QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-png"), file,
                                                   scratch.path(QStringLiteral("p"))});
        const QImage image(scratch.path(QStringLiteral("p-2.png")));
        REQUIRE_FALSE(image.isNull());
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += qAbs(qGray(image.pixel(x, y)) - 0xe4) <= 6 ? 1 : 0;
        return count;
    };
    const int approved = watermarkPixels(ReportStatus::Approved);
    CHECK(watermarkPixels(ReportStatus::Draft) > approved + 3000);
    CHECK(watermarkPixels(ReportStatus::Submitted) > approved + 3000);
}

TEST_CASE("a PDF that cannot be written leaves no file and says where", "[pdf]")
{
    Scratch scratch;
    const Dataset data = test::demoData();
    const QString file = scratch.path(QStringLiteral("missing/folder/x.pdf"));
    const Status s = app::AnnualReportPdf(data, test::orebro2023(data)).write(file);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("kunde inte skrivas")));
    CHECK(s.error().contains(QStringLiteral("x.pdf")));
    CHECK_FALSE(QFileInfo::exists(file));
}

TEST_CASE("a report file name keeps Swedish letters and drops characters file systems refuse", "[pdf]")
{
    AnnualReport report = AnnualReport::forYear(QStringLiteral("Örebro läns bildningsförbund (ÖLBF) / test"), 2024);
    CHECK(app::AnnualReportPdf::fileName(report) == QStringLiteral("Årsredovisning 2024 – Örebro läns bildningsförbund (ÖLBF) - test.pdf"));
}
