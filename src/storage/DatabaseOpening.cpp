// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpening.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QUrl>

#include <sqlite3.h>

#include <cerrno>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace fhb::storage::opening {

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(bytes.at(offset + i));
    return v;
}

} // namespace

FileHeader readHeader(const QString &path)
{
    FileHeader h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        h.readError = file.errorString();
        return h;
    }
    h.readable = true;
    h.size = file.size();
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return h;
    h.sqliteMagic = true;
    h.userVersion = bigEndian32(bytes, 60);
    h.applicationId = bigEndian32(bytes, 68);
    h.walMode = quint8(bytes.at(18)) == 2 && quint8(bytes.at(19)) == 2;
    return h;
}

bool isNetworkFileSystem(const QString &folder)
{
    struct statfs fs {};
    if (statfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return false;
    switch (static_cast<quint32>(fs.f_type)) {
    case 0x6969u:     // NFS
    case 0x517Bu:     // SMB
    case 0xFF534D42u: // CIFS
    case 0xFE534D42u: // SMB2
    case 0x65735546u: // FUSE (sshfs, rclone, …)
    case 0x73757245u: // Coda
    case 0x5346414Fu: // AFS
    case 0x6B414653u: // kAFS
    case 0x01021997u: // 9P
    case 0x00C36400u: // Ceph
    case 0x564Cu:     // NCP
    case 0x0BD00BD0u: // Lustre
    case 0x01161970u: // GFS2
    case 0x7461636Fu: // OCFS2
        return true;
    default:
        return false;
    }
}

bool folderWritable(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    return ::access(QFile::encodeName(folder).constData(), W_OK | X_OK) == 0;
}

namespace {

/// A side file of someone else that this process cannot write: what it is and what to do.
QString foreignSideFileReason(const SideFile &file)
{
    const QString name = QDir::toNativeSeparators(file.path);
    const QString owner = accountName(file.owner);
    if (file.path.endsWith(QLatin1String("-wal")) && file.size > 0)
        return Database::tr("SQLite:s hjälpfil %1 tillhör %2 och du får inte skriva i den, så databasen är öppnad skrivskyddad. "
                            "Filen innehåller ändringar som ännu inte skrivits in i databasen och får inte tas bort: be %2 "
                            "öppna databasen en gång för skrivning, eller be en administratör ge filen samma ägare som databasen.")
            .arg(name, owner);
    return Database::tr("SQLite:s hjälpfil %1 tillhör %2 och du får inte skriva i den, så databasen är öppnad skrivskyddad. "
                        "Den lämnades troligen kvar när %2 läste databasen med ett annat program. När ingen har databasen öppen "
                        "kan %2 eller en administratör ta bort filen; den innehåller inget som behövs.")
        .arg(name, owner);
}

} // namespace

QString readOnlyReason(const QString &path, bool forced)
{
    if (forced)
        return Database::tr("Databasen är öppnad skrivskyddad. Öppna den igen utan skrivskydd för att kunna ändra något.");
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && st.st_nlink > 1)
        return Database::tr("Filen %1 har flera namn (hårda länkar). SQLite håller ändringar i en hjälpfil som hör till namnet, "
                            "så två program som skriver under olika namn ser inte varandra och ändringar kan gå förlorade. "
                            "Databasen är därför öppnad skrivskyddad, och det du ser kan sakna ändringar som gjorts under ett "
                            "annat namn. Ta bort de andra namnen, eller gör en riktig kopia av filen, för att kunna ändra i den.")
            .arg(QDir::toNativeSeparators(path));
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0 && errno == EROFS)
        return Database::tr("Filen %1 ligger i ett skrivskyddat filsystem (en skrivskyddad enhet eller montering), så databasen "
                            "är öppnad skrivskyddad. Kopiera filen till en plats där du får skriva för att kunna ändra i den.")
            .arg(QDir::toNativeSeparators(path));
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
        return Database::tr("Du har inte skrivrätt till filen %1, så databasen är öppnad skrivskyddad. "
                            "Be filens ägare om skrivrätt, eller arbeta i en kopia av filen.")
            .arg(QDir::toNativeSeparators(path));
    if (!folderWritable(path))
        return Database::tr("Du har inte skrivrätt i mappen %1, där databasen behöver skapa tillfälliga filer, "
                            "så den är öppnad skrivskyddad. Flytta filen till en mapp där du får skriva.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    const SideFiles side = sideFiles(path);
    for (const SideFile *file : {&side.wal, &side.shm}) {
        if (file->exists && !file->writable)
            return foreignSideFileReason(*file);
    }
    return {};
}

