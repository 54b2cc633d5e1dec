// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fhb {

/// 128-bit intermediate for products of amounts and factors (GCC/Clang extension).
__extension__ typedef __int128 WideInt;

/// Money is always an integer number of öre (1 kr = 100 öre); never a double.
using Ore = qint64;

constexpr Ore kOrePerKrona = 100;

/// The largest amount of one line, one compensation, one commitment, and of a report's total
/// expenses or total revenues: 2^53 öre (90 071 992 547 409,92 kr), exact in a JSON number
/// (docs/data-model.md, "Bounds"). Every sum of in-range amounts that the program makes then
/// fits in 64 bits with room to spare; sums are still checked (sumOre).
constexpr Ore kMaxAmountOre = Ore(1) << 53;

/// True when `amount` lies in [−kMaxAmountOre, kMaxAmountOre].
constexpr bool inAmountRange(WideInt amount) { return amount >= -WideInt(kMaxAmountOre) && amount <= WideInt(kMaxAmountOre); }

/// a + b, or empty when the sum does not fit in 64 bits (never a wrapped value).
inline std::optional<Ore> checkedAdd(Ore a, Ore b)
{
    Ore sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

/// Divides num by den (den > 0) and rounds halves away from zero, without overflow
/// for any qint64 numerator times a 32-bit factor. A quotient outside 64 bits (which the
/// bounds above rule out) saturates at the 64-bit limit instead of wrapping.
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
