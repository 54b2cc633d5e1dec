// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/Checks.h"
#include "domain/CofundingBalance.h"

using namespace fhb;

namespace {

const QString kRegion = QStringLiteral("Region Örebro län");
const QString kOrebro = QStringLiteral("Örebro kommun");
const QString kSydnarke = QStringLiteral("Sydnärke");
const QString kAskersund = QStringLiteral("Askersunds kommun");
const QString kKumla = QStringLiteral("Kumla kommun");

AnnualReport report(const QString &party, int year, Ore expenses, Ore compensation)
{
    AnnualReport r = AnnualReport::forYear(party, year);
    r.expenses.append({0, QStringLiteral("Lönekostnader"), expenses, {}});
    r.revenues.append({0, RevenueKind::RegionalCompensation, QStringLiteral("Ersättning Region Örebro län"), compensation, {}});
    return r;
}

/// Seed 000 as figures: Örebro kommun 2023.
AnnualReport orebro2023()
{
    AnnualReport r = AnnualReport::forYear(kOrebro, 2023);
    r.expenses = {{0, QStringLiteral("Lönekostnader"), 343400000, QStringLiteral("Lönekostnader folkhälsostrateger inkl. samordning psykisk hälsa")},
                  {0, QStringLiteral("Folkhälsoinsatser"), 15400000, QStringLiteral("Ex Rörelsenätverk, material motorikprojekt")},
                  {0, QStringLiteral("Övrigt"), 4900000, QStringLiteral("Konferens, nätverksarbete, kompetensutveckling, mötesomkostnader")}};
    r.revenues = {{0, RevenueKind::RegionalCompensation, QStringLiteral("Ersättning Region Örebro län"), 100500000, {}}};
    r.events = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    r.staffResources = {QStringLiteral("e")};
    r.signature = {QStringLiteral("Malin Lindqvist"), QStringLiteral("hållbarhetschef"),
                   QStringLiteral("Lisen Tang Kempe"), QStringLiteral("folkhälsostrateg")};
    return r;
}

Dataset county()
{
    Dataset d;
    d.parties = {{0, kRegion, PartyKind::Funder, {}},
                 {0, kOrebro, PartyKind::Municipality, {}},
                 {0, kAskersund, PartyKind::Municipality, {}},
                 {0, kKumla, PartyKind::Municipality, {}},
                 {0, kSydnarke, PartyKind::CountyPart, {{kAskersund, 2024, 2029}, {kKumla, 2026, 2029}}}};
    Agreement orebro;
    orebro.name = QStringLiteral("Överenskommelse Örebro kommun 2018–2023");
    orebro.funder = kRegion;
    orebro.counterparty = kOrebro;
    orebro.firstYear = 2018;
    orebro.lastYear = 2023;
    orebro.decidedOre.insert(2023, 100500000);
    Agreement sydnarke;
    sydnarke.name = QStringLiteral("Överenskommelse Sydnärke 2024–2029");
    sydnarke.funder = kRegion;
    sydnarke.counterparty = kSydnarke;
    sydnarke.firstYear = 2024;
    sydnarke.lastYear = 2029;
    sydnarke.baseCompensationOre = 139303800;
    sydnarke.plkBp.insert(2025, 310);
    sydnarke.commitments = {{kAskersund, 14500000}, {kKumla, 30000000}};
    d.agreements = {sydnarke, orebro};
    d.reports = {orebro2023()};
    return d;
}

const BalanceRow *find(const QList<BalanceRow> &rows, const QString &party, int year, bool member)
{
    for (const BalanceRow &row : rows)
        if (row.party == party && row.year == year && row.isMemberRow == member)
            return &row;
    return nullptr;
}

} // namespace

TEST_CASE("Örebro 2023 from seed 000 adds up to a contribution of 2 632 000 kr", "[domain][report]")
{
    const AnnualReport r = orebro2023();
    CHECK(r.totalExpensesOre() == 363700000);
    CHECK(r.totalRevenuesOre() == 100500000);
    CHECK(r.contributionOre() == 263200000);
    CHECK(r.regionalCompensationOre() == 100500000);
}

