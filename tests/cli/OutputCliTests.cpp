// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every file the command line writes, as a user runs it: a full disk, standard output that
// cannot be written, targets that are databases, FIFOs or planted symlinks, batch names that
// collide, and numbers in file formats under a Swedish locale (docs/reliability.md, "Files the
// program writes").
#include "CliSupport.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fhb;
using fhb::test::CliRun;
using fhb::test::Scratch;

namespace {

using Launch = test::CliLaunch;

CliRun run(const QStringList &arguments, const Launch &launch = {})
{
    return test::runCli(arguments, launch);
}

QString demoDb(const Scratch &scratch, const QString &name = QStringLiteral("demo.db"))
{
    const QString db = scratch.path(name);
    const CliRun init = run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    return db;
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex();
}

bool isFifo(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

bool isCharacterDevice(const char *path)
{
    struct stat st {};
    return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

/// Keeps `db` open as the GUI would: its -wal, -shm and lock file stay, and a command line
/// reading it writes nothing of its own (it falls back to reading), so that a file size
/// limit hits only the output.
std::unique_ptr<storage::Database> holdOpen(const QString &db)
{
    storage::OpenError error;
    auto holder = storage::Database::open(db, {}, &error);
    INFO(error.message.toStdString());
    REQUIRE(holder);
    return holder;
}

} // namespace

TEST_CASE("cli export of 3 KB onto a full disk exits 3 with disken är full and leaves the old file byte-identical", "[cli][output]")
{
    Scratch scratch;
    const QString db = demoDb(scratch);
    const auto holder = holdOpen(db);
    const QString target = scratch.path(QStringLiteral("kumla.json"));
    const QByteArray old(3464, 'o');
    test::writeFile(target, old);
    Launch full;
    full.fileSizeLimit = 1024;
    const CliRun exported = run({QStringLiteral("--db"), db, QStringLiteral("export"), target, QStringLiteral("--party"),
                                 QStringLiteral("Örebro kommun"), QStringLiteral("--year"), QStringLiteral("2023")},
                                full);
    INFO(exported.err.toStdString());
    CHECK(exported.code == 3);
    CHECK(exported.err.contains(QStringLiteral("disken är full")));
    CHECK(exported.err.contains(QStringLiteral("kumla.json")));
    CHECK_FALSE(exported.err.contains(QStringLiteral("läsrätt")));
    CHECK(test::readFile(target) == old);

    // The same for every format of the balance, the workbook included.
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")}) {
        INFO(format.toStdString());
        const QString file = scratch.path(QStringLiteral("saldo.") + format);
        test::writeFile(file, old);
        const CliRun balance = run({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--format"), format,
                                    QStringLiteral("-o"), file},
                                   full);
        INFO(balance.err.toStdString());
        CHECK(balance.code == 3);
        CHECK(balance.err.contains(QStringLiteral("disken är full")));
        CHECK(test::readFile(file) == old);
    }
    const QStringList left = QDir(scratch.dir()).entryList({QStringLiteral(".fhb-*")}, QDir::Files | QDir::Hidden);
    CHECK(left.isEmpty());
}

TEST_CASE("cli backup and report-pdf onto a full disk exit 3 with disken är full", "[cli][output]")
{
    Scratch scratch;
    const QString db = demoDb(scratch);
    const auto holder = holdOpen(db);
    Launch full;
    full.fileSizeLimit = 4096;
    const CliRun backup = run({QStringLiteral("--db"), db, QStringLiteral("backup"), scratch.path(QStringLiteral("kopia.db"))}, full);
    INFO(backup.err.toStdString());
    CHECK(backup.code == 3);
    CHECK(backup.err.contains(QStringLiteral("disken är full")));
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("kopia.db"))));

    const QString pdf = scratch.path(QStringLiteral("orebro.pdf"));
    test::writeFile(pdf, "förra");
    const CliRun report = run({QStringLiteral("--db"), db, QStringLiteral("report-pdf"), QStringLiteral("--party"),
                               QStringLiteral("Örebro kommun"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"), pdf},
                              full);
    INFO(report.err.toStdString());
    CHECK(report.code == 3);
    CHECK(report.err.contains(QStringLiteral("disken är full")));
    CHECK(test::readFile(pdf) == "förra");
}

TEST_CASE("cli backup into a folder it may not write is an output error with exit 2", "[cli][output]")
{
    if (::geteuid() == 0)
        WARN("run as root: a read-only folder is tested as a missing one");
    Scratch scratch;
    const QString db = demoDb(scratch);
    const QString folder = scratch.path(QStringLiteral("låst"));
    REQUIRE(QDir().mkpath(folder));
    const QString target = ::geteuid() == 0 ? scratch.path(QStringLiteral("finns-inte/kopia.db")) : folder + QStringLiteral("/kopia.db");
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
    const CliRun backup = run({QStringLiteral("--db"), db, QStringLiteral("backup"), target});
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    INFO(backup.err.toStdString());
    CHECK(backup.code == 2);
    CHECK(backup.err.contains(QStringLiteral("Säkerhetskopian")));
}

TEST_CASE("cli standard output on a full disk exits 3 with a message", "[cli][output]")
{
    if (!isCharacterDevice("/dev/full")) {
        WARN("/dev/full is missing: skipped");
        return;
    }
    Scratch scratch;
    const QString db = demoDb(scratch);
    Launch full;
    full.stdoutFile = QStringLiteral("/dev/full");
    for (const QStringList &command : {QStringList{QStringLiteral("export"), QStringLiteral("-")},
                                       QStringList{QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("json")},
                                       QStringList{QStringLiteral("balance")}, QStringList{QStringLiteral("check")}}) {
        INFO(command.join(u' ').toStdString());
        const CliRun r = run(QStringList{QStringLiteral("--db"), db} + command, full);
        INFO(r.err.toStdString());
        CHECK(r.code == 3);
        CHECK(r.err.contains(QStringLiteral("Standard ut kunde inte skrivas: disken är full")));
    }
    const CliRun help = run({QStringLiteral("--help")}, full);
    CHECK(help.code == 3);
    CHECK(isCharacterDevice("/dev/full"));
}

TEST_CASE("cli output onto the database its wal a symlink to it or another SQLite file is refused and the database is unchanged", "[cli][output]")
{
    Scratch scratch;
    const QString db = demoDb(scratch, QStringLiteral("s.db"));
    const QString other = demoDb(scratch, QStringLiteral("annan.db"));
    REQUIRE(QFile::link(db, scratch.path(QStringLiteral("region.pdf"))));
    const QByteArray dbBefore = sha(db);
    const QByteArray otherBefore = sha(other);
    const QStringList targets{db, db + QStringLiteral("-wal"), db + QStringLiteral(".lock"),
                              scratch.path(QStringLiteral("region.pdf")), other};
    for (const QString &target : targets) {
        INFO(target.toStdString());
        const QList<QStringList> commands{
            {QStringLiteral("export"), target},
            {QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), target},
            {QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), target},
            {QStringLiteral("report-pdf"), QStringLiteral("--party"), QStringLiteral("Örebro kommun"), QStringLiteral("--year"),
             QStringLiteral("2023"), QStringLiteral("-o"), target}};
        for (const QStringList &command : commands) {
            INFO(command.first().toStdString());
            const CliRun r = run(QStringList{QStringLiteral("--db"), db} + command);
            INFO(r.err.toStdString());
            CHECK(r.code == 2);
            CHECK(r.err.contains(QStringLiteral("databas")));
            CHECK(r.err.contains(QStringLiteral("Ingenting har ändrats")));
        }
    }
    CHECK(sha(db) == dbBefore);
    CHECK(sha(other) == otherBefore);
    CHECK(QFileInfo(scratch.path(QStringLiteral("region.pdf"))).isSymLink());
    const CliRun check = run({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.code != 3);
}

