// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParagraphListModel.h"

namespace fhb::app {

ParagraphListModel::ParagraphListModel(ReportDocument *document, ReportList list)
    : ReportLineModel(list, 1, -1, document, nullptr)
{
}

QStringList ParagraphListModel::paragraphs() const
{
    QStringList result;
    for (const ReportRow &row : rows())
        result.append(std::get<ReportParagraph>(row).text);
    return result;
}

QModelIndex ParagraphListModel::index(int row, int column, const QModelIndex &parent) const
{
    return ReportLineModel::index(row, column, parent);
}

QVariant ParagraphListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return std::get<ReportParagraph>(rows().at(index.row())).text;
    default:
        return {};
    }
}

// A list's only header: no alignment of its own.
QVariant ParagraphListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return role == Qt::DisplayRole ? ReportLineModel::headerData(section, orientation, role) : QVariant();
}

QString ParagraphListModel::columnTitle(int) const
{
    return list() == ReportList::Events ? tr("Tre viktiga händelser") : tr("Personalresurser");
}

bool ParagraphListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!canSet(index, role))
        return false;
    ReportParagraph paragraph = std::get<ReportParagraph>(rows().at(index.row()));
    paragraph.text = value.toString().trimmed();
    return setRow(index.row(), paragraph);
}

} // namespace fhb::app
