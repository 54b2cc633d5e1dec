// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryDelegate.h"

#include <QComboBox>
#include <QLineEdit>

namespace fhb::gui {

CategoryDelegate::CategoryDelegate(std::function<QStringList()> categories, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_categories(std::move(categories))
{
}

QWidget *CategoryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("categoryEditor"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(m_categories ? m_categories() : QStringList());
    combo->setAccessibleName(tr("Kategori"));
    combo->setToolTip(tr("Välj en kategori eller skriv en egen."));
    return combo;
}

void CategoryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    combo->setCurrentText(index.data(Qt::EditRole).toString());
    combo->lineEdit()->selectAll();
}

void CategoryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QString text = combo->currentText().trimmed();
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text, Qt::EditRole);
}

} // namespace fhb::gui
