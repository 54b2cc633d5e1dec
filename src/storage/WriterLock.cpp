// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriterLock.h"

#include "DatabaseOpening.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fhb::storage {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// The locks this process holds, by the database file's identity (device and inode), so its
/// own connections share one whichever name they opened the file by.
struct Registry {
    QMutex mutex;
    QHash<QString, std::weak_ptr<WriterLock>> locks;
};

Registry &registry()
{
    static Registry r;
    return r;
}

QByteArray serialise(const LockHolder &h)
{
    return "user=" + h.user.toUtf8() + "\nhost=" + h.host.toUtf8() + "\npid=" + QByteArray::number(h.pid)
        + "\nsince=" + h.since.toString(Qt::ISODate).toUtf8() + '\n';
}

std::optional<LockHolder> parse(const QByteArray &bytes)
{
    LockHolder h;
    bool any = false;
    for (const QByteArray &line : bytes.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = opening::withoutControlCharacters(QString::fromUtf8(line.mid(eq + 1)));
        any = true;
        if (key == "user")
            h.user = value;
        else if (key == "host")
            h.host = value;
        else if (key == "pid")
            h.pid = value.toLongLong();
        else if (key == "since")
            h.since = QDateTime::fromString(value, Qt::ISODate);
    }
    if (!any)
        return std::nullopt;
    return h;
}

QByteArray readAll(int fd)
{
    QByteArray bytes;
    char buffer[512];
    ::lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0 && bytes.size() < 4096;)
        bytes.append(buffer, n);
    return bytes;
}

bool writeRecord(int fd, const QByteArray &record)
{
    if (::ftruncate(fd, 0) != 0 || ::lseek(fd, 0, SEEK_SET) != 0)
        return false;
    return ::write(fd, record.constData(), size_t(record.size())) == ssize_t(record.size());
}

/// True when `fd` is still the file at `path` (not unlinked or replaced by a releasing holder).
bool samefile(int fd, const QByteArray &path)
{
    struct stat a {}, b {};
    return ::fstat(fd, &a) == 0 && ::stat(path.constData(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/// Opens (creating) the lock file; another user's file is opened read-only (`*writable` false),
/// which is enough to see whether its flock is held.
int openLockFile(const QByteArray &name, mode_t mode, bool *writable)
{
    *writable = true;
    int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd < 0 && errno == EACCES) {
        *writable = false;
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    }
    return fd;
}

mode_t lockMode(const struct stat &database)
{
    return database.st_mode ? database.st_mode & 0660 : 0600;
}

QString identityKey(const struct stat &database, const QString &lockPath)
{
    if (database.st_ino == 0)
        return lockPath;
    return QStringLiteral("%1:%2").arg(quint64(database.st_dev)).arg(quint64(database.st_ino));
}

/// A lock file this process may not even read (another user's, mode 0600): whether a living
/// process holds its flock is read from /proc/locks. A stale one is removed when the folder
/// allows it.
enum class Unreadable { Removed, Held, Unknown };
Unreadable handleUnreadable(const QByteArray &name, LockHolder *holder, QString *detail)
{
    const QString lockPath = QFile::decodeName(name);
    struct stat st {};
    ::stat(name.constData(), &st);
    const std::optional<qint64> pid = opening::lockingProcess(lockPath);
    if (pid && *pid != 0) {
        holder->user = opening::accountName(st.st_uid);
        holder->host = opening::hostName();
        holder->pid = *pid;
        holder->since = QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec, Qt::UTC);
        return Unreadable::Held;
    }
    // /proc/locks knows only this machine's locks: on a network file system another host may
    // hold it, so the file stays and the message names it.
    const bool local = !opening::isNetworkFileSystem(QFileInfo(lockPath).absolutePath());
    if (pid && local && ::unlink(name.constData()) == 0) {
        qCInfo(lcStorage) << "removed the stale writer lock" << lockPath << "of" << opening::accountName(st.st_uid);
        return Unreadable::Removed;
    }
    *detail = QStringLiteral("the lock file %1 belongs to %2 and cannot be read%3")
                  .arg(lockPath, opening::accountName(st.st_uid),
                       !pid ? QStringLiteral(", /proc/locks unknown")
                       : local ? QStringLiteral(" or removed: ") + errnoText()
                               : QStringLiteral(" and is on a network file system, where another host may hold it"));
    return Unreadable::Unknown;
}

} // namespace

WriterLock::WriterLock(const QString &lockPath, int fd) : m_lockPath(lockPath), m_fd(fd) {}

