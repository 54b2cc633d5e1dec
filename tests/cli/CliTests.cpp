// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

using Run = fhb::test::CliRun;

Run cli(const QStringList &arguments) { return fhb::test::runCli(arguments); }

QString demoDb(const fhb::test::Scratch &scratch)
{
    const QString db = scratch.path(QStringLiteral("demo.db"));
    const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    return db;
}

// A municipality whose 2023 contribution (200 000 kr) is short of the 1 000 000 kr required.
const char kShortFile[] = R"({
  "format": "folkhalsobok-exchange", "version": 1,
  "parties": [{"name": "Region Test", "kind": "funder"}, {"name": "Testby kommun", "kind": "municipality"}],
  "agreements": [{"name": "Avtal Testby", "funder": "Region Test", "counterparty": "Testby kommun",
                  "firstYear": 2023, "lastYear": 2023, "decided": [{"year": 2023, "amountOre": 100000000}]}],
  "reports": [{"party": "Testby kommun", "year": 2023, "status": "submitted",
               "expenses": [{"category": "Lönekostnader", "amountOre": 120000000}],
               "revenues": [{"kind": "regional-compensation", "source": "Ersättning", "amountOre": 100000000}]}]
})";

} // namespace

TEST_CASE("cli init with demo data shows Örebro kommun meeting its 2023 requirement", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--year"), QStringLiteral("2023")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.text.contains(QStringLiteral("Örebro kommun")));
    CHECK(run.text.contains(QStringLiteral("2 632 000")));
    CHECK(run.text.contains(QStringLiteral("1 005 000")));
    CHECK(run.text.contains(QStringLiteral("+1 627 000")));
    CHECK(run.text.contains(QStringLiteral("Uppfyller kravet")));
    CHECK(QString::fromUtf8(run.out).contains(QChar(0x00A0)));
}

TEST_CASE("cli balance as JSON gives the rows of the exchange contract in öre", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--year"), QStringLiteral("2023"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.at(0).toObject();
    CHECK(row.value(QStringLiteral("party")).toString() == QStringLiteral("Örebro kommun"));
    CHECK(row.value(QStringLiteral("counterparty")).toString() == QStringLiteral("Örebro kommun"));
    CHECK(row.value(QStringLiteral("agreement")).toString() == QStringLiteral("Överenskommelse Örebro kommun 2018–2023"));
    CHECK(row.value(QStringLiteral("year")).toInteger() == 2023);
    CHECK(row.value(QStringLiteral("compensationOre")).toInteger() == 100500000);
    CHECK(row.value(QStringLiteral("requiredOre")).toInteger() == 100500000);
    CHECK(row.value(QStringLiteral("contributionOre")).toInteger() == 263200000);
    CHECK(row.value(QStringLiteral("balanceOre")).toInteger() == 162700000);
    CHECK(row.value(QStringLiteral("preliminary")).toBool() == false);
    CHECK(row.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(row.keys().size() == 10);
}

TEST_CASE("cli balance as CSV has a BOM a header and Swedish decimal cells", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const QString csv = scratch.path(QStringLiteral("saldo.csv"));
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("-o"), csv});
    REQUIRE(run.code == 0);
    const QByteArray bytes = fhb::test::readFile(csv);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.value(0).startsWith(QStringLiteral("Överenskommelse;Motpart;Part;År;Ersättning;Krav;Insats;Saldo;Preliminär;Status")));
    CHECK(lines.contains(QStringLiteral("Överenskommelse Örebro kommun 2018–2023;Örebro kommun;Örebro kommun;2023;"
                                        "1005000;1005000;2632000;1627000;nej;Uppfyller kravet")));
    CHECK(lines.contains(QStringLiteral("Överenskommelse Sydnärke 2024–2029;Sydnärke;Sydnärke;2024;"
                                        "1393038;1393038;0;-1393038;nej;Rapport saknas")));
}

TEST_CASE("cli balance strict exits 1 for a short or missing row and 0 when all is met", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--year"), QStringLiteral("2023"),
               QStringLiteral("--strict")}).code == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--year"), QStringLiteral("2024"),
               QStringLiteral("--strict")}).code == 1);

    const QString shortDb = scratch.path(QStringLiteral("short.db"));
    REQUIRE(cli({QStringLiteral("--db"), shortDb, QStringLiteral("init")}).code == 0);
    fhb::test::writeFile(scratch.path(QStringLiteral("short.json")), QByteArray(kShortFile));
    const Run imported = cli({QStringLiteral("--db"), shortDb, QStringLiteral("import"), scratch.path(QStringLiteral("short.json"))});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const Run strict = cli({QStringLiteral("--db"), shortDb, QStringLiteral("balance"), QStringLiteral("--strict")});
    CHECK(strict.code == 1);
    CHECK(strict.text.contains(QStringLiteral("Under kravet")));
    CHECK(strict.text.contains(QStringLiteral("-800 000")));
}