SideFiles sideFiles(const QString &path)
{
    auto look = [&](const char *suffix) {
        SideFile f;
        f.path = path + QLatin1String(suffix);
        const QByteArray name = QFile::encodeName(f.path);
        struct stat st {};
        if (::stat(name.constData(), &st) != 0)
            return f;
        f.exists = true;
        f.size = st.st_size;
        f.owner = st.st_uid;
        f.readable = ::access(name.constData(), R_OK) == 0;
        f.writable = ::access(name.constData(), W_OK) == 0;
        return f;
    };
    return {look("-wal"), look("-shm"), look("-journal")};
}

ReadMode readMode(const FileHeader &header, const SideFiles &side, bool mayCreate)
{
    if (!header.walMode)
        return ReadMode::Live; // a reader of a rollback-journal file creates nothing
    const bool shmReadable = side.shm.exists && side.shm.readable;
    if (!side.wal.exists || side.wal.size == 0)
        return side.wal.exists && shmReadable ? ReadMode::Live : ReadMode::Immutable;
    if (shmReadable && side.wal.readable)
        return ReadMode::Live;
    if (mayCreate && !side.shm.exists)
        return ReadMode::Live;
    return ReadMode::Snapshot;
}

QString readOnlyUri(const QString &path, bool immutable)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += QStringLiteral("?mode=ro");
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

QString withoutControlCharacters(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            continue;
        clean.append(c);
    }
    return clean.trimmed();
}

