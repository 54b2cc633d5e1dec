// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "DatabaseOpening.h"
#include "OutputFile.h"
#include "SchemaUpgrade.h"
#include "SqlSupport.h"
#include "WriterLock.h"

#include <QAtomicInt>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fhb::storage {

using namespace opening;

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kProbeTimeoutMs = 400;

QString uniqueConnectionName(const char *prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(counter.fetchAndAddRelaxed(1) + 1);
}

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

/// Migration scripts embedded from resources/sql, by version ("001_initial.sql" is 1).
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

bool execSql(QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    qCDebug(lcStorage) << "statement failed:" << sql << query.lastError().text();
    return false;
}

QVariant pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
        return query.value(0);
    return {};
}

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

/// What SQLite itself says about a file; the header bytes may be stale while a -wal file
/// holds newer pages, so application_id and user_version are read through SQLite.
struct ProbeInfo {
    bool hasTables = false;
    quint32 applicationId = 0;
    int userVersion = 0;
};

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

} // namespace

struct Database::Private {
    QString path;
    QString connectionName;
    QSqlDatabase db;
    bool readOnly = false;
    QString readOnlyReason;
    QString user;
    std::shared_ptr<WriterLock> writerLock; ///< released after the connection is closed
    /// A private copy of the file and its -wal when they can only be read that way (ReadMode::Snapshot).
    std::unique_ptr<QTemporaryDir> snapshot;
    bool walFile = false; ///< the file's header says WAL (an immutable connection reports "delete")

    bool takeWriterLock(OpenError *err);
    bool connect(const QString &databaseName, const QString &options);
    OpenError probeWriteLock();
    bool openExisting(const QString &readUri, int version, OpenError *err);
    bool createFile(OpenError *err);
    bool openExistingFile(bool forceReadOnly, int *version, OpenError *err);
    Status finishOpening(const Database &owner, int version, bool network);
    Status migrate(const Database &owner, int from);
    Status backupBeforeMigration(const Database &owner, int from);
};

bool Database::Private::connect(const QString &databaseName, const QString &options)
{
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(options);
    if (db.open())
        return true;
    qCWarning(lcStorage) << "cannot open" << databaseName << ":" << db.lastError().text();
    return false;
}

OpenError Database::Private::probeWriteLock()
{
    execSql(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kProbeTimeoutMs));
    QSqlError error;
    if (!execSql(db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        const int code = primaryCode(error);
        if ((code == SQLITE_BUSY || code == SQLITE_LOCKED) && !writerLock) {
            // Without a writer lock of ours, the lock file may be another user's that we cannot read.
            const QString lockPath = WriterLock::lockPathFor(path);
            struct stat st {};
            if (::stat(QFile::encodeName(lockPath).constData(), &st) == 0
                && ::access(QFile::encodeName(lockPath).constData(), R_OK) != 0)
                return OpenError{OpenErrorKind::Locked,
                                 Database::tr("Databasfilen %1 är låst av ett annat program som skriver i den just nu. Filen har inte "
                                              "ändrats. Låsfilen %2 tillhör %3 och du får inte läsa den, så det går inte att se vem "
                                              "som skriver. Försök igen om en stund; skriver ingen, kan %3 eller en administratör "
                                              "ta bort låsfilen.")
                                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(lockPath),
                                          accountName(st.st_uid))};
        }
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return refusal(OpenErrorKind::Locked, path);
        return classifyProbeError(error, path, path, true);
    }
    execSql(db, QStringLiteral("ROLLBACK"));
    return {};
}

Status Database::Private::migrate(const Database &owner, int from)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Status::failure(ErrorKind::Io, Database::tr("SQLite-drivrutinen saknas."));
    const auto &files = migrationFiles();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= from)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(ErrorKind::Io, Database::tr("Uppgraderingsskriptet %1 saknas i programmet.").arg(it.value()));
        const QByteArray script = "BEGIN IMMEDIATE;\n" + file.readAll()
            + "\nPRAGMA user_version = " + QByteArray::number(it.key())
            + ";\nPRAGMA application_id = " + QByteArray::number(kApplicationId) + ";";
        char *message = nullptr;
        // What SQL cannot do (SchemaUpgrade.h) runs in the same transaction as the script; its
        // refusal is the user's reason, SQLite's goes to the log.
        Status completed;
        const bool done = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) == SQLITE_OK
            && (completed = completeUpgrade(owner, it.key())).ok()
            && sqlite3_exec(handle, "COMMIT", nullptr, nullptr, &message) == SQLITE_OK;
        if (!done) {
            qCWarning(lcStorage) << "migration" << it.key() << "failed:" << (message ? message : "")
                                 << (completed.ok() ? QString() : completed.error());
            sqlite3_free(message);
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            const QString why = Database::tr("Databasen kunde inte uppgraderas till version %1; ingenting har ändrats i den.")
                                    .arg(it.key());
            return Status::failure(ErrorKind::Io, completed.ok() ? why : QString(why + u' ' + completed.error()));
        }
    }
    return {};
}

