// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace fhb::gui {

/// A table whose first column stays in place while the other columns scroll sideways: a
/// second view showing only column 0 lies over the left edge, sharing the model, the
/// selection and the vertical scrolling. Keyboard focus stays on this view (the frozen
/// column is part of it for the cursor keys); clicks, double-clicks and activation in the
/// frozen part arrive as this view's signals.
class FrozenColumnTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FrozenColumnTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    /// The overlay that shows column 0 (for delegates and tests).
    QTableView *frozenView() const { return m_frozen; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void syncColumns();
    void updateFrozenGeometry();

    QTableView *m_frozen;
};

} // namespace fhb::gui
