// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompensationSchedule.h"

namespace fhb {

namespace {

constexpr WideInt kBp = 10000;
// From-base products are carried in units of 10^-12 öre. Each step floors onto a grid
// that contains every half-krona, so the final half-up rounding to whole kronor compares
// against the tie exactly as the unrounded product would.
constexpr WideInt kFineScale = 1'000'000'000'000LL;

Ore roundToWholeKronor(WideInt fineOre)
{
    return divideRoundHalfAway(fineOre, kFineScale * kOrePerKrona) * kOrePerKrona;
}

} // namespace

CompensationSchedule::CompensationSchedule(const Agreement &a)
{
    std::optional<Ore> previous;        // comp(Y-1) as used for chaining
    WideInt fromBase = 0;              // base × Π(1 + PLK) in fine units
    bool hasFromBase = false;
    bool preliminary = false;
    bool tooLarge = false;               // an earlier year left the range; so do the indexed ones after it
    const auto amountOk = [](std::optional<Ore> ore) { return !ore || (*ore >= 0 && *ore <= kMaxAmountOre); };
    for (int y = a.firstYear; y <= a.lastYear && a.firstYear > 0; ++y) {
        YearCompensation entry;
        entry.year = y;
        const bool hasPlk = a.plkBp.contains(y);
        if (a.decidedOre.contains(y)) {
            entry.ore = a.decidedOre.value(y);
            entry.source = CompensationSource::Decided;
            preliminary = false;
            tooLarge = false;
            fromBase = WideInt(*entry.ore) * kFineScale;
            hasFromBase = true;
        } else if (tooLarge) {
            entry.source = CompensationSource::TooLarge;
        } else if (y == a.firstYear && a.baseCompensationOre) {
            entry.ore = *a.baseCompensationOre;
            entry.source = CompensationSource::Base;
            fromBase = WideInt(*entry.ore) * kFineScale;
            hasFromBase = true;
        } else if (previous) {
            if (hasPlk) {
                const int plk = a.plkBp.value(y);
                if (a.indexationMode == IndexationMode::FromBase && hasFromBase) {
                    WideInt product = fromBase * (kBp + plk);
                    // floor division (towards minus infinity) keeps the grid argument valid
                    WideInt q = product / kBp;
                    if (product % kBp != 0 && product < 0)
                        --q;
                    fromBase = q;
                    entry.ore = roundToWholeKronor(fromBase);
                } else {
                    entry.ore = divideRoundHalfAway(WideInt(*previous) * (kBp + plk), kBp * kOrePerKrona)
                        * kOrePerKrona;
                }
                entry.source = CompensationSource::Indexed;
                if (!amountOk(entry.ore)) {
                    entry.ore.reset();
                    entry.source = CompensationSource::TooLarge;
                    tooLarge = true;
                }
            } else {
                entry.ore = previous;
                entry.source = CompensationSource::CarriedForward;
                preliminary = true;
            }
            entry.preliminary = preliminary;
        }
        if (entry.ore && !amountOk(entry.ore)) { // a decided or base amount out of range
            entry.ore.reset();
            entry.source = CompensationSource::TooLarge;
            tooLarge = true;
        }
        if (entry.isTooLarge() && !m_outOfRange)
            m_outOfRange = y;
        if (entry.ore) {
            previous = entry.ore;
        } else {
            previous.reset();
            hasFromBase = false;
        }
        m_years.append(entry);
    }
}

std::optional<int> CompensationSchedule::firstYearOutOfRange() const { return m_outOfRange; }

YearCompensation CompensationSchedule::year(int year) const
{
    for (const YearCompensation &e : m_years)
        if (e.year == year)
            return e;
    YearCompensation unknown;
    unknown.year = year;
    return unknown;
}

Ore CompensationSchedule::required(Ore compensation, int cofundingRatioBp)
{
    return divideRoundHalfAway(WideInt(compensation) * cofundingRatioBp, kBp);
}

} // namespace fhb
