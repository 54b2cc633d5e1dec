// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEntry.h"

#include "domain/Result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace fhb::storage {

class Database;

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

    /// The hash of one audit row in the chain (docs/data-model.md, "The audit chain"): the
    /// SHA-256, as 64 lowercase hexadecimal digits, of the canonical form of `columns` (id, at,
    /// who, entity, entity_id, report_id, action, field, old_value, new_value as stored; a null
    /// QVariant is NULL) after `previousHash`.
    static QString chainHash(const QString &previousHash, const QVariantList &columns);
    /// The previous hash of the first row: 64 zeros.
    static QString chainStart();
    /// The columns of the chain, in order, for SELECTs that verify it.
    static QString chainColumns();
    /// Gives every row without a hash (rows written before schema version 3) its hash, oldest
    /// first, in the caller's transaction. The upgrade to version 3 calls it.
    Status chainUnchainedRows();

    /// The rows about one report (including rows of its lines), oldest first.
    Result<QList<AuditEntry>> entriesForReport(qint64 reportId) const;
    /// Every row, oldest first.
    Result<QList<AuditEntry>> entries() const;

private:
    Result<QList<AuditEntry>> select(const QString &sql, const std::optional<qint64> &reportId) const;

    const Database &m_db;
    QSqlQuery m_insert;
    QSqlQuery m_last;
    bool m_prepared = false;
};

} // namespace fhb::storage
