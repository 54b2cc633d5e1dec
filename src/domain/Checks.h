// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CofundingBalance.h"
#include "Finding.h"

namespace fhb {

/// The five checks the program makes of a report.
namespace checks {

/// 1. Arithmetic: amounts are non-negative and their totals stay within range (totals
/// themselves are always derived, never stored).
QList<Finding> arithmetic(const AnnualReport &report);
/// 4. Completeness: expense lines, a period inside the year, a signature (errors);
/// fewer than three important events (warning).
QList<Finding> completeness(const AnnualReport &report);
/// 3. Compensation consistency: the report's regional compensation against what the
/// agreements schedule for that party and year (or the member's share).
QList<Finding> compensationConsistency(const Dataset &data, const AnnualReport &report);
/// 2. Co-funding: each short or missing agreement year and member row.
QList<Finding> cofunding(const QList<BalanceRow> &rows);
/// 5. Obligations: each obligation not marked fulfilled for a year that has passed.
QList<Finding> obligations(const Agreement &agreement, int currentYear);

/// Every finding of one report (arithmetic, completeness, consistency, and the co-funding of
/// the agreement years it counts towards).
QList<Finding> forReport(const Dataset &data, const AnnualReport &report);
/// Every check over the whole dataset, for `folkhalsobok-cli check`. Missing reports are
/// reported only for years before `currentYear` (a year's report is not due before it ends).
QList<Finding> all(const Dataset &data, int currentYear);
/// True when any finding is an error.
bool hasErrors(const QList<Finding> &findings);

} // namespace checks
} // namespace fhb
