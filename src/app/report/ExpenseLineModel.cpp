// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpenseLineModel.h"

#include "ReportDocument.h"
#include "domain/Text.h"

namespace fhb::app {

ExpenseLineModel::ExpenseLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExpenseLineModel::setDocument(ReportDocument *document)
{
    beginResetModel();
    m_document = document;
    endResetModel();
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
    case Qt::EditRole:
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

Qt::ItemFlags ExpenseLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
    if (index.isValid() && m_document && m_document->isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ExpenseLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.row() >= m_lines.size())
        return false;
    if (role != Qt::EditRole && !(role == AmountOreRole && index.column() == AmountColumn))
        return false;
    ExpenseLine line = m_lines.at(index.row());
    switch (index.column()) {
    case CategoryColumn:
        line.category = text::clean(value.toString());
        break;
    case AmountColumn:
        if (role == AmountOreRole) {
            line.amountOre = value.toLongLong();
        } else {
            const Result<Ore> amount = money::parse(value.toString());
            if (!amount) {
                m_document->refuse(amount.error());
                return false;
            }
            line.amountOre = *amount;
        }
        break;
    case FootnoteColumn:
        line.footnote = value.toString().trimmed();
        break;
    default:
        return false;
    }
    return m_document->setExpenseLine(index.row(), line).ok();
}

bool ExpenseLineModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1)
        return false;
    for (int i = 0; i < count; ++i)
        if (!m_document->insertExpenseLine(row + i, ExpenseLine{}))
            return false;
    return true;
}

bool ExpenseLineModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1)
        return false;
    for (int i = row + count - 1; i >= row; --i)
        if (!m_document->removeExpenseLine(i))
            return false;
    return true;
}

bool ExpenseLineModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_document || sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    return m_document->moveExpenseLine(sourceRow, to).ok();
}

void ExpenseLineModel::lineInserted(int row, const ExpenseLine &line)
{
    beginInsertRows({}, row, row);
    m_lines.insert(row, line);
    endInsertRows();
}

void ExpenseLineModel::lineChanged(int row, const ExpenseLine &line)
{
    m_lines[row] = line;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ExpenseLineModel::lineRemoved(int row)
{
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
}

void ExpenseLineModel::lineMoved(int from, int to)
{
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_lines.move(from, to);
    endMoveRows();
}

void ExpenseLineModel::editabilityChanged()
{
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

} // namespace fhb::app
