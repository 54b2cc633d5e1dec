// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "storage/Database.h"
#include "storage/ReportStore.h"

#include <QProcess>

namespace {

using Run = fhb::test::CliRun;

Run cli(const QStringList &arguments) { return fhb::test::runCli(arguments); }

struct CliBench {
    fhb::test::Scratch scratch;
    QString db = scratch.path(QStringLiteral("demo.db"));
    CliBench()
    {
        const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
        INFO(init.errText.toStdString());
        REQUIRE(init.code == 0);
    }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = scratch.path(name);
        fhb::test::writeFile(path, bytes);
        return path;
    }
    Run importCsv(const QString &csv, const QString &party, const QStringList &more = {}) const
    {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("import-csv"), QStringLiteral("--party"), party,
                               QStringLiteral("--year"), QStringLiteral("2024"), csv}
                   + more);
    }
    Run exportJson() const
    {
        return cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("-")});
    }
};

// Excel's Windows-1252 export, as docs/ledger-csv.md describes it.
const QByteArray kExcelFile = QByteArray("Kategori;Belopp;Fotnot\r\n"
                                         "L\xF6nekostnader;3 434 000;Folkh\xE4lsostrateger\r\n"
                                         "Folkh\xE4lsoinsatser;154 000,00;\r\n"
                                         "\xD6vrigt;49 000;\r\n");

} // namespace

TEST_CASE("cli import-csv puts a Windows-1252 ledger into a new draft in one step", "[cli][ledgercsv]")
{
    CliBench bench;
    const QString csv = bench.file(QStringLiteral("huvudbok.csv"), kExcelFile);
    const Run run = bench.importCsv(csv, QStringLiteral("Askersunds kommun"));
    INFO(run.errText.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.text.contains(QStringLiteral("3 rader, summa 3 637 000 kr")));
    CHECK(run.text.contains(QStringLiteral("Windows-1252")));
    CHECK(run.text.contains(QStringLiteral("semikolon")));
    CHECK(run.text.contains(QStringLiteral("ny årsredovisning 2024 för Askersunds kommun")));
    const Run exported = bench.exportJson();
    REQUIRE(exported.code == 0);
    CHECK(exported.text.contains(QStringLiteral("\"amountOre\": 343400000")));
    CHECK(exported.text.contains(QStringLiteral("\"amountOre\": 15400000")));
    CHECK(exported.text.contains(QStringLiteral("Folkhälsostrateger")));
}

TEST_CASE("cli import-csv dry run writes nothing and leaves the database file byte-identical", "[cli][ledgercsv]")
{
    CliBench bench;
    const QString csv = bench.file(QStringLiteral("huvudbok.csv"), kExcelFile);
    const QByteArray before = fhb::test::readFile(bench.db);
    const Run run = bench.importCsv(csv, QStringLiteral("Askersunds kommun"), {QStringLiteral("--dry-run")});
    INFO(run.errText.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.text.contains(QStringLiteral("rad 2: Lönekostnader · 3 434 000 · Folkhälsostrateger")));
    CHECK(run.text.contains(QStringLiteral("Provkörning: 3 rader (3 637 000 kr)")));
    CHECK(run.text.contains(QStringLiteral("Ingenting har skrivits")));
    CHECK(fhb::test::readFile(bench.db) == before);
}

TEST_CASE("cli import-csv names every bad line exits 2 and changes nothing", "[cli][ledgercsv]")
{
    CliBench bench;
    const QString csv = bench.file(QStringLiteral("trasig.csv"),
                                   QByteArray("Kategori;Belopp\nLokaler;1 000\nLokaler;12x\n;500\nFolkh\xE4lsoinsatser;100\n"));
    const QByteArray before = fhb::test::readFile(bench.db);
    const Run run = bench.importCsv(csv, QStringLiteral("Örebro kommun"));
    CHECK(run.code == 2);
    CHECK(run.errText.contains(QStringLiteral("rad 3: Beloppet '12x' kunde inte tolkas")));
    CHECK(run.errText.contains(QStringLiteral("rad 4: Kategorin är tom")));
    CHECK_FALSE(run.errText.contains(QStringLiteral("rad 2:")));
    CHECK(run.errText.contains(QStringLiteral("2 av 4 rader har fel")));
    CHECK(fhb::test::readFile(bench.db) == before);
}

