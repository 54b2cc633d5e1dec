// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevenueLineModel.h"

#include "ReportDocument.h"
#include "domain/Text.h"

namespace fhb::app {

RevenueLineModel::RevenueLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RevenueLineModel::setDocument(ReportDocument *document)
{
    beginResetModel();
    m_document = document;
    endResetModel();
}

void RevenueLineModel::setLines(QList<RevenueLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

QList<QPair<QString, QString>> RevenueLineModel::kindChoices()
{
    return {{revenueKindName(RevenueKind::RegionalCompensation), revenueKindKey(RevenueKind::RegionalCompensation)},
            {revenueKindName(RevenueKind::Other), revenueKindKey(RevenueKind::Other)}};
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
    case NoteColumn: return tr("Anteckning");
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
        case NoteColumn: return line.note;
        default: return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case SourceColumn: return line.source;
        case KindColumn: return revenueKindKey(line.kind);
        case AmountColumn: return money::format(line.amountOre);
        case NoteColumn: return line.note;
        default: return {};
        }
    case Qt::ToolTipRole: return line.note.isEmpty() ? QVariant() : QVariant(line.note);
    case Qt::TextAlignmentRole:
        return int((index.column() == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case AmountOreRole: return line.amountOre;
    case KindKeyRole: return revenueKindKey(line.kind);
    default: return {};
    }
}

Qt::ItemFlags RevenueLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
    if (index.isValid() && m_document && m_document->isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RevenueLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.row() >= m_lines.size())
        return false;
    if (role != Qt::EditRole && !(role == AmountOreRole && index.column() == AmountColumn)
        && !(role == KindKeyRole && index.column() == KindColumn))
        return false;
    RevenueLine line = m_lines.at(index.row());
    switch (index.column()) {
    case SourceColumn:
        line.source = text::clean(value.toString());
        break;
    case KindColumn: {
        const QString text = value.toString().trimmed();
        std::optional<RevenueKind> kind = revenueKindFromKey(text);
        for (const auto &[name, key] : kindChoices())
            if (!kind && name.compare(text, Qt::CaseInsensitive) == 0)
                kind = revenueKindFromKey(key);
        if (!kind) {
            m_document->refuse(tr("Slaget ”%1” finns inte. Välj %2 eller %3.")
                                   .arg(text, revenueKindName(RevenueKind::RegionalCompensation),
                                        revenueKindName(RevenueKind::Other)));
            return false;
        }
        line.kind = *kind;
        break;
    }
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
    case NoteColumn:
        line.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    return m_document->setRevenueLine(index.row(), line).ok();
}

bool RevenueLineModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1)
        return false;
    for (int i = 0; i < count; ++i)
        if (!m_document->insertRevenueLine(row + i, RevenueLine{}))
            return false;
    return true;
}

bool RevenueLineModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1)
        return false;
    for (int i = row + count - 1; i >= row; --i)
        if (!m_document->removeRevenueLine(i))
            return false;
    return true;
}

bool RevenueLineModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_document || sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    return m_document->moveRevenueLine(sourceRow, to).ok();
}

void RevenueLineModel::lineInserted(int row, const RevenueLine &line)
{
    beginInsertRows({}, row, row);
    m_lines.insert(row, line);
    endInsertRows();
}

void RevenueLineModel::lineChanged(int row, const RevenueLine &line)
{
    m_lines[row] = line;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RevenueLineModel::lineRemoved(int row)
{
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
}

void RevenueLineModel::lineMoved(int from, int to)
{
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_lines.move(from, to);
    endMoveRows();
}

void RevenueLineModel::editabilityChanged()
{
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

} // namespace fhb::app
