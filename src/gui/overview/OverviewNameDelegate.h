// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace fhb::gui {

/// The name column of the overview matrix: member rows (app::RowKindRole 1) are drawn
/// indented under their county part's agreement, so the grouping shows without a tree.
class OverviewNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The indentation of a member row, in pixels, for `option`'s font.
    static int indent(const QStyleOptionViewItem &option);
};

} // namespace fhb::gui
