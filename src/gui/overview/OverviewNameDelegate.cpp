// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewNameDelegate.h"

#include "app/ModelRoles.h"

#include <QApplication>
#include <QPainter>

namespace fhb::gui {

namespace {
bool isMemberRow(const QModelIndex &index)
{
    return index.data(app::RowKindRole).toInt() == 1;
}
} // namespace

int OverviewNameDelegate::indent(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.averageCharWidth() * 3;
}

void OverviewNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isMemberRow(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection and alternating background span the whole cell; only the content moves.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    QStyleOptionViewItem content = option;
    content.rect.setLeft(content.rect.left() + indent(option));
    initStyleOption(&content, index);
    content.backgroundBrush = Qt::NoBrush;
    content.features &= ~QStyleOptionViewItem::Alternate;
    content.state &= ~QStyle::State_HasFocus;
    const bool selected = content.state & QStyle::State_Selected;
    content.state &= ~QStyle::State_Selected; // the background above already shows the selection
    if (selected)
        content.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    style->drawControl(QStyle::CE_ItemViewItem, &content, painter, widget);
}

QSize OverviewNameDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isMemberRow(index))
        size.rwidth() += indent(option);
    return size;
}

} // namespace fhb::gui