TEST_CASE("cli import-csv refuses an approved report and an unknown party with exit 2", "[cli][ledgercsv]")
{
    CliBench bench;
    const QString csv = bench.file(QStringLiteral("huvudbok.csv"), kExcelFile);
    const Run unknown = bench.importCsv(csv, QStringLiteral("Okänd kommun"));
    CHECK(unknown.code == 2);
    CHECK(unknown.errText.contains(QStringLiteral("”Okänd kommun” finns inte")));
    const QString exchange = bench.file(QStringLiteral("godkänd.json"), QByteArray(R"({
      "format": "folkhalsobok-exchange", "version": 1,
      "parties": [{"name": "Region Test", "kind": "funder"}, {"name": "Testby kommun", "kind": "municipality"}],
      "agreements": [],
      "reports": [{"party": "Testby kommun", "year": 2024, "status": "approved",
                   "expenses": [{"category": "Lönekostnader", "amountOre": 120000000}]}]
    })"));
    const Run imported = cli({QStringLiteral("--db"), bench.db, QStringLiteral("import"), exchange});
    INFO(imported.errText.toStdString());
    REQUIRE(imported.code == 0);
    {
        // A file never approves (it came in as submitted): a controller approves it here.
        fhb::storage::OpenError error;
        auto db = fhb::storage::Database::open(bench.db, {}, &error);
        REQUIRE(db);
        fhb::storage::ReportStore store(*db);
        REQUIRE(store.setStatus(*store.findReport(QStringLiteral("Testby kommun"), 2024), fhb::ReportStatus::Approved).ok());
    }
    const QByteArray before = fhb::test::readFile(bench.db);
    const Run approved = bench.importCsv(csv, QStringLiteral("Testby kommun"));
    CHECK(approved.code == 2);
    CHECK(approved.errText.contains(QStringLiteral("är godkänd, så inga rader kan läggas till")));
    CHECK(fhb::test::readFile(bench.db) == before);
}

TEST_CASE("cli import-csv options force encoding separator and header", "[cli][ledgercsv]")
{
    CliBench bench;
    const QString csv = bench.file(QStringLiteral("komma.csv"), QByteArray("Lokaler,\"1 000,50\"\n"));
    const Run comma = bench.importCsv(csv, QStringLiteral("Askersunds kommun"),
                                      {QStringLiteral("--separator"), QStringLiteral(","), QStringLiteral("--no-header"),
                                       QStringLiteral("--encoding"), QStringLiteral("utf-8"), QStringLiteral("--dry-run")});
    INFO(comma.errText.toStdString());
    REQUIRE(comma.code == 0);
    CHECK(comma.text.contains(QStringLiteral("summa 1 000,50 kr")));
    CHECK(comma.text.contains(QStringLiteral("ingen rubrikrad")));
    const Run bad = bench.importCsv(csv, QStringLiteral("Askersunds kommun"), {QStringLiteral("--encoding"), QStringLiteral("latin9")});
    CHECK(bad.code == 2);
    CHECK(bad.errText.contains(QStringLiteral("--encoding ska vara utf-8 eller windows-1252")));
    const Run both = bench.importCsv(csv, QStringLiteral("Askersunds kommun"), {QStringLiteral("--header"), QStringLiteral("--no-header")});
    CHECK(both.code == 2);
    const Run missing = bench.importCsv(bench.scratch.path(QStringLiteral("finns-inte.csv")), QStringLiteral("Askersunds kommun"));
    CHECK(missing.code == 2);
    CHECK(missing.errText.contains(QStringLiteral("finns inte")));
}
