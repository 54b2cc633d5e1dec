// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageSupport.h"

#include "storage/dataset/DatasetStore.h"
#include "storage/ReportStore.h"

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

struct ApprovedReport {
    Scratch scratch;
    std::unique_ptr<Database> db;
    qint64 id = 0;

    ApprovedReport()
    {
        db = createDb(scratch.path(QStringLiteral("lås.fhb")));
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
        const auto found = ReportStore(*db).findReport(QStringLiteral("Örebro kommun"), 2023);
        REQUIRE(found);
        id = *found;
        REQUIRE(ReportStore(*db).setStatus(id, ReportStatus::Approved).ok());
    }

    bool refusedAsLocked(const QString &sql) const
    {
        const QSqlError error = rawExec(*db, sql);
        INFO(sql.toStdString());
        INFO(error.text().toStdString());
        return error.isValid() && error.text().contains(QStringLiteral("fhb-locked"));
    }

    int rowVersion() const
    {
        return rawValue(*db, QStringLiteral("SELECT row_version FROM annual_report WHERE id = %1").arg(id)).toInt();
    }
};

} // namespace

TEST_CASE("an approved report refuses raw SQL changes to itself", "[storage]")
{
    ApprovedReport f;
    const QString id = QString::number(f.id);
    CHECK(f.refusedAsLocked(QStringLiteral("UPDATE annual_report SET status = 'draft' WHERE id = ") + id));
    CHECK(f.refusedAsLocked(QStringLiteral("UPDATE annual_report SET prepared_by_name = 'Någon' WHERE id = ") + id));
    CHECK(f.refusedAsLocked(QStringLiteral("UPDATE annual_report SET period_end = '2023-06-30' WHERE id = ") + id));
    CHECK(f.refusedAsLocked(QStringLiteral("DELETE FROM annual_report WHERE id = ") + id));
    CHECK(rawValue(*f.db, QStringLiteral("SELECT status FROM annual_report WHERE id = ") + id).toString()
          == QStringLiteral("approved"));
}

TEST_CASE("an approved report refuses new expense lines", "[storage]")
{
    ApprovedReport f;
    const QString id = QString::number(f.id);
    const int version = f.rowVersion();
    CHECK(f.refusedAsLocked(QStringLiteral("INSERT INTO expense_line (report_id, position, category, amount_ore) "
                                           "VALUES (%1, 9, 'Övrigt', 100)").arg(id)));
    CHECK(f.refusedAsLocked(QStringLiteral("INSERT INTO revenue_line (report_id, position, kind, amount_ore) "
                                           "VALUES (%1, 9, 'other', 100)").arg(id)));
    CHECK(f.refusedAsLocked(QStringLiteral("INSERT INTO report_paragraph (report_id, kind, position, text) "
                                           "VALUES (%1, 'event', 9, 'Ny')").arg(id)));
    CHECK(f.rowVersion() == version);
}

TEST_CASE("an approved report refuses changed and deleted lines and paragraphs", "[storage]")
{
    ApprovedReport f;
    const QString id = QString::number(f.id);
    for (const char *table : {"expense_line", "revenue_line", "report_paragraph"}) {
        const QString t = QLatin1String(table);
        CHECK(f.refusedAsLocked(QStringLiteral("UPDATE %1 SET position = position + 10 WHERE report_id = %2").arg(t, id)));
        CHECK(f.refusedAsLocked(QStringLiteral("DELETE FROM %1 WHERE report_id = %2").arg(t, id)));
    }
    CHECK(f.refusedAsLocked(QStringLiteral("UPDATE expense_line SET amount_ore = 0 WHERE report_id = ") + id));
    CHECK(rawValue(*f.db, QStringLiteral("SELECT sum(amount_ore) FROM expense_line WHERE report_id = ") + id).toLongLong()
          == 363700000);
}

TEST_CASE("the store refuses to change the status of an approved report", "[storage]")
{
    ApprovedReport f;
    ReportStore store(*f.db);
    const Status s = store.setStatus(f.id, ReportStatus::Draft);
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("låst")));
    CHECK(store.report(f.id)->status == ReportStatus::Approved);
}

TEST_CASE("reopening requires a reason and is recorded", "[storage]")
{
    ApprovedReport f;
    ReportStore store(*f.db);
    const Status blank = store.reopen(f.id, QStringLiteral("   "));
    CHECK_FALSE(blank.ok());
    CHECK(blank.error().contains(QStringLiteral("varför")));
    CHECK(store.report(f.id)->status == ReportStatus::Approved);

    REQUIRE(store.reopen(f.id, QStringLiteral("Fel belopp på rad 2")).ok());
    CHECK(store.report(f.id)->status == ReportStatus::Draft);
    const auto reopenings = store.reopenings(f.id);
    REQUIRE(reopenings.ok());
    REQUIRE(reopenings->size() == 1);
    CHECK(reopenings->first().reason == QStringLiteral("Fel belopp på rad 2"));
    CHECK(reopenings->first().who == f.db->userName());
    CHECK(reopenings->first().at.isValid());
    CHECK(reopenings->first().toStatus == ReportStatus::Draft);

    // Open again: lines can change; the permission was used up by the one status change.
    CHECK_FALSE(rawExec(*f.db, QStringLiteral("UPDATE expense_line SET amount_ore = 1 WHERE report_id = %1").arg(f.id)).isValid());
    REQUIRE(store.setStatus(f.id, ReportStatus::Approved).ok());
    CHECK(f.refusedAsLocked(QStringLiteral("UPDATE annual_report SET status = 'draft' WHERE id = %1").arg(f.id)));
}