WriterLock::~WriterLock()
{
    const QByteArray name = QFile::encodeName(m_lockPath);
    if (samefile(m_fd, name))
        ::unlink(name.constData());
    ::close(m_fd); // drops the flock
}

QString WriterLock::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

LockHolder WriterLock::currentProcess()
{
    LockHolder h;
    h.user = opening::operatingSystemAccount();
    h.host = opening::hostName();
    h.pid = QCoreApplication::applicationPid();
    h.since = QDateTime::currentDateTimeUtc();
    return h;
}

std::optional<LockHolder> WriterLock::readHolder(const QString &lockPath)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.read(4096));
}

QString WriterLock::heldMessage(const QString &databasePath, const LockHolder &holder)
{
    const QString who = holder.user.isEmpty() ? tr("en annan användare") : holder.user;
    const QString host = holder.host.isEmpty() ? tr("en annan dator") : holder.host;
    const QString since = holder.since.isValid() ? holder.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                 : tr("okänd tid");
    return tr("Databasen %1 används av %2 på %3 sedan %4. Filen har inte ändrats. Du kan öppna den skrivskyddad, "
              "eller försöka igen när %2 har stängt den.")
        .arg(QDir::toNativeSeparators(databasePath), who, host, since);
}

WriterLock::Attempt WriterLock::acquire(const QString &databasePath)
{
    const QString lockPath = lockPathFor(databasePath);
    const QByteArray name = QFile::encodeName(lockPath);
    struct stat database {};
    ::stat(QFile::encodeName(databasePath).constData(), &database);
    const QString key = identityKey(database, lockPath);
    Registry &reg = registry();
    QMutexLocker locker(&reg.mutex);
    Attempt attempt;
    if (std::shared_ptr<WriterLock> shared = reg.locks.value(key).lock()) {
        attempt.outcome = Outcome::Acquired;
        attempt.lock = std::move(shared);
        return attempt;
    }
    const mode_t mode = lockMode(database);
    for (int round = 0; round < 4; ++round) {
        bool writable = true;
        const int fd = openLockFile(name, mode, &writable);
        if (fd < 0 && errno == EACCES) {
            switch (handleUnreadable(name, &attempt.holder, &attempt.detail)) {
            case Unreadable::Removed:
                continue;
            case Unreadable::Held:
                attempt.outcome = Outcome::HeldByOther;
                return attempt;
            case Unreadable::Unknown:
                return attempt;
            }
        }
        if (fd < 0) {
            attempt.detail = errnoText();
            return attempt;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int why = errno;
            if (why == EWOULDBLOCK) {
                attempt.outcome = Outcome::HeldByOther;
                attempt.holder = parse(readAll(fd)).value_or(LockHolder{});
            } else {
                attempt.detail = QString::fromLocal8Bit(std::strerror(why));
            }
            ::close(fd);
            return attempt;
        }
        if (!samefile(fd, name)) { // the holder released (and removed) it meanwhile: start over
            ::close(fd);
            continue;
        }
        const std::optional<LockHolder> stale = parse(readAll(fd));
        if (!writable) {
            // A dead holder's file we may not rewrite: remove it (folder permission) and make ours.
            const bool removed = ::unlink(name.constData()) == 0;
            attempt.detail = errnoText();
            ::close(fd);
            if (!removed)
                return attempt;
            continue;
        }
        // Root writing in a user's folder: the user must be able to take the lock over later
        // (SQLite gives the -wal and -shm the database's owner for the same reason).
        if (::geteuid() == 0 && database.st_ino != 0 && database.st_uid != 0
            && ::fchown(fd, database.st_uid, database.st_gid) != 0)
            qCInfo(lcStorage) << "cannot give the lock file" << lockPath << "the database's owner:" << errnoText();
        if (!writeRecord(fd, serialise(currentProcess()))) {
            attempt.detail = errnoText();
            // We hold its flock, so no one else uses it: a full disk must not leave an empty lock file.
            if (!stale && samefile(fd, name))
                ::unlink(name.constData());
            ::close(fd);
            return attempt;
        }
        if (stale)
            qCInfo(lcStorage) << "took over the stale writer lock of" << stale->user << "on" << stale->host << "pid"
                              << stale->pid << "for" << databasePath;
        attempt.outcome = Outcome::Acquired;
        attempt.tookOverStale = stale.has_value();
        attempt.lock.reset(new WriterLock(lockPath, fd));
        reg.locks.insert(key, attempt.lock);
        return attempt;
    }
    attempt.detail = QStringLiteral("the lock file kept changing");
    return attempt;
}

} // namespace fhb::storage
