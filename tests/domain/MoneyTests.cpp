// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/Money.h"

using namespace fhb;

namespace {

struct Accepted {
    const char16_t *input;
    Ore ore;
};

struct Refused {
    const char16_t *input;
    const char16_t *mentions; ///< a part of the message that says what was wrong
};

} // namespace

TEST_CASE("amounts are accepted in every form Swedish users type", "[domain][money]")
{
    const Accepted table[] = {
        {u"3 434 000", 343400000},
        {u"3434000", 343400000},
        {u"3 434 000 kr", 343400000},
        {u"3\u00A0434\u00A0000", 343400000},
        {u"3\u202F434\u202F000", 343400000},
        {u"3 434 000 KR", 343400000},
        {u"3 434 000kr", 343400000},
        {u"3 434 000 kronor", 343400000},
        {u"3 434 000 SEK", 343400000},
        {u"3 434 000:-", 343400000},
        {u"  154 000  ", 15400000},
        {u"145 tkr", 14500000},
        {u"145tkr", 14500000},
        {u"145 TKR", 14500000},
        {u"1,4 mnkr", 140000000},
        {u"1,4 mkr", 140000000},
        {u"2 mnkr", 200000000},
        {u"1,25 tkr", 125000},
        {u"1 393 038,50", 139303850},
        {u"1 393 038,5", 139303850},
        {u"1 393 038,00", 139303800},
        {u"1393038,50 kr", 139303850},
        {u"1393038.50", 139303850},
        {u"12.5", 1250},
        {u"3.434.000", 343400000},
        {u"1.500", 150000},
        {u"0", 0},
        {u"0,01", 1},
        {u",50", 50},
        {u"000123", 12300},
        {u"49 000", 4900000},
        {u"1 005 000", 100500000},
        {u"99 999 999 999", 9999999999900},
        {u"1,4567 tkr", 145670},
        {u"0 kr", 0},
        {u"5 tusen kronor", 500000},
        {u"2 miljoner kronor", 200000000},
    };
    for (const Accepted &row : table) {
        const QString input = QString::fromUtf16(row.input);
        INFO("input " << Catch::StringMaker<QString>::convert(input));
        const Result<Ore> parsed = money::parse(input);
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == row.ore);
    }
}

TEST_CASE("amounts that cannot be understood are refused with the reason", "[domain][money]")
{
    const Refused table[] = {
        {u"12x", u"tecknet 'x'"},
        {u"", u"tomt"},
        {u"   ", u"tomt"},
        {u"kr", u"saknar siffror"},
        {u"abc", u"tecknet 'a'"},
        {u"1,2,3", u"mer än ett decimaltecken"},
        {u"1 393 038,505", u"decimaler"},
        {u"1,001 kr", u"decimaler"},
        {u"-100", u"negativt"},
        {u"\u2212100", u"negativt"},
        {u"100-", u"minustecknet"},
        {u"12 34", u"grupper om tre"},
        {u"1234 567", u"grupper om tre"},
        {u"3 434 000 €", u"tecknet '€'"},
        {u"1e6", u"tecknet 'e'"},
        {u"1,", u"inga siffror efter"},
        {u"1, 5", u"mellanslag efter decimaltecknet"},
        {u"99999999999999999999", u"för stort"},
        {u"½", u"tecknet '½'"},
        {u"3 434 000 dollar", u"tecknet 'd'"},
    };
    for (const Refused &row : table) {
        const QString input = QString::fromUtf16(row.input);
        INFO("input " << Catch::StringMaker<QString>::convert(input));
        const Result<Ore> parsed = money::parse(input);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().contains(QString::fromUtf16(row.mentions)));
    }
}

TEST_CASE("a mistyped amount names the character and gives examples", "[domain][money]")
{
    const Result<Ore> parsed = money::parse(u"12x");
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error()
          == QStringLiteral("Beloppet '12x' kunde inte tolkas: tecknet 'x' hör inte till ett belopp. "
                            "Skriv till exempel 3 434 000, 145 tkr eller 1 393 038,50."));
}

