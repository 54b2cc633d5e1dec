// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementYearModel.h"

#include "AgreementDocument.h"

#include "app/ModelRoles.h"

namespace fhb::app {

AgreementYearModel::AgreementYearModel(AgreementDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    refresh();
}

void AgreementYearModel::refresh()
{
    beginResetModel();
    m_years.clear();
    if (m_document) {
        const Agreement &a = m_document->agreement();
        const CompensationSchedule schedule(a);
        for (int year = a.firstYear; year <= a.lastYear && a.firstYear > 0; ++year)
            m_years.append(schedule.year(year));
    }
    endResetModel();
}

int AgreementYearModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int AgreementYearModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == YearColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case YearColumn: return tr("År");
    case PlkColumn: return tr("Uppräkning (PLK)");
    case DecidedColumn: return tr("Fastställd ersättning");
    case CompensationColumn: return tr("Ersättning");
    case RequiredColumn: return tr("Krav");
    default: return {};
    }
}

QVariant AgreementYearModel::display(int row, int column) const
{
    const YearCompensation &y = m_years.at(row);
    const Agreement &a = m_document->agreement();
    switch (column) {
    case YearColumn: return QString::number(y.year);
    case PlkColumn: return a.plkBp.contains(y.year) ? percent::format(a.plkBp.value(y.year)) : QString();
    case DecidedColumn: return a.decidedOre.contains(y.year) ? money::format(a.decidedOre.value(y.year)) : QString();
    case CompensationColumn:
        if (!y.ore)
            return tr("Okänd");
        return y.preliminary ? tr("%1 (preliminär)").arg(money::format(*y.ore)) : money::format(*y.ore);
    case RequiredColumn:
        return y.ore ? money::format(CompensationSchedule::required(*y.ore, a.cofundingRatioBp)) : QString();
    default: return {};
    }
}

QVariant AgreementYearModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_years.size())
        return {};
    const YearCompensation &y = m_years.at(index.row());
    const Agreement &a = m_document->agreement();
    switch (role) {
    case Qt::DisplayRole: return display(index.row(), index.column());
    case Qt::EditRole:
        if (index.column() == PlkColumn)
            return a.plkBp.contains(y.year) ? percent::format(a.plkBp.value(y.year), false) : QString();
        return display(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return int((index.column() == YearColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == CompensationColumn && y.preliminary)
            return tr("Preliminär: uppräkningen för %1 är inte beslutad, så föregående års belopp gäller tills vidare.")
                .arg(y.year);
        return {};
    case YearRole: return y.year;
    case AmountOreRole:
        if (index.column() == DecidedColumn)
            return a.decidedOre.contains(y.year) ? QVariant(a.decidedOre.value(y.year)) : QVariant();
        if (index.column() == CompensationColumn)
            return y.ore ? QVariant(*y.ore) : QVariant();
        if (index.column() == RequiredColumn && y.ore)
            return QVariant(CompensationSchedule::required(*y.ore, a.cofundingRatioBp));
        return {};
    case PreliminaryRole: return y.preliminary;
    case PlkBpRole: return a.plkBp.contains(y.year) ? QVariant(a.plkBp.value(y.year)) : QVariant();
    default: return {};
    }
}

Qt::ItemFlags AgreementYearModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
    if (!m_document || !index.isValid() || !m_document->isEditable())
        return f;
    const bool firstYear = index.row() == 0;
    if (index.column() == DecidedColumn || (index.column() == PlkColumn && !firstYear))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AgreementYearModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.row() >= m_years.size())
        return false;
    const int year = m_years.at(index.row()).year;
    if (role == AmountOreRole && index.column() == DecidedColumn)
        return m_document->setDecidedAmount(year, Ore(value.toLongLong())).ok();
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    if (index.column() == PlkColumn) {
        if (text.isEmpty())
            return m_document->setPlk(year, std::nullopt).ok();
        const Result<int> bp = percent::parse(text);
        if (!bp) {
            return m_document->refuse(bp.error()).ok();
        }
        return m_document->setPlk(year, *bp).ok();
    }
    if (index.column() == DecidedColumn) {
        if (text.isEmpty())
            return m_document->setDecidedAmount(year, std::nullopt).ok();
        const Result<Ore> ore = money::parse(text);
        if (!ore) {
            return m_document->refuse(ore.error()).ok();
        }
        return m_document->setDecidedAmount(year, *ore).ok();
    }
    return false;
}

} // namespace fhb::app
