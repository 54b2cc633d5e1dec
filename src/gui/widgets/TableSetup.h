// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

class QTableView;
class QWidget;

namespace fhb::gui {

/// Read-only table look shared by the views: whole-row selection, no row numbers,
/// alternating rows, no editing.
void setUpReadOnlyTable(QTableView *view);
/// Fixes the table's height to show every row without a scroll bar (tables inside a
/// scrolling document page).
void fitHeightToRows(QTableView *view);
/// `widget`'s font scaled by `factor`, optionally bold; relative to the system font.
QFont scaledFont(const QWidget *widget, qreal factor, bool bold);

} // namespace fhb::gui
