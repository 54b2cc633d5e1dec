// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class OverviewView;
}

namespace fhb::app {
class CofundingBalanceModel;
}

namespace fhb::gui {

/// The overview tab: the co-funding balance of every agreement year (app::CofundingBalanceModel)
/// in a sortable table. Double-clicking a row asks to open its report or agreement.
class OverviewView : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);
    ~OverviewView() override;

    void setDataset(const Dataset &data);
    app::CofundingBalanceModel *model() const { return m_model; }

Q_SIGNALS:
    /// A row was activated: the report of `party` and `year` should be shown, or the
    /// agreement when that party has no report for the year.
    void balanceRowActivated(const QString &party, int year, const QString &agreement);

private:
    std::unique_ptr<Ui::OverviewView> m_ui;
    app::CofundingBalanceModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
};

} // namespace fhb::gui
