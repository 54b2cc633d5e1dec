// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditLog.h"
#include "DatasetStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// Internal: DatasetStore::import. Validates everything first (messages name the exchange-file
// path), then writes in one transaction with reused prepared statements and audit rows.
namespace fhb::storage {

class RowWriter;

class DatasetImporter
{
    Q_DECLARE_TR_FUNCTIONS(fhb::storage::DatasetImporter)
public:
    DatasetImporter(Database &db, const ImportOptions &options);
    Result<ImportSummary> run(const Dataset &data);

private:
    enum class ReportAction { Insert, Replace, Skip };
    struct ExistingReport {
        qint64 id = 0;
        ReportStatus status = ReportStatus::Draft;
    };

    Status readDatabase();
    Status validateParties(const Dataset &data);
    Status validateMembershipOverlaps(const Dataset &data) const;
    Status validateAgreements(const Dataset &data);
    Status validateAgreement(const Agreement &a, const QString &path);
    Status validateReports(const Dataset &data);
    Status validateReport(const AnnualReport &r, const QString &path);
    Status decideReport(const AnnualReport &r, const QString &path);
    Status writeParties(const Dataset &data, RowWriter &writer);
    Status writeAgreements(const Dataset &data, RowWriter &writer);
    Status writeReports(const Dataset &data, RowWriter &writer);
    Status checkParty(const QString &name, const QString &path, std::optional<PartyKind> kind = std::nullopt) const;

    Database &m_db;
    ImportOptions m_options;
    AuditLog m_audit;
    ImportSummary m_summary;
    QList<Party> m_dbParties;
    QList<Agreement> m_dbAgreements;
    QHash<QString, PartyKind> m_kinds;   ///< every party of the file or the database
    QHash<QString, qint64> m_partyIds;   ///< filled while writing
    QHash<QString, ExistingReport> m_dbReports; ///< key: party + '\n' + year
    QList<ReportAction> m_reportActions; ///< one per report of the file
    bool m_restore = false; ///< the database was empty: approvals are kept
};

} // namespace fhb::storage
