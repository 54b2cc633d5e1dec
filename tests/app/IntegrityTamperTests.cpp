// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tamper evidence and one county part at a time (docs/reliability.md, "Tamper evidence and
// county parts"): edits made by "another program" through a raw connection.
#include "StorageSupport.h"

#include "app/exchange/ExchangeFile.h"
#include "app/PartyRegister.h"
#include "app/exchange/ReportFileImportPlan.h"
#include "app/exchange/ReportFingerprint.h"
#include "domain/CofundingBalance.h"
#include "storage/dataset/DatasetStore.h"
#include "storage/Integrity.h"
#include "storage/PartyStore.h"
#include "storage/ReportStore.h"

#include <QFile>
#include <QFileInfo>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

const QString kOrebro = QStringLiteral("Örebro kommun");

struct ApprovedDb {
    Scratch scratch;
    QString path;
    std::unique_ptr<Database> db;
    qint64 id = 0;

    ApprovedDb()
    {
        path = scratch.path(QStringLiteral("godkänd.fhb"));
        db = createDb(path);
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
        id = *ReportStore(*db).findReport(kOrebro, 2023);
        REQUIRE(ReportStore(*db).setStatus(id, ReportStatus::Approved).ok());
    }

    QStringList problems() const
    {
        const auto found = integrityProblems(*db);
        REQUIRE(found.ok());
        return found.value();
    }

    QString triggerText(const QString &name) const
    {
        return rawValue(*db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(name)).toString();
    }
};

bool anyContains(const QStringList &lines, const QString &a, const QString &b = {})
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.contains(a) && l.contains(b); });
}

/// A county part that lists its member twice for the same year.
Dataset twice()
{
    Dataset d;
    d.parties = {{0, QStringLiteral("Dubbelkommun"), PartyKind::Municipality, {}},
                 {0, QStringLiteral("Länsdel Dubbel"), PartyKind::CountyPart,
                  {{QStringLiteral("Dubbelkommun"), 2024, 2024}, {QStringLiteral("Dubbelkommun"), 2024, 2024}}}};
    Agreement a;
    a.name = QStringLiteral("Avtal Länsdel Dubbel");
    a.funder = QStringLiteral("Region Örebro län");
    a.counterparty = QStringLiteral("Länsdel Dubbel");
    a.firstYear = 2024;
    a.lastYear = 2024;
    a.baseCompensationOre = 100000000;
    d.agreements = {a};
    AnnualReport r = AnnualReport::forYear(QStringLiteral("Dubbelkommun"), 2024);
    r.status = ReportStatus::Submitted;
    r.expenses = {{0, QStringLiteral("Lönekostnader"), 60000000, {}}};
    d.reports = {r};
    return d;
}

std::unique_ptr<Database> sampleDb(Scratch &scratch, const QString &name)
{
    auto db = createDb(scratch.path(name));
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    return db;
}

} // namespace

// ---- One county part at a time ----

TEST_CASE("an import that lists a member twice in a county part is refused with the JSON path", "[integrity]")
{
    Scratch scratch;
    auto db = sampleDb(scratch, QStringLiteral("dubbel.fhb"));
    const auto imported = DatasetStore(*db).import(twice());
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().toStdString());
    CHECK(imported.error().startsWith(QStringLiteral("parties[1].members[1].party: ")));
    CHECK(imported.error().contains(QStringLiteral("två gånger")));
    CHECK(rawValue(*db, QStringLiteral("SELECT count(*) FROM party WHERE name = 'Dubbelkommun'")).toInt() == 0);
}

TEST_CASE("an import that puts a municipality in a second county part for the same year is refused", "[integrity]")
{
    Scratch scratch;
    auto db = sampleDb(scratch, QStringLiteral("två-delar.fhb"));
    Dataset file;
    file.parties = {{0, QStringLiteral("Länsdel Z"), PartyKind::CountyPart, {{QStringLiteral("Askersunds kommun"), 2026, 2030}}}};
    const auto imported = DatasetStore(*db).import(file);
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().toStdString());
    CHECK(imported.error().startsWith(QStringLiteral("parties[0].members[0].party: ")));
    CHECK(imported.error().contains(QStringLiteral("Sydnärke 2024–2029")));
    // Years that do not overlap are fine.
    file.parties.first().members = {{QStringLiteral("Askersunds kommun"), 2030, 2031}};
    CHECK(DatasetStore(*db).import(file).ok());
}

