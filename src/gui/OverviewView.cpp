// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewView.h"

#include "TableSetup.h"
#include "app/CofundingBalanceModel.h"
#include "ui_OverviewView.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace fhb::gui {

using app::CofundingBalanceModel;

OverviewView::OverviewView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewView>())
    , m_model(new CofundingBalanceModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setFont(scaledFont(this, 1.5, true));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CofundingBalanceModel::SortRole);
    m_ui->balanceTable->setModel(m_sorted);
    setUpReadOnlyTable(m_ui->balanceTable);
    m_ui->balanceTable->sortByColumn(-1, Qt::AscendingOrder); // keep the model's agreement/year order
    QHeaderView *header = m_ui->balanceTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    connect(m_ui->balanceTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT balanceRowActivated(index.data(CofundingBalanceModel::PartyRole).toString(),
                                   index.data(CofundingBalanceModel::YearRole).toInt(),
                                   index.data(CofundingBalanceModel::AgreementRole).toString());
    });
}

OverviewView::~OverviewView() = default;

void OverviewView::setDataset(const Dataset &data)
{
    m_model->setDataset(data);
    int ok = 0;
    int shortRows = 0;
    int missing = 0;
    for (const BalanceRow &row : m_model->rows()) {
        switch (row.status) {
        case BalanceStatus::Ok: ++ok; break;
        case BalanceStatus::Short: ++shortRows; break;
        case BalanceStatus::MissingReport: ++missing; break;
        }
    }
    m_ui->summaryLabel->setText(
        m_model->rows().isEmpty()
            ? tr("Databasen har inga avtal med känd ersättning ännu.")
            : tr("%1 uppfyller kravet, %2 under kravet, %3 saknar rapport.").arg(ok).arg(shortRows).arg(missing));
}

} // namespace fhb::gui
