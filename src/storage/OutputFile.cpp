// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <array>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fhb::storage {

namespace {

constexpr char kSqliteHeader[] = "SQLite format 3"; // and a NUL: 16 bytes
constexpr std::array<unsigned char, 4> kWalMagic1 = {0x37, 0x7f, 0x06, 0x82};
constexpr std::array<unsigned char, 4> kWalMagic2 = {0x37, 0x7f, 0x06, 0x83};
constexpr std::array<unsigned char, 8> kJournalMagic = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};

QByteArray head(const QString &path, int size)
{
    QByteArray bytes(size, '\0');
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return {};
    struct stat st {};
    ssize_t got = -1;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        got = ::read(fd, bytes.data(), size_t(size));
    ::close(fd);
    return got > 0 ? bytes.left(int(got)) : QByteArray();
}

template<size_t N>
bool startsWith(const QByteArray &bytes, const std::array<unsigned char, N> &magic)
{
    return bytes.size() >= qsizetype(N) && std::memcmp(bytes.constData(), magic.data(), N) == 0;
}

bool isSqliteHeader(const QByteArray &bytes)
{
    return bytes.size() >= 16 && std::memcmp(bytes.constData(), kSqliteHeader, 16) == 0;
}

/// A file SQLite keeps beside a database, judged by its header: a WAL or a rollback journal.
bool isSqliteCompanionHeader(const QByteArray &bytes)
{
    return startsWith(bytes, kWalMagic1) || startsWith(bytes, kWalMagic2) || startsWith(bytes, kJournalMagic);
}

/// `path` named like a database's companion (`-wal`, `-shm`, `-journal`, the writer lock's
/// `.lock`) beside a database: the database's path, else empty.
QString databaseOfCompanion(const QString &path)
{
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal"),
                                       QLatin1String(".lock")}) {
        if (path.endsWith(suffix)) {
            const QString base = path.left(path.size() - suffix.size());
            if (OutputFile::isSqliteDatabase(base))
                return base;
        }
    }
    return {};
}

/// Whether this process holds the file open: the open database, its -wal and -shm (mapped)
/// and its writer lock are, whatever name the target reaches them by.
bool heldOpenByThisProcess(const struct stat &target)
{
#ifdef __linux__
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return false;
    bool held = false;
    const int own = ::dirfd(dir);
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd <= 2 || fd == own)
            continue; // standard streams are the caller's business (`export x > x`)
        struct stat st {};
        if (::fstat(int(fd), &st) == 0 && st.st_dev == target.st_dev && st.st_ino == target.st_ino) {
            held = true;
            break;
        }
    }
    ::closedir(dir);
    return held;
#else
    Q_UNUSED(target);
    return false;
#endif
}

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

/// Where the bytes go and what may not happen to them.
struct Target {
    QString path;        ///< the final file: the symlink's target when one is followed
    bool exists = false;
    mode_t mode = 0;     ///< of the existing file
    OutputStatus refusal;
};

} // namespace

OutputStatus OutputStatus::failure(OutputErrorKind kind, QString message)
{
    OutputStatus s;
    s.m_kind = kind == OutputErrorKind::None ? OutputErrorKind::Other : kind;
    s.m_error = std::move(message);
    return s;
}

ErrorKind OutputStatus::errorKind() const
{
    return errorKindOf(m_kind);
}

ErrorKind errorKindOf(OutputErrorKind kind)
{
    switch (kind) {
    case OutputErrorKind::DiskFull: return ErrorKind::DiskFull;
    case OutputErrorKind::Permission: return ErrorKind::ReadOnly;
    case OutputErrorKind::Path: return ErrorKind::NotFound;
    case OutputErrorKind::NotRegularFile:
    case OutputErrorKind::Database: return ErrorKind::Invalid; // refused before anything is written
    case OutputErrorKind::None:
    case OutputErrorKind::Other: break;
    }
    return ErrorKind::Io;
}