TEST_CASE("the parties store refuses a member that already belongs to another county part", "[integrity]")
{
    Scratch scratch;
    auto db = sampleDb(scratch, QStringLiteral("parter.fhb"));
    PartyStore store(*db);
    const auto added = store.add({0, QStringLiteral("Länsdel Z"), PartyKind::CountyPart,
                                  {{QStringLiteral("Askersunds kommun"), 2028, 2028}}});
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().contains(QStringLiteral("redan medlem i Sydnärke")));
}

TEST_CASE("the parties dialog names the other county part of a municipality already in one", "[integrity]")
{
    Scratch scratch;
    auto db = sampleDb(scratch, QStringLiteral("dialog.fhb"));
    app::PartyRegister parties(*db);
    REQUIRE(parties.reload().ok());
    const auto added = parties.add(QStringLiteral("Länsdel Z"), PartyKind::CountyPart);
    REQUIRE(added.ok());
    const Membership overlapping{QStringLiteral("Askersunds kommun"), 2029, 2031};
    CHECK(parties.membershipProblem(added.value(), -1, overlapping).contains(QStringLiteral("redan medlem i Sydnärke 2024–2029")));
    CHECK_FALSE(parties.addMember(added.value(), overlapping).ok());
    CHECK(parties.addMember(added.value(), {QStringLiteral("Askersunds kommun"), 2030, 2031}).ok());
}

TEST_CASE("the schema refuses a municipality twice in county parts for the same year", "[integrity]")
{
    Scratch scratch;
    auto db = sampleDb(scratch, QStringLiteral("schema.fhb"));
    const QString insert = QStringLiteral(
        "INSERT INTO county_part_member (county_part_id, member_id, position, from_year, to_year) "
        "SELECT c.id, m.id, 1, 2025, 2025 FROM party c, party m WHERE c.name = 'Sydnärke' AND m.name = 'Askersunds kommun'");
    const QSqlError error = rawExec(*db, insert);
    CHECK(error.text().contains(QStringLiteral("fhb-overlap")));
}

TEST_CASE("check names both county parts of a municipality that is in two at once", "[integrity]")
{
    Scratch scratch;
    auto db = sampleDb(scratch, QStringLiteral("äldre.fhb"));
    // As a database written before the rule could hold it.
    REQUIRE_FALSE(rawExec(*db, QStringLiteral("DROP TRIGGER county_part_member_no_overlap_insert")).isValid());
    REQUIRE_FALSE(rawExec(*db, QStringLiteral("INSERT INTO party (name, kind) VALUES ('Länsdel Z', 'county-part')")).isValid());
    REQUIRE_FALSE(rawExec(*db, QStringLiteral(
        "INSERT INTO county_part_member (county_part_id, member_id, position, from_year, to_year) "
        "SELECT c.id, m.id, 0, 2024, 2029 FROM party c, party m WHERE c.name = 'Länsdel Z' "
        "AND m.name = 'Askersunds kommun'")).isValid());
    const auto problems = integrityProblems(*db);
    REQUIRE(problems.ok());
    CHECK(anyContains(problems.value(), QStringLiteral("Askersunds kommun är medlem i både Sydnärke"),
                      QStringLiteral("Länsdel Z")));
}

TEST_CASE("the balance counts a member listed twice in a county part once", "[integrity]")
{
    Dataset data = twice();
    data.parties.prepend({0, QStringLiteral("Region Örebro län"), PartyKind::Funder, {}});
    const QList<BalanceRow> rows = computeBalances(data);
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.first().contributionOre == 60000000);
    CHECK(rows.first().reportStatuses.size() == 1);
}

// ---- Tamper evidence ----

