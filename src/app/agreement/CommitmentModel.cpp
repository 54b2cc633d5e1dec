// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitmentModel.h"

#include "AgreementDocument.h"

#include "app/ModelRoles.h"

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
    case AmountOreRole: return index.column() == YearlyColumn ? QVariant(c.yearlyOre) : QVariant();
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
    if (!m_document || !index.isValid() || (role != Qt::EditRole && role != AmountOreRole)
        || index.column() != YearlyColumn || index.row() >= m_document->agreement().commitments.size())
        return false;
    const Result<Ore> ore = role == AmountOreRole ? Result<Ore>(value.toLongLong()) : money::parse(value.toString());
    if (!ore)
        return m_document->refuse(ore.error()).ok();
    return m_document->setCommitment(m_document->agreement().commitments.at(index.row()).party, *ore).ok();
}

bool CommitmentModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1 || row < 0 || row > m_rows)
        return false;
    QStringList missing = m_document->membersWithoutCommitment();
    if (missing.size() < count) {
        if (!m_document->counterpartyIsCountyPart())
            return m_document
                ->refuse(tr("Motparten %1 är ingen länsdel och har därför inga medlemmar med åtaganden. "
                            "Välj en länsdel som motpart för att lägga till åtaganden.")
                             .arg(m_document->agreement().counterparty))
                .ok();
        if (missing.isEmpty())
            return m_document
                ->refuse(tr("Alla medlemmar i %1 har redan ett åtagande i avtalet. Lägg till en ny medlem "
                            "under Parter först, eller ändra beloppen i tabellen.")
                             .arg(m_document->agreement().counterparty))
                .ok();
        return m_document->refuse(tr("Bara %1 medlemmar saknar åtagande. Lägg till färre åt gången.").arg(missing.size()))
            .ok();
    }
    if (missing.contains(m_memberToAdd))
        missing.move(missing.indexOf(m_memberToAdd), 0);
    for (int i = 0; i < count; ++i)
        if (!m_document->addCommitment(missing.at(i), 0, row + i))
            return false;
    return true;
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
