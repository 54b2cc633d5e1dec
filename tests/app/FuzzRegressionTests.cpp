// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the libFuzzer targets (tests/fuzz, docs/reliability.md "Fuzzing") found, kept as
// ordinary tests, and their seed corpora replayed with the same invariants, so that the gcc
// build on CI (which cannot fuzz) still checks them.
#include "TestSupport.h"

#include "app/exchange/ExchangeFile.h"
#include "domain/LedgerCsv.h"
#include "domain/Money.h"

#include <QDir>

using namespace fhb;

namespace {

QStringList corpus(const char *target)
{
    const QDir dir(QStringLiteral(FHB_SOURCE_DIR "/tests/fuzz/corpus/") + QLatin1String(target));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files << dir.filePath(name);
    REQUIRE(!files.isEmpty());
    return files;
}

void requireRoundTrip(Ore ore)
{
    for (const QString &text : {money::format(ore), money::formatKr(ore), money::formatPlain(ore),
                                money::format(ore, {.withUnit = false, .explicitPlus = true, .alwaysOre = true})}) {
        INFO(text.toStdString());
        const Result<Ore> back = money::parse(text, money::Sign::Any);
        INFO(back.error().toStdString());
        REQUIRE(back.ok());
        CHECK(*back == ore);
    }
}

} // namespace

TEST_CASE("an amount written with an explicit plus sign reads back as the same öre", "[fuzz][money]")
{
    // fuzz_amount: format(50, explicitPlus) gave "+0,50", which parse refused.
    CHECK(money::parse(QStringLiteral("+0,50")).valueOr(-1) == 50);
    CHECK(money::parse(QString(QStringLiteral("+1") + QChar(0x00A0) + QStringLiteral("627 000"))).valueOr(-1) == 162700000);
    CHECK(money::parse(QStringLiteral("+ 145 tkr")).valueOr(-1) == 14500000);
    CHECK_FALSE(money::parse(QStringLiteral("+-5"), money::Sign::Any).ok());
    CHECK_FALSE(money::parse(QStringLiteral("-+5"), money::Sign::Any).ok());
    CHECK_FALSE(money::parse(QStringLiteral("++5")).ok());
    CHECK_FALSE(money::parse(QStringLiteral("+")).ok());
    for (const Ore ore : {Ore(0), Ore(1), Ore(50), Ore(162700000), Ore(-162700000), Ore(139303850)})
        requireRoundTrip(ore);
}

TEST_CASE("the amount fuzzer's seeds parse and format back to the same öre", "[fuzz][money]")
{
    for (const QString &file : corpus("fuzz_amount")) {
        const QString text = QString::fromUtf8(test::readFile(file));
        INFO(file.toStdString());
        const Result<Ore> parsed = money::parse(text, money::Sign::Any);
        if (parsed)
            requireRoundTrip(*parsed);
        else
            CHECK(!parsed.error().isEmpty());
    }
}

TEST_CASE("the exchange fuzzer's seeds write back to the same bytes after one round", "[fuzz][exchange]")
{
    int accepted = 0;
    for (const QString &file : corpus("fuzz_exchange")) {
        INFO(file.toStdString());
        const Result<Dataset> read = app::exchangeFromJson(test::readFile(file));
        if (!read) {
            CHECK(!read.error().isEmpty());
            continue;
        }
        ++accepted;
        const QByteArray written = app::exchangeToJson(read.value());
        const Result<Dataset> again = app::exchangeFromJson(written);
        REQUIRE(again.ok());
        CHECK(app::exchangeToJson(again.value()) == written);
    }
    CHECK(accepted >= 2);
}

TEST_CASE("the ledger CSV fuzzer's seeds keep their rows in order with amounts that read back", "[fuzz][ledgercsv]")
{
    for (const QString &file : corpus("fuzz_ledger_csv")) {
        INFO(file.toStdString());
        const LedgerCsv csv = parseLedgerCsv(test::readFile(file));
        int lastLine = 0;
        for (const LedgerCsvRow &row : csv.rows) {
            CHECK(row.lineNumber > lastLine);
            lastLine = row.lineNumber;
            if (row.isValid())
                CHECK(money::parse(money::format(row.amountOre)).valueOr(-1) == row.amountOre);
        }
    }
}
