// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompensationScheduleModel.h"

#include "app/StatusLook.h"

namespace fhb::app {

CompensationScheduleModel::CompensationScheduleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompensationScheduleModel::setAgreement(const Agreement &agreement)
{
    beginResetModel();
    m_years = CompensationSchedule(agreement).years();
    m_plkBp = agreement.plkBp;
    m_ratioBp = agreement.cofundingRatioBp;
    endResetModel();
}

int CompensationScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int CompensationScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompensationScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const bool numeric = section == IndexationColumn || section == CompensationColumn || section == RequiredColumn;
    if (role == Qt::TextAlignmentRole)
        return int((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case YearColumn: return tr("År");
    case IndexationColumn: return tr("Uppräkning (PLK)");
    case CompensationColumn: return tr("Ersättning");
    case RequiredColumn: return tr("Krav");
    case SourceColumn: return tr("Underlag");
    default: return {};
    }
}

QVariant CompensationScheduleModel::display(const YearCompensation &year, int column) const
{
    switch (column) {
    case YearColumn: return QString::number(year.year);
    case IndexationColumn:
        return m_plkBp.contains(year.year) ? percent::format(m_plkBp.value(year.year)) : QString();
    case CompensationColumn: return year.ore ? money::format(*year.ore) : year.isTooLarge() ? tr("för stor") : QString();
    case RequiredColumn:
        return year.ore ? money::format(CompensationSchedule::required(*year.ore, m_ratioBp)) : QString();
    case SourceColumn:
        switch (year.source) {
        case CompensationSource::Decided: return tr("Fastställd ersättning");
        case CompensationSource::Base: return tr("Grundersättning");
        case CompensationSource::Indexed:
            return year.preliminary ? tr("Uppräknad med PLK, preliminär") : tr("Uppräknad med PLK");
        case CompensationSource::CarriedForward:
            return tr("Preliminär: ingen PLK beslutad");
        case CompensationSource::Unknown: return tr("Okänd");
        case CompensationSource::TooLarge: return tr("För stor: uppräkningen går över högsta tillåtna belopp");
        }
        return {};
    default: return {};
    }
}

QVariant CompensationScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_years.size())
        return {};
    const YearCompensation &year = m_years.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(year, column);
    case Qt::TextAlignmentRole: {
        const bool numeric = column == IndexationColumn || column == CompensationColumn || column == RequiredColumn;
        return int((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    case Qt::DecorationRole:
        if (column == SourceColumn && year.preliminary)
            return icon(preliminaryLook().icon);
        return {};
    case Qt::ToolTipRole:
        if (year.preliminary)
            return tr("Preliminär: beräknad på ett år utan beslutad pris- och lönekompensation.");
        return {};
    case CompensationOreRole: return year.ore ? QVariant(qint64(*year.ore)) : QVariant();
    case PreliminaryRole: return year.preliminary;
    default: return {};
    }
}

} // namespace fhb::app
