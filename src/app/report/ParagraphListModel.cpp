// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParagraphListModel.h"

namespace fhb::app {

ParagraphListModel::ParagraphListModel(ReportDocument *document, ReportDocument::Narrative kind, QObject *parent)
    : QAbstractListModel(parent), m_document(document), m_kind(kind)
{
}

int ParagraphListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paragraphs.size());
}

QVariant ParagraphListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_paragraphs.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return m_paragraphs.at(index.row());
    default:
        return {};
    }
}

QVariant ParagraphListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section != 0 || orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_kind == ReportDocument::Narrative::Events ? tr("Tre viktiga händelser") : tr("Personalresurser");
}

Qt::ItemFlags ParagraphListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index) | Qt::ItemNeverHasChildren;
    if (index.isValid() && m_document && m_document->isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParagraphListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || role != Qt::EditRole || index.row() >= m_paragraphs.size())
        return false;
    return m_document->setParagraph(m_kind, index.row(), value.toString().trimmed()).ok();
}

bool ParagraphListModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1)
        return false;
    for (int i = 0; i < count; ++i)
        if (!m_document->insertParagraph(m_kind, row + i, QString()))
            return false;
    return true;
}

bool ParagraphListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count < 1)
        return false;
    for (int i = row + count - 1; i >= row; --i)
        if (!m_document->removeParagraph(m_kind, i))
            return false;
    return true;
}

bool ParagraphListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                  const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_document || sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    return m_document->moveParagraph(m_kind, sourceRow, to).ok();
}

void ParagraphListModel::reset(const QStringList &paragraphs)
{
    beginResetModel();
    m_paragraphs = paragraphs;
    endResetModel();
}

void ParagraphListModel::paragraphInserted(int row, const QString &text)
{
    beginInsertRows({}, row, row);
    m_paragraphs.insert(row, text);
    endInsertRows();
}

void ParagraphListModel::paragraphChanged(int row, const QString &text)
{
    m_paragraphs[row] = text;
    Q_EMIT dataChanged(index(row), index(row));
}

void ParagraphListModel::paragraphRemoved(int row)
{
    beginRemoveRows({}, row, row);
    m_paragraphs.removeAt(row);
    endRemoveRows();
}

void ParagraphListModel::paragraphMoved(int from, int to)
{
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_paragraphs.move(from, to);
    endMoveRows();
}

void ParagraphListModel::editabilityChanged()
{
    if (!m_paragraphs.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_paragraphs.size()) - 1));
}

} // namespace fhb::app
