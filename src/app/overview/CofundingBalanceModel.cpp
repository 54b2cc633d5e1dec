// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CofundingBalanceModel.h"

#include "app/ModelRoles.h"
#include "app/StatusLook.h"

#include <QFont>

namespace fhb::app {

CofundingBalanceModel::CofundingBalanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CofundingBalanceModel::setDataset(const Dataset &data, const BalanceFilter &filter)
{
    setBalances(data, computeBalances(data, filter));
}

void CofundingBalanceModel::setBalances(const Dataset &data, QList<BalanceRow> rows)
{
    m_agreementLabels.clear();
    for (const Agreement &a : data.agreements)
        m_agreementLabels.insert(a.name, QString(a.counterparty % u' ' % QString::number(a.firstYear) % u'\u2013'
                                                 % QString::number(a.lastYear)));
    setRows(std::move(rows));
}

void CofundingBalanceModel::setRows(QList<BalanceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::optional<BalanceRow> CofundingBalanceModel::rowForReport(const Dataset &data, const QString &party, int year)
{
    BalanceFilter filter;
    filter.year = year;
    const QList<BalanceRow> rows = computeBalances(data, filter);
    for (const BalanceRow &row : rows)
        if (row.party == party)
            return row;
    for (const Party *countyPart : data.countyPartsOf(party, year))
        for (const BalanceRow &row : rows)
            if (!row.isMemberRow && row.counterparty == countyPart->name)
                return row;
    return std::nullopt;
}

int CofundingBalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CofundingBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CofundingBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool amount = section >= CompensationColumn && section <= BalanceColumn;
        return int((amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgreementColumn: return tr("Avtal");
    case PartyColumn: return tr("Part");
    case YearColumn: return tr("År");
    case CompensationColumn: return tr("Ersättning");
    case RequiredColumn: return tr("Krav");
    case ContributionColumn: return tr("Insats");
    case BalanceColumn: return tr("Saldo");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

QVariant CofundingBalanceModel::display(const BalanceRow &row, int column) const
{
    switch (column) {
    case AgreementColumn: return m_agreementLabels.value(row.agreement, row.agreement);
    case PartyColumn: return row.isMemberRow ? tr("%1 (åtagande)").arg(row.party) : row.party;
    case YearColumn:
        return row.preliminary ? QVariant(tr("%1 · preliminär").arg(row.year)) : QVariant(QString::number(row.year));
    case CompensationColumn: return row.isMemberRow ? QString() : money::format(row.compensationOre);
    case RequiredColumn: return money::format(row.requiredOre);
    case ContributionColumn:
        return showsFigures(row.status) ? money::format(row.contributionOre) : QString();
    case BalanceColumn:
        return row.status == BalanceStatus::TooLarge ? QString() : money::format(row.balanceOre, {.explicitPlus = true});
    case StatusColumn: return balanceStatusName(row.status);
    default: return {};
    }
}

QVariant CofundingBalanceModel::toolTip(const BalanceRow &row, int column) const
{
    if (column == AgreementColumn)
        return row.agreement;
    if (column == YearColumn && row.preliminary)
        return tr("Pris- och lönekompensationen för %1 är inte beslutad: ersättningen är förra årets och "
                  "preliminär.").arg(row.year);
    if (column == CompensationColumn && row.isMemberRow)
        return tr("Medlemsrad: kravet är kommunens åtagande i avtalet, inte en andel av ersättningen.");
    if (column == RequiredColumn)
        return row.isMemberRow ? tr("Kommunens åtagande per år enligt avtalet")
                               : tr("Ersättningen × medfinansieringsgraden %1").arg(percent::format(row.cofundingRatioBp));
    if ((column == ContributionColumn || column == BalanceColumn) && row.status == BalanceStatus::TooLarge)
        return tr("Rapporternas belopp är för stora för att räknas: databasen har ändrats utanför programmet.");
    if (column == ContributionColumn && !showsFigures(row.status))
        return tr("Ingen årsredovisning för %1 finns ännu.").arg(row.year);
    return {};
}

QVariant CofundingBalanceModel::sortValue(const BalanceRow &row, int column) const
{
    switch (column) {
    case YearColumn: return row.year;
    case CompensationColumn: return row.compensationOre;
    case RequiredColumn: return row.requiredOre;
    case ContributionColumn: return row.contributionOre;
    case BalanceColumn: return row.balanceOre;
    case StatusColumn: return int(row.status);
    default: return display(row, column);
    }
}

// The öre behind exactly the amount cells that display() fills: an empty cell stays empty in a file.
QVariant CofundingBalanceModel::amountOre(const BalanceRow &row, int column) const
{
    switch (column) {
    case CompensationColumn: return row.isMemberRow ? QVariant() : QVariant(row.compensationOre);
    case RequiredColumn: return row.requiredOre;
    case ContributionColumn:
        return showsFigures(row.status) ? QVariant(row.contributionOre) : QVariant();
    case BalanceColumn: return row.status == BalanceStatus::TooLarge ? QVariant() : QVariant(row.balanceOre);
    default: return {};
    }
}

QVariant CofundingBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BalanceRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::TextAlignmentRole: {
        const bool amount = column >= CompensationColumn && column <= BalanceColumn;
        return int((amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return icon(balanceStatusLook(row.status).icon);
        if (column == YearColumn && row.preliminary)
            return icon(preliminaryLook().icon);
        return {};
    case Qt::FontRole:
        // Bold: the agreement's own rows, and balances that rest on a report.
        if ((column == BalanceColumn && showsFigures(row.status))
            || (column == PartyColumn && !row.isMemberRow)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SortRole: return sortValue(row, column);
    case PartyRole: return row.party;
    case YearRole: return row.year;
    case AgreementRole: return row.agreement;
    case PreliminaryRole: return row.preliminary;
    case AmountOreRole: return amountOre(row, column);
    case RowKindRole: return row.isMemberRow ? 1 : 0;
    default: return {};
    }
}

} // namespace fhb::app
