// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/demo/SyntheticCounty.h"
#include "domain/CofundingBalance.h"
#include "gui/overview/BalanceChartView.h"
#include "gui/overview/OverviewDetailPanel.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextDocument>
#include <QValueAxis>

using namespace fhb;
using gui::BalanceChartView;
using gui::OverviewDetailPanel;

namespace {

Dataset demo()
{
    const auto data = app::demoDataset();
    REQUIRE(data.ok());
    return data.value();
}

QList<BalanceRow> rowsOf(const Dataset &data, const QString &agreement, const QString &party, bool member)
{
    BalanceFilter filter;
    filter.agreement = agreement;
    QList<BalanceRow> rows;
    for (const BalanceRow &row : computeBalances(data, filter))
        if (row.party == party && row.isMemberRow == member)
            rows << row;
    return rows;
}

const QString kSydnarke = QStringLiteral("Överenskommelse Sydnärke 2024–2029");
const QString kOrebro = QStringLiteral("Överenskommelse Örebro kommun 2018–2023");

/// The texts the chart's scene shows (axis labels and titles, legend), as plain text.
QStringList sceneTexts(BalanceChartView &view)
{
    QStringList texts;
    for (QGraphicsItem *item : view.scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts << text->document()->toRawText(); // toPlainText() would turn U+00A0 into spaces
    return texts;
}

/// A synthetic agreement that has reports: the first counterparty's, with its rows.
std::pair<Dataset, QString> reportedAgreement()
{
    app::SyntheticCountyOptions options;
    options.parties = 8;
    Dataset data = app::SyntheticCounty(options).generate();
    for (const Agreement &a : data.agreements) {
        const QList<BalanceRow> rows = rowsOf(data, a.name, a.counterparty, false);
        int reported = 0;
        for (const BalanceRow &row : rows)
            reported += row.status != BalanceStatus::MissingReport ? 1 : 0;
        if (reported >= 3)
            return {data, a.name};
    }
    FAIL("the synthetic county has no agreement with three reported years");
    return {};
}

} // namespace

TEST_CASE("balance chart series equal computeBalances for the Sydnärke agreement of the demo data", "[gui][chart]")
{
    const Dataset data = demo();
    const QList<BalanceRow> rows = rowsOf(data, kSydnarke, QStringLiteral("Sydnärke"), false);
    REQUIRE(rows.size() == 6);
    BalanceChartView view;
    view.setRows(rows);
    const BalanceChartView::SeriesValues values = view.seriesValues();
    REQUIRE(values.required.size() == rows.size());
    REQUIRE(values.contribution.size() == rows.size());
    REQUIRE(values.categories.size() == rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        INFO(rows[i].year);
        CHECK(values.required[i] == qreal(rows[i].requiredOre) / 100);
        CHECK(values.contribution[i] == 0);
        CHECK(values.categories[i].startsWith(QString::number(rows[i].year)));
        CHECK(values.categories[i].contains(QStringLiteral("Rapport saknas")));
        CHECK(values.categories[i].contains(QStringLiteral("prel.")) == rows[i].preliminary);
    }
    CHECK(values.required[0] == 1393038.0);
    // No year has a report: the cumulative balance has no point yet.
    CHECK(values.cumulative.isEmpty());
}

TEST_CASE("balance chart shows the contribution and cumulative balance of the years with a report", "[gui][chart]")
{
    const Dataset orebroData = demo();
    BalanceChartView orebro;
    orebro.setRows(rowsOf(orebroData, kOrebro, QStringLiteral("Örebro kommun"), false));
    const BalanceChartView::SeriesValues one = orebro.seriesValues();
    REQUIRE(one.contribution.size() == 1);
    CHECK(one.contribution[0] == 2632000.0);
    CHECK(one.required[0] == 1005000.0);
    REQUIRE(one.cumulative.size() == 1);
    CHECK(one.cumulative[0] == QPointF(0, 1627000.0));
    CHECK(one.categories[0] == QStringLiteral("2023 Uppfyller kravet"));

    const auto [data, agreement] = reportedAgreement();
    const Agreement *a = data.agreement(agreement);
    const QList<BalanceRow> rows = rowsOf(data, agreement, a->counterparty, false);
    BalanceChartView view;
    view.setRows(rows);
    const BalanceChartView::SeriesValues values = view.seriesValues();
    Ore running = 0;
    int point = 0;
    for (int i = 0; i < rows.size(); ++i) {
        INFO(rows[i].year);
        CHECK(values.required[i] == qreal(rows[i].requiredOre) / 100);
        if (rows[i].status == BalanceStatus::MissingReport)
            continue;
        CHECK(values.contribution[i] == qreal(rows[i].contributionOre) / 100);
        running += rows[i].balanceOre;
        REQUIRE(point < values.cumulative.size());
        CHECK(values.cumulative[point] == QPointF(i, qreal(running) / 100));
        ++point;
    }
    CHECK(point == values.cumulative.size());
}

TEST_CASE("balance chart axes use Swedish number format and Swedish titles", "[gui][chart]")
{
    const Dataset data = demo();
    BalanceChartView view;
    view.setRows(rowsOf(data, kSydnarke, QStringLiteral("Sydnärke"), false));
    view.resize(900, 420);
    view.show();
    QApplication::processEvents();

    CHECK(view.chart()->localizeNumbers());
    CHECK(view.chart()->locale().language() == QLocale::Swedish);
    QStringList titles;
    for (QAbstractAxis *axis : view.chart()->axes())
        titles << axis->titleText();
    CHECK(titles.contains(QStringLiteral("År")));
    CHECK(titles.contains(QStringLiteral("kr")));

    // The labels as drawn: 1 400 000 with no-break spaces between the groups.
    const QStringList texts = sceneTexts(view);
    static const QRegularExpression swedish(QStringLiteral("^\\d{1,3}(\\x{00A0}\\d{3})+$"));
    bool grouped = false;
    for (const QString &text : texts)
        grouped = grouped || swedish.match(text).hasMatch();
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(grouped);
    CHECK(texts.contains(QStringLiteral("Krav")));
    CHECK(texts.contains(QStringLiteral("Insats")));
    CHECK(texts.contains(QStringLiteral("Ackumulerat saldo")));
    CHECK(test::colourCount(view.grab().toImage()) > 50);
}

TEST_CASE("balance chart renders into any painter at the target's proportions", "[gui][chart]")
{
    const auto [data, agreement] = reportedAgreement();
    BalanceChartView view;
    view.setRows(rowsOf(data, agreement, data.agreement(agreement)->counterparty, false));
    QImage image(1600, 600, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        view.render(painter, QRectF(0, 0, 1600, 600));
    }
    if (const QByteArray dir = qgetenv("FHB_CHART_PNG"); !dir.isEmpty())
        image.save(QString::fromLocal8Bit(dir));
    CHECK(test::colourCount(image) > 50);
    // The right half has ink too: the chart fills the width, not a square in the corner.
    CHECK(test::colourCount(image.copy(1000, 0, 600, 600)) > 10);
}

TEST_CASE("overview detail panel shows the agreement's obligations with their fulfilment", "[gui][chart]")
{
    Dataset data = demo();
    Agreement *sydnarke = nullptr;
    for (Agreement &a : data.agreements)
        if (a.name == kSydnarke)
            sydnarke = &a;
    REQUIRE(sydnarke);
    REQUIRE(sydnarke->obligations.size() == 2);
    sydnarke->obligations[0].years[2024] = ObligationYear{true, QStringLiteral("Alla skolor deltog")};

    OverviewDetailPanel panel;
    panel.setCurrentYear(2026);
    CHECK_FALSE(panel.hasRow());
    CHECK_FALSE(panel.chartPainter());
    panel.showRow(data, kSydnarke, QStringLiteral("Sydnärke"));
    REQUIRE(panel.hasRow());
    CHECK(panel.heading() == QStringLiteral("Sydnärke 2024–2029 – Sydnärke"));

    QTableWidget *table = panel.obligationTable();
    REQUIRE(table->rowCount() == 2);
    REQUIRE(table->columnCount() == 7);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Åtagande"));
    CHECK(table->horizontalHeaderItem(1)->text() == QStringLiteral("2024"));
    CHECK(table->item(0, 0)->text() == QStringLiteral("Delta i befolkningsundersökningen Liv och hälsa ung"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Ja"));
    CHECK(table->item(0, 1)->toolTip().contains(QStringLiteral("Alla skolor deltog")));
    CHECK_FALSE(table->item(0, 1)->icon().isNull());
    CHECK(table->item(0, 1)->toolTip().contains(QStringLiteral("2024: uppfyllt")));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Nej"));
    CHECK(table->item(1, 1)->toolTip().contains(QStringLiteral("inte uppfyllt")));
    CHECK_FALSE(table->item(1, 1)->icon().isNull());
    CHECK(table->item(0, 2)->text() == QStringLiteral("Nej"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("–"));
    CHECK(table->item(0, 3)->icon().isNull());
    bool noteShown = false;
    for (QLabel *label : panel.findChildren<QLabel *>())
        noteShown = noteShown || (label->isVisibleTo(&panel) && label->text().contains(QStringLiteral("Alla skolor deltog")));
    CHECK(noteShown);
    CHECK(panel.chartView()->seriesValues().required.size() == 6);
    CHECK(panel.chartPainter());

    panel.resize(1100, 420);
    panel.show();
    CHECK(test::screenshot(&panel, QStringLiteral("overview-detail.png")) > 50);

    // A member municipality: its commitment rows, the same obligations.
    panel.showRow(data, kSydnarke, QStringLiteral("Askersunds kommun"));
    CHECK(panel.heading() == QStringLiteral("Sydnärke 2024–2029 – Askersunds kommun (åtagande)"));
    const BalanceChartView::SeriesValues member = panel.chartView()->seriesValues();
    REQUIRE_FALSE(member.required.isEmpty());
    CHECK(member.required[0] == 145000.0);
    CHECK(panel.obligationTable()->rowCount() == 2);

    // Balance rows computed elsewhere (the overview passes its matrix's), reports not loaded.
    Dataset withoutReports = data;
    withoutReports.reports.clear();
    panel.showRow(withoutReports, kOrebro, QString(), rowsOf(data, kOrebro, QStringLiteral("Örebro kommun"), false));
    CHECK(panel.heading() == QStringLiteral("Örebro kommun 2018–2023 – Örebro kommun"));
    CHECK(panel.chartView()->seriesValues().contribution.value(0) == 2632000.0);
    CHECK_FALSE(panel.obligationTable()->isVisibleTo(&panel));

    panel.clear();
    CHECK_FALSE(panel.hasRow());
    CHECK(panel.heading().isEmpty());
    CHECK(panel.chartView()->isEmpty());
    panel.showRow(data, QStringLiteral("Inget sådant avtal"), QString());
    CHECK_FALSE(panel.hasRow());
}
