// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace fhb {

/// 128-bit intermediate for products of amounts and factors (GCC/Clang extension).
__extension__ typedef __int128 WideInt;

/// Money is always an integer number of öre (1 kr = 100 öre); never a double.
using Ore = qint64;

constexpr Ore kOrePerKrona = 100;

/// Divides num by den (den > 0) and rounds halves away from zero, without overflow
/// for any qint64 numerator times a 32-bit factor.
qint64 divideRoundHalfAway(WideInt numerator, WideInt denominator);

namespace money {

enum class Sign { NonNegative, Any };

/// Parses what Swedish users type: "3 434 000", "3434000", "3 434 000 kr", "145 tkr",
/// "1,4 mnkr", "1 393 038,50", "3 434 000:-"; spaces, U+00A0 and U+202F as group
/// separators; "-" or U+2212 for a negative amount when `sign` is Any.
/// The error says what was not understood and gives examples.
Result<Ore> parse(QStringView text, Sign sign = Sign::NonNegative);

struct FormatOptions {
    bool withUnit = false;   ///< append " kr"
    bool explicitPlus = false; ///< "+1 627 000" for positive balances
    bool alwaysOre = false;  ///< "3 434 000,00" even when the öre are zero
};

/// "3 434 000" with U+00A0 grouping, öre only when not zero ("1 393 038,50"),
/// U+2212 for negatives. Integer arithmetic only.
QString format(Ore amount, FormatOptions options = {});
inline QString formatKr(Ore amount) { return format(amount, {.withUnit = true}); }

/// Plain machine form for CSV cells: "3434000" or "1393038,50" (decimal comma, no grouping).
QString formatPlain(Ore amount);

} // namespace money

/// Percentages are integers in hundredths of a percent (basis points): 3,10 % = 310.
namespace percent {
/// Accepts "3,10", "3.1", "3,10 %", "100 %", "−0,5 %".
Result<int> parse(QStringView text);
/// "3,10 %"; `withSign` = false gives "3,10".
QString format(int basisPoints, bool withSign = true);
} // namespace percent

} // namespace fhb