QString accountName(uid_t uid)
{
    if (const passwd *pw = ::getpwuid(uid)) {
        const QString name = withoutControlCharacters(QString::fromLocal8Bit(pw->pw_name));
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("uid-%1").arg(uid);
}

QString operatingSystemAccount()
{
    return accountName(::geteuid());
}

QString hostName()
{
    const QString host = withoutControlCharacters(QSysInfo::machineHostName());
    return host.isEmpty() ? QStringLiteral("okänd-dator") : host;
}

std::optional<qint64> lockingProcess(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "1: FLOCK  ADVISORY  WRITE 1234 08:02:131 0 EOF"; device numbers in hex, the inode in decimal.
    const QByteArray wanted = QByteArray::number(major(st.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(st.st_dev), 16).rightJustified(2, '0') + ':' + QByteArray::number(quint64(st.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        for (qsizetype i = 1; i < fields.size(); ++i) {
            if (fields.at(i) == wanted) {
                const qint64 pid = fields.at(i - 1).toLongLong();
                return pid == 0 ? qint64(-1) : pid;
            }
        }
    }
    return qint64(0);
}

SqliteFailure tryFirstRead(const QString &uri, bool writing)
{
    SqliteFailure failure;
    sqlite3 *handle = nullptr;
    const int flags = (writing ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_URI;
    int rc = sqlite3_open_v2(QFile::encodeName(uri).constData(), &handle, flags, nullptr);
    if (handle) {
        sqlite3_extended_result_codes(handle, 1);
        sqlite3_busy_timeout(handle, 400);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failure.code = handle ? sqlite3_extended_errcode(handle) : rc;
        failure.systemErrno = handle ? sqlite3_system_errno(handle) : 0;
    }
    sqlite3_close(handle);
    return failure;
}

QString failureReason(const QString &path, int code, int systemErrno, bool writing)
{
    const int primary = code & 0xff;
    const SideFiles side = sideFiles(path);
    struct statvfs fs {};
    const bool lowSpace = ::statvfs(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &fs) == 0
        && quint64(fs.f_bavail) * fs.f_frsize < 256 * 1024;
    if (primary == SQLITE_FULL || systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG
        || (lowSpace && (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)))
        return Database::tr("disken är full, så SQLite kunde inte skapa eller skriva sina hjälpfiler (%1-wal, %1-shm). "
                            "Filen har inte ändrats. Frigör utrymme på disken och försök igen.")
            .arg(QDir::toNativeSeparators(path));
    if (side.journal.exists && side.journal.size > 0 && (code == SQLITE_READONLY_ROLLBACK || !writing))
        return Database::tr("ett skrivförsök i filen avbröts (programmet stängdes eller datorn stannade), och det som inte blev klart "
                            "måste tas bort innan filen kan läsas. Det sker av sig självt när databasen öppnas en gång för skrivning, "
                            "till exempel med kommandot check, av någon som får skriva i filen och mappen. Filen har inte ändrats.");
    for (const SideFile *file : {&side.wal, &side.shm}) {
        if (file->exists && (!file->readable || (writing && !file->writable)))
            return Database::tr("SQLite:s hjälpfil %1 tillhör %2 och du får inte %3 den. När ingen har databasen öppen kan %2 "
                                "eller en administratör ta bort den, om den är tom; annars ska %2 öppna databasen en gång för skrivning.")
                .arg(QDir::toNativeSeparators(file->path), accountName(file->owner),
                     file->readable ? Database::tr("skriva i") : Database::tr("läsa"));
    }
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0)
        return Database::tr("du har inte läsrätt till filen. Be filens ägare om läsrätt.");
    if (side.wal.exists && side.wal.size > 0 && !folderWritable(path))
        return staleChangesReason(path);
    return Database::tr("SQLite kunde inte läsa filen (%1).").arg(QString::fromUtf8(sqlite3_errstr(code)));
}

QString staleChangesReason(const QString &path)
{
    return Database::tr("filen har ändringar som ännu inte skrivits in i den (i %1), och de kan inte läsas här. "
                        "Öppna den en gång där du får skriva, så förs ändringarna in i filen.")
        .arg(QDir::toNativeSeparators(path + QStringLiteral("-wal")));
}

} // namespace fhb::storage::opening

namespace fhb::storage {

ErrorKind OpenError::errorKind() const
{
    switch (kind) {
    case OpenErrorKind::NotFound: return ErrorKind::NotFound;
    case OpenErrorKind::AlreadyExists: return ErrorKind::Conflict;
    case OpenErrorKind::NotADatabase:
    case OpenErrorKind::ForeignDatabase:
    case OpenErrorKind::NewerSchema:
    case OpenErrorKind::Corrupt: return ErrorKind::Corrupt; // not ours, damaged or newer
    case OpenErrorKind::Locked: return ErrorKind::Busy;     // reading read-only may still work
    case OpenErrorKind::None:
    case OpenErrorKind::IoError: break;
    }
    return ErrorKind::Io;
}

} // namespace fhb::storage

namespace fhb::storage::opening {

OpenError refusal(OpenErrorKind kind, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    QString message;
    switch (kind) {
    case OpenErrorKind::None:
        break;
    case OpenErrorKind::NotFound:
        message = Database::tr("Databasfilen %1 finns inte. Kontrollera sökvägen, eller skapa en ny databas.")
                      .arg(file);
        break;
    case OpenErrorKind::AlreadyExists:
        message = Database::tr("Det finns redan en fil som heter %1. Ingen ny databas skapades och filen har inte ändrats. "
                               "Välj ett annat filnamn, eller öppna den befintliga filen.").arg(file);
        break;
    case OpenErrorKind::NotADatabase:
        message = Database::tr("Filen %1 är ingen Folkhälsobok-databas (%2). Filen har inte ändrats. "
                               "Välj en databasfil som Folkhälsobok har skapat.").arg(file, detail);
        break;
    case OpenErrorKind::ForeignDatabase:
        message = Database::tr("Filen %1 är en SQLite-databas från ett annat program, inte från Folkhälsobok. "
                               "Filen har inte ändrats. Välj en databasfil som Folkhälsobok har skapat.").arg(file);
        break;
    case OpenErrorKind::NewerSchema:
        message = Database::tr("Filen %1 har sparats av en nyare version av Folkhälsobok (%2). Filen har inte ändrats. "
                               "Uppdatera Folkhälsobok för att kunna öppna den.").arg(file, detail);
        break;
    case OpenErrorKind::Corrupt:
        message = detail.isEmpty()
            ? Database::tr("Databasfilen %1 är skadad (integritetskontrollen hittade fel). Filen har inte ändrats. "
                           "Återställ den från en säkerhetskopia.").arg(file)
            : Database::tr("Databasfilen %1 är skadad: den %2. Filen har inte ändrats. Återställ den från en säkerhetskopia.")
                  .arg(file, detail);
        break;
    case OpenErrorKind::Locked:
        message = Database::tr("Databasfilen %1 är låst av ett annat program som skriver i den just nu. Filen har inte ändrats. "
                               "Försök igen om en stund, eller stäng det andra programmet.").arg(file);
        break;
    case OpenErrorKind::IoError:
        message = Database::tr("Databasfilen %1 kunde inte öppnas: %2").arg(file, detail);
        break;
    }
    return OpenError{kind, message};
}

} // namespace fhb::storage::opening
