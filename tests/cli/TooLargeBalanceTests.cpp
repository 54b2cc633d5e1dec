// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A balance row whose reports add up past the bound shows no figures anywhere (screen, CLI,
// exports), says why, and never meets the requirement (docs/cli.md, "balance").
#include "CliSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fhb;
using fhb::test::CliRun;
using fhb::test::Scratch;

namespace {

// A county part with `members` municipalities, each filing a report of the largest allowed
// total for 2024: every report is legal, their sum is not (more than 2^63 öre from 1 025 on).
QByteArray countyOfGiants(int members)
{
    QJsonArray parties{QJsonObject{{QStringLiteral("name"), QStringLiteral("Region Jätte")},
                                   {QStringLiteral("kind"), QStringLiteral("funder")}}};
    QJsonArray memberList;
    QJsonArray reports;
    for (int i = 0; i < members; ++i) {
        const QString name = QStringLiteral("Jättekommun %1").arg(i + 1);
        parties.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("municipality")}});
        memberList.append(QJsonObject{{QStringLiteral("party"), name},
                                      {QStringLiteral("fromYear"), 2024},
                                      {QStringLiteral("toYear"), 2024}});
        reports.append(QJsonObject{
            {QStringLiteral("party"), name},
            {QStringLiteral("year"), 2024},
            {QStringLiteral("expenses"),
             QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("Lönekostnader")},
                                    {QStringLiteral("amountOre"), 9007199254740992.0}}}}});
    }
    parties.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Jättedelen")},
                               {QStringLiteral("kind"), QStringLiteral("county-part")},
                               {QStringLiteral("members"), memberList}});
    const QJsonObject agreement{{QStringLiteral("name"), QStringLiteral("Jätteavtalet")},
                                {QStringLiteral("funder"), QStringLiteral("Region Jätte")},
                                {QStringLiteral("counterparty"), QStringLiteral("Jättedelen")},
                                {QStringLiteral("firstYear"), 2024},
                                {QStringLiteral("lastYear"), 2024},
                                {QStringLiteral("baseCompensationOre"), 100000000}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("folkhalsobok-exchange")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("parties"), parties},
                                     {QStringLiteral("agreements"), QJsonArray{agreement}},
                                     {QStringLiteral("reports"), reports}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("a county part whose members' reports add up past the bound shows no figures in balance", "[cli][input]")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("jatte.db"));
    const QString file = scratch.path(QStringLiteral("jatte.json"));
    test::writeFile(file, countyOfGiants(1030));
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);
    const CliRun imported = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);

    const CliRun text = test::runCli({QStringLiteral("--db"), db, QStringLiteral("balance")});
    CHECK(text.code == 0);
    CHECK(text.text.contains(QStringLiteral("Beloppen är för stora")));
    CHECK_FALSE(text.text.contains(QStringLiteral("Under kravet")));
    CHECK_FALSE(text.text.contains(QStringLiteral("Uppfyller kravet")));

    const CliRun json = test::runCli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
    REQUIRE(json.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.first().toObject();
    CHECK(row.value(QStringLiteral("status")).toString() == QStringLiteral("too-large"));
    CHECK(row.value(QStringLiteral("contributionOre")).isNull());
    CHECK(row.value(QStringLiteral("balanceOre")).isNull());

    const CliRun csv = test::runCli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--format"),
                                     QStringLiteral("csv")});
    CHECK(csv.text.contains(QStringLiteral(";;nej;Beloppen är för stora")));

    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--strict")}).code == 1);
    const CliRun check = test::runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.code == 1);
    CHECK(check.text.contains(QStringLiteral("för stora")));
}
