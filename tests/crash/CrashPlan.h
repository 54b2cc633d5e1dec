// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The edit stream of the crash test, shared by the writer program (CrashWriter.cpp) and the
// test that kills it (tests/storage/ReliabilityCrashTests.cpp): edit number n decides what the
// edit is, so the test knows what an edit that was in flight at the kill would have done.
#include "domain/AnnualReport.h"
#include "domain/Dataset.h"

#include <QString>

namespace fhb::crash {

enum class EditKind {
    Amount, ///< expense line 0 of the crash report gets amount n öre (line + audit row, one transaction)
    Insert, ///< a new expense line "crash-n" at the end (line + renumbering + audit row)
    Import, ///< a dataset with party "Import n" and a report of kImportLines lines (all or nothing)
};

inline constexpr int kImportLines = 400;

inline EditKind kindOf(qint64 n)
{
    const qint64 r = n % 9;
    return r < 4 ? EditKind::Amount : r < 8 ? EditKind::Insert : EditKind::Import;
}

inline QString crashParty() { return QStringLiteral("Kraschkommun"); }
inline int crashYear() { return 2023; }
inline QString insertCategory(qint64 n) { return QStringLiteral("crash-%1").arg(n); }
inline QString importParty(qint64 n) { return QStringLiteral("Import %1").arg(n); }

/// The dataset the test seeds: the crash party and its report with one expense line.
inline Dataset seedDataset()
{
    Dataset d;
    d.parties = {{0, crashParty(), PartyKind::Municipality, {}}};
    AnnualReport r = AnnualReport::forYear(crashParty(), crashYear());
    r.expenses = {{0, QStringLiteral("Lönekostnader"), 0, {}}};
    d.reports = {r};
    return d;
}

/// The dataset edit n imports.
inline Dataset importDataset(qint64 n)
{
    Dataset d;
    d.parties = {{0, importParty(n), PartyKind::Organisation, {}}};
    AnnualReport r = AnnualReport::forYear(importParty(n), crashYear());
    for (int l = 0; l < kImportLines; ++l)
        r.expenses.append({0, QStringLiteral("Kategori %1").arg(l % 7), qint64(100 * l + n), QStringLiteral("rad %1").arg(l)});
    d.reports = {r};
    return d;
}

} // namespace fhb::crash
