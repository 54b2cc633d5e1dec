// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

/// The canonical form of one report's content (docs/pdf-report.md, "Fingerprint"): the
/// exchange file (ExchangeFile.h, version 1) holding only this report, with no parties and no
/// agreements, exactly as exchangeToJson writes it (UTF-8, fixed key order, amounts in öre,
/// storage ids left out). The same content always gives the same bytes.
QByteArray reportCanonicalForm(const AnnualReport &report);

/// The SHA-256 of reportCanonicalForm(report) as 64 lowercase hexadecimal digits.
QString reportFingerprint(const AnnualReport &report);

/// Gives storage this fingerprint to record and verify approvals with
/// (storage/ReportApprovals.h). Every program that opens a database calls it once at start,
/// before any approval (the desktop program's and the CLI's main, the test mains).
void installReportFingerprint();

/// The fingerprint in groups of eight digits separated by spaces ("3f2a9b1c 0d4e…"), easier
/// to compare by eye with a printed copy. `fingerprint` is what reportFingerprint returned.
QString groupedFingerprint(const QString &fingerprint);

/// The version number of an approved report: how many times it has been approved. A report
/// leaves the approved state only by a recorded reopening (ReportStore::reopen), so this is
/// the number of reopenings plus one; 0 when `report` (as read from `db`, with its storage id)
/// is not approved. Fails with a Swedish sentence when the reopenings cannot be read.
Result<int> approvedVersion(storage::Database &db, const AnnualReport &report);

} // namespace fhb::app
