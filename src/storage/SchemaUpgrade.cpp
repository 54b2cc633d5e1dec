// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaUpgrade.h"

#include "AuditLog.h"
#include "Database.h"
#include "storage/dataset/DatasetLoader.h"
#include "ReportApprovals.h"
#include "SqlSupport.h"


namespace fhb::storage {

Status completeUpgrade(const Database &db, int version)
{
    if (version != 3)
        return {};
    if (const Status s = AuditLog(db).chainUnchainedRows(); !s)
        return s;
    // All reports in one read: reading them one by one would scan the lines for each.
    const auto reports = DatasetLoader(db).reports({});
    if (!reports)
        return Status::failure(reports.fault());
    for (const AnnualReport &report : reports.value())
        if (report.status == ReportStatus::Approved && report.approvals.isEmpty())
            if (const Status s = recordEarlierApproval(db, report); !s)
                return s;
    return {};
}

} // namespace fhb::storage
