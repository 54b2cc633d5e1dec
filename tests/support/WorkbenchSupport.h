// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers of the Workbench*.cpp tests: a database with the seed county and a dump of
// every table that must come back exactly after undo.
#include "StorageSupport.h"

#include "app/report/ReportDocument.h"
#include "storage/dataset/DatasetStore.h"
#include "storage/ReportStore.h"

#include <QSqlRecord>

namespace fhb::test {

/// Every table except audit_log (append-only by design) as text, rows in id order.
/// annual_report.row_version is left out: it is a change counter and only grows.
inline QString dumpTables(const storage::Database &db)
{
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                       "AND name <> 'audit_log' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QString dump;
    for (const QString &table : names) {
        QSqlQuery rows(db.connection());
        // Table names come from sqlite_master, not from input.
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY rowid")));
        dump += QStringLiteral("[") + table + QStringLiteral("]\n");
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QStringList cells;
            for (int i = 0; i < record.count(); ++i)
                if (record.fieldName(i) != QLatin1String("row_version"))
                    cells.append(record.fieldName(i) + u'=' + (record.isNull(i) ? QStringLiteral("NULL") : record.value(i).toString()));
            dump += cells.join(QStringLiteral(" | ")) + u'\n';
        }
    }
    return dump;
}

/// Records the string argument of every emission of `signal` (a QSignalSpy needs QtTest).
template<typename Sender, typename Signal>
struct Recorder {
    QStringList texts;
    int count() const { return int(texts.size()); }
    Recorder(Sender *sender, Signal signal)
    {
        QObject::connect(sender, signal, [this](auto &&...args) { record(args...); });
    }
    void record() { texts.append(QString()); }
    void record(const QString &text) { texts.append(text); }
};

inline int auditCount(const storage::Database &db)
{
    return rawValue(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

/// A database holding the seed county (sampleDataset) and Örebro's 2023 report open.
struct Workbench {
    Scratch scratch;
    std::unique_ptr<storage::Database> db;
    qint64 reportId = 0;

    Workbench()
    {
        db = createDb(scratch.path(QStringLiteral("arbetsbänk.fhb")));
        REQUIRE(storage::DatasetStore(*db).import(sampleDataset()).ok());
        const auto found = storage::ReportStore(*db).findReport(QStringLiteral("Örebro kommun"), 2023);
        REQUIRE(found);
        reportId = *found;
    }

    std::unique_ptr<app::ReportDocument> open() const
    {
        auto document = app::ReportDocument::open(*db, reportId);
        INFO(document.error().toStdString());
        REQUIRE(document);
        return std::unique_ptr<app::ReportDocument>(*document);
    }
};

} // namespace fhb::test
