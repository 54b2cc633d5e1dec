// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitmentModel.h"

#include "AgreementDocument.h"

namespace fhb::app {

CommitmentModel::CommitmentModel(AgreementDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    refresh();
}

void CommitmentModel::refresh()
{
    beginResetModel();
    m_rows = m_document ? int(m_document->agreement().commitments.size()) : 0;
    endResetModel();
}

int CommitmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CommitmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == YearlyColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return section == PartyColumn ? tr("Kommun") : tr("Åtagande per år");
}

QVariant CommitmentModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_document->agreement().commitments.size())
        return {};
    const MemberCommitment &c = m_document->agreement().commitments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == PartyColumn ? c.party : money::format(c.yearlyOre);
    case Qt::TextAlignmentRole:
        return int((index.column() == YearlyColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case YearlyOreRole: return c.yearlyOre;
    default: return {};
    }
}

Qt::ItemFlags CommitmentModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
    if (m_document && index.isValid() && index.column() == YearlyColumn && m_document->isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool CommitmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || role != Qt::EditRole || index.column() != YearlyColumn
        || index.row() >= m_document->agreement().commitments.size())
        return false;
    const Result<Ore> ore = money::parse(value.toString());
    if (!ore) {
        m_document->refuse(ore.error());
        return false;
    }
    return m_document->setCommitment(m_document->agreement().commitments.at(index.row()).party, *ore).ok();
}

bool CommitmentModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1 || row < 0 || row + count > m_rows)
        return false;
    for (int i = row + count - 1; i >= row; --i)
        if (!m_document->setCommitment(m_document->agreement().commitments.at(i).party, std::nullopt))
            return false;
    return true;
}

} // namespace fhb::app
