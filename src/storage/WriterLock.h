// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace fhb::storage {

/// Who writes in a database file, as recorded in its lock file "<database>.lock".
struct LockHolder {
    QString user;    ///< operating-system account (getpwuid(geteuid()), never $USER)
    QString host;    ///< host name of the machine
    qint64 pid = 0;  ///< process id on that host
    QDateTime since; ///< when the lock was taken (UTC)
};

/// The single-writer lock of one database file: "<database>.lock" next to the file, holding
/// key=value lines (user, host, pid, since) and an advisory flock(2) lock that the writing
/// process keeps as long as it has the database open for writing. The kernel drops the
/// flock when that process ends in any way (a crash, SIGKILL, a power cut on the client), so a
/// lock file whose flock is free is stale and is taken over; one whose flock is held names
/// the living holder. Within one process the lock is shared: a second writable Database of
/// the same file (same device and inode, by whatever name) in the same process gets the same
/// WriterLock (the process coordinates its own connections; the row_version checks guard the
/// reports). `databasePath` must be canonical (Database::open resolves symbolic links), so that
/// every link to a file finds the same lock file; hard links are never opened for writing.
/// The lock file has the permission bits of the database file (0600 for files we create) and,
/// when root writes, its owner, so only those who may read the database can see who writes
/// in it and its owner can take a stale lock over. Another user's lock file that cannot even be
/// read is judged by /proc/locks. Released (file removed) with the last owner.
class WriterLock
{
    Q_DECLARE_TR_FUNCTIONS(fhb::storage::WriterLock)
public:
    enum class Outcome {
        Acquired,    ///< the lock is ours (new, shared in this process, or taken over from a dead holder)
        HeldByOther, ///< another living process holds it: see `holder`
        Unavailable, ///< no lock file can be made here (read-only folder, no locking on the file system)
    };
    struct Attempt {
        Outcome outcome = Outcome::Unavailable;
        std::shared_ptr<WriterLock> lock; ///< set with Acquired
        LockHolder holder;                ///< the other holder with HeldByOther
        bool tookOverStale = false;       ///< Acquired by replacing the record of a process that died
        QString detail;                   ///< why, with Unavailable (for the log)
    };

    /// Takes the lock of `databasePath` (absolute), or says who holds it. Never blocks.
    static Attempt acquire(const QString &databasePath);
    /// "<databasePath>.lock".
    static QString lockPathFor(const QString &databasePath);
    /// The record in a lock file; nullopt when it is missing or unreadable.
    static std::optional<LockHolder> readHolder(const QString &lockPath);
    /// The record this process writes: current user, host, pid and time.
    static LockHolder currentProcess();
    /// Swedish refusal for a writer who finds the lock held: "Databasen <fil> används av <user>
    /// på <host> sedan <tid>. … Du kan öppna den skrivskyddad …".
    static QString heldMessage(const QString &databasePath, const LockHolder &holder);

    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    QString lockPath() const { return m_lockPath; }

private:
    WriterLock(const QString &lockPath, int fd);
    QString m_lockPath;
    int m_fd = -1;
};

} // namespace fhb::storage
