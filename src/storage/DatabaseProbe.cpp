// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseProbe.h"

#include "Logging.h"

#include <QAtomicInt>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

namespace fhb::storage::opening {

namespace {

/// RAII for a throw-away connection used to look at a file before opening it for real.
class Probe
{
public:
    Probe(const QString &databaseName, const QString &options)
        : m_name(uniqueConnectionName("fhb-probe"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError();
    }
    ~Probe()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Probe(const Probe &) = delete;
    Probe &operator=(const Probe &) = delete;
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QSqlError openError() const { return m_error; }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

/// The tables a schema of `version` must have, from the migration scripts that made it (their
/// CREATE, DROP and RENAME of tables, in order; comments skipped).
QStringList expectedTables(int version)
{
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    static const QRegularExpression statement(
        QStringLiteral("\\b(?:CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"
                       "|DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"
                       "|ALTER\\s+TABLE\\s+(\\w+)\\s+RENAME\\s+TO\\s+(\\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    const auto &files = migrationFiles();
    for (auto it = files.constBegin(); it != files.constEnd() && it.key() <= version; ++it) {
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString script = QString::fromUtf8(file.readAll()).remove(comment);
        for (auto m = statement.globalMatch(script); m.hasNext();) {
            const QRegularExpressionMatch match = m.next();
            if (!match.captured(1).isEmpty()) {
                tables.append(match.captured(1));
            } else if (!match.captured(2).isEmpty()) {
                tables.removeAll(match.captured(2));
            } else {
                tables.removeAll(match.captured(3));
                tables.append(match.captured(4));
            }
        }
    }
    tables.removeDuplicates();
    return tables;
}

OpenError checkIdentity(const QString &path, const ProbeInfo &info)
{
    if (info.applicationId != kApplicationId && (info.applicationId != 0 || info.hasTables))
        return refusal(OpenErrorKind::ForeignDatabase, path);
    if (info.applicationId == kApplicationId && info.userVersion > Database::latestSchemaVersion())
        return refusal(OpenErrorKind::NewerSchema, path,
                       Database::tr("databasversion %1; den här versionen förstår upp till %2")
                           .arg(info.userVersion).arg(Database::latestSchemaVersion()));
    return {};
}

} // namespace

QString uniqueConnectionName(const char *prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(counter.fetchAndAddRelaxed(1) + 1);
}

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

const QMap<int, QString> &migrationFiles()
{
    static const QMap<int, QString> files = [] {
        QMap<int, QString> map;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_.*\\.sql$"));
        QDirIterator it(QStringLiteral(":/sql"));
        while (it.hasNext()) {
            it.next();
            const QRegularExpressionMatch m = pattern.match(it.fileName());
            if (m.hasMatch())
                map.insert(m.captured(1).toInt(), it.filePath());
        }
        return map;
    }();
    return files;
}

QVariant pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
        return query.value(0);
    return {};
}

/// `uri`: what the failed connection opened (`path` itself when writing); SQLite is asked
/// again through its C API for the extended code and errno, which name the real cause.
OpenError classifyProbeError(const QSqlError &error, const QString &path, const QString &uri, bool writing)
{
    qCInfo(lcStorage) << "probing" << path << "failed:" << error.text();
    switch (primaryCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return refusal(OpenErrorKind::Locked, path);
    case SQLITE_NOTADB:
        return refusal(OpenErrorKind::NotADatabase, path, Database::tr("innehållet är inte en SQLite-databas"));
    case SQLITE_CORRUPT:
        return refusal(OpenErrorKind::Corrupt, path);
    default:
        break;
    }
    SqliteFailure failure = tryFirstRead(uri, writing);
    if (failure.code == SQLITE_OK)
        failure.code = error.nativeErrorCode().toInt();
    qCInfo(lcStorage) << "SQLite code" << failure.code << "errno" << failure.systemErrno;
    return refusal(OpenErrorKind::IoError, path, failureReason(path, failure.code, failure.systemErrno, writing));
}

/// Looks inside an existing SQLite file through a read-only connection to `uri` (the file
/// itself or its snapshot copy): identity, tables, integrity. Returns a refusal, or kind None
/// when the file may be opened.
OpenError probeExisting(const QString &path, const QString &uri, ProbeInfo *info)
{
    Probe probe(uri, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(kProbeTimeoutMs));
    if (!probe.isOpen())
        return classifyProbeError(probe.openError(), path, uri, false);
    QSqlQuery query(probe.db());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return classifyProbeError(query.lastError(), path, uri, false);
    info->hasTables = query.value(0).toInt() > 0;
    query.finish();
    info->applicationId = quint32(pragmaValue(probe.db(), QStringLiteral("application_id")).toLongLong());
    info->userVersion = pragmaValue(probe.db(), QStringLiteral("user_version")).toInt();
    if (const OpenError identity = checkIdentity(path, *info); identity.kind != OpenErrorKind::None)
        return identity;
    if (info->applicationId == kApplicationId && info->userVersion > 0) {
        // Ours by its header: before anything writes to it (the journal mode included), the
        // tables its version promises must be there.
        QStringList missing;
        for (const QString &table : expectedTables(info->userVersion)) {
            QSqlQuery exists(probe.db());
            exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
            exists.addBindValue(table);
            if (!exists.exec())
                return classifyProbeError(exists.lastError(), path, uri, false);
            if (!exists.next())
                missing.append(table);
        }
        if (!missing.isEmpty()) {
            qCWarning(lcStorage) << path << "lacks the tables" << missing;
            return refusal(OpenErrorKind::Corrupt, path, Database::tr("saknar tabeller (%1)")
                                                             .arg(missing.join(QStringLiteral(", "))));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return classifyProbeError(query.lastError(), path, uri, false);
    if (query.value(0).toString() != QLatin1String("ok")) {
        qCWarning(lcStorage) << "quick_check of" << path << ":" << query.value(0).toString();
        return refusal(OpenErrorKind::Corrupt, path);
    }
    return {};
}

/// What can be refused from the header alone, before SQLite opens the file.
OpenError checkExistingFile(const QString &path, const FileHeader &header)
{
    if (!header.readable)
        return refusal(OpenErrorKind::IoError, path, Database::tr("filen kan inte läsas (%1). Kontrollera att du har läsrätt till den.")
                                                         .arg(header.readError));
    if (header.size == 0)
        return refusal(OpenErrorKind::NotADatabase, path, Database::tr("filen är tom, 0 byte"));
    if (!header.sqliteMagic)
        return refusal(OpenErrorKind::NotADatabase, path, Database::tr("innehållet är inte en SQLite-databas"));
    // The header is enough to refuse without SQLite; a file of ours is confirmed by the probe.
    if (const OpenError early = checkIdentity(path, {false, header.applicationId, int(header.userVersion)});
        early.kind != OpenErrorKind::None && !header.walMode)
        return early;
    return {};
}

} // namespace fhb::storage::opening
