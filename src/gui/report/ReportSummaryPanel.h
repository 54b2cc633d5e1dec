// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReportSummaryPanel;
}

namespace fhb::gui {

/// Summering of one report: total expenses and revenues, the contribution ("Kommunens
/// insats") in large type with the co-funding chip, and the co-funding panel of its party
/// and year (compensation, required, contribution, balance, status) with the
/// compensation-consistency warning. Layout in ui/ReportSummaryPanel.ui.
class ReportSummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReportSummaryPanel(QWidget *parent = nullptr);
    ~ReportSummaryPanel() override;

    /// Shows `report` as part of `data` (which must hold this version of the report, so the
    /// co-funding sums include it). Copies what it shows.
    void showReport(const Dataset &data, const AnnualReport &report);
    /// The consistency warning shown, empty when none.
    QString consistencyWarning() const;

private:
    void showCofunding(const Dataset &data, const AnnualReport &report);

    std::unique_ptr<Ui::ReportSummaryPanel> m_ui;
    Dataset m_data;
    AnnualReport m_report;
};

} // namespace fhb::gui
