// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Agreement.h"

#include <optional>

namespace fhb {

/// Where a year's compensation comes from.
enum class CompensationSource {
    Decided,        ///< fastställd ersättning entered for the year
    Base,           ///< the agreement's base compensation (first year)
    Indexed,        ///< computed with that year's PLK
    CarriedForward, ///< no PLK yet: the previous year's amount, preliminary
    Unknown,        ///< nothing to compute from; the year is not checked
    TooLarge,       ///< indexation would take it past kMaxAmountOre; not a number, not checked
};

struct YearCompensation {
    int year = 0;
    std::optional<Ore> ore; ///< empty when Unknown
    bool preliminary = false;
    CompensationSource source = CompensationSource::Unknown;
    bool isKnown() const { return ore.has_value(); }
    bool isTooLarge() const { return source == CompensationSource::TooLarge; }
};

/// The compensation of every year of an agreement, exactly:
/// integer arithmetic, halves rounded away from zero, whole kronor for indexed years.
class CompensationSchedule
{
public:
    explicit CompensationSchedule(const Agreement &agreement);

    const QList<YearCompensation> &years() const { return m_years; }
    /// The year's entry; Unknown for years outside the period.
    YearCompensation year(int year) const;
    /// The first year whose compensation is too large (or an amount entered for it is out of
    /// range); empty when every year stays within kMaxAmountOre. The import and the agreement
    /// editor refuse such a schedule.
    std::optional<int> firstYearOutOfRange() const;
    /// Required own contribution: round_half_up(comp × ratio / 10000), to the öre. Exact for
    /// compensations within kMaxAmountOre and ratios up to 1 000 000 bp (at most 100 × 2^53).
    static Ore required(Ore compensation, int cofundingRatioBp);

private:
    QList<YearCompensation> m_years;
    std::optional<int> m_outOfRange;
};

} // namespace fhb
