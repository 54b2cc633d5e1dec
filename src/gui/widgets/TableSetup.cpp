// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableSetup.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace fhb::gui {

void setUpReadOnlyTable(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void fitHeightToRows(QTableView *view)
{
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    const int rows = view->model() ? view->model()->rowCount() : 0;
    for (int row = 0; row < rows; ++row)
        height += view->rowHeight(row);
    if (rows == 0)
        height += view->verticalHeader()->defaultSectionSize();
    if (view->horizontalScrollBar()->isVisible() || view->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOn)
        height += view->horizontalScrollBar()->sizeHint().height();
    view->setFixedHeight(height);
}

QFont scaledFont(const QWidget *widget, qreal factor, bool bold)
{
    QFont font = widget->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

} // namespace fhb::gui
