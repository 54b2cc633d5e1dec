// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one output writer (storage/OutputFile.h) and the made-up names of batch exports
// (app/OutputNames.h), in process: a full disk, targets that are databases or devices, and
// names that collide.
#include "StorageSupport.h"

#include "app/demo/DemoData.h"
#include "app/OutputNames.h"
#include "app/exchange/ReportSubmissionFile.h"
#include "app/export/TableExport.h"
#include "app/overview/CofundingBalanceModel.h"
#include "storage/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace fhb;
using namespace fhb::test;
using storage::OutputErrorKind;
using storage::OutputFile;

namespace {

/// While it lives, no file this process writes may grow past `bytes`: a write beyond gives
/// EFBIG (SIGXFSZ is ignored), which the writer treats like a full disk. This is how a test
/// fills the disk without a file system of its own.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool isFifo(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace

TEST_CASE("a small write onto a full disk fails as a full disk and leaves the old file byte-identical", "[output]")
{
    Scratch scratch;
    const QString file = scratch.path(QStringLiteral("kumla.json"));
    const QByteArray old(3464, 'o');
    writeFile(file, old);
    const QByteArray fresh(3000, 'n'); // far below QFileDevice's 16 KB buffer
    storage::OutputStatus written;
    {
        FileSizeLimit full(1024);
        written = OutputFile::write(file, fresh);
    }
    REQUIRE_FALSE(written.ok());
    CHECK(written.kind() == OutputErrorKind::DiskFull);
    CHECK(written.error().contains(QStringLiteral("disken är full")));
    CHECK(written.error().contains(QStringLiteral("kumla.json")));
    CHECK(readFile(file) == old);
    CHECK(filesIn(scratch.dir()) == QStringList{QStringLiteral("kumla.json")}); // no temporary file left
}

TEST_CASE("a complete write replaces the file and keeps its mode", "[output]")
{
    Scratch scratch;
    const QString file = scratch.path(QStringLiteral("saldo.csv"));
    writeFile(file, "gammalt");
    REQUIRE(::chmod(QFile::encodeName(file).constData(), 0640) == 0);
    REQUIRE(OutputFile::write(file, "nytt").ok());
    CHECK(readFile(file) == "nytt");
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(file).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    CHECK(filesIn(scratch.dir()) == QStringList{QStringLiteral("saldo.csv")});
}

TEST_CASE("an output onto the open database its wal or its lock file is refused and the files stay as they were", "[output]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("region.db"));
    auto db = createDb(path);
    REQUIRE(db);
    REQUIRE(rawExec(*db, QStringLiteral("PRAGMA user_version")).type() == QSqlError::NoError);
    const QByteArray before = readFile(path);
    QStringList targets{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral(".lock"),
                        path + QStringLiteral("-journal")};
    // The same files by other names: a symlink and a hard link.
    REQUIRE(QFile::link(path, scratch.path(QStringLiteral("region.pdf"))));
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(scratch.path(QStringLiteral("hard.json"))).constData()) == 0);
    targets << scratch.path(QStringLiteral("region.pdf")) << scratch.path(QStringLiteral("hard.json"));
    if (QFileInfo::exists(path + QStringLiteral("-shm"))) {
        REQUIRE(::link(QFile::encodeName(path + QStringLiteral("-shm")).constData(),
                       QFile::encodeName(scratch.path(QStringLiteral("delad.csv"))).constData()) == 0);
        targets << scratch.path(QStringLiteral("delad.csv")); // not a database by its header: held open by us
    }
    for (const QString &target : std::as_const(targets)) {
        INFO(target.toStdString());
        const QByteArray was = QFileInfo::exists(target) ? readFile(target) : QByteArray();
        const storage::OutputStatus s = OutputFile::write(target, "{}");
        REQUIRE_FALSE(s.ok());
        CHECK(s.kind() == OutputErrorKind::Database);
        CHECK(s.error().contains(QStringLiteral("databas")));
        if (!was.isEmpty())
            CHECK(readFile(target) == was);
    }
    CHECK(readFile(path) == before);
    CHECK(QFileInfo(scratch.path(QStringLiteral("region.pdf"))).isSymLink());
}

TEST_CASE("an output onto another SQLite file is refused even when no program has it open", "[output]")
{
    Scratch scratch;
    const QString other = scratch.path(QStringLiteral("annan.sqlite"));
    QByteArray header("SQLite format 3", 16);
    header.append(QByteArray(4080, '\0'));
    writeFile(other, header);
    const storage::OutputStatus s = OutputFile::write(other, "PDF");
    CHECK(s.kind() == OutputErrorKind::Database);
    CHECK(readFile(other) == header);
}

