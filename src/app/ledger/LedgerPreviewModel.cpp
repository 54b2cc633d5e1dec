// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerPreviewModel.h"

#include "app/Icons.h"
#include "app/ModelRoles.h"
#include "app/StatusLook.h"

namespace fhb::app {

LedgerPreviewModel::LedgerPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void LedgerPreviewModel::setCsv(const LedgerCsv &csv, const LedgerCsvOptions &options)
{
    beginResetModel();
    m_csv = csv;
    m_options = options;
    endResetModel();
}

int LedgerPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_csv.rows.size());
}

int LedgerPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// A bad row shows what the file says, so the user can find it in the spreadsheet.
QVariant LedgerPreviewModel::display(const LedgerCsvRow &row, int column) const
{
    switch (column) {
    case LineColumn:
        return row.lineNumber;
    case CategoryColumn:
        return row.isValid() ? row.category : row.cells.value(m_options.categoryColumn).trimmed();
    case AmountColumn:
        return row.isValid() ? money::format(row.amountOre) : row.cells.value(m_options.amountColumn).trimmed();
    case FootnoteColumn:
        return row.footnote;
    case StatusColumn:
        return row.isValid() ? tr("OK") : tr("Fel: %1").arg(row.error);
    default:
        return {};
    }
}

QVariant LedgerPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_csv.rows.size())
        return {};
    const LedgerCsvRow &row = m_csv.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return column == StatusColumn && !row.isValid() ? row.error : display(row, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return icon(row.isValid() ? IconId::StatusOk : IconId::StatusShort);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && !row.isValid())
            return balanceStatusLook(BalanceStatus::Short).colour;
        return {};
    case Qt::TextAlignmentRole:
        if (column == LineColumn || column == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case AmountOreRole:
        if (column == AmountColumn && row.isValid())
            return row.amountOre;
        return {};
    default:
        return {};
    }
}

QVariant LedgerPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Rad");
    case CategoryColumn: return tr("Kategori");
    case AmountColumn: return tr("Belopp");
    case FootnoteColumn: return tr("Fotnot");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace fhb::app