TEST_CASE("an approval records the version and the fingerprint the archival PDF shows", "[integrity]")
{
    ApprovedDb f;
    const auto approvals = ReportStore(*f.db).approvals(f.id);
    REQUIRE(approvals.ok());
    REQUIRE(approvals->size() == 1);
    const auto report = ReportStore(*f.db).report(f.id);
    REQUIRE(report.ok());
    CHECK(approvals->first().version == 1);
    CHECK(approvals->first().fingerprint == app::reportFingerprint(report.value()));
    CHECK(approvals->first().who == f.db->userName());
    CHECK(f.problems().isEmpty());
    // Reopened and approved again: version 2, and the PDF says so.
    REQUIRE(ReportStore(*f.db).reopen(f.id, QStringLiteral("Rättelse")).ok());
    REQUIRE(ReportStore(*f.db).setStatus(f.id, ReportStatus::Approved).ok());
    CHECK(ReportStore(*f.db).approvals(f.id)->last().version == 2);
    CHECK(app::approvedVersion(*f.db, ReportStore(*f.db).report(f.id).value()).value() == 2);
    CHECK(f.problems().isEmpty());
}

TEST_CASE("a reopening and an approval cannot be deleted or changed with raw SQL", "[integrity]")
{
    ApprovedDb f;
    REQUIRE(ReportStore(*f.db).reopen(f.id, QStringLiteral("Rättelse")).ok());
    REQUIRE(ReportStore(*f.db).setStatus(f.id, ReportStatus::Approved).ok());
    const QString id = QString::number(f.id);
    CHECK(rawExec(*f.db, QStringLiteral("DELETE FROM report_reopening WHERE report_id = ") + id).text().contains(QStringLiteral("fhb-append-only")));
    CHECK(rawExec(*f.db, QStringLiteral("DELETE FROM report_approval WHERE report_id = ") + id).text().contains(QStringLiteral("fhb-append-only")));
    CHECK(rawExec(*f.db, QStringLiteral("UPDATE report_approval SET approved_by = 'revisorn'")).text().contains(QStringLiteral("fhb-append-only")));
    CHECK(rawExec(*f.db, QStringLiteral("INSERT OR REPLACE INTO report_reopening (id, report_id, reopened_at, reopened_by, reason) "
                                        "SELECT id, report_id, reopened_at, 'x', 'y' FROM report_reopening")).text().contains(QStringLiteral("fhb-append-only")));
    CHECK(rawExec(*f.db, QStringLiteral("INSERT OR REPLACE INTO audit_log (id, at, who, entity, action, hash) "
                                        "SELECT id, at, 'x', 'y', 'insert', hash FROM audit_log LIMIT 1")).text().contains(QStringLiteral("fhb-append-only")));
    CHECK(rawValue(*f.db, QStringLiteral("SELECT count(*) FROM report_reopening")).toInt() == 1);
    CHECK(rawValue(*f.db, QStringLiteral("SELECT count(*) FROM report_approval")).toInt() == 2);
}

TEST_CASE("insert or replace and update or replace from another program cannot delete an approved report", "[integrity]")
{
    ApprovedDb f;
    REQUIRE(DatasetStore(*f.db).import([] {
        Dataset d;
        d.reports = {sampleReport(kOrebro, 2024)};
        return d;
    }()).ok());
    const qint64 party = rawValue(*f.db, QStringLiteral("SELECT party_id FROM annual_report WHERE id = %1").arg(f.id)).toLongLong();
    const qint64 other = *ReportStore(*f.db).findReport(kOrebro, 2024);
    f.db.reset();
    {
        // sqlite3's defaults: no recursive triggers, so REPLACE deletes without the delete triggers.
        RawSqlite raw(f.path);
        CHECK(raw.exec(QStringLiteral("INSERT OR REPLACE INTO annual_report (id, party_id, year, status) VALUES (%1, %2, 2023, 'draft')")
                           .arg(f.id).arg(party).toUtf8().constData()) != SQLITE_OK);
        CHECK(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON; UPDATE OR REPLACE annual_report SET year = 2023 WHERE id = %1")
                           .arg(other).toUtf8().constData()) != SQLITE_OK);
        CHECK(raw.exec(QStringLiteral("UPDATE annual_report SET row_version = 7 WHERE id = %1").arg(f.id).toUtf8().constData()) != SQLITE_OK);
        CHECK(raw.exec("INSERT OR REPLACE INTO expense_line (id, report_id, position, category, amount_ore) "
                       "SELECT e.id, r.id, 0, 'x', 1 FROM expense_line e, annual_report r WHERE r.status = 'draft' LIMIT 1") != SQLITE_OK);
    }
    f.db = openDb(f.path);
    REQUIRE(f.db);
    const auto report = ReportStore(*f.db).report(f.id);
    REQUIRE(report.ok());
    CHECK(report->status == ReportStatus::Approved);
    CHECK(report->expenses.size() == 3);
    CHECK(f.problems().isEmpty());
}

