// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CompensationSchedule.h"

#include <QAbstractTableModel>

namespace fhb::app {

/// The per-year compensation of one agreement, from fhb::CompensationSchedule: År,
/// Uppräkning (PLK), Ersättning, Krav (ersättning × medfinansieringsgrad), Underlag.
/// Preliminary years say so with icon and word. Years with unknown compensation are listed
/// with an empty amount and "Okänd" so the whole period is visible. Read-only.
class CompensationScheduleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { YearColumn, IndexationColumn, CompensationColumn, RequiredColumn, SourceColumn, ColumnCount };
    static constexpr int CompensationOreRole = Qt::UserRole + 1; ///< qint64 öre, or invalid when unknown
    static constexpr int PreliminaryRole = Qt::UserRole + 2;     ///< bool

    explicit CompensationScheduleModel(QObject *parent = nullptr);
    void setAgreement(const Agreement &agreement);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const YearCompensation &year, int column) const;

    QList<YearCompensation> m_years;
    QMap<int, int> m_plkBp;
    int m_ratioBp = 10000;
};

} // namespace fhb::app
