// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"
#include "domain/Result.h"

namespace fhb::storage {

class Database;

/// Computes a report's fingerprint: the SHA-256 of its canonical form, which the app layer
/// defines (src/app/exchange/ReportFingerprint.h) because the form is the exchange file's.
using ReportFingerprintFunction = QString (*)(const AnnualReport &report);

/// Installed once when a program starts (app::installReportFingerprint in
/// src/app/exchange/ReportFingerprint.h); storage uses it to record and verify approvals, and
/// refuses to approve while none is installed.
void setReportFingerprintFunction(ReportFingerprintFunction function);

/// The fingerprint of `report` as approved (status approved, approvals left out), or an empty
/// string when no fingerprint function is installed.
QString approvedFingerprint(AnnualReport report);

/// The approvals recorded for a report, oldest first.
Result<QList<ReportApproval>> approvalsOf(const Database &db, qint64 reportId);

/// Approves report `reportId` inside the caller's transaction: records an approval (or, when
/// restoring a whole database, `history` as it was) for the report's current content and
/// row_version, then sets its status. Returns false and writes nothing when the last entry of
/// `history` has another fingerprint than the content: that report was changed after approval.
/// `content`, when given, is the report as just written (an import has it at hand), which
/// saves reading it back.
Result<bool> approveReport(const Database &db, qint64 reportId, const QList<ReportApproval> &history = {},
                           const AnnualReport *content = nullptr);

/// Records the approval of `report` (as loaded, with its id and row version), which was
/// already approved before approvals were recorded (the upgrade to schema version 3), taking
/// who and when from the audit log when it says.
Status recordEarlierApproval(const Database &db, const AnnualReport &report);

} // namespace fhb::storage
