// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening and locking (docs/reliability.md, "Opening and locking"): reading never shows stale
// data and never leaves files behind that lock the owner out, one writer per file whatever its
// name, and messages that name the real cause. Where permissions matter the checks run as
// another user through runuser (root ignores file modes).
#include "StorageSupport.h"

#include "storage/dataset/DatasetStore.h"
#include "storage/WriterLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

const char *const kAction = "FHB_OPENING_ACTION";
const char *const kPath = "FHB_OPENING_DB";
const char *const kExpected = "FHB_OPENING_EXPECTED";

constexpr qint64 kSeededAmount = 4900000; // "Övrigt" in sampleReport()
constexpr qint64 kEditedAmount = 7777700;

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

void chmodOrFail(const QString &path, mode_t mode)
{
    REQUIRE(::chmod(encoded(path).constData(), mode) == 0);
}

void chownOrFail(const QString &path, const char *user)
{
    const passwd *pw = ::getpwnam(user);
    REQUIRE(pw);
    REQUIRE(::chown(encoded(path).constData(), pw->pw_uid, pw->pw_gid) == 0);
}

uid_t ownerOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(encoded(path).constData(), &st) == 0);
    return st.st_uid;
}

qint64 otherAmount(const Database &db)
{
    return rawValue(db, QStringLiteral("SELECT amount_ore FROM expense_line WHERE category = 'Övrigt'")).toLongLong();
}

/// A seeded WAL database readable by everyone, in a folder of its own under a scratch folder
/// that everyone may enter.
QString seededDatabase(const Scratch &scratch, const QString &folderName)
{
    chmodOrFail(scratch.dir(), 0755);
    const QString folder = scratch.path(folderName);
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("delad.fhb"));
    {
        auto db = createDb(path);
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    }
    chmodOrFail(path, 0644);
    return path;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

struct Child {
    int exitCode = -1;
    QString output;
};

/// Runs the hidden test below as `user` with `action` on `path`.
Child runAs(const char *user, const QString &action, const QString &path, const QString &expected = {})
{
    Child result;
    const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    if (runuser.isEmpty()) {
        WARN("runuser is missing");
        return result;
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kAction), action);
    env.insert(QLatin1String(kPath), path);
    env.insert(QLatin1String(kExpected), expected);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(QStringLiteral("/"));
    child.start(runuser, {QStringLiteral("-u"), QLatin1String(user), QStringLiteral("--"),
                          QCoreApplication::applicationFilePath(), QStringLiteral("[opening-child]")});
    REQUIRE(child.waitForFinished(60000));
    result.output = QString::fromLocal8Bit(child.readAllStandardOutput() + child.readAllStandardError());
    result.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    return result;
}

#define REQUIRE_ROOT()                                                                                   \
    do {                                                                                                 \
        if (!runningAsRoot() || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty()) { \
            WARN("needs root and runuser to act as another user: not tested");                          \
            return;                                                                                      \
        }                                                                                                \
    } while (false)

void stopHolder(QProcess &process)
{
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(15000));
}

Dataset oneParty(const QString &name)
{
    Dataset more;
    more.parties = {{0, name, PartyKind::Municipality, {}}};
    return more;
}

/// Copies a database with an uncheckpointed edit in its -wal (and, with `withIndex`, its
/// -shm) to `folder`, as a copy of a killed program's files would be.
void copyWithCommittedLog(const QString &source, const QString &folder, bool withIndex)
{
    auto db = openDb(source);
    REQUIRE(db);
    REQUIRE_FALSE(rawExec(*db, QStringLiteral("PRAGMA wal_autocheckpoint = 0")).isValid());
    REQUIRE_FALSE(rawExec(*db, QStringLiteral("UPDATE expense_line SET amount_ore = %1 WHERE category = 'Övrigt'")
                                   .arg(kEditedAmount))
                      .isValid());
    REQUIRE(QFileInfo(source + QStringLiteral("-wal")).size() > 0);
    REQUIRE(QDir().mkpath(folder));
    QStringList suffixes = {QString(), QStringLiteral("-wal")};
    if (withIndex)
        suffixes << QStringLiteral("-shm");
    for (const QString &suffix : suffixes) {
        const QString target = QDir(folder).filePath(QFileInfo(source).fileName() + suffix);
        REQUIRE(QFile::copy(source + suffix, target));
        chmodOrFail(target, 0644);
    }
    chmodOrFail(folder, 0755);
}

} // namespace

