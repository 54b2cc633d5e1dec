// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFingerprint.h"

#include "ExchangeFile.h"
#include "storage/ReportApprovals.h"
#include "storage/ReportStore.h"

#include <QCryptographicHash>

namespace fhb::app {

QByteArray reportCanonicalForm(const AnnualReport &report)
{
    Dataset only;
    only.reports.append(report);
    only.reports.first().approvals.clear(); // records about the content, not content
    return exchangeToJson(only);
}

QString reportFingerprint(const AnnualReport &report)
{
    return QString::fromLatin1(QCryptographicHash::hash(reportCanonicalForm(report), QCryptographicHash::Sha256).toHex());
}

QString groupedFingerprint(const QString &fingerprint)
{
    QStringList groups;
    for (qsizetype i = 0; i < fingerprint.size(); i += 8)
        groups << fingerprint.mid(i, 8);
    return groups.join(u' ');
}

Result<int> approvedVersion(storage::Database &db, const AnnualReport &report)
{
    if (report.status != ReportStatus::Approved)
        return 0;
    // The approval record names the version (ReportStore::approvals); a report approved before
    // approvals were recorded counts its reopenings.
    const auto approvals = storage::ReportStore(db).approvals(report.id);
    if (!approvals)
        return Result<int>::failure(approvals.fault());
    if (!approvals->isEmpty())
        return approvals->last().version;
    const auto reopenings = storage::ReportStore(db).reopenings(report.id);
    if (!reopenings)
        return Result<int>::failure(reopenings.fault());
    return int(reopenings->size()) + 1;
}

void installReportFingerprint()
{
    storage::setReportFingerprintFunction(&reportFingerprint);
}

} // namespace fhb::app
