// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"

#include <QAbstractTableModel>

namespace fhb::app {

/// The expense lines of one annual report: Kategori, Belopp (whole kronor, right-aligned),
/// Fotnot. Read-only for now; editing will go through undo commands.
class ExpenseLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, AmountColumn, FootnoteColumn, ColumnCount };
    static constexpr int AmountOreRole = Qt::UserRole + 1; ///< qint64 öre of the amount column

    explicit ExpenseLineModel(QObject *parent = nullptr);
    void setLines(QList<ExpenseLine> lines);
    const QList<ExpenseLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExpenseLine> m_lines;
};

} // namespace fhb::app
