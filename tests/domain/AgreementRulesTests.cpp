// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/AgreementRules.h"
#include "domain/Party.h"

using namespace fhb;

namespace {

Agreement valid()
{
    Agreement a;
    a.name = QStringLiteral("Överenskommelse Sydnärke");
    a.funder = QStringLiteral("Region Örebro län");
    a.counterparty = QStringLiteral("Sydnärke");
    a.firstYear = 2024;
    a.lastYear = 2029;
    a.commitments = {{QStringLiteral("Askersunds kommun"), 100}};
    a.obligations = {{QStringLiteral("Delta i Liv och hälsa ung"), {{2024, {true, {}}}}}};
    return a;
}

QStringList pathsOf(const QList<Violation> &violations)
{
    QStringList paths;
    for (const Violation &v : violations)
        paths << v.path;
    return paths;
}

} // namespace

TEST_CASE("an agreement that keeps every rule has no violations", "[domain][rules]")
{
    CHECK(validate(valid()).isEmpty());
}

TEST_CASE("each broken agreement rule names its field", "[domain][rules]")
{
    struct Case {
        const char *path;
        void (*breakIt)(Agreement &);
    };
    const Case cases[] = {
        {"name", [](Agreement &a) { a.name = QStringLiteral("  "); }},
        {"counterparty", [](Agreement &a) { a.counterparty = a.funder; }},
        {"firstYear", [](Agreement &a) { a.firstYear = 1899; }},
        {"lastYear", [](Agreement &a) { a.lastYear = 2201; }},
        {"lastYear", [](Agreement &a) { a.lastYear = 2023; }},
        {"baseCompensationOre", [](Agreement &a) { a.baseCompensationOre = -1; }},
        {"cofundingRatioBp", [](Agreement &a) { a.cofundingRatioBp = 100001; }},
        {"decided[0].year", [](Agreement &a) { a.decidedOre.insert(1800, 5); }},
        {"decided[0].amountOre", [](Agreement &a) { a.decidedOre.insert(2025, -5); }},
        {"indexation[0].year", [](Agreement &a) { a.plkBp.insert(2300, 100); }},
        {"indexation[0].plkBp", [](Agreement &a) { a.plkBp.insert(2025, 10001); }},
        {"commitments[1].party", [](Agreement &a) { a.commitments.append(a.commitments.first()); }},
        {"commitments[0].yearlyOre", [](Agreement &a) { a.commitments.first().yearlyOre = -1; }},
        {"obligations[0].title", [](Agreement &a) { a.obligations.first().title.clear(); }},
        {"obligations[0].fulfilled", [](Agreement &a) { a.obligations.first().years.insert(3000, {}); }},
    };
    for (const Case &c : cases) {
        Agreement a = valid();
        c.breakIt(a);
        const QList<Violation> found = validate(a);
        INFO(c.path);
        REQUIRE(found.size() == 1);
        CHECK(found.first().path == QLatin1String(c.path));
        CHECK_FALSE(found.first().message.isEmpty());
    }
}

TEST_CASE("the bounds of the agreement rules are allowed", "[domain][rules]")
{
    Agreement a = valid();
    a.firstYear = kFirstYear;
    a.lastYear = kLastYear;
    a.cofundingRatioBp = 100000;
    a.plkBp = {{2025, -10000}, {2026, 10000}};
    a.decidedOre = {{2025, 0}};
    CHECK(validate(a).isEmpty());
    a.cofundingRatioBp = -1;
    a.plkBp.insert(2027, -10001);
    CHECK(pathsOf(validate(a)) == QStringList{QStringLiteral("cofundingRatioBp"), QStringLiteral("indexation[2].plkBp")});
}

TEST_CASE("memberships of one municipality overlap when they share a year", "[domain][rules]")
{
    const Membership early{QStringLiteral("Askersunds kommun"), 2020, 2024};
    CHECK(early.overlaps({QStringLiteral("Askersunds kommun"), 2024, 2026}));
    CHECK(early.overlaps({QStringLiteral("Askersunds kommun"), 2021, 2022}));
    CHECK_FALSE(early.overlaps({QStringLiteral("Askersunds kommun"), 2025, 2026}));
    CHECK_FALSE(early.overlaps({QStringLiteral("Laxå kommun"), 2020, 2024}));
}
