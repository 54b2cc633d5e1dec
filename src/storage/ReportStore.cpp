// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "storage/dataset/DatasetLoader.h"
#include "ReportApprovals.h"
#include "SqlSupport.h"

namespace fhb::storage {

namespace {

/// Sets report `reportId`'s status to `status` (anything but approved: approveReport does that).
Status writeStatus(const Database &db, qint64 reportId, ReportStatus status, const QString &failed, const QString &what)
{
    QSqlQuery update(db.connection());
    if (!prepare(update, QStringLiteral("UPDATE annual_report SET status = :status WHERE id = :id")))
        return Status::failure(ErrorKind::Io, failed);
    update.bindValue(QStringLiteral(":status"), reportStatusKey(status));
    update.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(update))
        return Status::failure(failureMessage(update.lastError(), what));
    return {};
}

} // namespace

ReportStore::ReportStore(Database &db) : m_db(db) {}

Result<AnnualReport> ReportStore::report(qint64 reportId) const
{
    return DatasetLoader(m_db).report(reportId);
}

std::optional<qint64> ReportStore::findReport(const QString &party, int year) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT r.id FROM annual_report r JOIN party p ON p.id = r.party_id "
                                       "WHERE p.name = :party AND r.year = :year")))
        return std::nullopt;
    query.bindValue(QStringLiteral(":party"), party);
    query.bindValue(QStringLiteral(":year"), year);
    if (!execPrepared(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

Result<ReportStatus> ReportStore::currentStatus(qint64 reportId) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT status FROM annual_report WHERE id = :id")))
        return Result<ReportStatus>::failure(ErrorKind::Io, tr("Årsredovisningen kunde inte läsas."));
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query))
        return Result<ReportStatus>::failure(failureMessage(query.lastError(), tr("läsa årsredovisningen")));
    if (!query.next())
        return Result<ReportStatus>::failure(ErrorKind::NotFound, tr("Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den."));
    return reportStatusFromKey(query.value(0).toString()).value_or(ReportStatus::Draft);
}

Status ReportStore::setStatus(qint64 reportId, ReportStatus status)
{
    if (m_db.isReadOnly())
        return Status::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(ErrorKind::Busy, tr("Statusen kunde inte ändras: databasen används av ett annat program. Försök igen om en stund."));
    const auto current = currentStatus(reportId);
    if (!current)
        return Status::failure(current.fault());
    if (*current == status)
        return {};
    if (*current == ReportStatus::Approved)
        return Status::failure(ErrorKind::Locked, tr("Årsredovisningen är godkänd och därför låst. Öppna den igen (med en orsak) "
                                  "innan du ändrar dess status."));
    if (status == ReportStatus::Approved) {
        // The approval record with the fingerprint comes first; the schema requires it.
        if (const auto approved = approveReport(m_db, reportId); !approved)
            return Status::failure(approved.fault());
    } else if (const Status s = writeStatus(m_db, reportId, status, tr("Statusen kunde inte ändras."),
                                            tr("ändra statusen")); !s) {
        return s;
    }
    AuditLog audit(m_db);
    if (const Status s = audit.record({QStringLiteral("annual_report"), reportId, reportId, QStringLiteral("status"),
                                       QStringLiteral("status"), reportStatusKey(*current), reportStatusKey(status)}); !s)
        return s;
    return transaction.commit();
}

Status ReportStore::reopen(qint64 reportId, const QString &reason, ReportStatus to)
{
    if (m_db.isReadOnly())
        return Status::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Skriv varför årsredovisningen öppnas igen. Orsaken sparas i ändringsloggen."));
    if (to == ReportStatus::Approved)
        return Status::failure(tr("En återöppnad årsredovisning blir utkast eller inskickad, inte godkänd."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(ErrorKind::Busy, tr("Årsredovisningen kunde inte öppnas igen: databasen används av ett annat program. "
                                  "Försök igen om en stund."));
    const auto current = currentStatus(reportId);
    if (!current)
        return Status::failure(current.fault());
    if (*current != ReportStatus::Approved)
        return Status::failure(tr("Årsredovisningen är inte godkänd (status: %1), så den behöver inte öppnas igen.")
                                   .arg(reportStatusName(*current)));
    QSqlQuery insert(m_db.connection());
    if (!prepare(insert, QStringLiteral("INSERT INTO report_reopening (report_id, reopened_at, reopened_by, reason, to_status) "
                                        "VALUES (:id, :at, :who, :reason, :to)")))
        return Status::failure(ErrorKind::Io, tr("Årsredovisningen kunde inte öppnas igen."));
    insert.bindValue(QStringLiteral(":id"), reportId);
    insert.bindValue(QStringLiteral(":at"), utcNow());
    insert.bindValue(QStringLiteral(":who"), m_db.userName());
    insert.bindValue(QStringLiteral(":reason"), reason.trimmed());
    insert.bindValue(QStringLiteral(":to"), reportStatusKey(to));
    if (!execPrepared(insert))
        return Status::failure(failureMessage(insert.lastError(), tr("öppna årsredovisningen igen")));
    const qint64 reopeningId = insert.lastInsertId().toLongLong();
    Status s = writeStatus(m_db, reportId, to, tr("Årsredovisningen kunde inte öppnas igen."),
                           tr("öppna årsredovisningen igen"));
    AuditLog audit(m_db);
    if (s)
        s = audit.record({QStringLiteral("report_reopening"), reopeningId, reportId, QStringLiteral("insert"),
                          QStringLiteral("reason"), {}, reason.trimmed()});
    if (s)
        s = audit.record({QStringLiteral("annual_report"), reportId, reportId, QStringLiteral("reopen"),
                          QStringLiteral("status"), reportStatusKey(ReportStatus::Approved), reportStatusKey(to)});
    if (!s)
        return s;
    return transaction.commit();
}

Result<QList<AuditEntry>> ReportStore::auditLog(qint64 reportId) const
{
    return AuditLog(m_db).entriesForReport(reportId);
}

Result<QList<ReportApproval>> ReportStore::approvals(qint64 reportId) const
{
    return approvalsOf(m_db, reportId);
}

Result<QList<Reopening>> ReportStore::reopenings(qint64 reportId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!prepare(query, QStringLiteral("SELECT id, reopened_at, reopened_by, reason, to_status FROM report_reopening "
                                       "WHERE report_id = :id ORDER BY id")))
        return Result<QList<Reopening>>::failure(ErrorKind::Io, tr("Återöppningarna kunde inte läsas."));
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query))
        return Result<QList<Reopening>>::failure(failureMessage(query.lastError(), tr("läsa återöppningarna")));
    QList<Reopening> list;
    while (query.next())
        list.append({query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                     query.value(2).toString(), query.value(3).toString(),
                     reportStatusFromKey(query.value(4).toString()).value_or(ReportStatus::Draft)});
    if (const std::optional<Error> error = stepFailure(query, tr("läsa återöppningarna")))
        return Result<QList<Reopening>>::failure(*error);
    return list;
}

} // namespace fhb::storage