TEST_CASE("cli export onto a FIFO is refused and the FIFO stays a FIFO", "[cli][output]")
{
    Scratch scratch;
    const QString db = demoDb(scratch);
    const QString fifo = scratch.path(QStringLiteral("rör.json"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const CliRun r = run({QStringLiteral("--db"), db, QStringLiteral("export"), fifo});
    INFO(r.err.toStdString());
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("ingen vanlig fil")));
    CHECK(isFifo(fifo));
}

TEST_CASE("cli report-pdf all writes every report to its own file never follows a planted link and counts the files present", "[cli][output][pdf]")
{
    Scratch scratch;
    const QStringList names{QStringLiteral("a/b"), QStringLiteral("a:b"), QStringLiteral("a-b"), QString(300, u'x'),
                            QStringLiteral("Zeta kommun"), QStringLiteral("Örebro län kommun")};
    QJsonArray parties;
    QJsonArray reports;
    for (int i = 0; i < names.size(); ++i) {
        parties.append(QJsonObject{{QStringLiteral("name"), names.at(i)}, {QStringLiteral("kind"), QStringLiteral("municipality")}});
        reports.append(QJsonObject{
            {QStringLiteral("party"), names.at(i)},
            {QStringLiteral("year"), 2024},
            {QStringLiteral("expenses"),
             QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("Rad %1").arg(i)}, {QStringLiteral("amountOre"), 100}}}}});
    }
    const QJsonObject file{{QStringLiteral("format"), QStringLiteral("folkhalsobok-exchange")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("parties"), parties},
                           {QStringLiteral("reports"), reports}};
    const QString json = scratch.path(QStringLiteral("collide.json"));
    test::writeFile(json, QJsonDocument(file).toJson());
    const QString db = scratch.path(QStringLiteral("col.db"));
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);
    const CliRun imported = run({QStringLiteral("--db"), db, QStringLiteral("import"), json});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);

    const QString out = scratch.path(QStringLiteral("ut"));
    REQUIRE(QDir().mkpath(out));
    const QString victim = scratch.path(QStringLiteral("offer.db"));
    QFile::copy(db, victim);
    const QByteArray victimBefore = sha(victim);
    REQUIRE(QFile::link(victim, out + QStringLiteral("/Årsredovisning 2024 – Zeta kommun.pdf")));
    REQUIRE(::mkfifo(QFile::encodeName(out + QStringLiteral("/Årsredovisning 2024 – Örebro län kommun.pdf")).constData(), 0600) == 0);

    const CliRun r = run({QStringLiteral("--db"), db, QStringLiteral("report-pdf"), QStringLiteral("--year"), QStringLiteral("2024"),
                          QStringLiteral("--all"), QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    INFO(r.text.toStdString());
    CHECK(r.code == 0);
    const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files | QDir::NoSymLinks);
    QStringList regular;
    for (const QString &name : pdfs)
        if (!isFifo(QDir(out).filePath(name)))
            regular << name;
    CHECK(regular.size() == names.size());
    for (const QString &name : regular) {
        INFO(name.toStdString());
        CHECK(name.toUtf8().size() <= 200);
        CHECK(test::readFile(QDir(out).filePath(name)).startsWith("%PDF-"));
    }
    CHECK(r.text.contains(QStringLiteral("%1 årsredovisningar för 2024 skrevs").arg(names.size())));
    CHECK(sha(victim) == victimBefore);
    CHECK(QFileInfo(out + QStringLiteral("/Årsredovisning 2024 – Zeta kommun.pdf")).isSymLink());
    CHECK(isFifo(out + QStringLiteral("/Årsredovisning 2024 – Örebro län kommun.pdf")));
    CHECK(r.err.contains(QStringLiteral("ingen vanlig fil")));
}

