// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevenueKindDelegate.h"

#include "domain/AnnualReport.h"

#include <QComboBox>

namespace fhb::gui {

RevenueKindDelegate::RevenueKindDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *RevenueKindDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("kindEditor"));
    combo->setAccessibleName(tr("Slag av intäkt"));
    for (RevenueKind kind : {RevenueKind::RegionalCompensation, RevenueKind::Other})
        combo->addItem(revenueKindName(kind), revenueKindKey(kind));
    return combo;
}

void RevenueKindDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void RevenueKindDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *combo = qobject_cast<QComboBox *>(editor);
    if (combo && combo->currentData().toString() != index.data(Qt::EditRole).toString())
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace fhb::gui
