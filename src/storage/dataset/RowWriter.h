// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <memory>

// Internal: writes whole parties, agreements and reports with prepared statements that are
// reused for every row (imports of ~100 000 lines must take seconds, not minutes).
// Callers own the transaction and the audit rows; names must already be resolved to ids.
namespace fhb::storage {

class Database;

class RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(fhb::storage::RowWriter)
public:
    /// `partyIds` maps party names to ids and must hold every party referred to.
    RowWriter(const Database &db, const QHash<QString, qint64> &partyIds);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    Result<qint64> insertParty(const Party &party);
    /// Replaces the member list of a county part.
    Status writeMembers(qint64 partyId, const QList<Membership> &members);
    Result<qint64> insertAgreement(const Agreement &agreement);
    /// Overwrites the agreement row `id` and all its details with `agreement`.
    Status replaceAgreement(qint64 id, const Agreement &agreement);
    /// Inserts a report with its lines and paragraphs. An approved report is inserted as
    /// submitted: only approveReport (ReportApprovals.h) approves, with an approval record.
    Result<qint64> insertReport(const AnnualReport &report);
    /// Deletes a report that is not approved (its lines go with it).
    Status deleteReport(qint64 id);

private:
    struct Queries;
    bool exec(QSqlQuery &query, const QString &what);
    Status writeAgreementDetails(qint64 id, const Agreement &agreement);
    Status writeReportLines(qint64 id, const AnnualReport &report);

    const Database &m_db;
    const QHash<QString, qint64> &m_partyIds;
    std::unique_ptr<Queries> m_q;
    Error m_error; ///< why the statement that failed last failed, for the method to return
};

} // namespace fhb::storage