TEST_CASE("cli report-pdf all goes on after a report that cannot be written and exits 2", "[cli][output][pdf]")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("county.db"));
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--parties"), QStringLiteral("4"),
                 QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--lines"), QStringLiteral("2")})
                .code == 0);
    const QString out = scratch.path(QStringLiteral("ut"));
    const QStringList all{QStringLiteral("--db"), db, QStringLiteral("report-pdf"), QStringLiteral("--year"), QStringLiteral("2025"),
                          QStringLiteral("--all"), QStringLiteral("-o"), out};
    REQUIRE(run(all).code == 0);
    const QStringList written = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    REQUIRE(written.size() >= 3);
    // The first report's file becomes a database, which no export overwrites.
    const QString taken = QDir(out).filePath(written.first());
    QFile::remove(taken);
    REQUIRE(QFile::copy(db, taken));
    const CliRun r = run(all);
    INFO(r.err.toStdString());
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("kunde inte skrivas")));
    CHECK(r.err.contains(QStringLiteral("1 årsredovisning kunde inte skrivas.")));
    CHECK(r.text.contains(QStringLiteral("%1 årsredovisningar för 2025 skrevs").arg(written.size() - 1)));
    CHECK(test::readFile(taken).startsWith("SQLite format 3"));
}

namespace {

/// A locale with a decimal comma, for the locale tests: sv_SE.UTF-8 if the system has it,
/// else one made with localedef into `scratch` (used through LOCPATH). Empty when neither works.
QString commaLocale(const Scratch &scratch, QStringList *environment)
{
    QProcess locales;
    locales.start(QStringLiteral("locale"), {QStringLiteral("-a")});
    locales.waitForFinished(10000);
    const QString all = QString::fromLocal8Bit(locales.readAllStandardOutput()).toLower();
    if (all.contains(QStringLiteral("sv_se.utf8")))
        return QStringLiteral("sv_SE.UTF-8");
    const QString dir = scratch.path(QStringLiteral("locales"));
    QDir().mkpath(dir);
    QProcess def;
    def.start(QStringLiteral("localedef"), {QStringLiteral("-i"), QStringLiteral("sv_SE"), QStringLiteral("-f"), QStringLiteral("UTF-8"),
                                            dir + QStringLiteral("/sv_SE.UTF-8")});
    if (!def.waitForFinished(60000) || def.exitStatus() != QProcess::NormalExit || !QFileInfo::exists(dir + QStringLiteral("/sv_SE.UTF-8")))
        return {};
    environment->append(QStringLiteral("LOCPATH=") + dir);
    return QStringLiteral("sv_SE.UTF-8");
}

/// Every attribute value of every XML part that looks like a number must be one with a dot.
QStringList commaNumbers(const QString &xlsx)
{
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), xlsx});
    REQUIRE(list.waitForFinished(30000));
    const QStringList parts = QString::fromUtf8(list.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(parts.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    // A value that starts like a number (a cell reference such as E1 does not).
    static const QRegularExpression attribute(QStringLiteral("([A-Za-z:]+)=\"([-+.]?[0-9][-+0-9.,eE]*)\""));
    static const QRegularExpression value(QStringLiteral("<v>([^<]*)</v>"));
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    QStringList bad;
    int numeric = 0;
    for (const QString &part : parts) {
        if (!part.endsWith(QStringLiteral(".xml")) && !part.endsWith(QStringLiteral(".rels")))
            continue;
        QProcess show;
        show.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, part});
        REQUIRE(show.waitForFinished(30000));
        const QString xml = QString::fromUtf8(show.readAllStandardOutput());
        for (auto it = attribute.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            ++numeric;
            if (!number.match(m.captured(2)).hasMatch())
                bad << QString(part + u' ' + m.captured(0));
        }
        // Numeric cells: <c r="D2" s="3"><v>16270.5</v></c> (shared strings are indexes, also numbers).
        for (auto it = value.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            ++numeric;
            if (!number.match(m.captured(1)).hasMatch())
                bad << QString(part + u' ' + m.captured(0));
        }
    }
    REQUIRE(numeric > 10);
    return bad;
}

} // namespace

