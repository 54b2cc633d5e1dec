// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QString>

#include <optional>

#include <sys/types.h>

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

/// One of SQLite's files next to a database ("-wal", "-shm", "-journal"), as stat(2) sees it.
struct SideFile {
    QString path;
    bool exists = false;
    qint64 size = 0;
    uid_t owner = 0;
    bool readable = false; ///< by this process
    bool writable = false; ///< by this process
};
struct SideFiles {
    SideFile wal, shm, journal;
};
SideFiles sideFiles(const QString &path);

/// How a read-only connection reads a file without leaving anything behind: SQLite creates a
/// missing -wal or -shm even for a read-only connection, and the file it creates belongs to
/// the reader, which can lock the owner out of a shared folder.
enum class ReadMode {
    Live,      ///< mode=ro: -wal and -shm both exist and can be read; SQLite creates nothing
    Immutable, ///< mode=ro&immutable=1: nothing to read in a -wal, so SQLite need not open one
    Snapshot,  ///< the -wal holds committed data that can only be read from a private copy
};
/// `mayCreate`: this process opens for writing and may create the side files (they get the
/// database's permissions and, for root, its owner).
ReadMode readMode(const FileHeader &header, const SideFiles &side, bool mayCreate);

/// An SQLite URI for read-only access to `path`; `immutable` when SQLite may not even
/// create its -wal/-shm side files.
QString readOnlyUri(const QString &path, bool immutable);

/// The operating-system account of this process (getpwuid(geteuid())), "uid-<n>" without
/// a password entry; never the environment's USER, which anyone can set. Control characters
/// are removed.
QString operatingSystemAccount();
/// The account name of `uid`, or "uid-<n>".
QString accountName(uid_t uid);
/// This machine's host name, control characters removed.
QString hostName();
/// `text` without control characters (newlines, tabs, ESC, bidi overrides), trimmed.
QString withoutControlCharacters(const QString &text);

/// A process (not this one) holding a flock or POSIX lock on `path`, from /proc/locks:
/// 0 when no one does, nullopt when that cannot be known (no /proc, no such file).
std::optional<qint64> lockingProcess(const QString &path);

/// Why SQLite failed on `path`, in the user's words: a full disk, a side file that belongs to
/// someone else, an interrupted transaction that needs a writable open, missing read
/// permission, or SQLite's own error text. `code`/`systemErrno` as SQLite reported them
/// (extended code, sqlite3_system_errno); `writing` when the open was for writing.
QString failureReason(const QString &path, int code, int systemErrno, bool writing);

/// Tries the first read of an SQLite connection to `uri` through the C API and reports the
/// extended result code and the system errno (SQLITE_OK, 0 when it works).
struct SqliteFailure {
    int code = 0;
    int systemErrno = 0;
};
SqliteFailure tryFirstRead(const QString &uri, bool writing);

/// "the file has changes not yet written into it …; open it once where you may write".
QString staleChangesReason(const QString &path);

OpenError refusal(OpenErrorKind kind, const QString &path, const QString &detail = {});

} // namespace fhb::storage::opening
