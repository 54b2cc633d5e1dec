// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpenseLineModel.h"

#include "app/ModelRoles.h"
#include "domain/Text.h"

namespace fhb::app {

ExpenseLineModel::ExpenseLineModel(QObject *parent)
    : ReportLineModel(ReportList::Expenses, ColumnCount, AmountColumn, nullptr, parent)
{
}

ExpenseLineModel::ExpenseLineModel(ReportDocument *document)
    : ReportLineModel(ReportList::Expenses, ColumnCount, AmountColumn, document, nullptr)
{
}

void ExpenseLineModel::setLines(const QList<ExpenseLine> &lines)
{
    setRows({lines.cbegin(), lines.cend()});
}

QList<ExpenseLine> ExpenseLineModel::lines() const
{
    QList<ExpenseLine> result;
    for (const ReportRow &row : rows())
        result.append(std::get<ExpenseLine>(row));
    return result;
}

QString ExpenseLineModel::columnTitle(int section) const
{
    switch (section) {
    case CategoryColumn: return tr("Kategori");
    case AmountColumn: return tr("Belopp");
    case FootnoteColumn: return tr("Fotnot");
    default: return {};
    }
}

QVariant ExpenseLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const auto &line = std::get<ExpenseLine>(rows().at(index.row()));
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
    default: return ReportLineModel::data(index, role);
    }
}

bool ExpenseLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!canSet(index, role, {Qt::EditRole, AmountOreRole}) || (role == AmountOreRole && index.column() != AmountColumn))
        return false;
    ExpenseLine line = std::get<ExpenseLine>(rows().at(index.row()));
    switch (index.column()) {
    case CategoryColumn:
        line.category = text::clean(value.toString());
        break;
    case AmountColumn:
        if (const std::optional<Ore> amount = amountFrom(value, role))
            line.amountOre = *amount;
        else
            return false;
        break;
    case FootnoteColumn:
        line.footnote = value.toString().trimmed();
        break;
    default:
        return false;
    }
    return setRow(index.row(), line);
}

} // namespace fhb::app
