// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"
#include "PdfTestSupport.h"

#include <QDir>
#include <QFileInfo>

namespace {

using Run = fhb::test::CliRun;

Run cli(const QStringList &arguments) { return fhb::test::runCli(arguments); }

QString demoDb(const fhb::test::Scratch &scratch)
{
    const QString db = scratch.path(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).code == 0);
    return db;
}

} // namespace

TEST_CASE("cli report-pdf writes the Örebro 2023 report as PDF", "[pdf][cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const QString file = scratch.path(QStringLiteral("örebro 2023.pdf"));
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("report-pdf"), QStringLiteral("--party"),
                         QStringLiteral("Örebro kommun"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"), file});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.text.contains(QStringLiteral("Skrev ")));
    CHECK(run.text.contains(QStringLiteral("Utkast, med vattenstämpeln UTKAST")));
    CHECK(fhb::test::bodyTextWithoutSpace(file).contains(QStringLiteral("Kommunensinsats2632000")));
}

TEST_CASE("cli report-pdf with all writes every report of the year into the folder", "[pdf][cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const QString dir = scratch.path(QStringLiteral("pdf"));
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("report-pdf"), QStringLiteral("--year"), QStringLiteral("2023"),
                         QStringLiteral("--all"), QStringLiteral("-o"), dir});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files) == QStringList{QStringLiteral("Årsredovisning 2023 – Örebro kommun.pdf")});
    CHECK(run.text.contains(QStringLiteral("1 årsredovisning för 2023 skrevs till")));

    const Run approved = cli({QStringLiteral("--db"), db, QStringLiteral("report-pdf"), QStringLiteral("--year"), QStringLiteral("2023"),
                              QStringLiteral("--all"), QStringLiteral("--approved-only"), QStringLiteral("-o"), scratch.path(QStringLiteral("g"))});
    REQUIRE(approved.code == 0);
    CHECK(approved.text.contains(QStringLiteral("0 årsredovisningar för 2023")));
    CHECK(approved.text.contains(QStringLiteral("1 som inte är godkänd hoppades över")));
}

TEST_CASE("cli report-pdf refuses a missing report and wrong option combinations with exit code 2", "[pdf][cli]")
{
    fhb::test::Scratch scratch;
    const QString db = demoDb(scratch);
    const QString out = scratch.path(QStringLiteral("x.pdf"));
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("report-pdf")};
    const Run missing = cli(base + QStringList{QStringLiteral("--party"), QStringLiteral("Askersunds kommun"), QStringLiteral("--year"),
                                               QStringLiteral("2023"), QStringLiteral("-o"), out});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("Det finns ingen årsredovisning för Askersunds kommun år 2023")));
    CHECK_FALSE(QFileInfo::exists(out));
    const Run both = cli(base + QStringList{QStringLiteral("--party"), QStringLiteral("Örebro kommun"), QStringLiteral("--all"),
                                            QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"), out});
    CHECK(both.code == 2);
    const Run noOutput = cli(base + QStringList{QStringLiteral("--party"), QStringLiteral("Örebro kommun"), QStringLiteral("--year"),
                                                QStringLiteral("2023")});
    CHECK(noOutput.code == 2);
    const Run approvedOnly = cli(base + QStringList{QStringLiteral("--party"), QStringLiteral("Örebro kommun"), QStringLiteral("--year"),
                                                    QStringLiteral("2023"), QStringLiteral("--approved-only"), QStringLiteral("-o"), out});
    CHECK(approvedOnly.code == 2);
    CHECK(approvedOnly.err.contains(QStringLiteral("--approved-only")));
    const Run noDb = cli({QStringLiteral("--db"), scratch.path(QStringLiteral("nope.db")), QStringLiteral("report-pdf"), QStringLiteral("--year"),
                          QStringLiteral("2023"), QStringLiteral("--all"), QStringLiteral("-o"), scratch.dir()});
    CHECK(noDb.code == 3);
}
