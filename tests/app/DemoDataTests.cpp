// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/demo/DemoData.h"
#include "app/exchange/ExchangeFile.h"
#include "domain/CofundingBalance.h"
#include "domain/CompensationSchedule.h"
#include "storage/Database.h"
#include "storage/dataset/DatasetStore.h"

#include <QFile>

using namespace fhb;

namespace {

Dataset demo()
{
    const Result<Dataset> data = app::demoDataset();
    REQUIRE(data.ok());
    return data.value();
}

} // namespace

TEST_CASE("the demo report of Örebro kommun 2023 has the seed document's figures", "[demo]")
{
    const Dataset data = demo();
    const AnnualReport *report = data.report(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(report);
    CHECK(report->totalExpensesOre() == 363700000);
    CHECK(report->totalRevenuesOre() == 100500000);
    CHECK(report->contributionOre() == 263200000);
    CHECK(report->periodStart == QDate(2023, 1, 1));
    CHECK(report->periodEnd == QDate(2023, 12, 31));
    CHECK(report->status == ReportStatus::Draft);
    REQUIRE(report->expenses.size() == 3);
    CHECK(report->expenses[0].category == QStringLiteral("Lönekostnader"));
    CHECK(report->expenses[0].amountOre == 343400000);
    CHECK(report->expenses[0].footnote == QStringLiteral("Lönekostnader folkhälsostrateger inkl. samordning psykisk hälsa"));
    CHECK(report->expenses[1].category == QStringLiteral("Folkhälsoinsatser"));
    CHECK(report->expenses[1].amountOre == 15400000);
    CHECK(report->expenses[1].footnote == QStringLiteral("Ex Rörelsenätverk, material motorikprojekt"));
    CHECK(report->expenses[2].category == QStringLiteral("Övrigt"));
    CHECK(report->expenses[2].amountOre == 4900000);
    CHECK(report->expenses[2].footnote == QStringLiteral("Konferens, nätverksarbete, kompetensutveckling, mötesomkostnader"));
    REQUIRE(report->revenues.size() == 1);
    CHECK(report->revenues[0].kind == RevenueKind::RegionalCompensation);
    CHECK(report->revenues[0].source == QStringLiteral("Ersättning Region Örebro län"));
}

TEST_CASE("the demo report keeps the seed's four events and two staff paragraphs whole", "[demo]")
{
    const Dataset data = demo();
    const AnnualReport *report = data.report(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(report);
    REQUIRE(report->events.size() == 4);
    CHECK(report->events[0].startsWith(QStringLiteral("Under 2023 etablerades en portfölj för social hållbarhet")));
    CHECK(report->events[1].endsWith(QStringLiteral("men det saknas samverkansstruktur.")));
    CHECK(report->events[2].contains(QStringLiteral(
        "samverkan har skett kring lägesbilder utifrån relevanta befolkningsdata inom livsvillkor, risk- och "
        "skyddsfaktorer för hälsa och välbefinnande. En ökad dialog")));
    CHECK(report->events[3].endsWith(QStringLiteral("otillräcklig förankring innan beslut om genomförande.")));
    REQUIRE(report->staffResources.size() == 2);
    CHECK(report->staffResources[0].contains(QStringLiteral("både personal- och verksamhetsansvar")));
    CHECK(report->staffResources[1].endsWith(QStringLiteral("ny finansiering av samordningstjänst psykisk hälsa.")));
    const QStringList paragraphs = report->events + report->staffResources;
    for (const QString &paragraph : paragraphs) {
        CHECK_FALSE(paragraph.contains(u'\n'));
        CHECK_FALSE(paragraph.contains(QStringLiteral("  ")));
        CHECK_FALSE(paragraph.startsWith(u'-'));
    }
    CHECK(report->signature == Signature{QStringLiteral("Malin Lindqvist"), QStringLiteral("hållbarhetschef"),
                                         QStringLiteral("Lisen Tang Kempe"), QStringLiteral("folkhälsostrateg")});
}

TEST_CASE("the demo parties are Örebro län's funder twelve municipalities county parts and organisations", "[demo]")
{
    const Dataset data = demo();
    int municipalities = 0;
    for (const Party &p : data.parties)
        municipalities += p.kind == PartyKind::Municipality ? 1 : 0;
    CHECK(municipalities == 12);
    REQUIRE(data.party(QStringLiteral("Region Örebro län")));
    CHECK(data.party(QStringLiteral("Region Örebro län"))->kind == PartyKind::Funder);
    const Party *sydnarke = data.party(QStringLiteral("Sydnärke"));
    REQUIRE(sydnarke);
    QStringList members;
    for (const Membership &m : sydnarke->members)
        members << m.party;
    CHECK(members == QStringList{QStringLiteral("Askersunds kommun"), QStringLiteral("Hallsbergs kommun"),
                                 QStringLiteral("Kumla kommun"), QStringLiteral("Laxå kommun"),
                                 QStringLiteral("Lekebergs kommun")});
    CHECK(data.party(QStringLiteral("Norra länsdelen"))->members.size() == 4);
    CHECK(data.party(QStringLiteral("Västra länsdelen"))->members.size() == 2);
    CHECK(data.countyPartsOf(QStringLiteral("Örebro kommun"), 2024).isEmpty());
    CHECK(data.party(QStringLiteral("RF-SISU Örebro län"))->kind == PartyKind::Organisation);
    CHECK(data.party(QStringLiteral("Örebro läns bildningsförbund"))->kind == PartyKind::Organisation);
}

TEST_CASE("the demo Sydnärke agreement schedules 1 393 038 kr for 2024 and stays preliminary after", "[demo]")
{
    const Dataset data = demo();
    const Agreement *agreement = data.agreement(QStringLiteral("Överenskommelse Sydnärke 2024–2029"));
    REQUIRE(agreement);
    CHECK(agreement->cofundingRatioBp == 10000);
    CHECK(agreement->commitmentOf(QStringLiteral("Askersunds kommun")) == std::optional<Ore>(14500000));
    REQUIRE(agreement->obligations.size() == 2);
    CHECK(agreement->obligations[0].title == QStringLiteral("Delta i befolkningsundersökningen Liv och hälsa ung"));
    CHECK(agreement->decision.body == QStringLiteral("Askersunds kommunstyrelse"));
    CHECK_FALSE(agreement->decision.date.isValid());
    const CompensationSchedule schedule(*agreement);
    CHECK(schedule.year(2024).ore == std::optional<Ore>(139303800));
    CHECK_FALSE(schedule.year(2024).preliminary);
    CHECK(schedule.year(2026).preliminary);
}

TEST_CASE("the embedded demo file is already in the exporter's canonical form", "[demo]")
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(app::exchangeToJson(demo()) == file.readAll());
    CHECK(test::readFile(QStringLiteral(FHB_SOURCE_DIR "/resources/demo/demo.json")) == app::exchangeToJson(demo()));
}

TEST_CASE("loading the demo data gives Örebro kommun a 2023 balance of 1 627 000 kr", "[demo][storage]")
{
    test::Scratch scratch;
    storage::OpenOptions create;
    create.create = true;
    storage::OpenError error;
    auto db = storage::Database::open(scratch.path(QStringLiteral("demo.db")), create, &error);
    REQUIRE(db);
    REQUIRE(app::loadDemoData(*db).ok());
    const Result<Dataset> data = storage::DatasetStore(*db).load();
    REQUIRE(data.ok());
    BalanceFilter filter;
    filter.year = 2023;
    const QList<BalanceRow> rows = computeBalances(data.value(), filter);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].party == QStringLiteral("Örebro kommun"));
    CHECK(rows[0].compensationOre == 100500000);
    CHECK(rows[0].requiredOre == 100500000);
    CHECK(rows[0].contributionOre == 263200000);
    CHECK(rows[0].balanceOre == 162700000);
    CHECK(rows[0].status == BalanceStatus::Ok);
}
