// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemViewKeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace fhb::gui {

ItemViewKeys::ItemViewKeys(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->installEventFilter(this);
}

int ItemViewKeys::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

bool ItemViewKeys::addLine()
{
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return false;
    const int row = currentRow() < 0 ? model->rowCount() : currentRow() + 1;
    if (!model->insertRows(row, 1))
        return false;
    const QModelIndex index = model->index(row, m_firstEditColumn);
    m_view->setFocus();
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index);
    return true;
}

bool ItemViewKeys::removeLine()
{
    QAbstractItemModel *model = m_view->model();
    const int row = currentRow();
    if (!model || row < 0)
        return false;
    const int column = m_view->currentIndex().column();
    if (!model->removeRows(row, 1))
        return false;
    const int next = qMin(row, model->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(model->index(next, column));
    return true;
}

bool ItemViewKeys::moveUp()
{
    return move(-1);
}

bool ItemViewKeys::moveDown()
{
    return move(+1);
}

bool ItemViewKeys::move(int delta)
{
    QAbstractItemModel *model = m_view->model();
    const int row = currentRow();
    const int target = row + delta;
    if (!model || row < 0 || target < 0 || target >= model->rowCount())
        return false;
    const int column = m_view->currentIndex().column();
    // moveRows() names the row *before which* the line lands, counted before the move.
    if (!model->moveRows({}, row, 1, {}, delta > 0 ? row + 2 : target))
        return false;
    m_view->setCurrentIndex(model->index(target, column));
    return true;
}

bool ItemViewKeys::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell's editor is open, keys belong to it (an open editor is the index widget).
    if (watched != m_view || event->type() != QEvent::KeyPress || m_view->indexWidget(m_view->currentIndex()))
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    switch (key->key()) {
    case Qt::Key_Insert:
        addLine();
        return true;
    case Qt::Key_Delete:
        removeLine();
        return true;
    case Qt::Key_Up:
        if (!ctrl)
            break;
        moveUp();
        return true;
    case Qt::Key_Down:
        if (!ctrl)
            break;
        moveDown();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_view->currentIndex().isValid() && (m_view->currentIndex().flags() & Qt::ItemIsEditable)) {
            m_view->edit(m_view->currentIndex());
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fhb::gui