TEST_CASE("cli usage errors and bad files exit 2 with a Swedish message", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const QString dbArg = QStringLiteral("--db");
    Run run = cli({dbArg, db, QStringLiteral("frobnicate")});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("Okänt kommando")));
    CHECK(cli({dbArg, db, QStringLiteral("balance"), QStringLiteral("--bogus")}).code == 2);
    CHECK(cli({dbArg, db, QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("xlsx")}).code == 2);
    CHECK(cli({dbArg, db, QStringLiteral("balance"), QStringLiteral("--year"), QStringLiteral("tjugo")}).code == 2);
    CHECK(cli({dbArg, db, QStringLiteral("init"), QStringLiteral("--replace")}).code == 2);
    CHECK(cli({QStringLiteral("balance")}).code == 2);
    run = cli({dbArg, db, QStringLiteral("init")});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("finns redan")));

    const QString bad = scratch.path(QStringLiteral("bad.json"));
    fhb::test::writeFile(bad, QByteArray(kShortFile).replace("\"amountOre\": 120000000", "\"amountOre\": \"100\""));
    run = cli({dbArg, db, QStringLiteral("import"), bad});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("reports[0].expenses[0].amountOre: ska vara ett heltal")));
    fhb::test::writeFile(bad, QByteArray("{\"format\": "));
    run = cli({dbArg, db, QStringLiteral("import"), bad});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("rad 1, kolumn")));
}

TEST_CASE("cli help lists every command", "[cli]")
{
    const Run run = cli({QStringLiteral("--help")});
    CHECK(run.code == 0);
    for (const char *command : {"init", "import", "export", "balance", "check", "backup", "generate"})
        CHECK(run.text.contains(QString(QStringLiteral("  ") + QLatin1String(command))));
    CHECK(run.text.contains(QStringLiteral("--format text|csv|json|xlsx")));
}

TEST_CASE("cli refuses a file that is not a database or has a newer schema with exit 3", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString junk = scratch.path(QStringLiteral("junk.db"));
    fhb::test::writeFile(junk, QByteArray("det här är ingen databas, bara text").repeated(200));
    const Run run = cli({QStringLiteral("--db"), junk, QStringLiteral("balance")});
    CHECK(run.code == 3);
    CHECK_FALSE(run.err.isEmpty());
    CHECK(cli({QStringLiteral("--db"), scratch.path(QStringLiteral("saknas.db")), QStringLiteral("check")}).code == 3);

    // PRAGMA user_version lives at byte 60 of an SQLite file, big-endian.
    const QString newer = demoDb(scratch);
    QByteArray bytes = fhb::test::readFile(newer);
    REQUIRE(bytes.size() > 100);
    bytes[60] = 0;
    bytes[61] = 0;
    bytes[62] = 0x7f;
    bytes[63] = 0;
    fhb::test::writeFile(newer, bytes);
    const Run refused = cli({QStringLiteral("--db"), newer, QStringLiteral("balance")});
    CHECK(refused.code == 3);
    CHECK(fhb::test::readFile(newer) == bytes);
}

TEST_CASE("cli export and import round trip through an empty database gives the same file", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const QString first = scratch.path(QStringLiteral("first.json"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), first}).code == 0);
    const QString empty = scratch.path(QStringLiteral("empty.db"));
    REQUIRE(cli({QStringLiteral("--db"), empty, QStringLiteral("init")}).code == 0);
    const Run imported = cli({QStringLiteral("--db"), empty, QStringLiteral("import"), first});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.text.contains(QStringLiteral("Rapporter: 1 nya")));
    const Run second = cli({QStringLiteral("--db"), empty, QStringLiteral("export"), QStringLiteral("-")});
    REQUIRE(second.code == 0);
    CHECK(second.out == fhb::test::readFile(first));

    const Run filtered = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("-"),
                              QStringLiteral("--party"), QStringLiteral("Örebro kommun"), QStringLiteral("--year"), QStringLiteral("2023")});
    REQUIRE(filtered.code == 0);
    CHECK(filtered.text.contains(QStringLiteral("\"amountOre\": 343400000")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--party"),
               QStringLiteral("Ingen kommun")}).code == 2);
}

TEST_CASE("cli backup writes a copy that opens and holds the same data", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const QString copy = scratch.path(QStringLiteral("kopia.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy}).code == 0);
    const Run original = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("-")});
    const Run copied = cli({QStringLiteral("--db"), copy, QStringLiteral("export"), QStringLiteral("-")});
    REQUIRE(copied.code == 0);
    CHECK(copied.out == original.out);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy}).code == 2);
}

