// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTestSupport.h"

#include "app/pdf/ReportPageFlow.h"

#include <QBuffer>
#include <QPdfWriter>

using namespace fhb;
using fhb::test::Scratch;
using fhb::app::FlowPiece;

namespace {

QString category(int i) { return QStringLiteral("Kostnadsslag %1").arg(i, 2, 10, QChar(u'0')); }
Ore amount(int i) { return Ore(100000 + i * 1111) * kOrePerKrona; }

AnnualReport sixtyLines()
{
    AnnualReport report = AnnualReport::forYear(QStringLiteral("Testby kommun"), 2024);
    for (int i = 1; i <= 60; ++i)
        report.expenses.append({0, category(i), amount(i), i % 5 == 0 ? QStringLiteral("Fotnot till rad %1").arg(i) : QString()});
    report.revenues.append({0, RevenueKind::RegionalCompensation, QStringLiteral("Ersättning Region Test"), 50000000, {}});
    report.events = {QStringLiteral("En händelse."), QStringLiteral("En annan händelse."), QStringLiteral("En tredje.")};
    report.staffResources = {QStringLiteral("Två strateger.")};
    report.signature = {QStringLiteral("Anna Andersson"), QStringLiteral("kommundirektör"), QStringLiteral("Bo Berg"),
                        QStringLiteral("folkhälsostrateg")};
    return report;
}

FlowPiece piece(qreal height, bool keep = false, FlowPiece::Kind kind = FlowPiece::Kind::Row)
{
    FlowPiece p;
    p.kind = kind;
    p.height = height;
    p.keepWithNext = keep;
    return p;
}

} // namespace

TEST_CASE("a 60-line report spans pages without splitting a row", "[pdf]")
{
    Scratch scratch;
    const QString file = scratch.path(QStringLiteral("sixty.pdf"));
    const app::AnnualReportPdf pdf(Dataset(), sixtyLines());
    REQUIRE(pdf.write(file).ok());
    const QStringList pages = test::pdfPages(file);
    REQUIRE(pages.size() >= 2);
    CHECK(pdf.pageCount() == pages.size());
    for (int i = 1; i <= 60; ++i) {
        // Category and amount on one printed line, and that line on exactly one page.
        const QString wanted = money::format(amount(i)).replace(QChar(0x00A0), u' ');
        int found = 0;
        for (const QString &page : pages)
            for (const QString &line : page.split(u'\n'))
                found += line.contains(category(i)) && line.trimmed().endsWith(wanted) ? 1 : 0;
        INFO(category(i).toStdString());
        CHECK(found == 1);
    }
    CHECK(pages[1].contains(QStringLiteral("Utgifter (forts.)")));
    CHECK_FALSE(pages[0].contains(QStringLiteral("Utgifter (forts.)")));
    for (qsizetype n = 0; n < pages.size(); ++n)
        CHECK(pages[n].contains(QStringLiteral("Sida %1 av %2").arg(n + 1).arg(pages.size())));
}

TEST_CASE("no page of a long report ends with a heading", "[pdf]")
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(1200);
    const app::AnnualReportPdfStyle style(&writer);
    AnnualReport report = sixtyLines();
    for (int i = 0; i < 12; ++i)
        report.events << QStringLiteral("Ett längre stycke om arbetet med jämlik hälsa under året, skrivet så att det "
                                         "bryts över flera rader och fyller sidan. Stycke %1.").arg(i);
    const QList<FlowPiece> pieces = app::AnnualReportPdfContent(report, {}, style).pieces();
    const QList<app::FlowPage> pages = app::paginate(pieces, style.body().height());
    REQUIRE(pages.size() >= 3);
    int placed = 0;
    for (const app::FlowPage &page : pages) {
        REQUIRE_FALSE(page.isEmpty());
        for (const app::FlowPlacement &p : page) {
            CHECK(p.top + pieces[p.piece].height <= style.body().height() + 0.5);
            ++placed;
        }
        CHECK_FALSE(pieces[page.last().piece].keepWithNext);
    }
    CHECK(placed == pieces.size());
}

TEST_CASE("pagination moves a heading to the next page together with what follows it", "[pdf]")
{
    const QList<FlowPiece> pieces{piece(60), piece(30), piece(5, true, FlowPiece::Kind::Heading), piece(10)};
    const QList<app::FlowPage> pages = app::paginate(pieces, 100);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].size() == 2);
    CHECK(pages[1].first().piece == 2);
    CHECK(pages[1].first().pageTop);
    CHECK(pages[1].first().top == 0);
}

TEST_CASE("pagination drops the space before a piece that starts a page", "[pdf]")
{
    QList<FlowPiece> pieces{piece(90), piece(20)};
    pieces[1].spaceBefore = 5;
    const QList<app::FlowPage> pages = app::paginate(pieces, 100);
    REQUIRE(pages.size() == 2);
    CHECK(pages[1].first().top == 0);
    pieces[1].height = 5;
    const QList<app::FlowPage> one = app::paginate(pieces, 100);
    REQUIRE(one.size() == 1);
    CHECK(one[0][1].top == 95);
}

TEST_CASE("pagination places a piece taller than a page alone instead of looping", "[pdf]")
{
    const QList<FlowPiece> pieces{piece(10), piece(150), piece(10)};
    const QList<app::FlowPage> pages = app::paginate(pieces, 100);
    REQUIRE(pages.size() == 3);
    CHECK(pages[1].size() == 1);
    CHECK(app::paginate({}, 100).size() == 1);
}

TEST_CASE("a long run of keep-with-next pieces still breaks when it cannot fit any page", "[pdf]")
{
    QList<FlowPiece> pieces;
    for (int i = 0; i < 30; ++i)
        pieces << piece(10, true);
    pieces << piece(10);
    const QList<app::FlowPage> pages = app::paginate(pieces, 100);
    CHECK(pages.size() == 4);
    for (const app::FlowPage &page : pages)
        CHECK(page.size() <= 10);
}
