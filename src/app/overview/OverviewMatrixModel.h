// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ModelRoles.h"
#include "OverviewFilter.h"
#include "domain/CofundingBalance.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace fhb::app {

/// The manager's overview: agreements × years. Each agreement row ("Sydnärke 2024–2029") is
/// followed by its member municipalities' commitment rows; the last row, "Hela länet", sums
/// the shown agreement rows per year (members are not counted twice: their reports are
/// already in their county part's contribution). Column 0 is the name, then one column per
/// year of the filter's range.
///
/// A year cell shows the balance in whole kronor ("+1 627 000", "−18 211") with a status
/// icon, a status colour (StatusColourRole) and a tooltip that says the status in words;
/// it is empty where the agreement does not run that year. Amounts in the roles are öre.
/// The numbers are those of fhb::computeBalances, unchanged.
class OverviewMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Row kinds, as RowKindRole gives them.
    enum class RowKind { Agreement = 0, Member = 1, Total = 2 };

    enum Role {
        PartyRole = Qt::UserRole + 1, ///< QString: the party whose report a year cell rests on
                                      ///< (counterparty or member); empty on the totals row
        YearRole,                     ///< int: the year of a year column; 0 in the name column
        AgreementRole,                ///< QString: the agreement's full name; empty on the totals row
        StatusRole,                   ///< int(fhb::BalanceStatus) of a year cell; invalid elsewhere
        StatusColourRole,             ///< QColor of the cell's status (StatusLook); invalid elsewhere
        PreliminaryRole,              ///< bool: the year's compensation is preliminary
        CompensationOreRole,          ///< qint64 öre: the agreement's compensation that year
        RequiredOreRole,              ///< qint64 öre: req(Y), or the member's commitment
        ContributionOreRole,          ///< qint64 öre: the contribution counted
    };

    explicit OverviewMatrixModel(QObject *parent = nullptr);

    /// Computes the balances of `data` (fhb::computeBalances) and shows them.
    void setDataset(const Dataset &data);
    /// Shows `rows` (computeBalances order: agreement, year, then members); `data` gives the
    /// agreements' periods and the county parts. `data.reports` is not read.
    void setBalances(const Dataset &data, QList<BalanceRow> rows);

    const OverviewFilter &filter() const { return m_filter; }
    /// Applies `filter`; the year range is clamped to the years that have balances.
    void setFilter(const OverviewFilter &filter);

    /// The first and last year with a balance in the data (0 when there is none).
    int firstDataYear() const { return m_firstYear; }
    int lastDataYear() const { return m_lastYear; }
    /// The years shown now, after the filter (from > to when nothing is shown).
    int fromYear() const { return m_from; }
    int toYear() const { return m_to; }
    /// County parts that are the counterparty of an agreement, by name.
    const QStringList &countyParts() const { return m_countyParts; }

    /// e.g. "2024: 4 av 6 avtal uppfyller kravet, 1 under kravet, 1 saknar rapport." over the
    /// agreement rows shown; says so when no shown agreement runs in `year`.
    QString summary(int year) const;
    /// The last shown year in which some shown agreement has a report; 0 when none has.
    int lastReportedYear() const;
    /// The balance rows behind a shown row, oldest year first, every year (not only the
    /// filter's); empty for the totals row.
    QList<BalanceRow> balancesOf(int row) const;
    RowKind rowKind(int row) const;
    /// The row of an agreement (party empty or its counterparty) or member; -1 when not shown.
    int rowOf(const QString &agreement, const QString &party = {}) const;
    /// 0 for the name column, else the year of the column.
    int yearOf(int column) const;
    /// The column of `year`, or -1 when it is not shown.
    int columnOf(int year) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// One matrix row before filtering: an agreement or a member within it.
    struct Line {
        RowKind kind = RowKind::Agreement;
        QString agreement;
        QString counterparty;
        QString party;
        QString label;
        QList<qsizetype> cells; ///< index into m_balances per year from m_firstYear; -1 = none
    };
    /// The sum of the shown agreement rows in one year.
    struct Total {
        Ore compensationOre = 0;
        Ore requiredOre = 0;
        Ore contributionOre = 0;
        Ore balanceOre = 0;
        int agreements = 0;
        int ok = 0;
        int shortfalls = 0;
        int missing = 0;
        bool preliminary = false;
    };

    void rebuild();
    bool lineMatches(const Line &line) const;
    const BalanceRow *cell(const Line &line, int year) const;
    QVariant nameData(const Line &line, int role) const;
    QVariant cellData(const Line &line, int year, int role) const;
    QVariant totalData(int year, int role) const;
    QString cellToolTip(const Line &line, const BalanceRow &b) const;
    QString totalToolTip(int year, const Total &total) const;

    QList<BalanceRow> m_balances;
    QList<Line> m_lines;
    QHash<QString, QString> m_agreementLabels; ///< agreement name → "Sydnärke 2024–2029"
    QStringList m_countyParts;
    int m_firstYear = 0;
    int m_lastYear = 0;

    OverviewFilter m_filter;
    int m_from = 0;
    int m_to = -1;
    QList<qsizetype> m_shown;      ///< indexes into m_lines, in order; the totals row follows
    QHash<int, Total> m_totals;    ///< per shown year
};

} // namespace fhb::app
