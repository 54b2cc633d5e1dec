// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"

#include <QAbstractTableModel>

namespace fhb::app {

/// The revenue lines of one annual report: Källa, Slag (regional compensation or other),
/// Belopp (whole kronor, right-aligned); the note is the row's tooltip. Read-only for now.
class RevenueLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, KindColumn, AmountColumn, ColumnCount };
    static constexpr int AmountOreRole = Qt::UserRole + 1; ///< qint64 öre of the amount column

    explicit RevenueLineModel(QObject *parent = nullptr);
    void setLines(QList<RevenueLine> lines);
    const QList<RevenueLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RevenueLine> m_lines;
};

} // namespace fhb::app
