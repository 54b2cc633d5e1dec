// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageSupport.h"

#include "storage/dataset/DatasetStore.h"

#include <QFileInfo>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

int indexCount(const Database &db)
{
    return rawValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")).toInt();
}

/// A database as version 1 left it: the tables and triggers, but none of version 2's indexes
/// and nothing of version 3.
QString craftVersionOne(const Scratch &scratch)
{
    const QString path = scratch.path(QStringLiteral("v1.fhb"));
    {
        auto db = createDb(path);
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    }
    RawSqlite raw(path);
    REQUIRE(raw.exec("PRAGMA journal_mode = DELETE") == SQLITE_OK);
    for (const char *index : {"county_part_member_by_part", "agreement_by_counterparty", "agreement_commitment_by_agreement",
                              "agreement_obligation_by_agreement", "annual_report_by_year", "expense_line_by_report",
                              "revenue_line_by_report", "report_paragraph_by_report", "report_reopening_by_report",
                              "audit_log_by_report"})
        REQUIRE(raw.exec(QByteArray(QByteArray("DROP INDEX ") + index).constData()) == SQLITE_OK);
    removeVersionThree(raw);
    REQUIRE(raw.exec("PRAGMA user_version = 1") == SQLITE_OK);
    return path;
}

} // namespace

TEST_CASE("the schema has every table strict and every expected table", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("schema.fhb")));
    const QStringList expected = {
        QStringLiteral("party"), QStringLiteral("county_part_member"), QStringLiteral("agreement"),
        QStringLiteral("agreement_decided_amount"), QStringLiteral("agreement_plk"), QStringLiteral("agreement_commitment"),
        QStringLiteral("agreement_obligation"), QStringLiteral("obligation_year"), QStringLiteral("annual_report"),
        QStringLiteral("expense_line"), QStringLiteral("revenue_line"), QStringLiteral("report_paragraph"),
        QStringLiteral("report_reopening"), QStringLiteral("audit_log")};
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (query.next()) {
        tables << query.value(0).toString();
        INFO(query.value(0).toString().toStdString());
        CHECK(query.value(1).toString().trimmed().endsWith(QStringLiteral("STRICT")));
    }
    for (const QString &table : expected)
        CHECK(tables.contains(table));
    CHECK(indexCount(*db) == 11);
}

TEST_CASE("an older schema is copied to a backup and migrated on opening", "[storage]")
{
    Scratch scratch;
    const QString path = craftVersionOne(scratch);
    const QString backup = path + QStringLiteral(".bak-v1");
    REQUIRE_FALSE(QFileInfo::exists(backup));
    {
        OpenError error;
        auto db = Database::open(path, {}, &error);
        INFO(error.message.toStdString());
        REQUIRE(db);
        CHECK(db->schemaVersion() == Database::latestSchemaVersion());
        CHECK(indexCount(*db) == 11);
        auto data = DatasetStore(*db).load();
        REQUIRE(data.ok());
        CHECK(data->reports.size() == 1);
    }
    REQUIRE(QFileInfo::exists(backup));
    // The backup is the old file: version 1, same data.
    auto old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
    {
        old.setDatabaseName(backup);
        REQUIRE(old.open());
        QSqlQuery q(old);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM expense_line")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 3);
        old.close();
    }
    old = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));
}

TEST_CASE("an older schema that cannot be written is refused and stays untouched", "[storage]")
{
    Scratch scratch;
    const QString path = craftVersionOne(scratch);
    const QByteArray before = readFile(path);
    OpenOptions options;
    options.forceReadOnly = true;
    OpenError error;
    auto db = Database::open(path, options, &error);
    CHECK_FALSE(db);
    CHECK(error.kind == OpenErrorKind::IoError);
    CHECK(error.message.contains(QStringLiteral("äldre databasformat")));
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".bak-v1")));
}

TEST_CASE("the schema refuses what the domain forbids", "[storage]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("check.fhb")));
    REQUIRE_FALSE(rawExec(*db, QStringLiteral("INSERT INTO party (id, name, kind) VALUES (1, 'Region', 'funder'), "
                                              "(2, 'Kommun', 'municipality')")).isValid());
    REQUIRE_FALSE(rawExec(*db, QStringLiteral("INSERT INTO annual_report (id, party_id, year) VALUES (1, 2, 2023)")).isValid());
    const QStringList refused = {
        QStringLiteral("INSERT INTO party (name, kind) VALUES ('X', 'kommun')"),
        QStringLiteral("INSERT INTO party (name, kind) VALUES ('  ', 'municipality')"),
        QStringLiteral("INSERT INTO party (name, kind) VALUES ('Kommun', 'municipality')"),
        QStringLiteral("INSERT INTO expense_line (report_id, position, category, amount_ore) VALUES (1, 0, 'A', -1)"),
        QStringLiteral("INSERT INTO expense_line (report_id, position, category, amount_ore) VALUES (1, 0, 'A', 'mycket')"),
        QStringLiteral("INSERT INTO expense_line (report_id, position, category, amount_ore) VALUES (99, 0, 'A', 1)"),
        QStringLiteral("INSERT INTO revenue_line (report_id, position, kind, amount_ore) VALUES (1, 0, 'gåva', 1)"),
        QStringLiteral("INSERT INTO annual_report (party_id, year) VALUES (2, 1899)"),
        QStringLiteral("INSERT INTO annual_report (party_id, year) VALUES (2, 2023)"),
        QStringLiteral("INSERT INTO annual_report (party_id, year, status) VALUES (2, 2024, 'klar')"),
        QStringLiteral("INSERT INTO annual_report (party_id, year, period_start) VALUES (2, 2025, '1/1 2025')"),
        QStringLiteral("INSERT INTO annual_report (party_id, year, period_start, period_end) "
                       "VALUES (2, 2026, '2026-12-31', '2026-01-01')"),
        QStringLiteral("INSERT INTO agreement (name, funder_id, counterparty_id, first_year, last_year, cofunding_ratio_bp) "
                       "VALUES ('A', 1, 2, 2024, 2029, -1)"),
        QStringLiteral("INSERT INTO agreement (name, funder_id, counterparty_id, first_year, last_year) "
                       "VALUES ('A', 1, 2, 2029, 2024)"),
        QStringLiteral("INSERT INTO agreement (name, funder_id, counterparty_id, first_year, last_year, indexation_mode) "
                       "VALUES ('A', 1, 2, 2024, 2029, 'linear')"),
        QStringLiteral("INSERT INTO audit_log (at, who, entity, action) VALUES ('2026-01-01T00:00:00.000Z', 'x', 'party', 'guess')"),
    };
    for (const QString &sql : refused) {
        INFO(sql.toStdString());
        CHECK(rawExec(*db, sql).isValid());
    }
    REQUIRE_FALSE(rawExec(*db, QStringLiteral("INSERT INTO agreement (id, name, funder_id, counterparty_id, first_year, "
                                              "last_year) VALUES (1, 'A', 1, 2, 2024, 2029)")).isValid());
    CHECK(rawExec(*db, QStringLiteral("INSERT INTO agreement_plk (agreement_id, year, plk_bp) VALUES (1, 2025, 20000)")).isValid());
    CHECK(rawExec(*db, QStringLiteral("INSERT INTO agreement_decided_amount (agreement_id, year, amount_ore) "
                                      "VALUES (1, 2025, -5)")).isValid());
    CHECK_FALSE(rawExec(*db, QStringLiteral("INSERT INTO agreement_plk (agreement_id, year, plk_bp) VALUES (1, 2025, 310)")).isValid());
}