TEST_CASE("a FIFO or a device as target is refused and stays what it was", "[output]")
{
    Scratch scratch;
    const QString fifo = scratch.path(QStringLiteral("rör"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const storage::OutputStatus s = OutputFile::write(fifo, "{}");
    CHECK(s.kind() == OutputErrorKind::NotRegularFile);
    CHECK(isFifo(fifo));

    // A device node of the test's own (as /dev/null is), so that a regression replaces that
    // one and never the machine's; making one needs root, as the review's case did.
    const QString device = scratch.path(QStringLiteral("null"));
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
        CHECK(OutputFile::write(device, "{}").kind() == OutputErrorKind::NotRegularFile);
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(device).constData(), &st) == 0);
        CHECK(S_ISCHR(st.st_mode));
    } else {
        WARN("mknod needs root: the device case is not tried");
    }

    REQUIRE(QDir().mkpath(scratch.path(QStringLiteral("mapp"))));
    CHECK(OutputFile::write(scratch.path(QStringLiteral("mapp")), "{}").kind() == OutputErrorKind::NotRegularFile);
}

TEST_CASE("a symlink given by the user is followed and kept but a made-up name never follows one", "[output]")
{
    Scratch scratch;
    const QString victim = scratch.path(QStringLiteral("offer.txt"));
    writeFile(victim, "orörd");
    const QString link = scratch.path(QStringLiteral("länk.pdf"));
    REQUIRE(QFile::link(victim, link));

    storage::OutputOptions generated;
    generated.followSymlink = false;
    const storage::OutputStatus refused = OutputFile::write(link, "PDF", generated);
    CHECK(refused.kind() == OutputErrorKind::NotRegularFile);
    CHECK(readFile(victim) == "orörd");
    CHECK(QFileInfo(link).isSymLink());

    REQUIRE(OutputFile::write(link, "PDF").ok());
    CHECK(QFileInfo(link).isSymLink());
    CHECK(readFile(victim) == "PDF");
}

TEST_CASE("a write into a missing or unwritable folder names the folder and the kind", "[output]")
{
    Scratch scratch;
    const storage::OutputStatus missing = OutputFile::write(scratch.path(QStringLiteral("finns-inte/x.csv")), "x");
    CHECK(missing.kind() == OutputErrorKind::Path);
    CHECK(missing.error().contains(QStringLiteral("finns inte")));
    CHECK(missing.error().contains(QStringLiteral("x.csv")));
    CHECK(OutputFile::kindOf(EACCES) == OutputErrorKind::Permission);
    CHECK(OutputFile::kindOf(EROFS) == OutputErrorKind::Permission);
    CHECK(OutputFile::kindOf(ENOSPC) == OutputErrorKind::DiskFull);
    CHECK(OutputFile::kindOf(EDQUOT) == OutputErrorKind::DiskFull);
    CHECK(OutputFile::reason(EDQUOT, QString()).startsWith(QStringLiteral("disken är full")));
}

TEST_CASE("a backup onto a full disk says the disk is full and leaves no file", "[output]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("region.db")));
    REQUIRE(db);
    const QString copy = scratch.path(QStringLiteral("kopia.db"));
    storage::OutputStatus s;
    {
        FileSizeLimit full(2048);
        s = db->backupTo(copy);
    }
    REQUIRE_FALSE(s.ok());
    CHECK(s.kind() == OutputErrorKind::DiskFull);
    CHECK(s.error().contains(QStringLiteral("disken är full")));
    CHECK(s.error().contains(QStringLiteral("Säkerhetskopian")));
    CHECK_FALSE(QFileInfo::exists(copy));
    for (const QString &name : filesIn(scratch.dir()))
        CHECK_FALSE(name.startsWith(u'.'));
}

TEST_CASE("made-up file names are NFC and at most 200 bytes cut on a character boundary", "[output]")
{
    const QString nfd = QStringLiteral("O\u0308rebro kommun");
    CHECK(app::OutputNames::fileName(nfd, QStringLiteral(".pdf")) == QStringLiteral("Örebro kommun.pdf"));
    CHECK(app::OutputNames::fileName(QStringLiteral("a/b:c*d\te"), QStringLiteral(".pdf")) == QStringLiteral("a-b-c-d e.pdf"));
    const QString longName = app::OutputNames::fileName(QString(300, u'Å'), QStringLiteral(".pdf"));
    CHECK(longName.toUtf8().size() <= 200);
    CHECK(longName.toUtf8().size() >= 198);
    CHECK(longName.endsWith(QStringLiteral(".pdf")));
    CHECK(QString::fromUtf8(longName.toUtf8()) == longName); // no broken UTF-8 sequence
    // A combining mark is never cut from its letter.
    QString decomposed;
    for (int i = 0; i < 100; ++i)
        decomposed += QStringLiteral("e\u0301\u0323");
    const QString cut = app::OutputNames::fileName(decomposed, QStringLiteral(".pdf"), 50);
    CHECK(cut.toUtf8().size() <= 50);
    CHECK(cut.chopped(4).back().isMark());
}

