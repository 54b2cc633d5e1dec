// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigatorView.h"

#include "app/NavigatorModel.h"

#include <QHeaderView>

namespace fhb::gui {

using app::NavigatorModel;

NavigatorView::NavigatorView(QWidget *parent)
    : QTreeView(parent)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMinimumWidth(220);
    connect(this, &QAbstractItemView::activated, this, &NavigatorView::request);
    connect(this, &QAbstractItemView::clicked, this, &NavigatorView::request);
}

void NavigatorView::setNavigatorModel(NavigatorModel *model)
{
    m_model = model;
    setModel(model);
    // Keyboard navigation shows what is selected, as clicking does.
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { request(current); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { expandToDepth(1); });
    expandToDepth(1);
}

void NavigatorView::request(const QModelIndex &index)
{
    if (!m_model || !index.isValid())
        return;
    switch (m_model->kindOf(index)) {
    case NavigatorModel::NodeKind::ReportYear:
        Q_EMIT reportRequested(index.data(NavigatorModel::PartyRole).toString(),
                               index.data(NavigatorModel::YearRole).toInt());
        break;
    case NavigatorModel::NodeKind::Agreement:
        Q_EMIT agreementRequested(index.data(NavigatorModel::AgreementRole).toString());
        break;
    default:
        break;
    }
}

void NavigatorView::select(const QModelIndex &index)
{
    scrollTo(index);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

bool NavigatorView::selectReport(const QString &party, int year)
{
    const QModelIndex index = m_model ? m_model->findReport(party, year) : QModelIndex();
    if (index.isValid())
        select(index);
    return index.isValid();
}

bool NavigatorView::selectAgreement(const QString &name)
{
    const QModelIndex index = m_model ? m_model->findAgreement(name) : QModelIndex();
    if (index.isValid())
        select(index);
    return index.isValid();
}

} // namespace fhb::gui
