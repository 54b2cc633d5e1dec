// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseOpening.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

// Internal: how Database::open looks at an existing file through SQLite before opening it for
// real, and the small helpers the opening shares. Nothing here writes to the file.
namespace fhb::storage::opening {

/// How long a probe waits for another program's lock, in milliseconds.
inline constexpr int kProbeTimeoutMs = 400;

/// A Qt SQL connection name "<prefix>-<n>", unique in this process.
QString uniqueConnectionName(const char *prefix);
/// SQLite's primary result code (the low byte) of a Qt SQL error.
int primaryCode(const QSqlError &error);
/// Migration scripts embedded from resources/sql, by version ("001_initial.sql" is 1).
const QMap<int, QString> &migrationFiles();
/// The value of `PRAGMA <pragma>` on `db`; invalid when it fails.
QVariant pragmaValue(const QSqlDatabase &db, const QString &pragma);

/// The refusal for a failed probe of `path`; `uri`: what the failed connection opened (`path`
/// itself when writing), asked again through SQLite's C API for the real cause.
OpenError classifyProbeError(const QSqlError &error, const QString &path, const QString &uri, bool writing);

/// What SQLite itself says about a file; the header bytes may be stale while a -wal file
/// holds newer pages, so application_id and user_version are read through SQLite.
struct ProbeInfo {
    bool hasTables = false;
    quint32 applicationId = 0;
    int userVersion = 0;
};

/// Identity, tables and integrity of `path`, read-only through `uri`: a refusal, or kind None.
OpenError probeExisting(const QString &path, const QString &uri, ProbeInfo *info);
/// What can be refused from the header alone, before SQLite opens the file; kind None if nothing.
OpenError checkExistingFile(const QString &path, const FileHeader &header);

} // namespace fhb::storage::opening
