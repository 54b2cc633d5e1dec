// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLineModel.h"

#include "app/ModelRoles.h"

namespace fhb::app {

ReportLineModel::ReportLineModel(ReportList list, int columns, int amountColumn, ReportDocument *document,
                                 QObject *parent)
    : QAbstractTableModel(document ? document : parent), m_list(list), m_columns(columns), m_amountColumn(amountColumn),
      m_document(document)
{
    if (!document)
        return;
    m_rows = document->rows(list);
    connect(document, &ReportDocument::rowsChanged, this, &ReportLineModel::follow);
    connect(document, &ReportDocument::editabilityChanged, this, &ReportLineModel::editabilityChanged);
}

void ReportLineModel::setRows(QList<ReportRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReportLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

namespace {
QVariant alignment(bool amount)
{
    return int((amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}
} // namespace

QVariant ReportLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const bool amountCell = index.column() == m_amountColumn;
    if (role == Qt::TextAlignmentRole)
        return alignment(amountCell);
    if (role != AmountOreRole || !amountCell)
        return {};
    if (const auto *line = std::get_if<ExpenseLine>(&m_rows.at(index.row())))
        return line->amountOre;
    if (const auto *line = std::get_if<RevenueLine>(&m_rows.at(index.row())))
        return line->amountOre;
    return {};
}

QVariant ReportLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section == m_amountColumn);
    return role == Qt::DisplayRole ? QVariant(columnTitle(section)) : QVariant();
}

Qt::ItemFlags ReportLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
    if (index.isValid() && m_document && m_document->isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReportLineModel::canSet(const QModelIndex &index, int role, std::initializer_list<int> roles) const
{
    return m_document && index.isValid() && index.row() < m_rows.size() && std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool ReportLineModel::setRow(int row, const ReportRow &value)
{
    return m_document && m_document->setRow(m_list, row, value).ok();
}

bool ReportLineModel::refuse(const QString &reason)
{
    // The refusal is the message; the model only answers that the edit did not happen.
    return m_document && m_document->refuse(reason).ok();
}

std::optional<Ore> ReportLineModel::amountFrom(const QVariant &value, int role)
{
    if (role == AmountOreRole)
        return value.toLongLong();
    const Result<Ore> amount = money::parse(value.toString());
    if (!amount) {
        refuse(amount.error());
        return std::nullopt;
    }
    return *amount;
}

bool ReportLineModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1)
        return false;
    for (int i = 0; i < count; ++i)
        if (!m_document->insertRow(m_list, row + i, emptyRow(m_list)))
            return false;
    return true;
}

bool ReportLineModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1)
        return false;
    for (int i = row + count - 1; i >= row; --i)
        if (!m_document->removeRow(m_list, i))
            return false;
    return true;
}

bool ReportLineModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_document || sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    return m_document->moveRow(m_list, sourceRow, to).ok();
}

void ReportLineModel::follow(ReportList list, ReportDocument::RowChange change, int row, int to)
{
    if (list != m_list || !m_document)
        return;
    switch (change) {
    case ReportDocument::RowChange::Inserted:
        beginInsertRows({}, row, row);
        m_rows.insert(row, m_document->row(list, row));
        endInsertRows();
        break;
    case ReportDocument::RowChange::Changed:
        m_rows[row] = m_document->row(list, row);
        Q_EMIT dataChanged(index(row, 0), index(row, m_columns - 1));
        break;
    case ReportDocument::RowChange::Removed:
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        break;
    case ReportDocument::RowChange::Moved:
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_rows.move(row, to);
        endMoveRows();
        break;
    case ReportDocument::RowChange::Reset:
        setRows(m_document->rows(list));
        break;
    }
}

void ReportLineModel::editabilityChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1));
}

} // namespace fhb::app