Status Database::Private::backupBeforeMigration(const Database &owner, int from)
{
    QStringList earlier;
    QString target = path + QStringLiteral(".bak-v%1").arg(from);
    for (int n = 2; QFileInfo::exists(target); ++n) {
        earlier.append(target);
        target = path + QStringLiteral(".bak-v%1-%2").arg(from).arg(n);
    }
    const Status status = owner.backupTo(target);
    if (!status)
        return status;
    // A migration that failed changed nothing, so the next attempt copies the same content
    // (the copy is deterministic): keep one copy per content, not one per attempt.
    for (const QString &old : earlier) {
        if (sameBytes(old, target)) {
            QFile::remove(target);
            qCInfo(lcStorage) << "the copy of" << path << "before migrating is already in" << old;
            return {};
        }
    }
    qCInfo(lcStorage) << "copied" << path << "to" << target << "before migrating";
    return {};
}

Database::Database() : d(std::make_unique<Private>()) {}

Database::~Database()
{
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
    d->writerLock.reset();
    d->snapshot.reset();
}

bool Database::Private::takeWriterLock(OpenError *err)
{
    WriterLock::Attempt attempt = WriterLock::acquire(path);
    switch (attempt.outcome) {
    case WriterLock::Outcome::Acquired:
        writerLock = std::move(attempt.lock);
        return true;
    case WriterLock::Outcome::HeldByOther:
        *err = OpenError{OpenErrorKind::Locked, WriterLock::heldMessage(path, attempt.holder)};
        return false;
    case WriterLock::Outcome::Unavailable:
        // SQLite's own locks still keep two writers from corrupting the file.
        qCWarning(lcStorage) << "no writer lock file for" << path << ":" << attempt.detail;
        return true;
    }
    return true;
}

std::unique_ptr<Database> Database::open(const QString &path, const OpenOptions &options, OpenError *error)
{
    OpenError ignored;
    OpenError &err = error ? *error : ignored;
    err = {};
    // One name per file: SQLite resolves symbolic links for its -wal and -shm, and the writer
    // lock must be found under the same name whichever link was opened.
    QString absolute = QFileInfo(path).absoluteFilePath();
    if (const QString canonical = QFileInfo(absolute).canonicalFilePath(); !canonical.isEmpty())
        absolute = canonical;
    else if (const QString folder = QFileInfo(absolute).absoluteDir().canonicalPath(); !folder.isEmpty())
        absolute = QDir(folder).filePath(QFileInfo(absolute).fileName());
    const bool exists = QFileInfo::exists(absolute);
    const SideFiles sideBefore = sideFiles(absolute);
    if (!exists && !options.create) {
        err = refusal(OpenErrorKind::NotFound, absolute);
        return nullptr;
    }
    if (exists && options.create && options.mustBeNew) {
        err = refusal(OpenErrorKind::AlreadyExists, absolute);
        return nullptr;
    }
    if (exists && !QFileInfo(absolute).isFile()) {
        err = refusal(OpenErrorKind::IoError, absolute, tr("det är en mapp, inte en fil. Välj databasfilen i mappen."));
        return nullptr;
    }

    std::unique_ptr<Database> db(new Database());
    db->d->path = absolute;
    db->d->connectionName = uniqueConnectionName("fhb-db");
    db->d->user = db->userName();
    // A failed open leaves the file as it was: a new file goes, side files SQLite made go.
    const auto giveUp = [&]() -> std::unique_ptr<Database> {
        db.reset();
        if (!exists)
            removeDatabaseFiles(absolute);
        else
            removeCreatedSideFiles(absolute, sideBefore);
        return nullptr;
    };
    int version = 0;
    if (!(exists ? db->d->openExistingFile(options.forceReadOnly, &version, &err) : db->d->createFile(&err)))
        return giveUp();
    const bool network = options.assumeNetworkFileSystem.value_or(isNetworkFileSystem(QFileInfo(absolute).absolutePath()));
    if (const Status s = db->d->finishOpening(*db, version, network); !s) {
        err = refusal(OpenErrorKind::IoError, absolute, s.error());
        return giveUp();
    }
    qCInfo(lcStorage) << (exists ? "opened" : "created") << absolute << "schema" << db->schemaVersion()
                      << "journal" << db->journalMode() << (db->isReadOnly() ? "read-only" : "writable");
    return db;
}

