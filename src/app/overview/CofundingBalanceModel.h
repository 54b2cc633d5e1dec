// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CofundingBalance.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace fhb::app {

/// The co-funding overview: one row per fhb::BalanceRow of fhb::computeBalances, read-only.
/// Amount columns are whole kronor with Swedish grouping, right-aligned; the status column
/// is icon + word; preliminary years say "preliminär" beside the year. With a dataset, the
/// agreement column is short ("Sydnärke 2024–2029") and the full name is its tooltip.
/// For the exports it answers the shared roles of ModelRoles.h: AmountOreRole (öre) on the
/// amount cells it shows, RowKindRole 1 on member rows.
class CofundingBalanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AgreementColumn, PartyColumn, YearColumn, CompensationColumn, RequiredColumn,
                  ContributionColumn, BalanceColumn, StatusColumn, ColumnCount };

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: öre for amounts, int for year and status
        PartyRole,                   ///< the party whose report makes the row's contribution
        YearRole,
        AgreementRole,
        PreliminaryRole,             ///< bool
    };

    explicit CofundingBalanceModel(QObject *parent = nullptr);

    /// Recomputes the rows from `data` (copies them; keeps no reference), limited to `filter`.
    void setDataset(const Dataset &data, const BalanceFilter &filter = {});
    /// Shows `rows` computed elsewhere (e.g. from storage::BalanceStore sums); `data` gives
    /// the agreements' short labels, its reports are not read.
    void setBalances(const Dataset &data, QList<BalanceRow> rows);
    void setRows(QList<BalanceRow> rows);
    const QList<BalanceRow> &rows() const { return m_rows; }

    /// The co-funding row that a report of `party` for `year` is judged by: the party's own
    /// agreement row or member row; else the agreement row of a county part it belongs to
    /// in `year` (its contribution counts there). Empty when no agreement covers the year.
    static std::optional<BalanceRow> rowForReport(const Dataset &data, const QString &party, int year);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const BalanceRow &row, int column) const;
    QVariant toolTip(const BalanceRow &row, int column) const;
    QVariant sortValue(const BalanceRow &row, int column) const;
    QVariant amountOre(const BalanceRow &row, int column) const;

    QList<BalanceRow> m_rows;
    QHash<QString, QString> m_agreementLabels; ///< agreement name → "Sydnärke 2024–2029"
};

} // namespace fhb::app