TEST_CASE("Örebro 2023 meets the co-funding requirement by 1 627 000 kr", "[domain][balance]")
{
    const QList<BalanceRow> rows = computeBalances(county(), {2023, std::nullopt});
    REQUIRE(rows.size() == 1);
    const BalanceRow &row = rows.front();
    CHECK(row.party == kOrebro);
    CHECK(row.compensationOre == 100500000);
    CHECK(row.requiredOre == 100500000);
    CHECK(row.contributionOre == 263200000);
    CHECK(row.balanceOre == 162700000);
    CHECK(row.status == BalanceStatus::Ok);
    CHECK_FALSE(row.preliminary);
    CHECK(row.reportStatuses == QList<ReportStatus>{ReportStatus::Draft});
    CHECK(*cofundingRatioHundredths(row.contributionOre, row.compensationOre) == 262);
}

TEST_CASE("years of an agreement with unknown compensation are not listed", "[domain][balance]")
{
    const QList<BalanceRow> rows = computeBalances(county(), {std::nullopt, QStringLiteral("Överenskommelse Örebro kommun 2018–2023")});
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().year == 2023);
}

TEST_CASE("a county part counts its members' reports and compares each member with its commitment", "[domain][balance]")
{
    Dataset d = county();
    d.reports.append(report(kSydnarke, 2024, 120000000, 139303800));  // contribution −19 303,80 kr
    d.reports.append(report(kAskersund, 2024, 16000000, 0));          // 160 000 kr
    d.reports.append(report(kKumla, 2024, 50000000, 0));              // not a member until 2026
    d.reports.append(report(kKumla, 2026, 25000000, 0));              // 250 000 kr < 300 000 committed

    const QList<BalanceRow> rows = computeBalances(d, {std::nullopt, QStringLiteral("Överenskommelse Sydnärke 2024–2029")});

    const BalanceRow *y2024 = find(rows, kSydnarke, 2024, false);
    REQUIRE(y2024);
    CHECK(y2024->contributionOre == -19303800 + 16000000);
    CHECK(y2024->requiredOre == 139303800);
    CHECK(y2024->status == BalanceStatus::Short);
    CHECK(y2024->balanceOre == -19303800 + 16000000 - 139303800);

    const BalanceRow *askersund2024 = find(rows, kAskersund, 2024, true);
    REQUIRE(askersund2024);
    CHECK(askersund2024->requiredOre == 14500000);
    CHECK(askersund2024->contributionOre == 16000000);
    CHECK(askersund2024->balanceOre == 1500000);
    CHECK(askersund2024->status == BalanceStatus::Ok);

    SECTION("a membership that starts mid-period counts only from its first year")
    {
        CHECK_FALSE(find(rows, kKumla, 2024, true));
        CHECK_FALSE(find(rows, kKumla, 2025, true));
        const BalanceRow *kumla2026 = find(rows, kKumla, 2026, true);
        REQUIRE(kumla2026);
        CHECK(kumla2026->status == BalanceStatus::Short);
        CHECK(kumla2026->balanceOre == -5000000);
        const BalanceRow *y2026 = find(rows, kSydnarke, 2026, false);
        REQUIRE(y2026);
        CHECK(y2026->contributionOre == 25000000);
        CHECK(y2026->preliminary);
        CHECK(y2026->requiredOre == 143622200);
    }

    SECTION("a year with no report at all is missing, with no contribution")
    {
        const BalanceRow *y2025 = find(rows, kSydnarke, 2025, false);
        REQUIRE(y2025);
        CHECK(y2025->status == BalanceStatus::MissingReport);
        CHECK(y2025->contributionOre == 0);
        CHECK(y2025->balanceOre == -143622200);
        const BalanceRow *askersund2025 = find(rows, kAskersund, 2025, true);
        REQUIRE(askersund2025);
        CHECK(askersund2025->status == BalanceStatus::MissingReport);
    }

    SECTION("rows come per year with the member rows after their agreement row")
    {
        REQUIRE(rows.size() == 6 + 6 + 4);
        CHECK(rows.at(0).party == kSydnarke);
        CHECK(rows.at(1).party == kAskersund);
        CHECK(rows.at(2).party == kSydnarke);
        CHECK(rows.at(2).year == 2025);
    }
}

