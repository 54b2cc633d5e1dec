// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/overview/OverviewFilter.h"
#include "domain/CofundingBalance.h"

#include <QWidget>

#include <memory>

class QTableView;

class QToolButton;

namespace Ui {
class OverviewView;
}

namespace fhb::app {
class CofundingBalanceModel;
class OverviewMatrixModel;
class Settings;
} // namespace fhb::app

namespace fhb::gui {

class OverviewDetailPanel;
class OverviewExportActions;

/// The overview tab, the manager's screen: a filter bar (years, county part, status), a
/// sentence on the last year shown ("2024: 4 av 6 avtal uppfyller kravet …"), and the matrix
/// of agreements × years (app::OverviewMatrixModel) with the name column frozen, member
/// rows indented and the totals row last; under it the detail of the selected row
/// (OverviewDetailPanel: chart and obligations). Enter or a double-click on a year cell asks
/// to open that party's report for the year (or the agreement when there is none); on the
/// name, the agreement.
class OverviewView : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);
    ~OverviewView() override;

    /// Computes the balance of `data` and shows it; keeps the filter and the selected row.
    void setDataset(const Dataset &data);
    /// Shows balance rows computed elsewhere (from storage::BalanceStore sums); `data` gives
    /// the parties, agreements and obligations, its reports are not read.
    void setBalances(const Dataset &data, QList<BalanceRow> rows);

    /// The flat rows (one per agreement or member and year), as the CLI lists them.
    app::CofundingBalanceModel *model() const { return m_model; }
    /// The matrix as shown, with its filter: what the exports write.
    app::OverviewMatrixModel *matrixModel() const { return m_matrix; }
    QTableView *matrixView() const;
    OverviewDetailPanel *detailPanel() const { return m_detail; }

    /// Sets the filter and the filter bar's widgets.
    void setFilter(const app::OverviewFilter &filter);
    /// The large sentence above the matrix.
    QString summaryText() const;
    /// "Samverkansöversikt 2024–2029": a title for exports of what is shown.
    QString exportTitle() const;

    /// Puts "Exportera till Excel/CSV/PDF…" in the filter bar (MainWindow calls this once).
    void setUpExports(app::Settings &settings);
    OverviewExportActions *exportActions() const { return m_exports; }

Q_SIGNALS:
    /// A cell was activated: the report of `party` and `year` should be shown, or the
    /// agreement when that party has no report for the year (year 0 for the name column).
    void balanceRowActivated(const QString &party, int year, const QString &agreement);
    /// The selected row changed: an agreement row (party = its counterparty), a member row,
    /// or nothing (both empty: the totals row or no selection).
    void currentRowChanged(const QString &agreement, const QString &party);

private:
    void retranslateExportButton();
    void filterFromWidgets();
    void updateFilterWidgets();
    void updateTexts();
    void sizeColumns();
    void activate(const QModelIndex &index);
    void emitCurrentRow();
    void restoreCurrent(const QString &agreement, const QString &party, int year);

    std::unique_ptr<Ui::OverviewView> m_ui;
    app::CofundingBalanceModel *m_model = nullptr;
    app::OverviewMatrixModel *m_matrix = nullptr;
    OverviewDetailPanel *m_detail = nullptr;
    OverviewExportActions *m_exports = nullptr;
    QToolButton *m_exportButton = nullptr;
    Dataset m_data; ///< parties and agreements for the detail panel; reports may be absent
    bool m_updatingWidgets = false;
    QString m_currentAgreement;
    QString m_currentParty;
};

} // namespace fhb::gui
