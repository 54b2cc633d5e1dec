// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/CompensationSchedule.h"

using namespace fhb;

namespace {

Agreement sydnarke()
{
    Agreement a;
    a.name = QStringLiteral("Överenskommelse Sydnärke 2024–2029");
    a.funder = QStringLiteral("Region Örebro län");
    a.counterparty = QStringLiteral("Sydnärke");
    a.firstYear = 2024;
    a.lastYear = 2029;
    a.baseCompensationOre = 139303800;
    a.plkBp.insert(2025, 310);
    return a;
}

} // namespace

TEST_CASE("the Sydnärke compensation is indexed by PLK and carried forward when none is decided", "[domain][schedule]")
{
    const CompensationSchedule schedule(sydnarke());
    REQUIRE(schedule.years().size() == 6);

    const YearCompensation y2024 = schedule.year(2024);
    CHECK(*y2024.ore == 139303800);
    CHECK(y2024.source == CompensationSource::Base);
    CHECK_FALSE(y2024.preliminary);

    const YearCompensation y2025 = schedule.year(2025);
    CHECK(*y2025.ore == 143622200); // 1 393 038 × 1,031 = 1 436 222,178
    CHECK(y2025.source == CompensationSource::Indexed);
    CHECK_FALSE(y2025.preliminary);

    const YearCompensation y2026 = schedule.year(2026);
    CHECK(*y2026.ore == 143622200);
    CHECK(y2026.source == CompensationSource::CarriedForward);
    CHECK(y2026.preliminary);

    for (int year = 2027; year <= 2029; ++year) {
        INFO("year " << year);
        CHECK(*schedule.year(year).ore == 143622200);
        CHECK(schedule.year(year).preliminary);
    }
    CHECK_FALSE(schedule.year(2030).isKnown());
    CHECK_FALSE(schedule.year(2023).isKnown());
}

TEST_CASE("a year computed from a preliminary year stays preliminary", "[domain][schedule]")
{
    Agreement a = sydnarke();
    a.plkBp.insert(2027, 250);
    const CompensationSchedule schedule(a);
    CHECK(schedule.year(2026).preliminary);
    CHECK(*schedule.year(2027).ore == 147212800); // 1 436 222 × 1,025 = 1 472 127,55 → 1 472 128
    CHECK(schedule.year(2027).preliminary);
}

TEST_CASE("chained indexation rounds halves up on the previous rounded amount", "[domain][schedule]")
{
    Agreement a;
    a.firstYear = 2020;
    a.lastYear = 2023;
    a.baseCompensationOre = 1000000;  // 10 000 kr
    a.plkBp = {{2021, 5}, {2022, 5}, {2023, 15}}; // 0,05 %, 0,05 %, 0,15 %
    const CompensationSchedule schedule(a);
    CHECK(*schedule.year(2021).ore == 1000500); // 10 005,00 exactly
    CHECK(*schedule.year(2022).ore == 1001000); // 10 010,0025 → 10 010
    CHECK(*schedule.year(2023).ore == 1002500); // 10 025,015 → 10 025

    Agreement halves;
    halves.firstYear = 2024;
    halves.lastYear = 2026;
    halves.baseCompensationOre = 1000; // 10 kr
    halves.plkBp = {{2025, 500}, {2026, 500}};
    const CompensationSchedule h(halves);
    CHECK(*h.year(2025).ore == 1100); // 10,5 → 11 (half away from zero)
    CHECK(*h.year(2026).ore == 1200); // 11,55 → 12 (chained on 11)
}

TEST_CASE("from-base indexation multiplies the base and rounds once", "[domain][schedule]")
{
    Agreement a;
    a.firstYear = 2024;
    a.lastYear = 2026;
    a.baseCompensationOre = 1000; // 10 kr
    a.plkBp = {{2025, 500}, {2026, 500}};
    a.indexationMode = IndexationMode::FromBase;
    const CompensationSchedule schedule(a);
    CHECK(*schedule.year(2025).ore == 1100); // 10,5 → 11
    CHECK(*schedule.year(2026).ore == 1100); // 10 × 1,05² = 11,025 → 11 (chained would give 12)

    Agreement tie;
    tie.firstYear = 2024;
    tie.lastYear = 2026;
    tie.baseCompensationOre = 40000; // 400 kr
    tie.plkBp = {{2025, 250}, {2026, -2439}};
    tie.indexationMode = IndexationMode::FromBase;
    // 400 × 1,025 = 410; × 0,7561 = 310,001 → 310
    CHECK(*CompensationSchedule(tie).year(2026).ore == 31000);
}

TEST_CASE("a decided amount always wins over a computed one", "[domain][schedule]")
{
    Agreement a = sydnarke();
    a.decidedOre.insert(2026, 150000000);
    const CompensationSchedule schedule(a);
    CHECK(*schedule.year(2026).ore == 150000000);
    CHECK(schedule.year(2026).source == CompensationSource::Decided);
    CHECK_FALSE(schedule.year(2026).preliminary);
    CHECK(*schedule.year(2027).ore == 150000000);
    CHECK(schedule.year(2027).preliminary);
}

TEST_CASE("an agreement with only a decided amount knows only that year and later carried years", "[domain][schedule]")
{
    Agreement a;
    a.firstYear = 2018;
    a.lastYear = 2023;
    a.decidedOre.insert(2023, 100500000);
    const CompensationSchedule schedule(a);
    for (int year = 2018; year <= 2022; ++year) {
        INFO("year " << year);
        CHECK_FALSE(schedule.year(year).isKnown());
        CHECK(schedule.year(year).source == CompensationSource::Unknown);
    }
    CHECK(*schedule.year(2023).ore == 100500000);
    CHECK_FALSE(schedule.year(2023).preliminary);
}

TEST_CASE("the required contribution is the compensation times the ratio to the öre", "[domain][schedule]")
{
    CHECK(CompensationSchedule::required(100500000, 10000) == 100500000);
    CHECK(CompensationSchedule::required(139303800, 5000) == 69651900);
    CHECK(CompensationSchedule::required(101, 5000) == 51); // 50,5 öre → 51
    CHECK(CompensationSchedule::required(139303800, 12550) == 174826269); // 1 748 262,69
}
