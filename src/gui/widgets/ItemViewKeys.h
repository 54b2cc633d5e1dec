// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;

namespace fhb::gui {

/// The keyboard of an editable list or table: Enter edits the current cell, Insert
/// adds a line after the current one, Delete removes the current line, Ctrl+Up / Ctrl+Down
/// move it. Everything goes through the model's insertRows/removeRows/moveRows, so a model
/// that refuses (an approved report) refuses here too. The same operations are slots for
/// the buttons beside the view.
class ItemViewKeys : public QObject
{
    Q_OBJECT
public:
    /// Installs itself on `view` and is owned by it.
    explicit ItemViewKeys(QAbstractItemView *view);

    /// The column a new line's editing starts in (0 by default).
    void setFirstEditColumn(int column) { m_firstEditColumn = column; }

    bool addLine();
    bool removeLine();
    bool moveUp();
    bool moveDown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool move(int delta);
    int currentRow() const;

    QAbstractItemView *m_view;
    int m_firstEditColumn = 0;
};

} // namespace fhb::gui
