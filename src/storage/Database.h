// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutputFile.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace fhb::storage {

/// The Qt SQL connection of a Database, defined in storage/SqlSupport.h: Qt SQL is private to
/// the storage layer, so only storage (and tests) can use it.
class SqlConnection;

/// Why a database file could not be opened. Every refusal leaves the file byte-identical.
enum class OpenErrorKind {
    None,
    NotFound,        ///< the file does not exist and creating was not asked for
    AlreadyExists,   ///< creating was asked for, but a file is already there
    NotADatabase,    ///< not an SQLite file at all (a PNG renamed, zero bytes, garbage)
    ForeignDatabase, ///< an SQLite file of another program (application_id differs)
    NewerSchema,     ///< written by a newer Folkhälsobok than this one
    Corrupt,         ///< an SQLite file of ours that fails its integrity check
    Locked,          ///< another program holds the write lock
    IoError,         ///< cannot read or create the file, or an older file needs upgrading but is read-only
};

struct OpenError {
    OpenErrorKind kind = OpenErrorKind::None; ///< finer than errorKind(), for the tests and the messages
    QString message; ///< Swedish, names the file and what the user can do
    /// Corrupt for a file that is not ours, damaged or newer; Busy for Locked (reading
    /// read-only may still work); NotFound; Conflict for AlreadyExists; Io otherwise.
    ErrorKind errorKind() const;
    Error fault() const { return {errorKind(), message}; }
};

struct OpenOptions {
    bool create = false;        ///< create a new, empty database (mode 0600) when the file is missing
    bool forceReadOnly = false; ///< open read-only even when the file is writable
    /// With `create`: refuse an existing file (AlreadyExists) instead of opening it.
    bool mustBeNew = false;
    /// Overrides the file-system detection that chooses the journal: true behaves as on a
    /// network file system (rollback journal), false as on a local disk (WAL). For tests.
    std::optional<bool> assumeNetworkFileSystem;
};

/// One open Folkhälsobok database file (SQLite). Owns its Qt SQL connection; not copyable.
/// Opening migrates an older schema (after copying the file to "<name>.bak-v<N>"), turns
/// on foreign keys, a busy timeout, and WAL on local disks (a rollback journal on network
/// file systems). A file the user may read but not write is opened read-only: reading
/// works, and every write is refused with readOnlyReason().
/// Stores (DatasetStore, ReportStore, AuditLog) keep a reference to it and must be
/// destroyed first. Schema, triggers and the opening checks: docs/data-model.md.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(fhb::storage::Database)
public:
    /// Opens `path`. On failure returns nullptr and fills `error`; the file is untouched.
    static std::unique_ptr<Database> open(const QString &path, const OpenOptions &options, OpenError *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const;
    /// The Qt SQL connection (storage/SqlSupport.h); valid as long as this object lives.
    SqlConnection connection() const;
    bool isReadOnly() const;
    /// Swedish sentence saying why writing is not possible; empty when writable.
    QString readOnlyReason() const;
    /// The operating-system user written to the audit log.
    QString userName() const;
    /// PRAGMA user_version of the open file.
    int schemaVersion() const;
    /// The schema version this program creates and understands.
    static int latestSchemaVersion();
    /// "wal" or "delete".
    QString journalMode() const;
    /// The value this program writes to PRAGMA application_id ("FHBK"), which tells our
    /// files from other programs' SQLite files.
    static quint32 applicationId();

    /// A consistent copy of the open database (SQLite online backup) to `file`,
    /// written through OutputFile (a temporary name, synced, renamed), readable by the owner only.
    OutputStatus backupTo(const QString &file) const;

private:
    Database();
    struct Private;
    std::unique_ptr<Private> d;
};

/// A transaction guard: rolls back unless commit() is called.
/// Write transactions start with BEGIN IMMEDIATE, so two programs writing the same file
/// wait for each other (busy timeout) instead of failing half-way. `db` must outlive it.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    Status commit();

private:
    const Database &m_db;
    bool m_active = false;
};

} // namespace fhb::storage