bool Database::Private::createFile(OpenError *err)
{
    if (const QString why = createEmptyFile(path); !why.isEmpty()) {
        *err = refusal(OpenErrorKind::IoError, path,
                       Database::tr("filen kunde inte skapas (%1). Kontrollera att mappen finns och att du får skriva i den.")
                           .arg(why));
        return false;
    }
    if (!takeWriterLock(err))
        return false;
    if (!connect(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs))) {
        *err = refusal(OpenErrorKind::IoError, path, Database::tr("SQLite kunde inte öppna den nya filen."));
        return false;
    }
    return true;
}

bool Database::Private::openExistingFile(bool forceReadOnly, int *version, OpenError *err)
{
    if (!forceReadOnly)
        rollBackHotJournal(path);
    const FileHeader header = readHeader(path);
    *err = checkExistingFile(path, header);
    if (err->kind != OpenErrorKind::None)
        return false;
    readOnlyReason = opening::readOnlyReason(path, forceReadOnly);
    readOnly = !readOnlyReason.isEmpty();
    walFile = header.walMode;
    // Reading never creates a -wal or -shm (they would belong to the reader) and never skips
    // committed data in a -wal.
    QString readUri;
    switch (readMode(header, sideFiles(path), !readOnly)) {
    case ReadMode::Live:
        readUri = readOnlyUri(path, false);
        break;
    case ReadMode::Immutable:
        readUri = readOnlyUri(path, true);
        break;
    case ReadMode::Snapshot: {
        snapshot = std::make_unique<QTemporaryDir>(QDir(QDir::tempPath()).filePath(QStringLiteral("folkhalsobok-XXXXXX")));
        const QString copy = snapshot->isValid() ? takeSnapshot(path, snapshot->path()) : QString();
        if (copy.isEmpty()) {
            qCWarning(lcStorage) << "no snapshot of" << path << "and its -wal could be taken";
            *err = refusal(OpenErrorKind::IoError, path, staleChangesReason(path));
            return false;
        }
        qCInfo(lcStorage) << "reading" << path << "from a private copy with its -wal";
        readUri = readOnlyUri(copy, false);
        break;
    }
    }
    ProbeInfo info;
    *err = probeExisting(path, readUri, &info);
    if (err->kind != OpenErrorKind::None)
        return false;
    *version = info.applicationId == kApplicationId ? info.userVersion : 0;
    if (!readOnly && !takeWriterLock(err))
        return false;
    return openExisting(readUri, *version, err);
}

