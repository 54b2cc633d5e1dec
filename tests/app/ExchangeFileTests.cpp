// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/demo/DemoData.h"
#include "app/exchange/ExchangeFile.h"
#include "storage/Database.h"
#include "storage/dataset/DatasetStore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace fhb;

namespace {

// One of everything, with the awkward cases: quotes, backslashes, newlines, tabs, an emoji
// (a surrogate pair), a control character, an unknown decision date, from-base indexation.
Dataset awkwardDataset()
{
    Dataset d;
    d.parties << Party{0, QStringLiteral("Region \"Test\" län"), PartyKind::Funder, {}};
    d.parties << Party{0, QStringLiteral("Åby kommun"), PartyKind::Municipality, {}};
    d.parties << Party{0, QStringLiteral("Östra delen"), PartyKind::CountyPart,
                       {Membership{QStringLiteral("Åby kommun"), 2020, 2025}}};
    Agreement a;
    a.name = QStringLiteral("Avtal\\1");
    a.funder = d.parties[0].name;
    a.counterparty = QStringLiteral("Östra delen");
    a.firstYear = 2020;
    a.lastYear = 2025;
    a.baseCompensationOre = 139303850;
    a.decidedOre.insert(2022, 100);
    a.indexationMode = IndexationMode::FromBase;
    a.cofundingRatioBp = 7550;
    a.plkBp.insert(2021, 310);
    a.plkBp.insert(2023, -50);
    a.commitments << MemberCommitment{QStringLiteral("Åby kommun"), 14500000};
    Obligation o{QStringLiteral("Rad ett\nrad två\ttab"), {}};
    o.years.insert(2020, ObligationYear{true, QStringLiteral("klart 😀")});
    o.years.insert(2021, ObligationYear{false, QString()});
    o.years.insert(2022, ObligationYear{false, QStringLiteral("inte än")});
    a.obligations << o;
    a.decision = Decision{QStringLiteral("Regionstyrelsen"), QDate(), QStringLiteral("RS § 12")};
    a.notes = QString(QStringLiteral("styr") + QChar(0x01) + QStringLiteral("tecken"));
    d.agreements << a;
    AnnualReport r = AnnualReport::forYear(QStringLiteral("Åby kommun"), 2021);
    r.status = ReportStatus::Submitted;
    r.expenses << ExpenseLine{0, QStringLiteral("Lönekostnader"), 1, QStringLiteral("fot\"not")};
    r.expenses << ExpenseLine{0, QStringLiteral("Övrigt"), 0, QString()};
    r.revenues << RevenueLine{0, RevenueKind::Other, QStringLiteral("Statsbidrag"), 9007199254740992LL, QStringLiteral("not")};
    r.events << QStringLiteral("Ett") << QStringLiteral("Två");
    r.signature = Signature{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    d.reports << r;
    return d;
}

QByteArray demoJson()
{
    const Result<Dataset> demo = app::demoDataset();
    REQUIRE(demo.ok());
    return app::exchangeToJson(demo.value());
}

// Replaces the first occurrence of `from` in the demo file, for a table of broken files.
QByteArray brokenDemo(const char *from, const char *to)
{
    QByteArray json = demoJson();
    const qsizetype at = json.indexOf(from);
    REQUIRE(at >= 0);
    return json.replace(at, qsizetype(qstrlen(from)), to);
}

} // namespace

TEST_CASE("an exchange file written and read back gives the same dataset and bytes", "[exchange]")
{
    const Dataset original = awkwardDataset();
    const QByteArray json = app::exchangeToJson(original);
    const Result<Dataset> back = app::exchangeFromJson(json);
    REQUIRE(back.ok());
    REQUIRE(back->parties.size() == 3);
    CHECK(back->parties[2].sameContent(original.parties[2]));
    REQUIRE(back->agreements.size() == 1);
    CHECK(back->agreements[0].sameContent(original.agreements[0]));
    CHECK(back->agreements[0].obligations == original.agreements[0].obligations);
    CHECK(back->agreements[0].notes == original.agreements[0].notes);
    CHECK_FALSE(back->agreements[0].decision.date.isValid());
    REQUIRE(back->reports.size() == 1);
    CHECK(back->reports[0].sameContent(original.reports[0]));
    CHECK(back->reports[0].revenues[0].note == QStringLiteral("not"));
    CHECK(app::exchangeToJson(back.value()) == json);
}

TEST_CASE("the exchange file is valid JSON with format and version first", "[exchange]")
{
    const QByteArray json = demoJson();
    CHECK(json.startsWith("{\n  \"format\": \"folkhalsobok-exchange\",\n  \"version\": 1,\n"));
    CHECK(json.contains("\"amountOre\": 343400000"));
    CHECK(json.contains("Örebro kommun"));
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    CHECK(error.error == QJsonParseError::NoError);
}

TEST_CASE("a broken exchange file is refused with the JSON path of the first error", "[exchange]")
{
    struct Case {
        const char *from;
        const char *to;
        const char *expected;
    };
    const Case cases[] = {
        {"\"folkhalsobok-exchange\"", "\"annat-format\"", "format: "},
        {"\"version\": 1", "\"version\": 2", "version: version 2 stöds inte"},
        {"\"amountOre\": 343400000", "\"amountOre\": \"100\"", "reports[0].expenses[0].amountOre: ska vara ett heltal"},
        {"\"amountOre\": 15400000", "\"amountOre\": 1.5", "reports[0].expenses[1].amountOre: ska vara ett heltal (fick 1.5)"},
        {"\"amountOre\": 4900000", "\"amountOre\": -1", "reports[0].expenses[2].amountOre: får inte vara negativt"},
        {"\"amountOre\": 4900000", "\"amountOre\": 9007199254740994", "reports[0].expenses[2].amountOre: är för stort"},
        {"\"kind\": \"funder\"", "\"kind\": \"region\"", "parties[0].kind: okänt värde \"region\"; tillåtna värden: funder, municipality, county-part, organisation"},
        {"\"kind\": \"regional-compensation\"", "\"kind\": \"grant\"", "reports[0].revenues[0].kind: okänt värde \"grant\"; tillåtna värden: regional-compensation, other"},
        {"\"status\": \"draft\"", "\"status\": \"done\"", "reports[0].status: okänt värde \"done\"; tillåtna värden: draft, submitted, approved"},
        {"\"periodStart\": \"2023-01-01\"", "\"periodStart\": \"2023-13-01\"", "reports[0].periodStart: ska vara ett datum"},
        {"\"category\": \"Övrigt\"", "\"kategori\": \"Övrigt\"", "reports[0].expenses[2].kategori: okänt fält"},
        {"\"party\": \"Örebro kommun\"", "\"party\": 7", "reports[0].party: ska vara en text"},
        {"\"firstYear\": 2018", "\"firstYear\": 2024", "agreements[0].lastYear: får inte vara före firstYear"},
        {"\"name\": \"Nora kommun\"", "\"name\": \"Kumla kommun\"", "parties[7].name: Namnet finns redan i parties[4]"},
        {"\"indexationMode\": \"chained\"", "\"indexationMode\": \"compound\"", "agreements[0].indexationMode: okänt värde \"compound\"; tillåtna värden: chained, from-base"},
    };
    for (const Case &c : cases) {
        INFO(c.to);
        const Result<Dataset> result = app::exchangeFromJson(brokenDemo(c.from, c.to));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().startsWith(QString::fromUtf8(c.expected)));
    }
}

