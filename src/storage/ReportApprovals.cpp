// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportApprovals.h"

#include "AuditLog.h"
#include "Database.h"
#include "ReportStore.h"
#include "storage/dataset/DatasetLoader.h"
#include "SqlSupport.h"

#include <atomic>

namespace fhb::storage {

namespace {

std::atomic<ReportFingerprintFunction> g_fingerprint{nullptr};

Result<AnnualReport> loadReport(const Database &db, qint64 reportId)
{
    return DatasetLoader(db).report(reportId);
}

Status insertApproval(const Database &db, qint64 reportId, const ReportApproval &approval, int rowVersion)
{
    QSqlQuery insert(db.connection());
    if (!prepare(insert, QStringLiteral("INSERT INTO report_approval (report_id, version, fingerprint, approved_at, "
                                        "approved_by, row_version) VALUES (:id, :version, :fingerprint, :at, :who, :row)")))
        return Status::failure(ErrorKind::Io, ReportStore::tr("Godkännandet kunde inte sparas."));
    insert.bindValue(QStringLiteral(":id"), reportId);
    insert.bindValue(QStringLiteral(":version"), approval.version);
    insert.bindValue(QStringLiteral(":fingerprint"), approval.fingerprint);
    insert.bindValue(QStringLiteral(":at"), approval.at.toUTC().toString(Qt::ISODateWithMs));
    insert.bindValue(QStringLiteral(":who"), approval.who);
    insert.bindValue(QStringLiteral(":row"), rowVersion);
    if (!execPrepared(insert))
        return Status::failure(failureMessage(insert.lastError(), ReportStore::tr("spara godkännandet")));
    return {};
}

} // namespace

void setReportFingerprintFunction(ReportFingerprintFunction function)
{
    g_fingerprint.store(function);
}

QString approvedFingerprint(AnnualReport report)
{
    const ReportFingerprintFunction function = g_fingerprint.load();
    if (!function)
        return {};
    report.status = ReportStatus::Approved;
    report.approvals.clear();
    return function(report);
}

Result<QList<ReportApproval>> approvalsOf(const Database &db, qint64 reportId)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!prepare(query, QStringLiteral("SELECT version, fingerprint, approved_at, approved_by FROM report_approval "
                                       "WHERE report_id = :id ORDER BY id")))
        return Result<QList<ReportApproval>>::failure(ErrorKind::Io, ReportStore::tr("Godkännandena kunde inte läsas."));
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query))
        return Result<QList<ReportApproval>>::failure(failureMessage(query.lastError(), ReportStore::tr("läsa godkännandena")));
    QList<ReportApproval> list;
    while (query.next())
        list.append({query.value(0).toInt(), query.value(1).toString(),
                     QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs), query.value(3).toString()});
    if (query.lastError().isValid())
        return Result<QList<ReportApproval>>::failure(failureMessage(query.lastError(), ReportStore::tr("läsa godkännandena")));
    return list;
}

Result<bool> approveReport(const Database &db, qint64 reportId, const QList<ReportApproval> &history,
                           const AnnualReport *content)
{
    auto report = content ? Result<AnnualReport>(*content) : loadReport(db, reportId);
    if (!report)
        return Result<bool>::failure(report.fault());
    if (content) {
        QSqlQuery version(db.connection());
        if (!prepare(version, QStringLiteral("SELECT row_version FROM annual_report WHERE id = :id")))
            return Result<bool>::failure(ErrorKind::Io, ReportStore::tr("Godkännandet kunde inte sparas."));
        version.bindValue(QStringLiteral(":id"), reportId);
        if (!execPrepared(version) || !version.next())
            return Result<bool>::failure(failureMessage(version.lastError(), ReportStore::tr("spara godkännandet")));
        report.value().rowVersion = version.value(0).toInt();
    }
    const QString fingerprint = approvedFingerprint(report.value());
    if (fingerprint.isEmpty())
        return Result<bool>::failure(ErrorKind::Io, ReportStore::tr("Årsredovisningen kunde inte godkännas: programmet kan inte räkna ut dess "
                                        "fingeravtryck."));
    if (!history.isEmpty() && history.last().fingerprint != fingerprint)
        return false;
    QList<ReportApproval> records = history;
    if (records.isEmpty()) {
        const auto earlier = approvalsOf(db, reportId);
        if (!earlier)
            return Result<bool>::failure(earlier.fault());
        int version = 0;
        for (const ReportApproval &a : earlier.value())
            version = std::max(version, a.version);
        QSqlQuery reopenings(db.connection());
        if (prepare(reopenings, QStringLiteral("SELECT count(*) FROM report_reopening WHERE report_id = :id"))) {
            reopenings.bindValue(QStringLiteral(":id"), reportId);
            if (execPrepared(reopenings) && reopenings.next())
                version = std::max(version, reopenings.value(0).toInt());
        }
        records.append({version + 1, fingerprint, QDateTime::currentDateTimeUtc(), db.userName()});
    }
    // The record names the row_version the approved report will have and keep.
    for (const ReportApproval &a : std::as_const(records))
        if (const Status s = insertApproval(db, reportId, a, report->rowVersion + 1); !s)
            return Result<bool>::failure(s.fault());
    // The status change and its row_version step in one statement: the approval names the
    // row_version it applies to, and an approved report's row_version is locked afterwards.
    QSqlQuery update(db.connection());
    if (!prepare(update, QStringLiteral("UPDATE annual_report SET status = 'approved', row_version = row_version + 1 "
                                        "WHERE id = :id")))
        return Result<bool>::failure(ErrorKind::Io, ReportStore::tr("Statusen kunde inte ändras."));
    update.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(update))
        return Result<bool>::failure(failureMessage(update.lastError(), ReportStore::tr("ändra statusen")));
    return true;
}

Status recordEarlierApproval(const Database &db, const AnnualReport &report)
{
    const qint64 reportId = report.id;
    const QString fingerprint = approvedFingerprint(report);
    if (fingerprint.isEmpty())
        return Status::failure(ErrorKind::Io, ReportStore::tr("Programmet kan inte räkna ut årsredovisningarnas fingeravtryck."));
    ReportApproval approval{1, fingerprint, QDateTime::currentDateTimeUtc(), db.userName()};
    QSqlQuery query(db.connection());
    if (prepare(query, QStringLiteral("SELECT (SELECT count(*) FROM report_reopening WHERE report_id = :id), "
                                      "(SELECT at || char(10) || who FROM audit_log WHERE report_id = :report "
                                      "AND entity = 'annual_report' AND field = 'status' AND new_value = 'approved' "
                                      "ORDER BY id DESC LIMIT 1)"))) {
        query.bindValue(QStringLiteral(":id"), reportId);
        query.bindValue(QStringLiteral(":report"), reportId);
        if (execPrepared(query) && query.next()) {
            approval.version = query.value(0).toInt() + 1;
            const QStringList when = query.value(1).toString().split(u'\n');
            if (when.size() == 2 && !when.at(1).trimmed().isEmpty()) {
                approval.at = QDateTime::fromString(when.at(0), Qt::ISODateWithMs);
                approval.who = when.at(1);
            }
        }
    }
    if (!approval.at.isValid())
        approval.at = QDateTime::currentDateTimeUtc();
    if (const Status s = insertApproval(db, reportId, approval, report.rowVersion); !s)
        return s;
    return AuditLog(db).record({QStringLiteral("report_approval"), std::nullopt, reportId, QStringLiteral("insert"),
                                QStringLiteral("fingerprint"), {}, fingerprint});
}

} // namespace fhb::storage
