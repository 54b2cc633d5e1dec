// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_amount: money::parse on any text must not crash, and whatever it accepts must come back
// as the same öre through every formatter (format, formatKr, formatPlain, alwaysOre, explicit
// plus). Also percent::parse, and format→parse of the raw bytes read as an amount.
#include "FuzzSupport.h"

#include "domain/Money.h"

#include <cstring>

using namespace fhb;

namespace {

void roundTrip(Ore ore, money::Sign sign)
{
    const QString forms[] = {
        money::format(ore),
        money::formatKr(ore),
        money::formatPlain(ore),
        money::format(ore, {.withUnit = false, .explicitPlus = true, .alwaysOre = true}),
    };
    for (const QString &text : forms) {
        const Result<Ore> back = money::parse(text, sign);
        fuzz::require(back.ok(), "a formatted amount parses", QString(text + QStringLiteral(" → ") + back.error()));
        fuzz::require(*back == ore, "format→parse gives the same öre",
                      QStringLiteral("%1 → %2 → %3").arg(ore).arg(text).arg(*back));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    for (const money::Sign sign : {money::Sign::NonNegative, money::Sign::Any}) {
        const Result<Ore> parsed = money::parse(text, sign);
        if (!parsed) {
            fuzz::require(!parsed.error().isEmpty(), "a refusal says why", text);
            continue;
        }
        fuzz::require(sign == money::Sign::Any || *parsed >= 0, "a non-negative parse is not negative", text);
        roundTrip(*parsed, money::Sign::Any);
        if (*parsed >= 0)
            roundTrip(*parsed, money::Sign::NonNegative);
    }
    if (const Result<int> bp = percent::parse(text); bp) {
        const Result<int> back = percent::parse(percent::format(*bp));
        fuzz::require(back.ok() && *back == *bp, "percent format→parse gives the same value", text);
    }
    // Any 64-bit amount the formatter is given must read back (the parser's range permitting).
    if (size >= sizeof(qint64)) {
        qint64 raw = 0;
        std::memcpy(&raw, data, sizeof raw);
        const Result<Ore> back = money::parse(money::format(raw), money::Sign::Any);
        fuzz::require(!back.ok() || *back == raw, "a formatted raw amount parses to itself or is refused",
                      QString::number(raw));
    }
    return 0;
}
