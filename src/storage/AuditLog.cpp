// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace fhb::storage {

namespace {

QString textOrNull(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

std::optional<qint64> idOrNull(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

AuditLog::AuditLog(const Database &db) : m_db(db), m_insert(db.connection()), m_last(db.connection()) {}

QString AuditLog::chainStart()
{
    return QString(64, u'0');
}

QString AuditLog::chainColumns()
{
    return QStringLiteral("id, at, who, entity, entity_id, report_id, action, field, old_value, new_value");
}

QString AuditLog::chainHash(const QString &previousHash, const QVariantList &columns)
{
    // "fhb-audit-v1\n", the previous hash and "\n", then per column "~\n" for NULL or
    // "<UTF-8 byte length>:<UTF-8 bytes>\n" (integers in decimal): unambiguous and easy to redo.
    QByteArray canonical = QByteArrayLiteral("fhb-audit-v1\n") + previousHash.toLatin1() + '\n';
    for (const QVariant &value : columns) {
        if (value.isNull()) {
            canonical += "~\n";
            continue;
        }
        const QByteArray bytes = value.toString().toUtf8();
        canonical += QByteArray::number(bytes.size()) + ':' + bytes + '\n';
    }
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

namespace {

/// The text as SQLite will store and return it: lone surrogates would otherwise be stored
/// differently from what was hashed.
QVariant storedText(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(QString::fromUtf8(text.toUtf8()));
}

} // namespace

Status AuditLog::chainUnchainedRows()
{
    const QString what = QCoreApplication::translate("Database", "kedja ändringsloggen");
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    if (!prepare(rows, QStringLiteral("SELECT ") + chainColumns() + QStringLiteral(", hash FROM audit_log ORDER BY id"))
        || !execPrepared(rows))
        return Status::failure(failureMessage(rows.lastError(), what));
    QSqlQuery update(m_db.connection());
    if (!prepare(update, QStringLiteral("UPDATE audit_log SET hash = :hash WHERE id = :id")))
        return Status::failure(failureMessage(update.lastError(), what));
    QString previous = chainStart();
    QList<std::pair<qint64, QString>> hashes;
    while (rows.next()) {
        if (!rows.value(10).isNull()) {
            previous = rows.value(10).toString();
            continue;
        }
        QVariantList columns;
        for (int i = 0; i < 10; ++i)
            columns << rows.value(i);
        previous = chainHash(previous, columns);
        hashes.append({rows.value(0).toLongLong(), previous});
    }
    if (rows.lastError().isValid())
        return Status::failure(failureMessage(rows.lastError(), what));
    rows.finish();
    for (const auto &[id, hash] : std::as_const(hashes)) {
        update.bindValue(QStringLiteral(":hash"), hash);
        update.bindValue(QStringLiteral(":id"), id);
        if (!execPrepared(update))
            return Status::failure(failureMessage(update.lastError(), what));
    }
    return {};
}

Status AuditLog::record(const Row &row)
{
    if (!m_prepared) {
        m_prepared = prepare(m_insert, QStringLiteral(
            "INSERT INTO audit_log (id, at, who, entity, entity_id, report_id, action, field, old_value, new_value, hash) "
            "VALUES (:id, :at, :who, :entity, :entity_id, :report_id, :action, :field, :old_value, :new_value, :hash)"))
            && prepare(m_last, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (!m_prepared)
            return Status::failure(ErrorKind::Io, QCoreApplication::translate("Database", "Ändringsloggen kunde inte skrivas."));
    }
    // The row links to the last one: this runs inside the writer's transaction, so no other
    // program can append in between.
    QSqlQuery &last = m_last;
    if (!execPrepared(last))
        return Status::failure(failureMessage(last.lastError(),
            QCoreApplication::translate("Database", "skriva ändringsloggen")));
    const bool any = last.next();
    const qint64 id = any ? last.value(0).toLongLong() + 1 : 1;
    const QString previous = any && !last.value(1).isNull() ? last.value(1).toString() : chainStart();
    last.finish();
    const QVariantList columns = {id, utcNow(), storedText(m_db.userName()), storedText(row.entity),
                                  optionalValue(row.entityId), optionalValue(row.reportId), storedText(row.action),
                                  row.field.isEmpty() ? QVariant() : storedText(row.field),
                                  storedText(row.oldValue), storedText(row.newValue)};
    static const char *const names[] = {":id", ":at", ":who", ":entity", ":entity_id", ":report_id",
                                        ":action", ":field", ":old_value", ":new_value"};
    for (int i = 0; i < 10; ++i)
        m_insert.bindValue(QLatin1String(names[i]), columns[i]);
    m_insert.bindValue(QStringLiteral(":hash"), chainHash(previous, columns));
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
        return Result<QList<AuditEntry>>::failure(ErrorKind::Io, QCoreApplication::translate("Database", "Ändringsloggen kunde inte läsas."));
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
    if (const std::optional<Error> error = stepFailure(query, QCoreApplication::translate("Database", "läsa ändringsloggen")))
        return Result<QList<AuditEntry>>::failure(*error);
    return entries;
}

} // namespace fhb::storage
