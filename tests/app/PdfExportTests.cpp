// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTestSupport.h"
#include "StorageSupport.h"

#include "app/pdf/AnnualReportExport.h"
#include "app/exchange/ReportFingerprint.h"
#include "app/demo/SyntheticCounty.h"
#include "storage/dataset/DatasetStore.h"
#include "storage/ReportStore.h"

#include <QDir>
#include <QFileInfo>

using namespace fhb;

namespace {

// A small synthetic county: every counterparty and member files a report for 2025.
std::unique_ptr<storage::Database> countyDb(const test::Scratch &scratch, int *reports)
{
    auto db = test::createDb(scratch.path(QStringLiteral("county.db")));
    app::SyntheticCountyOptions options;
    options.parties = 6;
    options.years = 1;
    options.lines = 4;
    const Dataset data = app::SyntheticCounty(options).generate();
    REQUIRE(storage::DatasetStore(*db).import(data).ok());
    *reports = int(std::count_if(data.reports.cbegin(), data.reports.cend(), [](const AnnualReport &r) { return r.year == 2025; }));
    REQUIRE(*reports >= 4);
    return db;
}

void approve(storage::Database &db, qint64 id)
{
    storage::ReportStore store(db);
    REQUIRE(store.setStatus(id, ReportStatus::Submitted).ok());
    REQUIRE(store.setStatus(id, ReportStatus::Approved).ok());
}

} // namespace

TEST_CASE("batch export writes one PDF per report of the year", "[pdf]")
{
    test::Scratch scratch;
    int reports = 0;
    auto db = countyDb(scratch, &reports);
    QList<app::BatchProgress> seen;
    const auto result = app::exportAnnualReports(*db, {2025, scratch.path(QStringLiteral("ut/2025")), false},
                                                 [&](const app::BatchProgress &p) { seen << p; return true; });
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    CHECK(result->files.size() == reports);
    CHECK_FALSE(result->cancelled);
    const QStringList onDisk = QDir(scratch.path(QStringLiteral("ut/2025"))).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(onDisk.size() == reports);
    for (const QString &file : result->files)
        CHECK(test::readFile(file).startsWith("%PDF-1.4"));
    REQUIRE(seen.size() == reports + 1);
    CHECK(seen.first().done == 0);
    CHECK(seen.last().done == reports);
    CHECK(seen.last().total == reports);
}

TEST_CASE("batch export with approved only leaves drafts out", "[pdf]")
{
    test::Scratch scratch;
    int reports = 0;
    auto db = countyDb(scratch, &reports);
    const auto data = storage::DatasetStore(*db).load({std::nullopt, 2025});
    REQUIRE(data.ok());
    const AnnualReport &chosen = data->reports.first();
    approve(*db, chosen.id);
    const auto result = app::exportAnnualReports(*db, {2025, scratch.dir(), true});
    REQUIRE(result.ok());
    REQUIRE(result->files.size() == 1);
    CHECK(result->skipped == reports - 1);
    CHECK(QFileInfo(result->files.first()).fileName() == app::AnnualReportPdf::fileName(chosen));
}

TEST_CASE("a cancelled batch export stops before the next report", "[pdf]")
{
    test::Scratch scratch;
    int reports = 0;
    auto db = countyDb(scratch, &reports);
    const auto result = app::exportAnnualReports(*db, {2025, scratch.dir(), false},
                                                 [](const app::BatchProgress &p) { return p.done < 2; });
    REQUIRE(result.ok());
    CHECK(result->cancelled);
    CHECK(result->files.size() == 2);
    CHECK(QDir(scratch.dir()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() == 2);
}

TEST_CASE("the version of an approved report counts its approvals across reopenings", "[pdf]")
{
    test::Scratch scratch;
    auto db = test::createDb(scratch.path(QStringLiteral("demo.db")));
    REQUIRE(app::loadDemoData(*db).ok());
    storage::ReportStore store(*db);
    const auto id = store.findReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(id);
    const auto draft = app::loadAnnualReportPdf(*db, QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(draft.ok());
    CHECK(draft->version() == 0);
    CHECK(draft->fingerprint().isEmpty());

    approve(*db, *id);
    auto first = app::loadAnnualReportPdf(*db, QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(first.ok());
    CHECK(first->version() == 1);
    REQUIRE(store.reopen(*id, QStringLiteral("Fel belopp i intäkter"), ReportStatus::Draft).ok());
    approve(*db, *id);
    const auto second = app::loadAnnualReportPdf(*db, QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(second.ok());
    CHECK(second->version() == 2);
    // Same content approved again: the fingerprint matches the paper copy of version 1.
    CHECK(second->fingerprint() == first->fingerprint());
    CHECK(second->fingerprint().size() == 64);
}

TEST_CASE("loading the PDF of a report that does not exist says which one", "[pdf]")
{
    test::Scratch scratch;
    auto db = test::createDb(scratch.path(QStringLiteral("demo.db")));
    REQUIRE(app::loadDemoData(*db).ok());
    const auto pdf = app::loadAnnualReportPdf(*db, QStringLiteral("Örebro kommun"), 2019);
    REQUIRE_FALSE(pdf.ok());
    CHECK(pdf.error() == QStringLiteral("Det finns ingen årsredovisning för Örebro kommun år 2019. "
                                        "Kontrollera partens namn och året."));
}

TEST_CASE("the canonical form of a report is its exchange file and the fingerprint follows every change", "[pdf]")
{
    const Dataset data = test::demoData();
    AnnualReport report = test::orebro2023(data);
    const QByteArray canonical = app::reportCanonicalForm(report);
    CHECK(canonical.startsWith("{\n  \"format\": \"folkhalsobok-exchange\",\n  \"version\": 1,\n  \"parties\": [],\n"));
    CHECK(canonical.contains("\"amountOre\": 343400000"));
    const QString before = app::reportFingerprint(report);
    CHECK(before.size() == 64);
    report.id = 4711; // storage ids are not content
    report.rowVersion = 9;
    CHECK(app::reportFingerprint(report) == before);
    report.expenses[1].amountOre += 1;
    CHECK(app::reportFingerprint(report) != before);
    CHECK(app::groupedFingerprint(before).size() == 64 + 7);
}