TEST_CASE("a report that is not approved cannot be reopened", "[storage]")
{
    ApprovedReport f;
    ReportStore store(*f.db);
    REQUIRE(store.reopen(f.id, QStringLiteral("Rättelse"), ReportStatus::Submitted).ok());
    CHECK(store.report(f.id)->status == ReportStatus::Submitted);
    const Status again = store.reopen(f.id, QStringLiteral("Igen"));
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("inte godkänd")));
    CHECK(rawExec(*f.db, QStringLiteral("INSERT INTO report_reopening (report_id, reopened_at, reopened_by, reason) "
                                        "VALUES (%1, '2026-01-01T00:00:00.000Z', 'x', 'y')").arg(f.id)).isValid());
}

TEST_CASE("a raw reopening permits exactly one status change and nothing else", "[storage]")
{
    ApprovedReport f;
    const QString id = QString::number(f.id);
    CHECK(rawExec(*f.db, QStringLiteral("INSERT INTO report_reopening (report_id, reopened_at, reopened_by, reason) "
                                        "VALUES (%1, '2026-01-01T00:00:00.000Z', 'kalle', '   ')").arg(id)).isValid());
    REQUIRE_FALSE(rawExec(*f.db, QStringLiteral("INSERT INTO report_reopening (report_id, reopened_at, reopened_by, reason) "
                                                "VALUES (%1, '2026-01-01T00:00:00.000Z', 'kalle', 'rättelse')").arg(id)).isValid());
    CHECK(f.refusedAsLocked(QStringLiteral("UPDATE annual_report SET status = 'draft', year = 2022 WHERE id = ") + id));
    CHECK(f.refusedAsLocked(QStringLiteral("UPDATE annual_report SET status = 'submitted' WHERE id = ") + id));
    CHECK_FALSE(rawExec(*f.db, QStringLiteral("UPDATE annual_report SET status = 'draft' WHERE id = ") + id).isValid());
    CHECK(rawValue(*f.db, QStringLiteral("SELECT used FROM report_reopening WHERE report_id = ") + id).toInt() == 1);
    CHECK(rawExec(*f.db, QStringLiteral("UPDATE report_reopening SET reason = 'annat' WHERE report_id = ") + id).isValid());
    // Approving again needs an approval record: raw SQL cannot do it, the program can.
    CHECK(rawExec(*f.db, QStringLiteral("UPDATE annual_report SET status = 'approved' WHERE id = ") + id).isValid());
    REQUIRE(ReportStore(*f.db).setStatus(f.id, ReportStatus::Approved).ok());
    CHECK(f.refusedAsLocked(QStringLiteral("UPDATE annual_report SET status = 'draft' WHERE id = ") + id));
}

TEST_CASE("the row version grows with every change of a report or its lines", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("version.fhb")));
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    ReportStore store(*db);
    const qint64 id = *store.findReport(QStringLiteral("Örebro kommun"), 2023);
    const int v0 = store.report(id)->rowVersion;
    CHECK(v0 >= 1);
    REQUIRE_FALSE(rawExec(*db, QStringLiteral("UPDATE expense_line SET amount_ore = 5 WHERE report_id = %1 AND position = 0").arg(id)).isValid());
    const int v1 = store.report(id)->rowVersion;
    CHECK(v1 > v0);
    REQUIRE_FALSE(rawExec(*db, QStringLiteral("UPDATE annual_report SET prepared_by_title = 'strateg' WHERE id = %1").arg(id)).isValid());
    const int v2 = store.report(id)->rowVersion;
    CHECK(v2 > v1);
    REQUIRE(store.setStatus(id, ReportStatus::Submitted).ok());
    CHECK(store.report(id)->rowVersion > v2);
}

TEST_CASE("the workflow explains a missing report without SQL text", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("saknas.fhb")));
    ReportStore store(*db);
    const Status s = store.setStatus(4711, ReportStatus::Submitted);
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("finns inte")));
    CHECK_FALSE(s.error().contains(QStringLiteral("SQL")));
    CHECK_FALSE(store.report(4711).ok());
    CHECK_FALSE(store.findReport(QStringLiteral("Ingen"), 2023));
}
