// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CofundingBalance.h"

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QStringList>

class QChart;

namespace fhb::gui {

/// The co-funding of one agreement (or one member's commitment) year by year, in Qt Charts:
/// bars of the required amount ("Krav") against the contribution ("Insats") on the left axis,
/// and the cumulative balance ("Ackumulerat saldo", summed over the years that have a report)
/// as a line on the right axis. Axis numbers are Swedish (grouping with U+00A0, whatever the
/// UI language); each year's label carries its status word in the StatusLook colour, and
/// "prel." (preliminär) for a year whose PLK is not decided, so status is never colour alone.
/// Amounts are öre in the rows and kronor (double) in the chart, for drawing only.
class BalanceChartView : public QChartView
{
    Q_OBJECT
public:
    explicit BalanceChartView(QWidget *parent = nullptr);

    /// Shows `rows`: the balance rows of one agreement and party, one per year, in year
    /// order (as computeBalances lists them). An empty list clears the chart.
    void setRows(const QList<BalanceRow> &rows);
    void clear() { setRows({}); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const QList<BalanceRow> &rows() const { return m_rows; }

    /// What the chart's series hold, read back from the series themselves, in kronor.
    struct SeriesValues {
        QStringList categories;     ///< the x axis labels (year and status word)
        QList<qreal> required;      ///< the "Krav" bar per year
        QList<qreal> contribution;  ///< the "Insats" bar per year (0 without a report)
        QList<QPointF> cumulative;  ///< (category index, cumulative balance) for years with a report
    };
    SeriesValues seriesValues() const;

    /// Draws the same chart into `target` of any painter (a PDF page, an image), laid out for
    /// that rectangle's proportions rather than the widget's size on screen.
    void render(QPainter &painter, const QRectF &target) const { render(m_rows, painter, target); }
    using QGraphicsView::render;
    /// The chart of `rows` drawn into `target`, without a view (for a PDF made later).
    static void render(const QList<BalanceRow> &rows, QPainter &painter, const QRectF &target);

    /// The Swedish locale the axes format their numbers in.
    static QLocale numberLocale();

private:
    /// The value ranges the axes must show, in kronor.
    struct Ranges {
        qreal barLow = 0;
        qreal barHigh = 0;
        qreal lineLow = 0;
        qreal lineHigh = 0;
    };
    static void reset(QChart *chart);
    static void populate(QChart *chart, const QList<BalanceRow> &rows);
    /// Years at the bottom, bars on the left axis, the cumulative line on the right one.
    static void addAxes(QChart *chart, const QStringList &categories, const Ranges &ranges);

    QList<BalanceRow> m_rows;
};

} // namespace fhb::gui
