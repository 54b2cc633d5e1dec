// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEntry.h"

#include "domain/AnnualReport.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace fhb::storage {

class Database;

/// A recorded reopening of an approved report.
struct Reopening {
    qint64 id = 0;
    QDateTime at;   ///< UTC
    QString who;    ///< operating-system user
    QString reason; ///< why the controller reopened it; never empty
    ReportStatus toStatus = ReportStatus::Draft;
};

/// The report workflow: status changes and reopening, each in one transaction with its
/// audit rows. The database itself refuses every change to an approved report (triggers);
/// reopen() is the only way back.
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(fhb::storage::ReportStore)
public:
    /// `db` must outlive this object.
    explicit ReportStore(Database &db);

    /// The report with its lines and paragraphs; fails when there is no such report.
    Result<AnnualReport> report(qint64 reportId) const;
    /// The id of `party`'s report for `year`, if there is one.
    std::optional<qint64> findReport(const QString &party, int year) const;

    /// Draft -> submitted -> approved (or back to draft before approval). An approved report
    /// refuses with a Swedish message: reopen it first. Setting the current status is a no-op.
    /// Approving records who, when and the report's fingerprint (ReportApprovals.h).
    Status setStatus(qint64 reportId, ReportStatus status);
    /// Reopens an approved report to `to` (draft or submitted), recording who, when and
    /// why. `reason` must not be blank; a report that is not approved refuses.
    Status reopen(qint64 reportId, const QString &reason, ReportStatus to = ReportStatus::Draft);

    /// The audit rows about the report and its lines, oldest first.
    Result<QList<AuditEntry>> auditLog(qint64 reportId) const;
    /// The report's approvals (who approved which version with which fingerprint), oldest first.
    Result<QList<ReportApproval>> approvals(qint64 reportId) const;
    /// The report's reopenings, oldest first.
    Result<QList<Reopening>> reopenings(qint64 reportId) const;

private:
    Result<ReportStatus> currentStatus(qint64 reportId) const;

    Database &m_db;
};

} // namespace fhb::storage