TEST_CASE("a contribution exactly equal to the requirement meets it", "[domain][balance]")
{
    Dataset d = county();
    d.reports = {report(kOrebro, 2023, 201000000, 100500000)};
    const QList<BalanceRow> rows = computeBalances(d, {2023, std::nullopt});
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().balanceOre == 0);
    CHECK(rows.front().status == BalanceStatus::Ok);
}

TEST_CASE("the seed report has no completeness errors", "[domain][checks]")
{
    const Dataset d = county();
    const QList<Finding> findings = checks::forReport(d, d.reports.front());
    CHECK_FALSE(checks::hasErrors(findings));
    CHECK(findings.isEmpty());
}

TEST_CASE("an incomplete report lists what stops it from being submitted", "[domain][checks]")
{
    AnnualReport r = AnnualReport::forYear(kOrebro, 2023);
    r.periodEnd = QDate(2024, 1, 31);
    r.events = {QStringLiteral("en händelse")};
    const QList<Finding> findings = checks::completeness(r);
    QStringList codes;
    for (const Finding &f : findings)
        codes << f.code;
    CHECK(codes == QStringList{QStringLiteral("completeness.no-expenses"), QStringLiteral("completeness.period-outside-year"),
                               QStringLiteral("completeness.signature-missing"), QStringLiteral("completeness.few-events")});
    CHECK(findings.at(3).severity == Severity::Warning);
    CHECK(findings.at(0).severity == Severity::Error);
    CHECK(findings.at(0).field == QStringLiteral("expenses"));
    CHECK(findings.at(1).message.contains(QStringLiteral("2024-01-31")));
}

TEST_CASE("a reported compensation that differs from the agreement is a warning with both figures", "[domain][checks]")
{
    Dataset d = county();
    d.reports.front().revenues.front().amountOre = 100000000;
    const QList<Finding> findings = checks::compensationConsistency(d, d.reports.front());
    REQUIRE(findings.size() == 1);
    CHECK(findings.front().severity == Severity::Warning);
    CHECK(findings.front().code == QStringLiteral("consistency.compensation"));
    CHECK(test::plainSpaces(findings.front().message).contains(QStringLiteral("1 000 000 kr")));
    CHECK(test::plainSpaces(findings.front().message).contains(QStringLiteral("1 005 000 kr")));
}

TEST_CASE("co-funding findings name the shortfall and the missing reports", "[domain][checks]")
{
    Dataset d = county();
    d.reports = {report(kOrebro, 2023, 150000000, 100500000)}; // contribution 495 000 < 1 005 000
    const QList<Finding> findings = checks::cofunding(computeBalances(d));
    REQUIRE_FALSE(findings.isEmpty());
    CHECK(findings.front().code == QStringLiteral("cofunding.missing-report"));
    bool sawShort = false;
    for (const Finding &f : findings) {
        if (f.code == QStringLiteral("cofunding.short") && f.party == kOrebro) {
            sawShort = true;
            CHECK(test::plainSpaces(f.message).contains(QStringLiteral("510 000 kr")));
        }
    }
    CHECK(sawShort);
}

TEST_CASE("obligations not marked fulfilled for past years are warnings", "[domain][checks]")
{
    Agreement a = county().agreements.front();
    a.obligations = {{QStringLiteral("Delta i Liv och hälsa ung"), {{2024, {true, {}}}}}};
    const QList<Finding> findings = checks::obligations(a, 2026);
    REQUIRE(findings.size() == 1);
    CHECK(findings.front().year == 2025);
    CHECK(findings.front().code == QStringLiteral("obligations.not-fulfilled"));
}

TEST_CASE("the whole-database check names missing reports only for years that have ended", "[domain][checks]")
{
    const QList<Finding> findings = checks::all(county(), 2026);
    QList<int> missingYears;
    for (const Finding &f : findings)
        if (f.code == QStringLiteral("cofunding.missing-report") && f.party == kSydnarke)
            missingYears << f.year;
    CHECK(missingYears == QList<int>{2024, 2025});
}
