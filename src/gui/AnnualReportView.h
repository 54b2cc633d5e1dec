// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AnnualReportView;
}

namespace fhb::app {
class ExpenseLineModel;
class RevenueLineModel;
}

namespace fhb::gui {

/// The read-only page of one annual report: header with status, period, expense and
/// revenue tables, totals, the contribution ("Kommunens insats") with the co-funding chip
/// of its party and year, the narrative and the signature block. Layout in
/// ui/AnnualReportView.ui; this class only fills it in.
class AnnualReportView : public QWidget
{
    Q_OBJECT
public:
    explicit AnnualReportView(QWidget *parent = nullptr);
    ~AnnualReportView() override;

    /// Shows `report`; `data` gives the party's kind and the co-funding balance. Copies
    /// what it shows.
    void showReport(const Dataset &data, const AnnualReport &report);

    QString party() const { return m_party; }
    int year() const { return m_year; }
    /// "Årsredovisning 2023 — Örebro kommun".
    QString title() const;
    /// The tab title: "Örebro kommun 2023".
    QString shortTitle() const;

private:
    void showSummary(const Dataset &data, const AnnualReport &report);
    void showCofunding(const Dataset &data, const AnnualReport &report);
    void showNarrative(const AnnualReport &report);

    std::unique_ptr<Ui::AnnualReportView> m_ui;
    app::ExpenseLineModel *m_expenses = nullptr;
    app::RevenueLineModel *m_revenues = nullptr;
    QString m_party;
    int m_year = 0;
};

} // namespace fhb::gui