Status Database::Private::finishOpening(const Database &owner, int version, bool network)
{
    execSql(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    if (!execSql(db, QStringLiteral("PRAGMA foreign_keys = ON")))
        return Status::failure(ErrorKind::Io, Database::tr("SQLite kunde inte slå på kontrollen av främmande nycklar."));
    // REPLACE then fires the delete triggers that guard approved reports (001_initial.sql).
    execSql(db, QStringLiteral("PRAGMA recursive_triggers = ON"));
    if (readOnly)
        return {};
    // The copy is taken before anything in the file changes, the journal mode included.
    if (version > 0 && version < latestSchemaVersion()) {
        if (const Status s = backupBeforeMigration(owner, version); !s)
            return s;
    }
    if (version < latestSchemaVersion()) {
        if (const Status s = migrate(owner, version); !s)
            return s;
    }
    const QString wanted = network ? QStringLiteral("delete") : QStringLiteral("wal");
    const QString mode = pragmaValue(db, QStringLiteral("journal_mode = ") + wanted).toString().toLower();
    if (mode != wanted)
        qCWarning(lcStorage) << "journal mode of" << path << "is" << mode << "instead of" << wanted;
    if (mode == QLatin1String("wal"))
        execSql(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

bool Database::Private::openExisting(const QString &readUri, int version, OpenError *err)
{
    Private &d = *this;
    if (d.readOnly) {
        if (version < latestSchemaVersion()) {
            *err = refusal(OpenErrorKind::IoError, d.path,
                           Database::tr("filen har ett äldre databasformat (version %1) som måste uppgraderas, men den går inte att skriva i. %2")
                               .arg(version).arg(d.readOnlyReason));
            return false;
        }
        if (!d.connect(readUri,
                       QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs))) {
            *err = refusal(OpenErrorKind::IoError, d.path, Database::tr("SQLite kunde inte öppna filen för läsning."));
            return false;
        }
        return true;
    }
    if (!d.connect(d.path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs))) {
        *err = refusal(OpenErrorKind::IoError, d.path, Database::tr("SQLite kunde inte öppna filen."));
        return false;
    }
    *err = d.probeWriteLock();
    return err->kind == OpenErrorKind::None;
}

QString Database::path() const
{
    return d->path;
}

SqlConnection Database::connection() const
{
    return SqlConnection(d->db);
}

bool Database::isReadOnly() const
{
    return d->readOnly;
}

QString Database::readOnlyReason() const
{
    return d->readOnlyReason;
}

QString Database::userName() const
{
    if (!d->user.isEmpty())
        return d->user;
    return operatingSystemAccount() + QLatin1Char('@') + hostName();
}

int Database::schemaVersion() const
{
    return pragmaValue(d->db, QStringLiteral("user_version")).toInt();
}

int Database::latestSchemaVersion()
{
    const auto &files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

quint32 Database::applicationId()
{
    return kApplicationId;
}

QString Database::journalMode() const
{
    if (d->readOnly && d->walFile)
        return QStringLiteral("wal");
    return pragmaValue(d->db, QStringLiteral("journal_mode")).toString().toLower();
}

OutputStatus Database::backupTo(const QString &file) const
{
    // The shared output writer (OutputFile.h) makes the temporary file, syncs it and renames it
    // into place; it also refuses a target that is a database or one of its files.
    OutputFile::Options options;
    options.label = tr("Säkerhetskopian %1");
    options.mode = 0600;
    sqlite3 *source = sqliteHandle(d->db);
    return OutputFile::writeBy(file, [&](const QString &temporary) {
        OutputFile::Filled filled;
        if (!source) {
            filled.reason = tr("databasen är inte öppen");
            return filled;
        }
        sqlite3 *destination = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(temporary).constData(), &destination, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK) {
            sqlite3_close(destination);
            filled.reason = tr("filen kunde inte öppnas");
            return filled;
        }
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(destination);
        if (backup && sqlite3_backup_finish(backup) != SQLITE_OK && rc == SQLITE_DONE)
            rc = sqlite3_errcode(destination);
        const int systemErrno = sqlite3_system_errno(destination);
        const QString sqliteMessage = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(destination);
        if (rc == SQLITE_FULL || OutputFile::kindOf(systemErrno) == OutputErrorKind::DiskFull)
            filled.errnoValue = ENOSPC;
        else if (rc != SQLITE_DONE && systemErrno != 0)
            filled.errnoValue = systemErrno;
        else if (rc != SQLITE_DONE)
            filled.reason = sqliteMessage;
        filled.kind = filled.errnoValue ? OutputFile::kindOf(filled.errnoValue) : OutputErrorKind::Other;
        if (filled.failed())
            qCWarning(lcStorage) << "backup to" << file << "failed:" << sqliteMessage;
        return filled;
    }, options);
}

Transaction::Transaction(const Database &db) : m_db(db)
{
    QSqlQuery query(m_db.connection());
    const QString begin = db.isReadOnly() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    m_active = query.exec(begin);
    if (!m_active)
        qCWarning(lcStorage) << "cannot begin a transaction:" << query.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(ErrorKind::Io, Database::tr("Ändringen kunde inte sparas: ingen transaktion pågår."));
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = failureMessage(query.lastError(), Database::tr("spara ändringen"));
        query.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
        return Status::failure(error);
    }
    m_active = false;
    return {};
}

} // namespace fhb::storage
