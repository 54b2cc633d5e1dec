// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceChartView.h"

#include "app/StatusLook.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QRegularExpression>
#include <QValueAxis>

#include <algorithm>

namespace fhb::gui {

namespace {

const QColor kRequired(0x9e, 0xa7, 0xb3);
const QColor kContribution(0x1f, 0x3a, 0x5f);
const QColor kCumulative(0xb2, 0x6a, 0x00);

// Kronor for drawing only: the chart needs doubles, the rows stay öre.
qreal kronor(Ore ore)
{
    return qreal(ore) / qreal(kOrePerKrona);
}

// "2024" ("2025 prel." when the PLK is not decided), then the status word in its colour one
// word a line: three short lines, so that ten years still fit under a chart on screen.
QString categoryLabel(const BalanceRow &row)
{
    const app::StatusLook look = app::balanceStatusLook(row.status);
    QString year = QString::number(row.year);
    if (row.preliminary)
        year += QString(QStringLiteral(" <i>") + BalanceChartView::tr("prel.") + QStringLiteral("</i>"));
    return QString(QStringLiteral("<div align=\"center\">") + year + QStringLiteral("<br><span style=\"color:")
                   + look.colour.name() + QStringLiteral("\">") + look.word.toHtmlEscaped().replace(u' ', QStringLiteral("<br>"))
                   + QStringLiteral("</span></div>"));
}

QString plainText(QString html)
{
    html.replace(QStringLiteral("<br>"), QStringLiteral(" "));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return html.remove(tags);
}

QValueAxis *amountAxis(const QString &title, qreal low, qreal high)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(std::min<qreal>(0, low), std::max<qreal>(high, low + 1));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

BalanceChartView::BalanceChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("balanceChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setFocusPolicy(Qt::NoFocus);
    populate(chart(), {});
}

QLocale BalanceChartView::numberLocale()
{
    return QLocale(QLocale::Swedish, QLocale::Sweden);
}

void BalanceChartView::setRows(const QList<BalanceRow> &rows)
{
    m_rows = rows;
    populate(chart(), m_rows);
    QStringList years;
    for (const BalanceRow &row : m_rows)
        years << QStringLiteral("%1 %2").arg(row.year).arg(app::balanceStatusLook(row.status).word);
    setAccessibleDescription(years.join(QStringLiteral(", ")));
}

void BalanceChartView::reset(QChart *chart)
{
    chart->removeAllSeries();
    // removeAxis() hands the axis back to us; removeAllSeries() deletes the series itself.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(numberLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
}

void BalanceChartView::populate(QChart *chart, const QList<BalanceRow> &rows)
{
    reset(chart);
    auto *required = new QBarSet(tr("Krav"));
    auto *contribution = new QBarSet(tr("Insats"));
    required->setColor(kRequired);
    required->setBorderColor(kRequired);
    contribution->setColor(kContribution);
    contribution->setBorderColor(kContribution);
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Ackumulerat saldo"));
    cumulative->setPen(QPen(kCumulative, 2.5));
    cumulative->setPointsVisible(true);

    QStringList categories;
    qreal barLow = 0, barHigh = 0, lineLow = 0, lineHigh = 0;
    Ore running = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BalanceRow &row = rows.at(i);
        categories << categoryLabel(row);
        const Ore paid = showsFigures(row.status) ? row.contributionOre : 0;
        *required << kronor(row.requiredOre);
        *contribution << kronor(paid);
        barLow = std::min({barLow, kronor(row.requiredOre), kronor(paid)});
        barHigh = std::max({barHigh, kronor(row.requiredOre), kronor(paid)});
        // A year without a report (or with figures too large to trust) adds nothing: the line skips it.
        if (!showsFigures(row.status))
            continue;
        running += row.balanceOre;
        cumulative->append(qreal(i), kronor(running));
        lineLow = std::min(lineLow, kronor(running));
        lineHigh = std::max(lineHigh, kronor(running));
    }

    auto *bars = new QBarSeries;
    bars->append(required);
    bars->append(contribution);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    addAxes(chart, categories, {barLow, barHigh, lineLow, lineHigh});
}

void BalanceChartView::addAxes(QChart *chart, const QStringList &categories, const Ranges &ranges)
{
    auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
    auto *cumulative = qobject_cast<QLineSeries *>(chart->series().value(1));
    auto *years = new QBarCategoryAxis;
    years->setTitleText(tr("År"));
    years->append(categories);
    QFont small = years->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9); // three short lines under each of up to ten years
    years->setLabelsFont(small);
    chart->addAxis(years, Qt::AlignBottom);
    QValueAxis *left = amountAxis(tr("kr"), ranges.barLow, ranges.barHigh);
    chart->addAxis(left, Qt::AlignLeft);
    QValueAxis *right = amountAxis(tr("Ackumulerat saldo, kr"), ranges.lineLow, ranges.lineHigh);
    right->setLinePenColor(kCumulative);
    // Before the first report there is no line, and an axis for it would only show noise.
    right->setVisible(cumulative->count() > 0);
    chart->addAxis(right, Qt::AlignRight);
    bars->attachAxis(years);
    bars->attachAxis(left);
    cumulative->attachAxis(years);
    cumulative->attachAxis(right);
}

BalanceChartView::SeriesValues BalanceChartView::seriesValues() const
{
    SeriesValues values;
    for (QAbstractAxis *axis : chart()->axes(Qt::Horizontal))
        if (auto *years = qobject_cast<QBarCategoryAxis *>(axis))
            for (const QString &category : years->categories())
                values.categories << plainText(category);
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (int i = 0; sets.size() == 2 && i < sets[0]->count(); ++i) {
                values.required << sets[0]->at(i);
                values.contribution << sets[1]->at(i);
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            values.cumulative = line->points();
        }
    }
    return values;
}

void BalanceChartView::render(const QList<BalanceRow> &rows, QPainter &painter, const QRectF &target)
{
    if (target.isEmpty())
        return;
    // A chart of its own, laid out for the target's proportions: 900 units wide keeps the
    // screen's type sizes readable on an A4 page.
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    const QRectF source(0, 0, 900, 900 * target.height() / target.width());
    chart->setGeometry(source);
    populate(chart, rows);
    chart->layout()->activate();
    scene.setSceneRect(source);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    painter.restore();
}

} // namespace fhb::gui
