// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CofundingBalance.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fhb::app {

/// What the overview matrix (OverviewMatrixModel) shows: a year range, one county part or
/// all agreements, and which statuses. A default filter shows everything.
struct OverviewFilter {
    Q_DECLARE_TR_FUNCTIONS(OverviewFilter)
public:
    enum class Show {
        All,            ///< every row
        Shortfalls,     ///< rows with "Under kravet" in a shown year
        MissingReports, ///< rows with "Rapport saknas" in a shown year
    };

    std::optional<int> fromYear; ///< first year shown; empty = the first year with a balance
    std::optional<int> toYear;   ///< last year shown; empty = the last year with a balance
    /// Only the agreements whose counterparty is this county part, with their members;
    /// empty = all agreements.
    QString countyPart;
    Show show = Show::All;

    /// True when a cell with `status` makes its row visible under `show`.
    bool keeps(BalanceStatus status) const;
    /// "Alla", "Endast underskott", "Endast saknade rapporter".
    static QString showName(Show show);
    /// The filter in words for an export's subtitle, e.g. "2024–2029 · Sydnärke · Endast
    /// underskott"; `from` and `to` are the years actually shown.
    QString describe(int from, int to) const;

    bool operator==(const OverviewFilter &) const = default;
};

} // namespace fhb::app
