// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageSupport.h"

#include "storage/AuditLog.h"
#include "storage/dataset/DatasetStore.h"
#include "storage/ReportStore.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

TEST_CASE("a status change writes an audit row with user and old and new value", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("audit.fhb")));
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    ReportStore store(*db);
    const qint64 id = *store.findReport(QStringLiteral("Örebro kommun"), 2023);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    REQUIRE(store.setStatus(id, ReportStatus::Submitted).ok());
    const auto log = store.auditLog(id);
    REQUIRE(log.ok());
    REQUIRE_FALSE(log->isEmpty());
    const AuditEntry &last = log->last();
    CHECK(last.entity == QStringLiteral("annual_report"));
    CHECK(last.entityId == id);
    CHECK(last.reportId == id);
    CHECK(last.action == QStringLiteral("status"));
    CHECK(last.field == QStringLiteral("status"));
    CHECK(last.oldValue == QStringLiteral("draft"));
    CHECK(last.newValue == QStringLiteral("submitted"));
    CHECK(last.who == db->userName());
    CHECK(last.at.timeSpec() == Qt::UTC);
    CHECK(last.at >= before);
}

TEST_CASE("the audit user is the operating-system user", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("user.fhb")));
    // The account of the process and its host; the environment's USER can say anything.
    const QString expected = QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name) + QLatin1Char('@')
        + QSysInfo::machineHostName();
    CHECK(db->userName() == expected);
    CHECK_FALSE(db->userName().isEmpty());
}

TEST_CASE("a reopening writes the reason and the status change to the audit log", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("audit.fhb")));
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    ReportStore store(*db);
    const qint64 id = *store.findReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(store.setStatus(id, ReportStatus::Approved).ok());
    REQUIRE(store.reopen(id, QStringLiteral("Revisorn hittade ett fel")).ok());
    const auto log = store.auditLog(id);
    REQUIRE(log.ok());
    REQUIRE(log->size() >= 3);
    const AuditEntry &reason = log->at(log->size() - 2);
    CHECK(reason.entity == QStringLiteral("report_reopening"));
    CHECK(reason.newValue == QStringLiteral("Revisorn hittade ett fel"));
    const AuditEntry &reopen = log->last();
    CHECK(reopen.action == QStringLiteral("reopen"));
    CHECK(reopen.oldValue == QStringLiteral("approved"));
    CHECK(reopen.newValue == QStringLiteral("draft"));
}

TEST_CASE("an import writes audit rows in its own transaction", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("audit.fhb")));
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    const auto all = AuditLog(*db).entries();
    REQUIRE(all.ok());
    // 5 parties, the members of Sydnärke, 1 agreement, 1 report, 1 summary
    CHECK(all->size() == 9);
    const auto reportRows = std::count_if(all->begin(), all->end(), [](const AuditEntry &e) {
        return e.entity == QStringLiteral("annual_report") && e.action == QStringLiteral("import");
    });
    CHECK(reportRows == 1);
    CHECK(all->last().action == QStringLiteral("import"));
    for (const AuditEntry &e : all.value())
        CHECK(e.who == db->userName());

    Dataset bad = sampleDataset();
    bad.reports.first().party = QStringLiteral("Okänd kommun");
    bad.reports.first().year = 2024;
    REQUIRE_FALSE(DatasetStore(*db).import(bad).ok());
    CHECK(AuditLog(*db).entries()->size() == 9);
}

TEST_CASE("the audit log refuses changes and deletions", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("audit.fhb")));
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    const QSqlError update = rawExec(*db, QStringLiteral("UPDATE audit_log SET who = 'någon annan'"));
    CHECK(update.isValid());
    CHECK(update.text().contains(QStringLiteral("fhb-append-only")));
    CHECK(rawExec(*db, QStringLiteral("DELETE FROM audit_log")).isValid());
    CHECK(rawValue(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 9);
}