TEST_CASE("check finds a forged reopening that changed an approved report and was deleted afterwards", "[integrity]")
{
    ApprovedDb f;
    const QString id = QString::number(f.id);
    // A forged reopening that changes the amounts, with the triggers that stop it dropped and
    // put back exactly.
    const QString noDelete = f.triggerText(QStringLiteral("report_reopening_no_delete"));
    const QString lockedRowVersion = f.triggerText(QStringLiteral("annual_report_locked_row_version"));
    const QString approvalRequired = f.triggerText(QStringLiteral("annual_report_approval_required"));
    for (const QString &sql : QStringList{QStringLiteral("DROP TRIGGER report_reopening_no_delete"),
                               QStringLiteral("DROP TRIGGER annual_report_locked_row_version"),
                               QStringLiteral("DROP TRIGGER annual_report_approval_required"),
                               QStringLiteral("INSERT INTO report_reopening (report_id, reopened_at, reopened_by, reason, to_status) "
                                              "VALUES (%1, '2026-01-01T00:00:00.000Z', 'controller', 'x', 'draft')").arg(id),
                               QStringLiteral("UPDATE annual_report SET status = 'draft' WHERE id = ") + id,
                               QStringLiteral("UPDATE expense_line SET amount_ore = amount_ore * 10 WHERE report_id = ") + id,
                               QStringLiteral("UPDATE annual_report SET status = 'approved' WHERE id = ") + id,
                               QStringLiteral("DELETE FROM report_reopening WHERE report_id = ") + id,
                               noDelete, lockedRowVersion, approvalRequired}) {
        INFO(sql.toStdString());
        REQUIRE_FALSE(rawExec(*f.db, sql).isValid());
    }
    const QStringList problems = f.problems();
    CHECK(anyContains(problems, QStringLiteral("Filen har ändrats utanför Folkhälsobok"), QStringLiteral("Örebro kommun 2023")));
}

TEST_CASE("check finds a reopening that another program inserted", "[integrity]")
{
    ApprovedDb f;
    const QString id = QString::number(f.id);
    REQUIRE_FALSE(rawExec(*f.db, QStringLiteral("INSERT INTO report_reopening (report_id, reopened_at, reopened_by, reason, to_status) "
                                                "VALUES (%1, '2026-01-01T00:00:00.000Z', 'controller', 'x', 'draft')").arg(id)).isValid());
    REQUIRE_FALSE(rawExec(*f.db, QStringLiteral("UPDATE annual_report SET status = 'draft' WHERE id = ") + id).isValid());
    CHECK(anyContains(f.problems(), QStringLiteral("återöppningen av årsredovisningen för Örebro kommun 2023"),
                      QStringLiteral("finns inte i ändringsloggen")));
    // A reopening by the program is not a finding.
    ApprovedDb g;
    REQUIRE(ReportStore(*g.db).reopen(g.id, QStringLiteral("Rättelse")).ok());
    CHECK(g.problems().isEmpty());
}

TEST_CASE("check finds an audit log rewritten behind a dropped and recreated trigger", "[integrity]")
{
    ApprovedDb f;
    const QString noUpdate = f.triggerText(QStringLiteral("audit_log_no_update"));
    REQUIRE_FALSE(rawExec(*f.db, QStringLiteral("DROP TRIGGER audit_log_no_update")).isValid());
    REQUIRE_FALSE(rawExec(*f.db, QStringLiteral("UPDATE audit_log SET who = 'revisorn' WHERE id = 2")).isValid());
    REQUIRE_FALSE(rawExec(*f.db, noUpdate).isValid());
    const QStringList problems = f.problems();
    CHECK(anyContains(problems, QStringLiteral("Filen har ändrats utanför Folkhälsobok"), QStringLiteral("ändringsloggens rad 2 ")));
}

