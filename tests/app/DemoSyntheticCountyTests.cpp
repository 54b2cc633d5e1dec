// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/exchange/ExchangeFile.h"
#include "app/demo/SyntheticCounty.h"
#include "domain/CofundingBalance.h"

#include <QElapsedTimer>
#include <QSet>

using namespace fhb;

namespace {

app::SyntheticCountyOptions options(int parties, int years, int lines)
{
    app::SyntheticCountyOptions o;
    o.parties = parties;
    o.years = years;
    o.lines = lines;
    return o;
}

} // namespace

TEST_CASE("the synthetic county gives the same dataset for the same seed", "[synthetic]")
{
    const Dataset a = app::SyntheticCounty(options(30, 5, 8)).generate();
    const Dataset b = app::SyntheticCounty(options(30, 5, 8)).generate();
    CHECK(app::exchangeToJson(a) == app::exchangeToJson(b));
    app::SyntheticCountyOptions other = options(30, 5, 8);
    other.seed = 7;
    CHECK(app::exchangeToJson(app::SyntheticCounty(other).generate()) != app::exchangeToJson(a));
}

TEST_CASE("the synthetic county has one agreement per counterparty and the asked number of lines", "[synthetic]")
{
    const Dataset data = app::SyntheticCounty(options(40, 6, 12)).generate();
    CHECK(data.agreements.size() == 40);
    QSet<QString> names;
    int countyParts = 0;
    int organisations = 0;
    for (const Party &p : data.parties) {
        names.insert(p.name);
        countyParts += p.kind == PartyKind::CountyPart ? 1 : 0;
        organisations += p.kind == PartyKind::Organisation ? 1 : 0;
        if (p.kind == PartyKind::CountyPart) {
            CHECK(p.members.size() >= 2);
            CHECK(p.members.size() <= 5);
        }
    }
    CHECK(names.size() == data.parties.size());
    CHECK(countyParts >= 1);
    CHECK(organisations >= 1);
    QSet<QString> counterparties;
    for (const Agreement &a : data.agreements) {
        counterparties.insert(a.counterparty);
        CHECK(a.lastYear - a.firstYear + 1 == 6);
        CHECK(a.baseCompensationOre.has_value());
        CHECK_FALSE(a.plkBp.contains(a.lastYear));
    }
    int reportsOfCounterparties = 0;
    for (const AnnualReport &r : data.reports) {
        if (!counterparties.contains(r.party))
            continue;
        ++reportsOfCounterparties;
        CHECK(r.expenses.size() == 12);
        CHECK(r.hasRegionalCompensationLine());
    }
    CHECK(reportsOfCounterparties <= 40 * 6);
    CHECK(reportsOfCounterparties > 40 * 6 * 8 / 10);
    CHECK(app::exchangeFromJson(app::exchangeToJson(data)).ok());
}

TEST_CASE("the synthetic county has parties that fall short and reports that are missing", "[synthetic]")
{
    const QList<BalanceRow> rows = computeBalances(app::SyntheticCounty(options(60, 6, 5)).generate());
    int ok = 0, shortRows = 0, missing = 0, preliminary = 0;
    for (const BalanceRow &row : rows) {
        ok += row.status == BalanceStatus::Ok ? 1 : 0;
        shortRows += row.status == BalanceStatus::Short ? 1 : 0;
        missing += row.status == BalanceStatus::MissingReport ? 1 : 0;
        preliminary += row.preliminary ? 1 : 0;
    }
    CHECK(ok > shortRows);
    CHECK(shortRows > 0);
    CHECK(missing > 0);
    CHECK(preliminary > 0);
}

TEST_CASE("a synthetic county of 290 parties over 10 years with 30 lines has an agreement per party", "[synthetic]")
{
    QElapsedTimer timer;
    timer.start();
    const Dataset data = app::SyntheticCounty(options(290, 10, 30)).generate();
    // Printed, not asserted: a timing depends on what else runs (tests/bench measures it).
    WARN("built in " << timer.elapsed() << " ms");
    CHECK(data.agreements.size() == 290);
    CHECK(data.reports.size() > 2900);
}

TEST_CASE("synthetic county options outside their ranges are refused", "[synthetic]")
{
    CHECK(app::SyntheticCounty::validate(options(290, 10, 30)).ok());
    CHECK_FALSE(app::SyntheticCounty::validate(options(0, 10, 30)).ok());
    CHECK_FALSE(app::SyntheticCounty::validate(options(5, 0, 30)).ok());
    CHECK_FALSE(app::SyntheticCounty::validate(options(5, 10, 501)).ok());
}