TEST_CASE("negative amounts are accepted where a balance may be negative", "[domain][money]")
{
    CHECK(money::parse(u"-18 211", money::Sign::Any).value() == -1821100);
    CHECK(money::parse(u"\u221218 211", money::Sign::Any).value() == -1821100);
    CHECK(money::parse(u"- 5 tkr", money::Sign::Any).value() == -500000);
}

TEST_CASE("amounts are formatted in whole kronor with Swedish grouping", "[domain][money]")
{
    CHECK(money::format(343400000) == QString::fromUtf16(u"3\u00A0434\u00A0000"));
    CHECK(money::format(139303800) == QString::fromUtf16(u"1\u00A0393\u00A0038"));
    CHECK(money::format(139303850) == QString::fromUtf16(u"1\u00A0393\u00A0038,50"));
    CHECK(money::format(5) == QString::fromUtf16(u"0,05"));
    CHECK(money::format(0) == QString::fromUtf16(u"0"));
    CHECK(money::format(99900) == QString::fromUtf16(u"999"));
    CHECK(money::format(100000) == QString::fromUtf16(u"1\u00A0000"));
    CHECK(money::format(-1821100) == QString::fromUtf16(u"\u221218\u00A0211"));
    CHECK(money::format(162700000, {.explicitPlus = true}) == QString::fromUtf16(u"+1\u00A0627\u00A0000"));
    CHECK(money::formatKr(139303800) == QString::fromUtf16(u"1\u00A0393\u00A0038\u00A0kr"));
    CHECK(money::format(100, {.alwaysOre = true}) == QString::fromUtf16(u"1,00"));
    CHECK(money::format(std::numeric_limits<Ore>::min()).startsWith(QChar(0x2212)));
    CHECK(money::formatPlain(139303850) == QStringLiteral("1393038,50"));
    CHECK(money::formatPlain(-100) == QStringLiteral("-1"));
}

TEST_CASE("formatted amounts parse back to the same öre", "[domain][money]")
{
    for (Ore ore : {Ore(0), Ore(1), Ore(99), Ore(100), Ore(123456789), Ore(139303850), Ore(-1821100)}) {
        INFO("ore " << ore);
        CHECK(money::parse(money::format(ore), money::Sign::Any).value() == ore);
        CHECK(money::parse(money::formatKr(ore), money::Sign::Any).value() == ore);
        CHECK(money::parse(money::formatPlain(ore), money::Sign::Any).value() == ore);
    }
}

TEST_CASE("percentages are hundredths of a percent", "[domain][money]")
{
    CHECK(percent::parse(u"3,10").value() == 310);
    CHECK(percent::parse(u"3,1 %").value() == 310);
    CHECK(percent::parse(u"3.1").value() == 310);
    CHECK(percent::parse(u"100 %").value() == 10000);
    CHECK(percent::parse(u"0,05%").value() == 5);
    CHECK(percent::parse(u"-0,5").value() == -50);
    CHECK(percent::parse(u"2,500").value() == 250);
    CHECK_FALSE(percent::parse(u"3,105").ok());
    CHECK_FALSE(percent::parse(u"tre").ok());
    CHECK_FALSE(percent::parse(u"").ok());
    CHECK(percent::format(310) == QString::fromUtf16(u"3,10\u00A0%"));
    CHECK(percent::format(10000, false) == QStringLiteral("100,00"));
    CHECK(percent::format(-50) == QString::fromUtf16(u"\u22120,50\u00A0%"));
}

TEST_CASE("halves are rounded away from zero", "[domain][money]")
{
    CHECK(divideRoundHalfAway(5, 10) == 1);
    CHECK(divideRoundHalfAway(4, 10) == 0);
    CHECK(divideRoundHalfAway(-5, 10) == -1);
    CHECK(divideRoundHalfAway(-4, 10) == 0);
    CHECK(divideRoundHalfAway(15, 10) == 2);
    CHECK(divideRoundHalfAway(25, 10) == 3);
}
