// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dataset.h"

#include <optional>

namespace fhb {

/// TooLarge: a counted report's totals, or their sum, leave the bound of domain/Money.h (only a
/// database changed outside the program can hold such figures): the row shows no figures.
enum class BalanceStatus { Ok, Short, MissingReport, TooLarge };
QString balanceStatusKey(BalanceStatus status);  ///< "ok", "short", "missing-report", "too-large"
QString balanceStatusName(BalanceStatus status); ///< "Uppfyller kravet", "Under kravet", "Rapport saknas", "Beloppen är för stora"
/// Whether a row of `status` has a contribution and a balance to show (Ok and Short).
bool showsFigures(BalanceStatus status);

/// One row of the co-funding balance: an agreement year, or a member municipality's
/// commitment within a county part's agreement year.
struct BalanceRow {
    QString agreement;
    QString counterparty;
    QString party; ///< the counterparty itself, or the member for a member row
    int year = 0;
    bool isMemberRow = false;
    Ore compensationOre = 0; ///< the agreement's compensation (also on member rows)
    Ore requiredOre = 0;     ///< req(Y), or the member's commitment
    Ore contributionOre = 0;
    Ore balanceOre = 0;      ///< contribution − required
    bool preliminary = false;
    BalanceStatus status = BalanceStatus::MissingReport;
    int cofundingRatioBp = 10000;
    /// Statuses of the reports counted, in party order; empty when none.
    QList<ReportStatus> reportStatuses;
    /// A counted report's totals, or their sum, left the range of kMaxAmountOre (a database
    /// changed outside the program): the figures are not to be trusted and checks::cofunding
    /// reports an error instead of a balance.
    bool tooLarge = false;
};

struct BalanceFilter {
    std::optional<int> year;
    std::optional<QString> agreement;
};

/// What the balance reads of one report: who filed it for which year, its status and its
/// contribution (total expenses − total revenues, öre). Lets the balance be computed from
/// sums made in the database, without loading every expense line.
struct ReportFigure {
    QString party;
    int year = 0;
    ReportStatus status = ReportStatus::Draft;
    Ore contributionOre = 0;
    bool tooLarge = false; ///< a total beyond kMaxAmountOre; contributionOre is then 0
};

/// The figures of `reports`, in their order.
QList<ReportFigure> reportFigures(const QList<AnnualReport> &reports);

/// The co-funding balance: one row per agreement
/// and known year, followed by that year's member rows. Rows are ordered by agreement
/// name, then year.
QList<BalanceRow> computeBalances(const Dataset &data, const BalanceFilter &filter = {});
/// The same balance with the reports given as figures; `data.reports` is not read (only
/// its parties and agreements). computeBalances(data) equals
/// computeBalances(data, reportFigures(data.reports)).
QList<BalanceRow> computeBalances(const Dataset &data, const QList<ReportFigure> &reports,
                                  const BalanceFilter &filter = {});

/// contribution / compensation in hundredths (2,62 → 262); empty when compensation is 0.
std::optional<qint64> cofundingRatioHundredths(Ore contribution, Ore compensation);

} // namespace fhb
