// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaUpgrade.h"

#include "AuditLog.h"
#include "Database.h"
#include "ReportApprovals.h"
#include "SqlSupport.h"

#include <QCoreApplication>

namespace fhb::storage {

Status completeUpgrade(const Database &db, int version)
{
    if (version != 3)
        return {};
    if (const Status s = AuditLog(db).chainUnchainedRows(); !s)
        return s;
    QSqlQuery approved(db.connection());
    approved.setForwardOnly(true);
    if (!approved.exec(QStringLiteral("SELECT id FROM annual_report WHERE status = 'approved' "
                                      "AND id NOT IN (SELECT report_id FROM report_approval) ORDER BY id")))
        return Status::failure(failureMessage(approved.lastError(), QCoreApplication::translate("Database", "läsa de godkända årsredovisningarna")));
    QList<qint64> ids;
    while (approved.next())
        ids.append(approved.value(0).toLongLong());
    approved.finish();
    for (qint64 id : std::as_const(ids))
        if (const Status s = recordEarlierApproval(db, id); !s)
            return s;
    return {};
}

} // namespace fhb::storage
