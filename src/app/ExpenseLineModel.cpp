// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpenseLineModel.h"

namespace fhb::app {

ExpenseLineModel::ExpenseLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExpenseLineModel::setLines(QList<ExpenseLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int ExpenseLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ExpenseLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpenseLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn: return tr("Kategori");
    case AmountColumn: return tr("Belopp");
    case FootnoteColumn: return tr("Fotnot");
    default: return {};
    }
}

QVariant ExpenseLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const ExpenseLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CategoryColumn: return line.category;
        case AmountColumn: return money::format(line.amountOre);
        case FootnoteColumn: return line.footnote;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == FootnoteColumn && !line.footnote.isEmpty() ? QVariant(line.footnote) : QVariant();
    case Qt::TextAlignmentRole:
        return int((index.column() == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case AmountOreRole: return line.amountOre;
    default: return {};
    }
}

} // namespace fhb::app
