// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace fhb::storage {

class Database;

/// One row of the audit log: who changed what, when, from what to what.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;                   ///< UTC
    QString who;                    ///< operating-system user (Database::userName())
    QString entity;                 ///< table name: "annual_report", "party", "agreement", …
    std::optional<qint64> entityId; ///< row id in that table, when the row exists
    std::optional<qint64> reportId; ///< the annual report concerned, if any
    QString action;                 ///< "insert", "update", "delete", "status", "reopen", "import", "replace"
    QString field;                  ///< the column changed ("status"), or empty
    QString oldValue;               ///< null when there was none
    QString newValue;               ///< null when there is none
};

/// Appends to and reads the audit log. Writers call record() inside the transaction of the
/// change they describe, so the change and its audit row are stored together or not at all.
/// The table is append-only (triggers refuse UPDATE and DELETE).
class AuditLog
{
public:
    /// `db` must outlive this object.
    explicit AuditLog(const Database &db);

    struct Row {
        QString entity;
        std::optional<qint64> entityId;
        std::optional<qint64> reportId;
        QString action;
        QString field;
        QString oldValue; ///< null QString = NULL
        QString newValue; ///< null QString = NULL
    };
    /// Appends one row stamped with the current UTC time and the OS user.
    Status record(const Row &row);

    /// The rows about one report (including rows of its lines), oldest first.
    Result<QList<AuditEntry>> entriesForReport(qint64 reportId) const;
    /// Every row, oldest first.
    Result<QList<AuditEntry>> entries() const;

private:
    Result<QList<AuditEntry>> select(const QString &sql, const std::optional<qint64> &reportId) const;

    const Database &m_db;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace fhb::storage
