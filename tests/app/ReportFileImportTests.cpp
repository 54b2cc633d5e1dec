// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageSupport.h"

#include "app/demo/DemoData.h"
#include "app/exchange/ExchangeFile.h"
#include "app/exchange/ReportFileImportPlan.h"
#include "app/exchange/ReportSubmissionFile.h"
#include "storage/dataset/DatasetStore.h"

#include <QIcon>
#include <QProcess>

using namespace fhb;
using fhb::app::ReportFileImportPlan;
using Outcome = ReportFileImportPlan::Outcome;
using namespace fhb::test;

namespace {

const QString kOrebro = QStringLiteral("Örebro kommun");

std::unique_ptr<storage::Database> demoDb(const Scratch &scratch, const QString &name = QStringLiteral("demo.db"))
{
    auto db = createDb(scratch.path(name));
    REQUIRE(app::loadDemoData(*db).ok());
    return db;
}

/// The demo's Örebro kommun 2023 report as a municipality would send it.
Dataset orebroFile(storage::Database &db)
{
    const Result<QByteArray> json = app::ReportSubmissionFile::json(db, kOrebro, 2023);
    REQUIRE(json.ok());
    const Result<Dataset> data = app::exchangeFromJson(*json);
    REQUIRE(data.ok());
    return data.value();
}

QString writeExchange(const Scratch &scratch, const QString &name, const Dataset &data)
{
    const QString path = scratch.path(name);
    writeFile(path, app::exchangeToJson(data));
    return path;
}

Ore firstExpense(storage::Database &db, const QString &party, int year)
{
    const Result<Dataset> data = storage::DatasetStore(db).load();
    REQUIRE(data.ok());
    const AnnualReport *report = data->report(party, year);
    REQUIRE(report);
    REQUIRE(!report->expenses.isEmpty());
    return report->expenses.first().amountOre;
}

int reportCount(storage::Database &db)
{
    const Result<Dataset> data = storage::DatasetStore(db).load();
    REQUIRE(data.ok());
    return int(data->reports.size());
}

QString outcomeText(const ReportFileImportPlan &plan, int row)
{
    return plan.data(plan.index(row, ReportFileImportPlan::OutcomeColumn)).toString();
}

} // namespace

