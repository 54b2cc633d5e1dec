// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseFiles.h"

#include "DatabaseProbe.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fhb::storage::opening {

namespace {

/// Size and modification time of a file, to see whether it changed while it was copied.
QByteArray fileStamp(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qint64(st.st_size)) + ':' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_mtim.tv_nsec));
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

/// Creates an empty file readable by the owner only; SQLite fills it in.
QString createEmptyFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return QString::fromLocal8Bit(strerror(errno));
    ::fchmod(fd, 0600);
    ::close(fd);
    return {};
}

/// A program that died inside a write transaction in rollback-journal mode leaves a hot
/// journal, which a read-only connection cannot roll back (SQLITE_READONLY_ROLLBACK): the
/// probe would fail and the file could never be opened again. Rolling it back is what any
/// SQLite program does on its next read; it restores the last committed state.
void rollBackHotJournal(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0 || !opening::readOnlyReason(path, false).isEmpty())
        return;
    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(handle, kProbeTimeoutMs);
        rc = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }
    sqlite3_close(handle);
    qCInfo(lcStorage) << "read" << path << "through its journal, rolling back an interrupted transaction if any; result" << rc;
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// After a failed open: removes the -wal and -shm that SQLite created for it (they did not
/// exist before, the -wal is empty and no process holds a lock on the -shm).
void removeCreatedSideFiles(const QString &path, const SideFiles &before)
{
    const SideFiles now = sideFiles(path);
    if (before.wal.exists || before.shm.exists || (now.wal.exists && now.wal.size > 0))
        return;
    if (now.shm.exists && lockingProcess(now.shm.path).value_or(-1) != 0)
        return;
    QFile::remove(now.shm.path);
    QFile::remove(now.wal.path);
}

bool sameBytes(const QString &a, const QString &b)
{
    QFile first(a), second(b);
    if (first.size() != second.size() || !first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly))
        return false;
    while (!first.atEnd()) {
        const QByteArray chunk = first.read(1 << 20);
        if (chunk.isEmpty() || chunk != second.read(chunk.size()))
            return false;
    }
    return true;
}

/// Copies the database and its -wal into `folder` (private to this process), where SQLite may
/// create the -shm it needs to read the -wal. A copy taken while a writer changed either file is
/// taken again. Returns the copy's path, or empty.
QString takeSnapshot(const QString &path, const QString &folder)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("snapshot.fhb"));
    const QString wal = path + QStringLiteral("-wal");
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QByteArray before = fileStamp(path) + '/' + fileStamp(wal);
        if (!copyFile(path, copy) || !copyFile(wal, copy + QStringLiteral("-wal")))
            return {};
        if (fileStamp(path) + '/' + fileStamp(wal) == before)
            return copy;
    }
    return {};
}

} // namespace fhb::storage::opening