TEST_CASE("a missing required field is named by its path", "[exchange]")
{
    const Result<Dataset> result = app::exchangeFromJson(brokenDemo("\"year\": 2023,", ""));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == QStringLiteral("agreements[0].decided[0].year: fältet saknas"));
}

TEST_CASE("a JSON syntax error gives its line and column", "[exchange]")
{
    const QByteArray json = "{\n  \"format\": \"folkhalsobok-exchange\",\n  \"version\": 1 x\n}\n";
    const Result<Dataset> result = app::exchangeFromJson(json);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().startsWith(QStringLiteral("rad 3, kolumn ")));
    const Result<Dataset> array = app::exchangeFromJson("[1, 2]");
    REQUIRE_FALSE(array.ok());
    CHECK(array.error().contains(QStringLiteral("JSON-objekt")));
}

TEST_CASE("integral amounts written as JSON doubles are accepted", "[exchange]")
{
    const Result<Dataset> result = app::exchangeFromJson(brokenDemo("\"amountOre\": 4900000", "\"amountOre\": 4.9e6"));
    REQUIRE(result.ok());
    CHECK(result->reports[0].expenses[2].amountOre == 4900000);
}

TEST_CASE("the demo dataset survives export and import into an empty database byte for byte", "[exchange][storage]")
{
    test::Scratch scratch;
    storage::OpenOptions create;
    create.create = true;
    storage::OpenError error;
    auto first = storage::Database::open(scratch.path(QStringLiteral("a.db")), create, &error);
    REQUIRE(first);
    REQUIRE(app::loadDemoData(*first).ok());
    const Result<Dataset> loaded = storage::DatasetStore(*first).load();
    REQUIRE(loaded.ok());
    const QByteArray exported = app::exchangeToJson(loaded.value());

    auto second = storage::Database::open(scratch.path(QStringLiteral("b.db")), create, &error);
    REQUIRE(second);
    const Result<Dataset> parsed = app::exchangeFromJson(exported);
    REQUIRE(parsed.ok());
    storage::DatasetStore store(*second);
    const Result<storage::ImportSummary> summary = store.import(parsed.value());
    REQUIRE(summary.ok());
    const Result<Dataset> reloaded = store.load();
    REQUIRE(reloaded.ok());
    CHECK(app::exchangeToJson(reloaded.value()) == exported);
}

TEST_CASE("a file naming an unknown party changes nothing in the database", "[exchange][storage]")
{
    test::Scratch scratch;
    storage::OpenOptions create;
    create.create = true;
    storage::OpenError error;
    auto db = storage::Database::open(scratch.path(QStringLiteral("a.db")), create, &error);
    REQUIRE(db);
    REQUIRE(app::loadDemoData(*db).ok());
    storage::DatasetStore store(*db);
    const QByteArray before = app::exchangeToJson(store.load().value());

    const Result<Dataset> parsed = app::exchangeFromJson(brokenDemo("\"party\": \"Örebro kommun\",\n      \"year\"",
                                                                    "\"party\": \"Ingenstans kommun\",\n      \"year\""));
    REQUIRE(parsed.ok());
    Dataset extra = parsed.value();
    extra.reports[0].year = 2022;
    const Result<storage::ImportSummary> summary = store.import(extra);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().startsWith(QStringLiteral("reports[0].party")));
    CHECK(app::exchangeToJson(store.load().value()) == before);
}