// Run by the tests below as another user.
TEST_CASE("what another user sees of a database is checked in a child process", "[.][opening-child]")
{
    const QString action = qEnvironmentVariable(kAction);
    const QString path = qEnvironmentVariable(kPath);
    const QString expected = qEnvironmentVariable(kExpected);
    if (action.isEmpty()) {
        WARN("only run by the tests of ReliabilityOpeningTests.cpp");
        return;
    }
    OpenError error;
    auto db = Database::open(path, {}, &error);
    INFO(error.message.toStdString());
    if (action == QLatin1String("refused")) {
        CHECK_FALSE(db);
        CHECK(error.message.contains(expected));
        CHECK_FALSE(error.message.contains(QStringLiteral("läsrätt")));
        return;
    }
    REQUIRE(db);
    if (action == QLatin1String("read")) {
        CHECK(db->isReadOnly());
        CHECK(otherAmount(*db) == expected.toLongLong());
    } else if (action == QLatin1String("write")) {
        CHECK_FALSE(db->isReadOnly());
        CHECK(DatasetStore(*db).import(oneParty(QStringLiteral("Laxå kommun"))).ok());
    } else if (action == QLatin1String("read-only-because")) {
        CHECK(db->isReadOnly());
        CHECK(db->readOnlyReason().contains(expected));
        CHECK(otherAmount(*db) == kSeededAmount);
    }
}

TEST_CASE("a committed edit still in the write-ahead log is read from a folder the reader cannot write", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString source = seededDatabase(scratch, QStringLiteral("ägare"));
    const bool withIndex = GENERATE(true, false);
    INFO("with the -shm: " << withIndex);
    const QString folder = scratch.path(QStringLiteral("kopia"));
    copyWithCommittedLog(source, folder, withIndex);
    const QString copy = QDir(folder).filePath(QStringLiteral("delad.fhb"));
    const QStringList before = filesIn(folder);
    const QByteArray bytes = readFile(copy);

    const Child child = runAs("nobody", QStringLiteral("read"), copy, QString::number(kEditedAmount));
    INFO(child.output.toStdString());
    CHECK(child.exitCode == 0);
    CHECK(filesIn(folder) == before);
    CHECK(readFile(copy) == bytes);
}

TEST_CASE("a reader who may not write sees the edits of a writer that still has the file open", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString path = seededDatabase(scratch, QStringLiteral("mapp"));
    auto writer = openDb(path);
    REQUIRE(writer);
    REQUIRE_FALSE(rawExec(*writer, QStringLiteral("UPDATE expense_line SET amount_ore = %1 WHERE category = 'Övrigt'")
                                       .arg(kEditedAmount))
                      .isValid());
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    const Child child = runAs("nobody", QStringLiteral("read"), path, QString::number(kEditedAmount));
    INFO(child.output.toStdString());
    CHECK(child.exitCode == 0);
}

TEST_CASE("a write-ahead log the reader cannot read is refused with a plain message and not skipped", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString source = seededDatabase(scratch, QStringLiteral("ägare"));
    const QString folder = scratch.path(QStringLiteral("kopia"));
    copyWithCommittedLog(source, folder, false);
    const QString copy = QDir(folder).filePath(QStringLiteral("delad.fhb"));
    chmodOrFail(copy + QStringLiteral("-wal"), 0600);
    const Child child = runAs("nobody", QStringLiteral("refused"), copy, QStringLiteral("ändringar som ännu inte skrivits in"));
    INFO(child.output.toStdString());
    CHECK(child.exitCode == 0);
}

TEST_CASE("a second user who only reads a shared database leaves nothing behind that stops its owner", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString path = seededDatabase(scratch, QStringLiteral("gemensam"));
    const QString folder = QFileInfo(path).absolutePath();
    chmodOrFail(folder, 01777);
    chownOrFail(path, "daemon");
    REQUIRE(filesIn(folder) == QStringList{QStringLiteral("delad.fhb")});

    Child reader = runAs("nobody", QStringLiteral("read"), path, QString::number(kSeededAmount));
    INFO(reader.output.toStdString());
    CHECK(reader.exitCode == 0);
    CHECK(filesIn(folder) == QStringList{QStringLiteral("delad.fhb")});

    const Child owner = runAs("daemon", QStringLiteral("write"), path);
    INFO(owner.output.toStdString());
    CHECK(owner.exitCode == 0);

    SECTION("also while the owner has it open for writing")
    {
        chmodOrFail(folder, 0777);
        QProcess holder;
        // The holder runs as root here: its -wal and -shm get the database's owner (daemon).
        startHolder(holder, path);
        reader = runAs("nobody", QStringLiteral("read"), path, QString::number(kSeededAmount));
        INFO(reader.output.toStdString());
        CHECK(reader.exitCode == 0);
        for (const QString &name : filesIn(folder))
            CHECK(ownerOf(QDir(folder).filePath(name)) != ::getpwnam("nobody")->pw_uid);
        stopHolder(holder);
    }
}

