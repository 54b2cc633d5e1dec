// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/export/TableExport.h"
#include "domain/CofundingBalance.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;

namespace fhb::gui {

class BalanceChartView;

/// The detail under the overview's matrix for the selected row: a heading (the agreement and
/// the party), the BalanceChartView of that agreement and party from fhb::computeBalances, and
/// the agreement's obligations (åtaganden) with their fulfilment per year: "Ja" (✓ fulfilled),
/// "Nej" (✗ a year that has ended without the obligation marked) or "–" (not yet due), the
/// sentence and the note as tooltip, and the notes listed under the table.
/// Usage: connect OverviewView::currentRowChanged(agreement, party) to showRow(); its
/// chartPainter() and heading() feed OverviewExportActions' PDF.
class OverviewDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewDetailPanel(QWidget *parent = nullptr);

    /// Shows the agreement `agreement` for `party`: the counterparty (its agreement row) or a
    /// member municipality (its commitment rows). An empty or unknown agreement clears the panel.
    void showRow(const Dataset &data, const QString &agreement, const QString &party);
    /// The same with the balance rows given (oldest year first, e.g.
    /// app::OverviewMatrixModel::balancesOf(row)), for when `data.reports` is not loaded;
    /// `data` gives the agreement and its obligations.
    void showRow(const Dataset &data, const QString &agreement, const QString &party,
                 const QList<BalanceRow> &balances);
    /// Back to the hint "Välj en rad i översikten …".
    void clear();

    bool hasRow() const { return !m_agreement.isEmpty(); }
    QString agreement() const { return m_agreement; }
    QString party() const { return m_party; }
    /// "Sydnärke 2024–2029 – Askersunds kommun"; empty without a row.
    QString heading() const;
    /// Draws the chart for a PDF; empty (no chart) without a row.
    app::TableExport::ChartPainter chartPainter() const;

    /// The year before which an unmarked obligation counts as not fulfilled (default: this year).
    void setCurrentYear(int year) { m_currentYear = year; }

    BalanceChartView *chartView() const { return m_chart; }
    QTableWidget *obligationTable() const { return m_obligations; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpWidgets();
    void layOut();
    void showObligations(const Agreement &agreement);
    /// "Ja" (✓), "Nej" (✗: the year has ended unmarked) or "–" (not yet due); the note as tooltip.
    QTableWidgetItem *obligationCell(const Obligation &obligation, int year, QStringList &notes) const;

    QStackedWidget *m_stack;
    QLabel *m_hint;
    QLabel *m_heading;
    QLabel *m_summary;
    BalanceChartView *m_chart;
    QLabel *m_obligationsTitle;
    QTableWidget *m_obligations;
    QLabel *m_notes;
    QString m_agreement;
    QString m_party;
    int m_currentYear;
};

} // namespace fhb::gui
