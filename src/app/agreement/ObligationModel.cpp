// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObligationModel.h"

#include "AgreementDocument.h"

namespace fhb::app {

ObligationModel::ObligationModel(AgreementDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    refresh();
}

void ObligationModel::refresh()
{
    beginResetModel();
    m_rows = 0;
    m_firstYear = 0;
    m_years = 0;
    if (m_document) {
        const Agreement &a = m_document->agreement();
        m_rows = int(a.obligations.size());
        m_firstYear = a.firstYear;
        m_years = a.lastYear >= a.firstYear ? a.lastYear - a.firstYear + 1 : 0;
    }
    endResetModel();
}

int ObligationModel::yearOf(int column) const
{
    return column >= 1 && column <= m_years ? m_firstYear + column - 1 : 0;
}

int ObligationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ObligationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + m_years;
}

QVariant ObligationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == YearRole)
        return yearOf(section);
    if (role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Åtagande") : QString::number(yearOf(section));
}

QVariant ObligationModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_document->agreement().obligations.size())
        return {};
    const Obligation &o = m_document->agreement().obligations.at(index.row());
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole ? QVariant(o.title) : QVariant();
    const int year = yearOf(index.column());
    const auto it = o.years.constFind(year);
    const bool known = it != o.years.cend();
    switch (role) {
    case Qt::DisplayRole:
        return !known ? QStringLiteral("–") : it->fulfilled ? tr("Uppfyllt") : tr("Ej uppfyllt");
    case Qt::CheckStateRole: return known && it->fulfilled ? Qt::Checked : Qt::Unchecked;
    case Qt::EditRole:
    case Qt::ToolTipRole: return known ? it->note : QString();
    case YearRole: return year;
    case FulfilledRole: return known ? QVariant(it->fulfilled) : QVariant();
    default: return {};
    }
}

Qt::ItemFlags ObligationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
    if (!m_document || !index.isValid() || !m_document->isEditable())
        return f;
    f |= Qt::ItemIsEditable;
    if (index.column() > 0)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ObligationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.row() >= m_document->agreement().obligations.size())
        return false;
    if (index.column() == 0)
        return role == Qt::EditRole && m_document->renameObligation(index.row(), value.toString()).ok();
    const int year = yearOf(index.column());
    ObligationYear entry = m_document->agreement().obligations.at(index.row()).years.value(year);
    if (role == Qt::CheckStateRole)
        entry.fulfilled = value.toInt() == Qt::Checked;
    else if (role == Qt::EditRole)
        entry.note = value.toString().trimmed();
    else
        return false;
    return m_document->setObligationYear(index.row(), year, entry).ok();
}

bool ObligationModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count != 1 || row < 0 || row > m_rows)
        return false;
    Agreement a = m_document->agreement();
    a.obligations.insert(row, {tr("Nytt åtagande"), {}});
    return m_document->change(a, tr("Lägg till åtagande")).ok();
}

bool ObligationModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1 || row < 0 || row + count > m_rows)
        return false;
    for (int i = row + count - 1; i >= row; --i)
        if (!m_document->removeObligation(i))
            return false;
    return true;
}

} // namespace fhb::app
