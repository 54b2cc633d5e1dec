// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QCoreApplication>

namespace fhb::storage {

namespace {

QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QString textOrNull(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

std::optional<qint64> idOrNull(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

AuditLog::AuditLog(const Database &db) : m_db(db), m_insert(db.connection()) {}

Status AuditLog::record(const Row &row)
{
    if (!m_prepared) {
        m_prepared = prepare(m_insert, QStringLiteral(
            "INSERT INTO audit_log (at, who, entity, entity_id, report_id, action, field, old_value, new_value) "
            "VALUES (:at, :who, :entity, :entity_id, :report_id, :action, :field, :old_value, :new_value)"));
        if (!m_prepared)
            return Status::failure(QCoreApplication::translate("Database", "Ändringsloggen kunde inte skrivas."));
    }
    m_insert.bindValue(QStringLiteral(":at"), utcNow());
    m_insert.bindValue(QStringLiteral(":who"), m_db.userName());
    m_insert.bindValue(QStringLiteral(":entity"), row.entity);
    m_insert.bindValue(QStringLiteral(":entity_id"), optionalValue(row.entityId));
    m_insert.bindValue(QStringLiteral(":report_id"), optionalValue(row.reportId));
    m_insert.bindValue(QStringLiteral(":action"), row.action);
    m_insert.bindValue(QStringLiteral(":field"), row.field.isEmpty() ? QVariant() : QVariant(row.field));
    m_insert.bindValue(QStringLiteral(":old_value"), nullableText(row.oldValue));
    m_insert.bindValue(QStringLiteral(":new_value"), nullableText(row.newValue));
    if (!execPrepared(m_insert))
        return Status::failure(failureMessage(m_insert.lastError(),
            QCoreApplication::translate("Database", "skriva ändringsloggen")));
    return {};
}

Result<QList<AuditEntry>> AuditLog::entriesForReport(qint64 reportId) const
{
    return select(QStringLiteral(
        "SELECT id, at, who, entity, entity_id, report_id, action, field, old_value, new_value "
        "FROM audit_log WHERE report_id = :report_id ORDER BY id"), reportId);
}

Result<QList<AuditEntry>> AuditLog::entries() const
{
    return select(QStringLiteral(
        "SELECT id, at, who, entity, entity_id, report_id, action, field, old_value, new_value "
        "FROM audit_log ORDER BY id"), std::nullopt);
}

Result<QList<AuditEntry>> AuditLog::select(const QString &sql, const std::optional<qint64> &reportId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!prepare(query, sql))
        return Result<QList<AuditEntry>>::failure(QCoreApplication::translate("Database", "Ändringsloggen kunde inte läsas."));
    if (reportId)
        query.bindValue(QStringLiteral(":report_id"), *reportId);
    if (!execPrepared(query))
        return Result<QList<AuditEntry>>::failure(failureMessage(query.lastError(),
            QCoreApplication::translate("Database", "läsa ändringsloggen")));
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.who = query.value(2).toString();
        e.entity = query.value(3).toString();
        e.entityId = idOrNull(query.value(4));
        e.reportId = idOrNull(query.value(5));
        e.action = query.value(6).toString();
        e.field = textOrNull(query.value(7));
        e.oldValue = textOrNull(query.value(8));
        e.newValue = textOrNull(query.value(9));
        entries.append(e);
    }
    if (const std::optional<QString> error = stepFailure(query, QCoreApplication::translate("Database", "läsa ändringsloggen")))
        return Result<QList<AuditEntry>>::failure(*error);
    return entries;
}

} // namespace fhb::storage
