// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevenueLineModel.h"

namespace fhb::app {

RevenueLineModel::RevenueLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RevenueLineModel::setLines(QList<RevenueLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int RevenueLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int RevenueLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevenueLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn: return tr("Källa");
    case KindColumn: return tr("Slag");
    case AmountColumn: return tr("Belopp");
    default: return {};
    }
}

QVariant RevenueLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const RevenueLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn: return line.source;
        case KindColumn: return revenueKindName(line.kind);
        case AmountColumn: return money::format(line.amountOre);
        default: return {};
        }
    case Qt::ToolTipRole: return line.note.isEmpty() ? QVariant() : QVariant(line.note);
    case Qt::TextAlignmentRole:
        return int((index.column() == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case AmountOreRole: return line.amountOre;
    default: return {};
    }
}

} // namespace fhb::app
