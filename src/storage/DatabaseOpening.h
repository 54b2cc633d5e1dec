// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QString>

// Internal: what Database::open checks before it touches a file. Nothing here writes.
namespace fhb::storage::opening {

inline constexpr quint32 kApplicationId = 0x4648424B; // "FHBK"

/// The first 100 bytes of a file, read without SQLite (which could change the file).
struct FileHeader {
    bool readable = false;
    QString readError;
    qint64 size = 0;
    bool sqliteMagic = false;   ///< starts with "SQLite format 3\0"
    quint32 applicationId = 0;  ///< big-endian at offset 68
    quint32 userVersion = 0;    ///< big-endian at offset 60
    bool walMode = false;       ///< read/write versions (offsets 18, 19) are 2
};
FileHeader readHeader(const QString &path);

/// statfs(2) of the folder says NFS, SMB/CIFS, FUSE, AFS, Coda, 9P, Ceph or similar.
bool isNetworkFileSystem(const QString &folder);

/// Empty when the file and its folder may be written; otherwise a Swedish sentence why not.
QString readOnlyReason(const QString &path, bool forced);
bool folderWritable(const QString &path);

/// An SQLite URI for read-only access to `path`; `immutable` when SQLite may not even
/// create its -wal/-shm side files.
QString readOnlyUri(const QString &path, bool immutable);

OpenError refusal(OpenErrorKind kind, const QString &path, const QString &detail = {});

} // namespace fhb::storage::opening
