// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpening.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
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

QString readOnlyReason(const QString &path, bool forced)
{
    if (forced)
        return tr("Databasen är öppnad skrivskyddad. Öppna den igen utan skrivskydd för att kunna ändra något.");
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
        return tr("Du har inte skrivrätt till filen %1, så databasen är öppnad skrivskyddad. "
                  "Be filens ägare om skrivrätt, eller arbeta i en kopia av filen.")
            .arg(QDir::toNativeSeparators(path));
    if (!folderWritable(path))
        return tr("Du har inte skrivrätt i mappen %1, där databasen behöver skapa tillfälliga filer, "
                  "så den är öppnad skrivskyddad. Flytta filen till en mapp där du får skriva.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    return {};
}

QString readOnlyUri(const QString &path, bool immutable)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += QStringLiteral("?mode=ro");
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

OpenError refusal(OpenErrorKind kind, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    QString message;
    switch (kind) {
    case OpenErrorKind::None:
        break;
    case OpenErrorKind::NotFound:
        message = tr("Databasfilen %1 finns inte. Kontrollera sökvägen, eller skapa en ny databas.").arg(file);
        break;
    case OpenErrorKind::AlreadyExists:
        message = tr("Det finns redan en fil som heter %1. Ingen ny databas skapades och filen har inte ändrats. "
                     "Välj ett annat filnamn, eller öppna den befintliga filen.").arg(file);
        break;
    case OpenErrorKind::NotADatabase:
        message = tr("Filen %1 är ingen Folkhälsobok-databas (%2). Filen har inte ändrats. "
                     "Välj en databasfil som Folkhälsobok har skapat.").arg(file, detail);
        break;
    case OpenErrorKind::ForeignDatabase:
        message = tr("Filen %1 är en SQLite-databas från ett annat program, inte från Folkhälsobok. "
                     "Filen har inte ändrats. Välj en databasfil som Folkhälsobok har skapat.").arg(file);
        break;
    case OpenErrorKind::NewerSchema:
        message = tr("Filen %1 har sparats av en nyare version av Folkhälsobok (%2). Filen har inte ändrats. "
                     "Uppdatera Folkhälsobok för att kunna öppna den.").arg(file, detail);
        break;
    case OpenErrorKind::Corrupt:
        message = tr("Databasfilen %1 är skadad (integritetskontrollen hittade fel). Filen har inte ändrats. "
                     "Återställ den från en säkerhetskopia.").arg(file);
        break;
    case OpenErrorKind::Locked:
        message = tr("Databasfilen %1 är låst av ett annat program som skriver i den just nu. Filen har inte ändrats. "
                     "Försök igen om en stund, eller stäng det andra programmet.").arg(file);
        break;
    case OpenErrorKind::IoError:
        message = tr("Databasfilen %1 kunde inte öppnas: %2").arg(file, detail);
        break;
    }
    return OpenError{kind, message};
}

} // namespace fhb::storage::opening
