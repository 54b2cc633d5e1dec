// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace fhb::storage {

/// Why an output could not be written; the command line turns it into an exit code
/// (docs/cli.md, "Exit codes").
enum class OutputErrorKind {
    None,
    DiskFull,       ///< ENOSPC, EDQUOT or EFBIG: no room (or no quota, or a file size limit)
    Permission,     ///< the folder or the file may not be written (EACCES, EPERM, EROFS)
    Path,           ///< the folder does not exist, or the name is too long (ENOENT, ENOTDIR, ENAMETOOLONG)
    NotRegularFile, ///< the target is a folder, a FIFO, a device or (for a made-up name) a symlink
    Database,       ///< the target is a database, or a database's -wal, -shm, -journal or lock file
    Other,          ///< anything else: an I/O error, the source of a backup
};

/// The ErrorKind of an OutputErrorKind (OutputStatus::errorKind()).
ErrorKind errorKindOf(OutputErrorKind kind);

/// Success, or a Swedish sentence that names the file with the kind of failure.
class [[nodiscard]] OutputStatus
{
public:
    OutputStatus() = default;
    static OutputStatus failure(OutputErrorKind kind, QString message);
    bool ok() const { return m_kind == OutputErrorKind::None; }
    explicit operator bool() const { return ok(); }
    /// Why, finer than errorKind(): a refused target names what it is.
    OutputErrorKind kind() const { return m_kind; }
    /// The kind every Error has: DiskFull; ReadOnly for Permission; NotFound for Path; Invalid
    /// for a target refused as a database or not a regular file; Io otherwise.
    ErrorKind errorKind() const;
    const QString &error() const { return m_error; }
    Error fault() const { return {errorKind(), m_error}; }
    /// For callers that pass the failure on as a Status.
    operator Status() const { return ok() ? Status() : Status::failure(fault()); } // NOLINT(google-explicit-constructor)

private:
    OutputErrorKind m_kind = OutputErrorKind::None;
    QString m_error;
};

/// How OutputFile writes one file.
struct OutputOptions {
    /// The file as the message names it, "%1" for the path: tr("Filen %1") by default,
    /// "PDF-filen %1", "Säkerhetskopian %1".
    QString label;
    /// False for names the program made up (batch exports): a symlink at the name is
    /// refused as not a regular file instead of being followed.
    bool followSymlink = true;
    /// Refuse any existing target (backups never replace a file).
    bool mustBeNew = false;
    /// The new file's mode before the umask. An existing file's mode is kept.
    unsigned mode = 0666;
};

/// The one writer of every file the program makes (exports, PDFs, workbooks, backups,
/// batch files): the bytes go to a new temporary file in the target's folder, every write,
/// the flush to disk (fsync) and the close are checked, and only a complete file is renamed
/// over the target. A failure leaves an existing file byte for byte as it was and removes the
/// temporary file. QSaveFile is not used: in Qt 6.4 a write smaller than its buffer succeeds
/// and the failing flush inside commit() goes unreported, so a full disk gave a 0-byte file.
///
/// Targets that are refused before anything is written (docs/reliability.md, "Files the
/// program writes"):
/// - a database: a file that starts with "SQLite format 3", a WAL or rollback journal by its
///   header, a `-wal`, `-shm`, `-journal` or `.lock` beside a database, and any file this
///   process holds open (the open database, its WAL and shared memory and its writer lock),
///   compared by device and inode after symlinks;
/// - anything but a regular file: a folder, a FIFO, a device (renaming over `/dev/full` would
///   replace the device node).
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    using Options = OutputOptions;

    /// Checks `path` as a target without writing anything.
    static OutputStatus check(const QString &path, const Options &options = {});
    /// Writes `bytes` to `path` whole, or not at all.
    static OutputStatus write(const QString &path, const QByteArray &bytes, const Options &options = {});

    /// For writers that need a file name rather than bytes (SQLite's online backup): `fill`
    /// writes the empty temporary file it is given, by name, and returns what went wrong, if
    /// anything; the file is then synced and renamed into place.
    struct Filled {
        OutputErrorKind kind = OutputErrorKind::None;
        QString reason;     ///< a Swedish clause ("disken är full"), or empty
        int errnoValue = 0; ///< or the errno that stopped it, which reason() words
        bool failed() const { return !reason.isEmpty() || errnoValue != 0; }
    };
    using Filler = std::function<Filled(const QString &temporaryPath)>;
    static OutputStatus writeBy(const QString &path, const Filler &fill, const Options &options = {});

    /// The kind of an errno value from open, write, fsync, close or rename.
    static OutputErrorKind kindOf(int errnoValue);
    /// The Swedish reason for an errno value: "disken är full", "du får inte skriva i mappen …".
    static QString reason(int errnoValue, const QString &folder);
    /// Whether the file at `path` begins with the SQLite database header.
    static bool isSqliteDatabase(const QString &path);
};

} // namespace fhb::storage
