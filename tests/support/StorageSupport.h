// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers of the Storage*.cpp tests: sample data, raw SQL, crafted files.
#include "TestSupport.h"

#include "domain/Dataset.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace fhb::test {

/// Starts the test writer holding `path` open for writing; returns once it says "ready".
inline void startHolder(QProcess &process, const QString &path)
{
    process.setProgram(QStringLiteral(FHB_CRASH_WRITER_PATH));
    process.setArguments({QStringLiteral("hold"), path});
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start();
    REQUIRE(process.waitForStarted(10000));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("\n") && timer.elapsed() < 15000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
    }
    INFO(output.toStdString());
    REQUIRE(output == "ready\n");
}

inline std::unique_ptr<storage::Database> openDb(const QString &path, storage::OpenOptions options = {},
                                                 storage::OpenError *error = nullptr)
{
    storage::OpenError local;
    auto db = storage::Database::open(path, options, error ? error : &local);
    return db;
}

inline std::unique_ptr<storage::Database> createDb(const QString &path)
{
    storage::OpenOptions options;
    options.create = true;
    storage::OpenError error;
    auto db = storage::Database::open(path, options, &error);
    INFO(error.message.toStdString());
    REQUIRE(db);
    return db;
}

/// Runs one statement on the database's own connection, as any program could; returns the error.
inline QSqlError rawExec(const storage::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    query.exec(sql);
    return query.lastError();
}

inline QVariant rawValue(const storage::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

/// A connection of "another program", through the SQLite C API.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
    {
        REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                                SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK);
    }
    ~RawSqlite() { sqlite3_close(m_db); }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;
    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }

private:
    sqlite3 *m_db = nullptr;
};

/// Takes schema version 3's additions (resources/sql/003_tamper_evidence.sql) out of a file
/// this program wrote, so that it looks as version 2 left it: for the upgrade tests. Leaves
/// user_version to the caller.
inline void removeVersionThree(RawSqlite &raw)
{
    QFile script(QStringLiteral(":/sql/003_tamper_evidence.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    static const QRegularExpression trigger(QStringLiteral("CREATE TRIGGER (\\w+)"));
    for (auto m = trigger.globalMatch(QString::fromUtf8(script.readAll())); m.hasNext();)
        REQUIRE(raw.exec(QString(QStringLiteral("DROP TRIGGER ") + m.next().captured(1)).toUtf8().constData()) == SQLITE_OK);
    REQUIRE(raw.exec("DROP TABLE report_approval; ALTER TABLE audit_log DROP COLUMN hash;"
                     "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
                     "BEGIN\n"
                     "    SELECT RAISE(ABORT, 'fhb-append-only: audit_log rows cannot be changed');\n"
                     "END;") == SQLITE_OK);
}

inline AnnualReport sampleReport(const QString &party, int year)
{
    AnnualReport r = AnnualReport::forYear(party, year);
    r.expenses = {{0, QStringLiteral("Lönekostnader"), 343400000,
                   QStringLiteral("Lönekostnader folkhälsostrateger inkl. samordning psykisk hälsa")},
                  {0, QStringLiteral("Folkhälsoinsatser"), 15400000, {}},
                  {0, QStringLiteral("Övrigt"), 4900000, {}}};
    r.revenues = {{0, RevenueKind::RegionalCompensation, QStringLiteral("Ersättning Region Örebro län"), 100500000, {}}};
    r.events = {QStringLiteral("Under året etablerades en portfölj för social hållbarhet."),
                QStringLiteral("Liv och hälsa ung genomfördes."), QStringLiteral("Ny strateg anställd.")};
    r.staffResources = {QStringLiteral("Två folkhälsostrateger på heltid.")};
    r.signature = {QStringLiteral("Malin Lindqvist"), QStringLiteral("hållbarhetschef"),
                   QStringLiteral("Lisen Tang Kempe"), QStringLiteral("folkhälsostrateg")};
    return r;
}

inline Agreement sampleAgreement()
{
    Agreement a;
    a.name = QStringLiteral("Överenskommelse Sydnärke 2024–2029");
    a.funder = QStringLiteral("Region Örebro län");
    a.counterparty = QStringLiteral("Sydnärke");
    a.firstYear = 2024;
    a.lastYear = 2029;
    a.baseCompensationOre = 139303800;
    a.plkBp = {{2025, 310}};
    a.commitments = {{QStringLiteral("Askersunds kommun"), 14500000}};
    a.obligations = {{QStringLiteral("Delta i Liv och hälsa ung"), {{2024, {true, QStringLiteral("klart")}}}}};
    a.decision = {QStringLiteral("Kommunstyrelsen"), QDate(2023, 10, 10), QStringLiteral("KS §12")};
    a.notes = QStringLiteral("Anteckning");
    return a;
}

/// The seed county: a funder, two municipalities, a county part, an organisation, one
/// agreement and Örebro's 2023 report.
inline Dataset sampleDataset()
{
    Dataset d;
    d.parties = {{0, QStringLiteral("Region Örebro län"), PartyKind::Funder, {}},
                 {0, QStringLiteral("Örebro kommun"), PartyKind::Municipality, {}},
                 {0, QStringLiteral("Askersunds kommun"), PartyKind::Municipality, {}},
                 {0, QStringLiteral("Sydnärke"), PartyKind::CountyPart, {{QStringLiteral("Askersunds kommun"), 2024, 2029}}},
                 {0, QStringLiteral("RF-SISU Örebro län"), PartyKind::Organisation, {}}};
    d.agreements = {sampleAgreement()};
    d.reports = {sampleReport(QStringLiteral("Örebro kommun"), 2023)};
    return d;
}

/// A synthetic county: `parties` municipalities with an agreement each, and a report
/// with `lines` expense lines for every party and year.
inline Dataset syntheticCounty(int parties, int years, int lines)
{
    Dataset d;
    d.parties.append({0, QStringLiteral("Regionen"), PartyKind::Funder, {}});
    for (int p = 0; p < parties; ++p) {
        const QString name = QStringLiteral("Kommun %1").arg(p + 1);
        d.parties.append({0, name, PartyKind::Municipality, {}});
        Agreement a;
        a.name = QStringLiteral("Överenskommelse %1").arg(name);
        a.funder = QStringLiteral("Regionen");
        a.counterparty = name;
        a.firstYear = 2020;
        a.lastYear = 2020 + years - 1;
        a.baseCompensationOre = 100000000 + p;
        a.plkBp = {{2021, 250}};
        d.agreements.append(a);
        for (int y = 0; y < years; ++y) {
            AnnualReport r = AnnualReport::forYear(name, 2020 + y);
            for (int l = 0; l < lines; ++l)
                r.expenses.append({0, QStringLiteral("Kategori %1").arg(l % 5), qint64(1000 * (l + 1) + p), QStringLiteral("not %1").arg(l)});
            r.revenues.append({0, RevenueKind::RegionalCompensation, QStringLiteral("Ersättning"), 100000000, {}});
            r.events = {QStringLiteral("Händelse")};
            d.reports.append(r);
        }
    }
    return d;
}

inline bool sameParties(const QList<Party> &a, const QList<Party> &b)
{
    if (a.size() != b.size())
        return false;
    for (const Party &p : a) {
        const auto it = std::find_if(b.begin(), b.end(), [&](const Party &q) { return q.name == p.name; });
        if (it == b.end() || !it->sameContent(p))
            return false;
    }
    return true;
}

} // namespace fhb::test