TEST_CASE("cli balance as XLSX under a Swedish locale writes every number in its XML with a dot", "[cli][output][xlsx]")
{
    Scratch scratch;
    Launch swedish;
    const QString locale = commaLocale(scratch, &swedish.environment);
    if (locale.isEmpty()) {
        WARN("no locale with a decimal comma (sv_SE) and no localedef: skipped");
        return;
    }
    swedish.environment << QStringLiteral("LANG=") + locale << QStringLiteral("LC_ALL=") + locale;
    // The locale really has a decimal comma: `locale` in a child under it says so.
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : std::as_const(swedish.environment))
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    probe.setProcessEnvironment(env);
    probe.start(QStringLiteral("locale"), {QStringLiteral("-k"), QStringLiteral("decimal_point")});
    REQUIRE(probe.waitForFinished(10000));
    REQUIRE(probe.readAllStandardOutput().trimmed() == "decimal_point=\",\"");

    const QString db = demoDb(scratch);
    const QString xlsx = scratch.path(QStringLiteral("saldo.xlsx"));
    const CliRun r = run({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                          QStringLiteral("-o"), xlsx},
                         swedish);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(commaNumbers(xlsx) == QStringList());
}

TEST_CASE("cli import onto a full disk exits 3 with disken är full wherever it runs out", "[cli][output]")
{
    Scratch scratch;
    const QString county = scratch.path(QStringLiteral("county.db"));
    REQUIRE(run({QStringLiteral("--db"), county, QStringLiteral("generate"), QStringLiteral("--parties"), QStringLiteral("290"),
                 QStringLiteral("--years"), QStringLiteral("10"), QStringLiteral("--lines"), QStringLiteral("30")})
                .code == 0);
    const QString json = scratch.path(QStringLiteral("county.json"));
    REQUIRE(run({QStringLiteral("--db"), county, QStringLiteral("export"), json}).code == 0);
    // Limits between the empty database and the finished one (8 MB): the import runs out of
    // room at the commit, or while a report's rows spill from SQLite's cache, when the
    // message names the report ("reports[2871]: …") but the fault is still the disk's.
    for (const rlim_t limit : {rlim_t(160) * 1024, rlim_t(4096) * 1024}) {
        INFO(limit);
        const QString db = scratch.path(QStringLiteral("full-%1.db").arg(limit));
        REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);
        Launch full;
        full.fileSizeLimit = limit;
        const CliRun imported = run({QStringLiteral("--db"), db, QStringLiteral("import"), json}, full);
        INFO(imported.err.toStdString());
        CHECK(imported.code == 3);
        CHECK(imported.err.contains(QStringLiteral("disken är full")));
        CHECK_FALSE(imported.err.contains(QStringLiteral("läsrätt")));
        CHECK(run({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
    }
}

TEST_CASE("cli balance on a disk too full for a writer's side files still reads the database", "[cli][output]")
{
    Scratch scratch;
    const QString db = demoDb(scratch);
    const QByteArray before = sha(db);
    Launch full;
    full.fileSizeLimit = 1024; // no room for a -wal or -shm: a writable open fails as a full disk
    const CliRun balance = run({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--year"),
                                QStringLiteral("2023")},
                               full);
    INFO(balance.err.toStdString());
    CHECK(balance.code == 0);
    CHECK(balance.text.contains(QStringLiteral("+1 627 000")));
    CHECK(sha(db) == before);
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));

    // A command that writes still says why it cannot.
    const CliRun check = run({QStringLiteral("--db"), db, QStringLiteral("import"),
                              QStringLiteral(FHB_SOURCE_DIR "/resources/demo/demo.json")},
                             full);
    CHECK(check.code == 3);
    CHECK(check.err.contains(QStringLiteral("disken är full")));
}