TEST_CASE("check finds a dropped trigger and a trigger with another text", "[integrity]")
{
    ApprovedDb f;
    REQUIRE_FALSE(rawExec(*f.db, QStringLiteral("DROP TRIGGER audit_log_no_delete")).isValid());
    REQUIRE_FALSE(rawExec(*f.db, QStringLiteral("DROP TRIGGER annual_report_locked_delete")).isValid());
    REQUIRE_FALSE(rawExec(*f.db, QStringLiteral("CREATE TRIGGER annual_report_locked_delete BEFORE DELETE ON annual_report "
                                                "WHEN 0 BEGIN SELECT 1; END")).isValid());
    const QStringList problems = f.problems();
    CHECK(anyContains(problems, QStringLiteral("Filen har ändrats utanför Folkhälsobok"), QStringLiteral("audit_log_no_delete saknas")));
    CHECK(anyContains(problems, QStringLiteral("annual_report_locked_delete har en annan text")));
}

TEST_CASE("a database at version 2 is upgraded with its audit log chained and its approvals recorded", "[integrity]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("v2.fhb"));
    {
        RawSqlite raw(path);
        for (const char *name : {":/sql/001_initial.sql", ":/sql/002_indexes.sql"}) {
            QFile file(QString::fromLatin1(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            REQUIRE(raw.exec(file.readAll().constData()) == SQLITE_OK);
        }
        REQUIRE(raw.exec("INSERT INTO party (id, name, kind) VALUES (1, 'Örebro kommun', 'municipality');"
                         "INSERT INTO annual_report (id, party_id, year, status) VALUES (1, 1, 2023, 'submitted');"
                         "INSERT INTO expense_line (report_id, position, category, amount_ore) VALUES (1, 0, 'Lön', 100);"
                         "UPDATE annual_report SET status = 'approved' WHERE id = 1;"
                         "INSERT INTO audit_log (at, who, entity, entity_id, report_id, action, field, old_value, new_value) "
                         "VALUES ('2025-03-01T09:00:00.000Z', 'carin', 'annual_report', 1, 1, 'status', 'status', "
                         "'submitted', 'approved');"
                         "INSERT INTO audit_log (at, who, entity, action) VALUES ('2025-03-02T09:00:00.000Z', 'carin', 'dataset', 'import');")
                == SQLITE_OK);
        REQUIRE(raw.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(Database::applicationId())
                                    + "; PRAGMA user_version = 2").constData()) == SQLITE_OK);
    }
    auto db = openDb(path);
    REQUIRE(db);
    CHECK(db->schemaVersion() == 3);
    CHECK(QFileInfo::exists(path + QStringLiteral(".bak-v2")));
    CHECK(rawValue(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NULL")).toInt() == 0);
    const auto approvals = ReportStore(*db).approvals(1);
    REQUIRE(approvals.ok());
    REQUIRE(approvals->size() == 1);
    CHECK(approvals->first().who == QStringLiteral("carin"));
    CHECK(approvals->first().fingerprint == app::reportFingerprint(ReportStore(*db).report(1).value()));
    const auto problems = integrityProblems(*db);
    REQUIRE(problems.ok());
    INFO(problems->join(u'\n').toStdString());
    CHECK(problems->isEmpty());
}

// ---- A received file never approves ----

TEST_CASE("a report approved in an exchange file is imported as submitted", "[integrity]")
{
    Scratch scratch;
    auto db = sampleDb(scratch, QStringLiteral("fil.fhb"));
    Dataset file;
    file.reports = {sampleReport(kOrebro, 2024)};
    file.reports.first().status = ReportStatus::Approved;
    const auto imported = DatasetStore(*db).import(file);
    REQUIRE(imported.ok());
    CHECK(imported->reportsArrivedSubmitted == 1);
    CHECK(anyContains(imported->warnings, QStringLiteral("reports[0]: "), QStringLiteral("kommer in som inskickad")));
    const auto report = ReportStore(*db).report(*ReportStore(*db).findReport(kOrebro, 2024));
    CHECK(report->status == ReportStatus::Submitted);
    CHECK(ReportStore(*db).approvals(report->id)->isEmpty());
}

TEST_CASE("an import with replace never sets a report to approved", "[integrity]")
{
    Scratch scratch;
    auto db = sampleDb(scratch, QStringLiteral("ersätt.fhb"));
    const qint64 id = *ReportStore(*db).findReport(kOrebro, 2023);
    REQUIRE(ReportStore(*db).setStatus(id, ReportStatus::Submitted).ok());
    Dataset file;
    file.reports = {sampleReport(kOrebro, 2023)};
    file.reports.first().status = ReportStatus::Approved;
    file.reports.first().expenses.first().amountOre += 100;
    ImportOptions options;
    options.replace = true;
    const auto imported = DatasetStore(*db).import(file, options);
    REQUIRE(imported.ok());
    CHECK(imported->reportsReplaced == 1);
    const auto report = ReportStore(*db).report(*ReportStore(*db).findReport(kOrebro, 2023));
    CHECK(report->status == ReportStatus::Submitted);
    CHECK(report->expenses.first().amountOre == sampleReport(kOrebro, 2023).expenses.first().amountOre + 100);
}

TEST_CASE("the report-file import plan says an approved report comes in as submitted", "[integrity]")
{
    Scratch scratch;
    auto db = sampleDb(scratch, QStringLiteral("plan.fhb"));
    Dataset file;
    file.parties = {{0, kOrebro, PartyKind::Municipality, {}}};
    file.reports = {sampleReport(kOrebro, 2024)};
    file.reports.first().status = ReportStatus::Approved;
    const QString path = scratch.path(QStringLiteral("orebro.json"));
    writeFile(path, app::exchangeToJson(file));
    app::ReportFileImportPlan plan;
    plan.plan(*db, {path});
    REQUIRE(plan.rowCount() == 1);
    CHECK(plan.data(plan.index(0, app::ReportFileImportPlan::OutcomeColumn)).toString().contains(QStringLiteral("kommer in som inskickad")));
    plan.import(*db);
    CHECK(ReportStore(*db).report(*ReportStore(*db).findReport(kOrebro, 2024))->status == ReportStatus::Submitted);
}

TEST_CASE("a whole database restored into an empty one keeps its approvals with their records", "[integrity]")
{
    ApprovedDb f;
    const auto original = ReportStore(*f.db).approvals(f.id);
    REQUIRE(original.ok());
    const QByteArray json = app::exchangeToJson(DatasetStore(*f.db).load().value());
    CHECK(json.contains("\"approvals\""));
    const auto data = app::exchangeFromJson(json);
    REQUIRE(data.ok());
    auto restored = createDb(f.scratch.path(QStringLiteral("återställd.fhb")));
    const auto imported = DatasetStore(*restored).import(data.value());
    REQUIRE(imported.ok());
    CHECK(imported->reportsArrivedSubmitted == 0);
    const qint64 id = *ReportStore(*restored).findReport(kOrebro, 2023);
    CHECK(ReportStore(*restored).report(id)->status == ReportStatus::Approved);
    const auto approvals = ReportStore(*restored).approvals(id);
    REQUIRE(approvals.ok());
    CHECK(approvals.value() == original.value());
    const auto problems = integrityProblems(*restored);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    SECTION("unless its content no longer has the approved fingerprint")
    {
        Dataset edited = data.value();
        edited.reports.first().expenses.first().amountOre += 1;
        auto other = createDb(f.scratch.path(QStringLiteral("ändrad.fhb")));
        const auto result = DatasetStore(*other).import(edited);
        REQUIRE(result.ok());
        CHECK(result->reportsArrivedSubmitted == 1);
        CHECK(anyContains(result->warnings, QStringLiteral("fingeravtrycket stämmer inte")));
        CHECK(ReportStore(*other).report(*ReportStore(*other).findReport(kOrebro, 2023))->status == ReportStatus::Submitted);
    }
}
