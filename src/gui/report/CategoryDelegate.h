// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace fhb::gui {

/// Edits an expense category in an editable combo box offering the standard categories
/// and the user's own; anything typed is a new category of the user's.
class CategoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// `categories` is asked each time an editor opens.
    explicit CategoryDelegate(std::function<QStringList()> categories, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    std::function<QStringList()> m_categories;
};

} // namespace fhb::gui