TEST_CASE("a report file with a new report is planned as added and imported", "[reportfiles]")
{
    Scratch scratch;
    auto db = demoDb(scratch);
    Dataset file = orebroFile(*db);
    file.reports.first().year = 2022;
    file.reports.first().periodStart = QDate(2022, 1, 1);
    file.reports.first().periodEnd = QDate(2022, 12, 31);
    const QString path = writeExchange(scratch, QStringLiteral("Rapport 2022 – Örebro kommun.json"), file);

    ReportFileImportPlan plan;
    plan.plan(*db, {path});
    REQUIRE(plan.rowCount() == 1);
    CHECK(plan.rows().first().outcome == Outcome::Add);
    CHECK(plan.data(plan.index(0, ReportFileImportPlan::PartyColumn)).toString() == kOrebro);
    CHECK(plan.data(plan.index(0, ReportFileImportPlan::YearColumn)).toInt() == 2022);
    CHECK(plan.data(plan.index(0, ReportFileImportPlan::StatusColumn)).toString() == QStringLiteral("Utkast"));
    CHECK(outcomeText(plan, 0) == QStringLiteral("Läggs till"));
    CHECK(!plan.data(plan.index(0, ReportFileImportPlan::OutcomeColumn), Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(plan.hasWork());
    // The preview's dry run changed nothing.
    CHECK(reportCount(*db) == 1);

    const ReportFileImportPlan::Summary summary = plan.import(*db);
    CHECK(summary.added == 1);
    CHECK(summary.replaced == 0);
    CHECK(summary.text() == QStringLiteral("1 rapport importerad"));
    CHECK(reportCount(*db) == 2);
    CHECK(firstExpense(*db, kOrebro, 2022) == file.reports.first().expenses.first().amountOre);
}

TEST_CASE("a different draft is replaced only when its check box is ticked", "[reportfiles]")
{
    Scratch scratch;
    auto db = demoDb(scratch);
    const Ore before = firstExpense(*db, kOrebro, 2023);
    Dataset file = orebroFile(*db);
    file.reports.first().expenses.first().amountOre = before + 100;
    file.reports.first().status = ReportStatus::Submitted;
    const QString path = writeExchange(scratch, QStringLiteral("orebro.json"), file);

    ReportFileImportPlan plan;
    plan.plan(*db, {path});
    REQUIRE(plan.rowCount() == 1);
    CHECK(plan.rows().first().outcome == Outcome::Replace);
    const QModelIndex outcome = plan.index(0, ReportFileImportPlan::OutcomeColumn);
    CHECK(plan.flags(outcome).testFlag(Qt::ItemIsUserCheckable));
    CHECK(plan.data(outcome, Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(!plan.hasWork());
    CHECK(plan.reportsToReplace().isEmpty());

    SECTION("unticked it stays as it is")
    {
        const ReportFileImportPlan::Summary summary = plan.import(*db);
        CHECK(summary.imported() == 0);
        CHECK(summary.notReplaced == 1);
        CHECK(summary.text() == QStringLiteral("0 rapporter importerade, 1 inte ersatt"));
        CHECK(firstExpense(*db, kOrebro, 2023) == before);
    }
    SECTION("ticked it is replaced by the file's")
    {
        REQUIRE(plan.setData(outcome, Qt::Checked, Qt::CheckStateRole));
        CHECK(outcomeText(plan, 0) == QStringLiteral("Ersätter utkast"));
        CHECK(plan.hasWork());
        REQUIRE(plan.reportsToReplace().size() == 1);
        CHECK(plan.reportsToReplace().first() == std::pair<QString, int>(kOrebro, 2023));
        const ReportFileImportPlan::Summary summary = plan.import(*db);
        CHECK(summary.replaced == 1);
        CHECK(summary.text() == QStringLiteral("1 rapport importerad, 1 ersatt"));
        CHECK(firstExpense(*db, kOrebro, 2023) == before + 100);
        const Result<Dataset> stored = storage::DatasetStore(*db).load();
        REQUIRE(stored.ok());
        CHECK(stored->report(kOrebro, 2023)->status == ReportStatus::Submitted);
    }
}

TEST_CASE("an approved report is never replaced by a report file", "[reportfiles]")
{
    Scratch scratch;
    auto demo = demoDb(scratch);
    Result<Dataset> approved = storage::DatasetStore(*demo).load();
    REQUIRE(approved.ok());
    approved.value().reports.first().status = ReportStatus::Approved;
    auto db = createDb(scratch.path(QStringLiteral("approved.db")));
    REQUIRE(storage::DatasetStore(*db).import(approved.value()).ok());
    const Ore before = firstExpense(*db, kOrebro, 2023);
    Dataset file = orebroFile(*demo);
    file.reports.first().expenses.first().amountOre = before + 500;
    const QString path = writeExchange(scratch, QStringLiteral("orebro.json"), file);

    ReportFileImportPlan plan;
    plan.plan(*db, {path});
    REQUIRE(plan.rowCount() == 1);
    CHECK(plan.rows().first().outcome == Outcome::Refused);
    CHECK(outcomeText(plan, 0) == QStringLiteral("Avvisas: godkänd rapport ersätts aldrig"));
    CHECK(!plan.flags(plan.index(0, ReportFileImportPlan::OutcomeColumn)).testFlag(Qt::ItemIsUserCheckable));
    CHECK(!plan.setReplace(0, true));
    CHECK(!plan.hasWork());
    const ReportFileImportPlan::Summary summary = plan.import(*db);
    CHECK(summary.refused == 1);
    CHECK(summary.text() == QStringLiteral("0 rapporter importerade, 1 avvisad"));
    CHECK(firstExpense(*db, kOrebro, 2023) == before);
}

TEST_CASE("a broken report file is refused naming the JSON path and the reason", "[reportfiles]")
{
    Scratch scratch;
    auto db = demoDb(scratch);
    QByteArray json = app::exchangeToJson(orebroFile(*db));
    const qsizetype at = json.indexOf("\"amountOre\": ", json.indexOf("\"expenses\""));
    REQUIRE(at > 0);
    json.insert(at + 13, "\"12\" ");
    json.remove(at + 18, json.indexOf(',', at + 18) - (at + 18));
    const QString broken = scratch.path(QStringLiteral("trasig.json"));
    writeFile(broken, json);
    const QString missing = scratch.path(QStringLiteral("finns-inte.json"));

    ReportFileImportPlan plan;
    plan.plan(*db, {broken, missing});
    REQUIRE(plan.rowCount() == 2);
    CHECK(plan.rows().at(0).outcome == Outcome::Refused);
    const QString text = outcomeText(plan, 0);
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Avvisas: filen kunde inte läsas: reports[0].expenses[0].amountOre: ")));
    CHECK(plan.data(plan.index(0, ReportFileImportPlan::FileColumn)).toString() == QStringLiteral("trasig.json"));
    CHECK(plan.data(plan.index(0, ReportFileImportPlan::PartyColumn)).toString().isEmpty());
    CHECK(outcomeText(plan, 1).startsWith(QStringLiteral("Avvisas: filen kunde inte läsas: ")));
    CHECK(!plan.hasWork());
    CHECK(plan.import(*db).refused == 2);
    CHECK(reportCount(*db) == 1);
}

TEST_CASE("several report files with one bad import the good ones and refuse the bad one", "[reportfiles]")
{
    Scratch scratch;
    auto db = demoDb(scratch);
    QStringList paths;
    for (int year : {2021, 2022}) {
        Dataset file = orebroFile(*db);
        file.reports.first().year = year;
        file.reports.first().periodStart = QDate();
        file.reports.first().periodEnd = QDate();
        paths << writeExchange(scratch, QStringLiteral("orebro-%1.json").arg(year), file);
    }
    // A party the database knows as a municipality, sent as an organisation: the database refuses it.
    Dataset wrongKind = orebroFile(*db);
    wrongKind.reports.first().year = 2020;
    for (Party &party : wrongKind.parties)
        if (party.name == kOrebro)
            party.kind = PartyKind::Organisation;
    paths.insert(1, writeExchange(scratch, QStringLiteral("fel-slag.json"), wrongKind));
    // The same report once more in a later file.
    paths << paths.constFirst();

    ReportFileImportPlan plan;
    plan.plan(*db, paths);
    REQUIRE(plan.rowCount() == 4);
    CHECK(plan.rows().at(0).outcome == Outcome::Add);
    CHECK(plan.rows().at(1).outcome == Outcome::Refused);
    CHECK(outcomeText(plan, 1).contains(QStringLiteral("parties[")));
    CHECK(plan.rows().at(2).outcome == Outcome::Add);
    CHECK(plan.rows().at(3).outcome == Outcome::Refused);
    CHECK(outcomeText(plan, 3) == QStringLiteral("Avvisas: samma rapport finns redan i orebro-2021.json"));
    CHECK(plan.overview().contains(QStringLiteral("läggs till: 2")));
    const ReportFileImportPlan::Summary summary = plan.import(*db);
    CHECK(summary.text() == QStringLiteral("2 rapporter importerade, 2 avvisade"));
    CHECK(reportCount(*db) == 3);
    const Result<Dataset> stored = storage::DatasetStore(*db).load();
    REQUIRE(stored.ok());
    CHECK(!stored->report(kOrebro, 2020));
    CHECK(stored->party(kOrebro)->kind == PartyKind::Municipality);
}

TEST_CASE("a report file identical to the database is unchanged and needs no import", "[reportfiles]")
{
    Scratch scratch;
    auto db = demoDb(scratch);
    const QString path = writeExchange(scratch, QStringLiteral("samma.json"), orebroFile(*db));
    ReportFileImportPlan plan;
    plan.plan(*db, {path});
    REQUIRE(plan.rowCount() == 1);
    CHECK(plan.rows().first().outcome == Outcome::Unchanged);
    CHECK(!plan.hasWork());
    CHECK(plan.import(*db).text() == QStringLiteral("0 rapporter importerade, 1 oförändrad"));
}

TEST_CASE("a report file of another municipality keeps the database's agreement", "[reportfiles]")
{
    Scratch scratch;
    auto db = demoDb(scratch);
    Dataset file = orebroFile(*db);
    file.reports.first().year = 2022;
    REQUIRE(!file.agreements.isEmpty());
    const QString agreement = file.agreements.first().name;
    const int lastYear = file.agreements.first().lastYear;
    file.agreements.first().lastYear = lastYear + 1;
    ReportFileImportPlan plan;
    plan.plan(*db, {writeExchange(scratch, QStringLiteral("a.json"), file)});
    REQUIRE(plan.files().first().warnings.size() == 1);
    const ReportFileImportPlan::Summary summary = plan.import(*db);
    CHECK(summary.added == 1);
    REQUIRE(summary.warnings.size() == 1);
    CHECK(summary.warnings.first().startsWith(QStringLiteral("a.json: ")));
    const Result<Dataset> stored = storage::DatasetStore(*db).load();
    REQUIRE(stored.ok());
    CHECK(stored->agreement(agreement)->lastYear == lastYear);
}

TEST_CASE("a dry run of an import reports what it would do and changes nothing", "[reportfiles][storage]")
{
    Scratch scratch;
    auto db = demoDb(scratch);
    Dataset file = orebroFile(*db);
    file.reports.first().year = 2022;
    const int auditRows = rawValue(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    storage::ImportOptions options;
    options.dryRun = true;
    const Result<storage::ImportSummary> summary = storage::DatasetStore(*db).import(file, options);
    REQUIRE(summary.ok());
    CHECK(summary->reportsAdded == 1);
    CHECK(reportCount(*db) == 1);
    CHECK(rawValue(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == auditRows);
    options.dryRun = false;
    REQUIRE(storage::DatasetStore(*db).import(file, options).ok());
    CHECK(reportCount(*db) == 2);
}

TEST_CASE("a report exported for submission is what the command line exports and imports into a fresh database", "[reportfiles]")
{
    Scratch scratch;
    auto db = demoDb(scratch);
    const QString path = scratch.path(app::ReportSubmissionFile::fileName(2023, kOrebro));
    CHECK(QFileInfo(path).fileName() == QStringLiteral("Rapport 2023 – Örebro kommun.fhb.json"));
    REQUIRE(app::ReportSubmissionFile::write(*db, kOrebro, 2023, path).ok());

    QProcess cli;
    cli.start(QStringLiteral(FHB_CLI_PATH), {QStringLiteral("--db"), db->path(), QStringLiteral("export"), QStringLiteral("-"),
                                             QStringLiteral("--party"), kOrebro, QStringLiteral("--year"), QStringLiteral("2023")});
    REQUIRE(cli.waitForFinished(60000));
    CHECK(cli.exitCode() == 0);
    CHECK(readFile(path) == cli.readAllStandardOutput());

    auto fresh = createDb(scratch.path(QStringLiteral("region.db")));
    ReportFileImportPlan plan;
    plan.plan(*fresh, {path});
    REQUIRE(plan.rowCount() == 1);
    CHECK(plan.rows().first().outcome == Outcome::Add);
    CHECK(plan.import(*fresh).added == 1);
    const Result<Dataset> original = storage::DatasetStore(*db).load();
    const Result<Dataset> copy = storage::DatasetStore(*fresh).load();
    REQUIRE(original.ok());
    REQUIRE(copy.ok());
    CHECK(copy->report(kOrebro, 2023)->sameContent(*original->report(kOrebro, 2023)));
    CHECK(copy->agreements.size() == 1);
    CHECK(!app::ReportSubmissionFile::write(*db, kOrebro, 1999, scratch.path(QStringLiteral("x.json"))).ok());
    CHECK(!QFileInfo::exists(scratch.path(QStringLiteral("x.json"))));
}
