// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "storage/OutputFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

/// One report as an exchange file, for sending it to the region (docs/exchange-format.md):
/// the report, its party and the parties and agreements it needs — byte for byte what
/// `folkhalsobok-cli export FILE --party P --year Y` writes.
class ReportSubmissionFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportSubmissionFile)
public:
    /// The exchange file of `party`'s report of `year`; fails (Swedish) when there is no such
    /// report or the database cannot be read.
    static Result<QByteArray> json(storage::Database &db, const QString &party, int year);
    /// Writes json() to `path` through storage::OutputFile: an existing file is either replaced
    /// whole or left as it was, and a database is never overwritten.
    static storage::OutputStatus write(storage::Database &db, const QString &party, int year, const QString &path);
    /// "Rapport 2023 – Örebro kommun.fhb.json" (the ending the desktop's MIME type knows:
    /// resources/desktop), with characters file systems refuse made "-".
    static QString fileName(int year, const QString &party);
};

} // namespace fhb::app