TEST_CASE("cli check prints findings and exits 1 only when an error is found", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString empty = scratch.path(QStringLiteral("tom.db"));
    REQUIRE(cli({QStringLiteral("--db"), empty, QStringLiteral("init")}).code == 0);
    const Run clean = cli({QStringLiteral("--db"), empty, QStringLiteral("check")});
    CHECK(clean.code == 0);
    CHECK(clean.text.contains(QStringLiteral("0 fel")));

    const QString db = demoDb(scratch);
    const Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(demo.code == 0);
    CHECK(demo.text.contains(QStringLiteral("Varning (Sydnärke 2024): Sydnärke saknar årsredovisning för 2024")));
    CHECK(demo.text.contains(QStringLiteral("Kontrollen är klar: 0 fel")));

    // The short file's report has no signature: an error.
    const QString unsigned_ = scratch.path(QStringLiteral("osignerad.db"));
    REQUIRE(cli({QStringLiteral("--db"), unsigned_, QStringLiteral("init")}).code == 0);
    fhb::test::writeFile(scratch.path(QStringLiteral("short.json")), QByteArray(kShortFile));
    REQUIRE(cli({QStringLiteral("--db"), unsigned_, QStringLiteral("import"), scratch.path(QStringLiteral("short.json"))}).code == 0);
    const Run failed = cli({QStringLiteral("--db"), unsigned_, QStringLiteral("check")});
    CHECK(failed.code == 1);
    CHECK(failed.text.contains(QStringLiteral("Fel (Testby kommun 2023): Underskrift saknas")));
}

TEST_CASE("cli import of a file naming an unknown party exits 2 and changes nothing", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const Run before = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("-")});
    const QString file = scratch.path(QStringLiteral("okand.json"));
    fhb::test::writeFile(file, QByteArray(kShortFile).replace("{\"party\": \"Testby kommun\", \"year\"",
                                                              "{\"party\": \"Ingenby kommun\", \"year\""));
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("reports[0].party")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("-")}).out == before.out);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), scratch.path(QStringLiteral("saknas/ut.json"))}).code == 2);
}

TEST_CASE("cli generate creates a synthetic county whose balance can be listed", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = scratch.path(QStringLiteral("syntetisk.db"));
    const Run generated = cli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--parties"), QStringLiteral("12"),
                               QStringLiteral("--years"), QStringLiteral("4"), QStringLiteral("--lines"), QStringLiteral("6")});
    INFO(generated.err.toStdString());
    REQUIRE(generated.code == 0);
    const Run balance = cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(balance.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(balance.out).object().value(QStringLiteral("rows")).toArray();
    CHECK(rows.size() >= 12 * 4);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--parties"), QStringLiteral("3"),
               QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--lines"), QStringLiteral("2")}).code == 2);
}

TEST_CASE("cli balance for one agreement lists its years and member rows only", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--agreement"),
                         QStringLiteral("Överenskommelse Sydnärke 2024–2029"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 12);
    for (const QJsonValue &row : rows)
        CHECK(row.toObject().value(QStringLiteral("counterparty")).toString() == QStringLiteral("Sydnärke"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("party")).toString() == QStringLiteral("Askersunds kommun"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("requiredOre")).toInteger() == 14500000);
    CHECK(rows.at(2).toObject().value(QStringLiteral("preliminary")).toBool());
    const Run unknown = cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--agreement"), QStringLiteral("Inget avtal")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("finns inte")));
}

TEST_CASE("cli init in a folder that does not exist is a database error", "[cli]")
{
    fhb::test::Scratch scratch;
    const Run run = cli({QStringLiteral("--db"), scratch.path(QStringLiteral("saknas/ny.db")), QStringLiteral("init")});
    CHECK(run.code == 3);
    CHECK_FALSE(run.err.isEmpty());
}

TEST_CASE("cli balance and export still read a database that another program holds for writing", "[cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    fhb::storage::OpenError error;
    const auto holder = fhb::storage::Database::open(db, {}, &error); // like the GUI keeping it open
    REQUIRE(holder);
    REQUIRE_FALSE(holder->isReadOnly());

    const Run balance = cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--year"), QStringLiteral("2023")});
    INFO(balance.err.toStdString());
    CHECK(balance.code == 0);
    CHECK(balance.text.contains(QStringLiteral("2 632 000")));

    const Run exported = cli({QStringLiteral("--db"), db, QStringLiteral("export"), scratch.path(QStringLiteral("out.json"))});
    CHECK(exported.code == 0);

    const Run import = cli({QStringLiteral("--db"), db, QStringLiteral("import"), scratch.path(QStringLiteral("out.json"))});
    CHECK(import.code == 3);
    CHECK(import.err.contains(QStringLiteral("skrivskyddad")));
}

TEST_CASE("cli balance as CSV writes a name that looks like a formula as text", "[cli]")
{
    fhb::test::Scratch scratch;
    QByteArray demo = fhb::test::readFile(QStringLiteral(FHB_SOURCE_DIR "/resources/demo/demo.json"));
    demo.replace("\"Örebro kommun\"", "\"=1+1 Örebro\"");
    const QString json = scratch.path(QStringLiteral("formula.json"));
    fhb::test::writeFile(json, demo);
    const QString db = scratch.path(QStringLiteral("formula.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);
    const Run imported = cli({QStringLiteral("--db"), db, QStringLiteral("import"), json});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(run.code == 0);
    CHECK(run.text.contains(QStringLiteral(";'=1+1 Örebro;'=1+1 Örebro;2023;1005000;1005000;2632000;1627000;nej;")));
    CHECK_FALSE(run.text.contains(QStringLiteral(";=1+1")));
}