TEST_CASE("an index file of another user that the owner cannot write is named with its owner", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString path = seededDatabase(scratch, QStringLiteral("gemensam"));
    const QString folder = QFileInfo(path).absolutePath();
    chmodOrFail(folder, 01777);
    chownOrFail(path, "daemon");
    // What an older version left when nobody read the file: an empty -wal and a -shm of nobody's.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        writeFile(side, QByteArray());
        chmodOrFail(side, 0644);
        chownOrFail(side, "nobody");
    }
    const Child owner = runAs("daemon", QStringLiteral("read-only-because"), path, QStringLiteral("tillhör nobody"));
    INFO(owner.output.toStdString());
    CHECK(owner.exitCode == 0);
}

TEST_CASE("a database opened through a symbolic link shares the writer lock of its file", "[reliability]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("a.fhb"));
    createDb(path).reset();
    const QString link = scratch.path(QStringLiteral("b.fhb"));
    REQUIRE(QFile::link(path, link));
    QProcess holder;
    startHolder(holder, path);
    OpenError error;
    CHECK_FALSE(Database::open(link, {}, &error));
    CHECK(error.kind == OpenErrorKind::Locked);
    CHECK(error.message.contains(QStringLiteral(" används av ")));
    stopHolder(holder);

    SECTION("and the holder through the link locks out the file's own name")
    {
        startHolder(holder, link);
        CHECK_FALSE(Database::open(path, {}, &error));
        CHECK(error.kind == OpenErrorKind::Locked);
        stopHolder(holder);
    }
}

TEST_CASE("a database file with a second hard link is never opened for writing", "[reliability]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("a.fhb"));
    {
        auto db = createDb(path);
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    }
    const QString link = scratch.path(QStringLiteral("c.fhb"));
    REQUIRE(::link(encoded(path).constData(), encoded(link).constData()) == 0);
    const QByteArray before = readFile(path);
    for (const QString &name : {path, link}) {
        INFO(name.toStdString());
        auto db = openDb(name);
        REQUIRE(db);
        CHECK(db->isReadOnly());
        CHECK(db->readOnlyReason().contains(QStringLiteral("hårda länkar")));
        CHECK(otherAmount(*db) == kSeededAmount);
        const auto imported = DatasetStore(*db).import(oneParty(QStringLiteral("Testkommun")));
        CHECK_FALSE(imported.ok());
        CHECK(imported.error() == db->readOnlyReason());
    }
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(link + QStringLiteral("-wal")));
}

TEST_CASE("a lock file made by root in a user's folder belongs to the database's owner", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString path = seededDatabase(scratch, QStringLiteral("användarens"));
    chmodOrFail(path, 0600);
    chownOrFail(path, "nobody");
    chownOrFail(QFileInfo(path).absolutePath(), "nobody");
    auto db = openDb(path);
    REQUIRE(db);
    REQUIRE_FALSE(db->isReadOnly());
    CHECK(ownerOf(WriterLock::lockPathFor(path)) == ::getpwnam("nobody")->pw_uid);
}

TEST_CASE("a stale lock file the user cannot read is removed when the folder allows it", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString path = seededDatabase(scratch, QStringLiteral("användarens"));
    chmodOrFail(path, 0600);
    chownOrFail(path, "nobody");
    chownOrFail(QFileInfo(path).absolutePath(), "nobody");
    const QString lockPath = WriterLock::lockPathFor(path);
    writeFile(lockPath, "user=root\nhost=annan\npid=999999\nsince=2020-01-01T08:00:00Z\n");
    chmodOrFail(lockPath, 0600); // root's, as a killed root writer left it
    const Child writer = runAs("nobody", QStringLiteral("write"), path);
    INFO(writer.output.toStdString());
    CHECK(writer.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(lockPath));
}

