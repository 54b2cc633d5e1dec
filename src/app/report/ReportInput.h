// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"
#include "domain/ReportRow.h"

namespace fhb::app {

/// Why `value` may not enter `report` (text::problem, the amount bounds of kMaxAmountOre for
/// the line and its list's total, kMaxReportLines), in Swedish; empty when it may.
/// `replacing` is the row the value takes the place of, or -1 for a new row.
QString rowProblem(const AnnualReport &report, const ReportRow &value, int replacing);
/// Why the signature's texts may not be stored; empty when they may.
QString signatureProblem(const Signature &signature);

} // namespace fhb::app