TEST_CASE("names of one batch that collide after normalisation or case folding get a numbered suffix", "[output]")
{
    Scratch scratch;
    app::OutputNames::Batch names(scratch.dir());
    const QStringList parties{QStringLiteral("a/b"), QStringLiteral("a:b"), QStringLiteral("a-b"), QStringLiteral("Test kommun"),
                              QStringLiteral("Test  kommun"), QStringLiteral("TEST KOMMUN"), QStringLiteral("Test\nkommun")};
    QStringList handed;
    for (const QString &party : parties)
        handed << names.claim(app::OutputNames::fileName(QStringLiteral("Årsredovisning 2024 – ") + party, QStringLiteral(".pdf")));
    CHECK(handed == QStringList{QStringLiteral("Årsredovisning 2024 – a-b.pdf"), QStringLiteral("Årsredovisning 2024 – a-b (2).pdf"),
                                QStringLiteral("Årsredovisning 2024 – a-b (3).pdf"), QStringLiteral("Årsredovisning 2024 – Test kommun.pdf"),
                                QStringLiteral("Årsredovisning 2024 – Test kommun (2).pdf"),
                                QStringLiteral("Årsredovisning 2024 – TEST KOMMUN (3).pdf"),
                                QStringLiteral("Årsredovisning 2024 – Test kommun (4).pdf")});
    QSet<QString> keys;
    for (const QString &name : std::as_const(handed))
        keys.insert(app::OutputNames::key(name));
    CHECK(keys.size() == handed.size());

    // A long name keeps its suffix inside the limit.
    const QString wanted = app::OutputNames::fileName(QString(300, u'x'), QStringLiteral(".pdf"));
    CHECK(names.claim(wanted) == wanted);
    const QString second = names.claim(wanted);
    CHECK(second.endsWith(QStringLiteral(" (2).pdf")));
    CHECK(second.toUtf8().size() <= 200);
}

TEST_CASE("a batch name taken by a symlink or a FIFO is passed over and a file of an earlier export is reused", "[output]")
{
    Scratch scratch;
    REQUIRE(QFile::link(scratch.path(QStringLiteral("offer.db")), scratch.path(QStringLiteral("Zeta.pdf"))));
    REQUIRE(::mkfifo(QFile::encodeName(scratch.path(QStringLiteral("Eta.pdf"))).constData(), 0600) == 0);
    writeFile(scratch.path(QStringLiteral("Beta.pdf")), "förra exporten");
    app::OutputNames::Batch names(scratch.dir());
    QStringList passedOver;
    CHECK(names.claim(QStringLiteral("Zeta.pdf"), &passedOver) == QStringLiteral("Zeta (2).pdf"));
    CHECK(names.claim(QStringLiteral("Eta.pdf"), &passedOver) == QStringLiteral("Eta (2).pdf"));
    CHECK(names.claim(QStringLiteral("Beta.pdf"), &passedOver) == QStringLiteral("Beta.pdf"));
    CHECK(passedOver == QStringList{scratch.path(QStringLiteral("Zeta.pdf")), scratch.path(QStringLiteral("Eta.pdf"))});
}

TEST_CASE("the report submission file and the table exports of the GUI refuse the open database", "[output]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("demo.db"));
    auto db = createDb(path);
    REQUIRE(app::loadDemoData(*db).ok());
    const QByteArray before = readFile(path);
    const storage::OutputStatus submission =
        app::ReportSubmissionFile::write(*db, QStringLiteral("Örebro kommun"), 2023, path);
    CHECK(submission.kind() == OutputErrorKind::Database);
    app::CofundingBalanceModel model;
    model.setDataset(app::demoDataset().value());
    CHECK(app::TableExport::writeCsv(model, path).kind() == OutputErrorKind::Database);
    CHECK(app::TableExport::writeXlsx({{QStringLiteral("Rader"), &model}}, path + QStringLiteral("-wal")).kind()
          == OutputErrorKind::Database);
    CHECK(readFile(path) == before);
    const QString file = scratch.path(QStringLiteral("Rapport 2023 – Örebro kommun.json"));
    REQUIRE(app::ReportSubmissionFile::write(*db, QStringLiteral("Örebro kommun"), 2023, file).ok());
    CHECK(readFile(file).startsWith("{"));
}