TEST_CASE("a living writer's lock file that the user cannot read still names its holder", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString path = seededDatabase(scratch, QStringLiteral("användarens"));
    chmodOrFail(path, 0666);
    chmodOrFail(QFileInfo(path).absolutePath(), 0777);
    const QString lockPath = WriterLock::lockPathFor(path);
    const int fd = ::open(encoded(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    const Child writer = runAs("nobody", QStringLiteral("refused"), path, QStringLiteral(" används av root på "));
    ::close(fd);
    INFO(writer.output.toStdString());
    CHECK(writer.exitCode == 0);
}

TEST_CASE("the audit log and the lock name the operating-system account and host whatever USER says", "[reliability]")
{
    const QByteArray saved = qgetenv("USER");
    const QString expected = QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
    for (const QByteArray &user : {QByteArray("Controller Carin"), QByteArray("   "), QByteArray("carin\nhost=falsk")}) {
        INFO(user.toStdString());
        qputenv("USER", user);
        Scratch scratch;
        const QString path = scratch.path(QStringLiteral("vem.fhb"));
        auto db = createDb(path);
        CHECK(db->userName() == expected + QLatin1Char('@') + QSysInfo::machineHostName());
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
        const QString who = rawValue(*db, QStringLiteral("SELECT group_concat(DISTINCT who) FROM audit_log")).toString();
        CHECK(who == db->userName());
        const auto holder = WriterLock::readHolder(WriterLock::lockPathFor(path));
        REQUIRE(holder);
        CHECK(holder->user == expected);
        CHECK(holder->host == QSysInfo::machineHostName());
    }
    if (saved.isNull())
        qunsetenv("USER");
    else
        qputenv("USER", saved);
}

TEST_CASE("a migration that keeps failing leaves one backup copy however often it is tried", "[reliability]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("gammal.fhb"));
    {
        auto db = createDb(path);
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    }
    {
        RawSqlite raw(path);
        REQUIRE(raw.exec("PRAGMA journal_mode = DELETE") == SQLITE_OK);
        REQUIRE(raw.exec("DROP INDEX annual_report_by_year") == SQLITE_OK);
        REQUIRE(raw.exec("CREATE TABLE annual_report_by_year (x)") == SQLITE_OK); // the upgrade cannot make its index
        REQUIRE(raw.exec("PRAGMA user_version = 1") == SQLITE_OK);
    }
    for (int attempt = 0; attempt < 4; ++attempt) {
        OpenError error;
        CHECK_FALSE(Database::open(path, {}, &error));
        CHECK(error.message.contains(QStringLiteral("uppgraderas")));
    }
    QDir folder(scratch.dir());
    CHECK(folder.entryList({QStringLiteral("gammal.fhb.bak-v1*")}, QDir::Files) == QStringList{QStringLiteral("gammal.fhb.bak-v1")});
}

TEST_CASE("a read-only open leaves no write-ahead log or index behind", "[reliability]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("läs.fhb"));
    createDb(path).reset();
    REQUIRE(filesIn(scratch.dir()) == QStringList{QStringLiteral("läs.fhb")});
    OpenOptions readOnly;
    readOnly.forceReadOnly = true;
    {
        auto db = openDb(path, readOnly);
        REQUIRE(db);
        CHECK(DatasetStore(*db).load().ok());
        CHECK(filesIn(scratch.dir()) == QStringList{QStringLiteral("läs.fhb")});
    }
    CHECK(filesIn(scratch.dir()) == QStringList{QStringLiteral("läs.fhb")});
}

TEST_CASE("a crafted file with our identity but no tables is refused as damaged and left unchanged", "[reliability]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("tom.fhb"));
    {
        RawSqlite raw(path);
        REQUIRE(raw.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(Database::applicationId())).constData()) == SQLITE_OK);
        REQUIRE(raw.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(Database::latestSchemaVersion())).constData())
                == SQLITE_OK);
    }
    const QByteArray before = readFile(path);
    OpenError error;
    CHECK_FALSE(Database::open(path, {}, &error));
    CHECK(error.kind == OpenErrorKind::Corrupt);
    CHECK(error.message.contains(QStringLiteral("saknar tabeller")));
    CHECK(readFile(path) == before);
    CHECK(filesIn(scratch.dir()) == QStringList{QStringLiteral("tom.fhb")});
}