OutputErrorKind OutputFile::kindOf(int errnoValue)
{
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG: return OutputErrorKind::DiskFull;
    case EACCES:
    case EPERM:
    case EROFS: return OutputErrorKind::Permission;
    case ENOENT:
    case ENOTDIR:
    case ENAMETOOLONG: return OutputErrorKind::Path;
    case EISDIR: return OutputErrorKind::NotRegularFile;
    default: return OutputErrorKind::Other;
    }
}

QString OutputFile::reason(int errnoValue, const QString &folder)
{
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG: return tr("disken är full. Frigör utrymme och försök igen");
    case EACCES:
    case EPERM: return tr("du får inte skriva i mappen %1. Kontrollera behörigheten eller välj en annan mapp").arg(native(folder));
    case EROFS: return tr("mappen %1 ligger på en skrivskyddad disk").arg(native(folder));
    case ENOENT: return tr("mappen %1 finns inte. Kontrollera sökvägen").arg(native(folder));
    case ENOTDIR: return tr("en del av sökvägen %1 är inte en mapp").arg(native(folder));
    case ENAMETOOLONG: return tr("namnet är för långt för filsystemet");
    case EISDIR: return tr("det är en mapp");
    default: return QString::fromLocal8Bit(std::strerror(errnoValue));
    }
}

bool OutputFile::isSqliteDatabase(const QString &path)
{
    return isSqliteHeader(head(path, 16));
}

namespace {

QString label(const OutputFile::Options &options, const QString &path)
{
    const QString shown = native(QFileInfo(path).absoluteFilePath());
    return options.label.isEmpty() ? OutputFile::tr("Filen %1").arg(shown) : options.label.arg(shown);
}

/// "… kunde inte skrivas: <why>." and what became of the target: an earlier file is untouched,
/// or no file was made.
QString notWritten(const OutputFile::Options &options, const QString &path, const QString &why, bool existed)
{
    return existed ? OutputFile::tr("%1 kunde inte skrivas: %2. En tidigare fil med samma namn är orörd.")
                         .arg(label(options, path), why)
                   : OutputFile::tr("%1 kunde inte skrivas: %2. Ingen fil har skapats.").arg(label(options, path), why);
}

OutputStatus failed(const OutputFile::Options &options, const QString &path, int errnoValue, const QString &folder,
                    bool existed)
{
    return OutputStatus::failure(OutputFile::kindOf(errnoValue),
                                 notWritten(options, path, OutputFile::reason(errnoValue, folder), existed));
}

OutputStatus refused(OutputErrorKind kind, const OutputFile::Options &options, const QString &path, const QString &why)
{
    return OutputStatus::failure(kind, OutputFile::tr("%1 kunde inte skrivas: %2. Ingenting har ändrats.")
                                           .arg(label(options, path), why));
}

Target resolve(const QString &path, const OutputFile::Options &options)
{
    Target t;
    t.path = QFileInfo(path).absoluteFilePath();
    const QByteArray name = QFile::encodeName(t.path);
    struct stat st {};
    if (::lstat(name.constData(), &st) != 0) {
        // Not there (or not reachable: the open in the folder will say why).
    } else {
        if (S_ISLNK(st.st_mode)) {
            if (!options.followSymlink) {
                t.refusal = refused(OutputErrorKind::NotRegularFile, options, path,
                                    OutputFile::tr("det är en symbolisk länk, som en export aldrig följer"));
                return t;
            }
            struct stat target {};
            if (::stat(name.constData(), &target) == 0) {
                // Write where the link points and keep the link, as editors do.
                st = target;
                t.path = QFileInfo(t.path).canonicalFilePath();
            } else {
                st = {}; // a dangling link: the new file replaces the link itself
                st.st_mode = S_IFREG | 0600;
                st.st_ino = 0;
            }
        }
        t.exists = st.st_ino != 0;
        if (t.exists && S_ISDIR(st.st_mode)) {
            t.refusal = refused(OutputErrorKind::NotRegularFile, options, path, OutputFile::tr("det är en mapp"));
            return t;
        }
        if (t.exists && !S_ISREG(st.st_mode)) {
            t.refusal = refused(OutputErrorKind::NotRegularFile, options, path,
                                OutputFile::tr("det är ingen vanlig fil (utan en enhet, en namngiven pipe eller en "
                                               "socket), och en export ersätter den inte"));
            return t;
        }
        if (t.exists && options.mustBeNew) {
            t.refusal = refused(OutputErrorKind::Other, options, path,
                                OutputFile::tr("filen finns redan. Ange ett nytt filnamn"));
            return t;
        }
        t.mode = st.st_mode & 07777;
        if (t.exists && (heldOpenByThisProcess(st) || isSqliteHeader(head(t.path, 16))
                         || isSqliteCompanionHeader(head(t.path, 8)))) {
            t.refusal = refused(OutputErrorKind::Database, options, path,
                                OutputFile::tr("det är en databas eller en av databasens egna filer, och den skrivs "
                                               "aldrig över. Välj ett annat filnamn"));
            return t;
        }
    }
    if (const QString db = databaseOfCompanion(t.path); !db.isEmpty())
        t.refusal = refused(OutputErrorKind::Database, options, path,
                            OutputFile::tr("den hör till databasen %1 och skrivs aldrig över. Välj ett annat filnamn")
                                .arg(native(db)));
    return t;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

/// Creates the temporary file beside the target: a hidden name of our own, never a link.
int createTemporary(const QString &folder, unsigned mode, QString *temporary)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        *temporary = QDir(folder).filePath(
            QStringLiteral(".fhb-%1.tmp").arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0')));
        const int fd = ::open(QFile::encodeName(*temporary).constData(),
                              O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, mode_t(mode));
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // the rename itself survives a power cut; failure here loses nothing
        ::close(fd);
    }
}

void removeTemporary(const QString &temporary)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        ::unlink(QFile::encodeName(temporary + QLatin1String(suffix)).constData());
}

