// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReportRow.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

namespace fhb::storage {

class Database;

/// Where the rows of each ReportList are stored (table, paragraph kind, content columns), and
/// the plain reads and position updates on them. ReportWriter adds the transaction, the
/// row_version check and the audit rows. Internal to storage; `db` must outlive this object.
class ReportRowTables
{
    Q_DECLARE_TR_FUNCTIONS(fhb::storage::ReportRowTables)

public:
    /// One content column of a row: its name, the value bound, the value as the audit log shows it.
    struct Column {
        QString name;
        QVariant value;
        QString shown;
    };

    explicit ReportRowTables(const Database &db);

    static QString table(ReportList list);
    /// report_paragraph.kind of a narrative list ("event", "staff-resource"); empty for lines.
    static QString kindKey(ReportList list);
    /// The content columns of `row`, in the order of the table's definition.
    static QList<Column> columns(const ReportRow &row);
    /// The row as the audit log names it when it is added or removed: "Lokaler, 154 000 (fotnot)".
    static QString summary(const ReportRow &row);
    static bool hasNegativeAmount(const ReportRow &row);
    /// The failure of a statement, with its kind (Locked by the lock triggers, Busy, DiskFull, Io).
    static Status statementFailure(const QSqlQuery &query, const QString &what);

    /// The ids of the rows of `list`, in order.
    Result<QList<qint64>> ids(qint64 reportId, ReportList list) const;
    /// The row at `row` of `list` (Invalid when there is none).
    Result<ReportRow> read(qint64 reportId, ReportList list, int row) const;
    /// Gives every row of the list the position of its index, touching only rows that moved.
    Status renumber(ReportList list, const QList<qint64> &orderedIds, const QList<qint64> &oldOrder) const;
    bool idIsFree(ReportList list, qint64 id) const;

private:
    QString whereList(ReportList list) const;

    const Database &m_db;
};

} // namespace fhb::storage