TEST_CASE("a forced read-only open after an interrupted rollback-journal write says a writable open repairs it", "[reliability]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("journal.fhb"));
    {
        OpenOptions options;
        options.create = true;
        options.assumeNetworkFileSystem = true;
        auto db = openDb(path, options);
        REQUIRE(db);
        REQUIRE(db->journalMode() == QStringLiteral("delete"));
        REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    }
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) { // dies inside a write transaction, as a killed program does
        sqlite3 *handle = nullptr;
        sqlite3_open_v2(encoded(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(handle, "PRAGMA cache_size = 1; BEGIN; UPDATE expense_line SET footnote = hex(randomblob(3000));",
                     nullptr, nullptr, nullptr);
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
    const QByteArray before = readFile(path);
    OpenOptions readOnly;
    readOnly.forceReadOnly = true;
    OpenError error;
    CHECK_FALSE(Database::open(path, readOnly, &error));
    INFO(error.message.toStdString());
    CHECK(error.message.contains(QStringLiteral("check")));
    CHECK(error.message.contains(QStringLiteral("för skrivning")));
    CHECK_FALSE(error.message.contains(QStringLiteral("läsrätt")));
    CHECK(readFile(path) == before);
    auto repaired = openDb(path);
    REQUIRE(repaired);
    CHECK(otherAmount(*repaired) == kSeededAmount);
}

TEST_CASE("a disk too full for the index file says that the disk is full", "[reliability]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("full.fhb"));
    createDb(path).reset();
    QProcess writer;
    writer.setProgram(QStringLiteral(FHB_CRASH_WRITER_PATH));
    writer.setArguments({QStringLiteral("open-limited"), path, QStringLiteral("0")});
    writer.start();
    REQUIRE(writer.waitForFinished(30000));
    const QString output = QString::fromUtf8(writer.readAllStandardOutput());
    INFO(output.toStdString());
    CHECK(output.startsWith(QStringLiteral("error ")));
    CHECK(output.contains(QStringLiteral("disken är full")));
    CHECK_FALSE(output.contains(QStringLiteral("läsrätt")));
    CHECK(filesIn(scratch.dir()) == QStringList{QStringLiteral("full.fhb")}); // no empty lock, -wal or -shm left
}

TEST_CASE("a database on a read-only mount is read with its log and says the file system is read-only", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString source = seededDatabase(scratch, QStringLiteral("ägare"));
    const QString folder = scratch.path(QStringLiteral("kopia"));
    copyWithCommittedLog(source, folder, false);
    const QString mountPoint = scratch.path(QStringLiteral("monterad"));
    REQUIRE(QDir().mkpath(mountPoint));
    auto run = [](const QStringList &args) { return QProcess::execute(QStringLiteral("mount"), args) == 0; };
    if (!run({QStringLiteral("--bind"), folder, mountPoint})) {
        WARN("bind mounts are not allowed here: not tested");
        return;
    }
    struct Unmount {
        QString point;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {point}); }
    } unmount{mountPoint};
    REQUIRE(run({QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), mountPoint}));
    const QString path = QDir(mountPoint).filePath(QStringLiteral("delad.fhb"));
    auto db = openDb(path);
    REQUIRE(db);
    CHECK(db->isReadOnly());
    CHECK(db->readOnlyReason().contains(QStringLiteral("skrivskyddat filsystem")));
    CHECK(otherAmount(*db) == kEditedAmount);
}

TEST_CASE("a writer blocked by another program while a lock file it cannot read is in the way is told whose it is", "[reliability]")
{
    REQUIRE_ROOT();
    Scratch scratch;
    const QString path = seededDatabase(scratch, QStringLiteral("gemensam"));
    const QString folder = QFileInfo(path).absolutePath();
    chmodOrFail(folder, 01777); // sticky: nobody may not remove root's files
    chmodOrFail(path, 0600);
    chownOrFail(path, "nobody");
    const QString lockPath = WriterLock::lockPathFor(path);
    writeFile(lockPath, "user=root\nhost=annan\npid=999999\nsince=2020-01-01T08:00:00Z\n");
    chmodOrFail(lockPath, 0600);
    RawSqlite other(path); // another program in the middle of a write
    REQUIRE(other.exec("BEGIN IMMEDIATE") == SQLITE_OK);
    const Child writer = runAs("nobody", QStringLiteral("refused"), path, QStringLiteral("Låsfilen %1 tillhör root").arg(lockPath));
    other.exec("ROLLBACK");
    INFO(writer.output.toStdString());
    CHECK(writer.exitCode == 0);
}
