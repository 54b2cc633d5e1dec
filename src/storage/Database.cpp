// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "DatabaseFiles.h"
#include "DatabaseOpening.h"
#include "DatabaseProbe.h"
#include "OutputFile.h"
#include "SchemaUpgrade.h"
#include "SqlSupport.h"
#include "WriterLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <sys/stat.h>
#include <unistd.h>

namespace fhb::storage {

using namespace opening;

namespace {

constexpr int kBusyTimeoutMs = 5000;

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