using Body = std::function<OutputFile::Filled(int fd, const QString &temporary)>;

OutputStatus writeWith(const QString &path, const OutputFile::Options &options, const Body &body)
{
    const Target target = resolve(path, options);
    if (!target.refusal)
        return target.refusal;
    const QString folder = QFileInfo(target.path).absolutePath();
    QString temporary;
    const int fd = createTemporary(folder, options.mode, &temporary);
    if (fd < 0)
        return failed(options, path, errno, folder, target.exists);
    if (target.exists)
        ::fchmod(fd, target.mode); // a replaced file keeps its mode
    const OutputFile::Filled filled = body(fd, temporary);
    int error = filled.errnoValue;
    bool complete = !filled.failed();
    // Every byte on the disk before the name changes: fsync reports the write-back errors
    // (ENOSPC on NFS, EIO) that write() may not.
    if (complete && ::fsync(fd) != 0) {
        complete = false;
        error = errno;
    }
    if (::close(fd) != 0 && complete) {
        complete = false;
        error = errno;
    }
    if (complete && ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target.path).constData()) != 0) {
        complete = false;
        error = errno;
    }
    if (!complete) {
        removeTemporary(temporary);
        qCWarning(lcOutput) << "writing" << target.path << "failed:"
                            << (filled.reason.isEmpty() ? QString::fromLocal8Bit(std::strerror(error)) : filled.reason);
        if (!filled.reason.isEmpty())
            return OutputStatus::failure(filled.kind, notWritten(options, path, filled.reason, target.exists));
        return failed(options, path, error, folder, target.exists);
    }
    syncFolder(folder);
    return {};
}

} // namespace

OutputStatus OutputFile::check(const QString &path, const Options &options)
{
    return resolve(path, options).refusal;
}

OutputStatus OutputFile::write(const QString &path, const QByteArray &bytes, const Options &options)
{
    return writeWith(path, options, [&bytes](int fd, const QString &) {
        Filled filled;
        if (!writeAll(fd, bytes)) {
            filled.errnoValue = errno;
            filled.kind = kindOf(filled.errnoValue);
        }
        return filled;
    });
}

OutputStatus OutputFile::writeBy(const QString &path, const Filler &fill, const Options &options)
{
    return writeWith(path, options, [&fill](int, const QString &temporary) { return fill(temporary); });
}

} // namespace fhb::storage
