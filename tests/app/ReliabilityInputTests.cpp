// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Input that cannot deceive (docs/reliability.md): sums that cannot wrap, names and text that
// cannot pass for something else, footnotes printed in full, and the bounds of every input path.
#include "PdfTestSupport.h"
#include "StorageSupport.h"
#include "WorkbenchSupport.h"

#include "app/agreement/AgreementDocument.h"
#include "app/pdf/AnnualReportPdf.h"
#include "app/exchange/ExchangeFile.h"
#include "app/ModelRoles.h"
#include "app/report/ExpenseLineModel.h"
#include "app/PartyRegister.h"
#include "app/report/ReportDocument.h"
#include "domain/Checks.h"
#include "domain/CompensationSchedule.h"
#include "domain/LedgerCsv.h"
#include "domain/Text.h"
#include "storage/BalanceStore.h"
#include "storage/dataset/DatasetStore.h"

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

constexpr qint64 k2p53 = 9007199254740992LL;

QByteArray header() { return R"({"format":"folkhalsobok-exchange","version":1,)"; }

// An exchange file with one party and one report whose body is `reportFields`.
QByteArray oneReport(const QByteArray &reportFields, const QByteArray &partyName = "Testkommun")
{
    return header() + R"("parties":[{"name":")" + partyName + R"(","kind":"municipality"}],)"
        + R"("reports":[{"party":")" + partyName + R"(","year":2024)" + reportFields + "}]}";
}

QByteArray expenseLines(int count, qint64 amount)
{
    QByteArray lines = R"(,"expenses":[)";
    for (int i = 0; i < count; ++i)
        lines += (i ? "," : "") + QByteArray(R"({"category":"Rad )") + QByteArray::number(i)
            + R"(","amountOre":)" + QByteArray::number(amount) + "}";
    return lines + "]";
}

QString errorOf(const QByteArray &json)
{
    const Result<Dataset> read = app::exchangeFromJson(json);
    REQUIRE_FALSE(read.ok());
    return read.error();
}

} // namespace

TEST_CASE("a report whose lines add up past 2^53 is refused with the path of the line that crosses it", "[reliability][input]")
{
    CHECK(errorOf(oneReport(expenseLines(1100, k2p53))).startsWith(
        QStringLiteral("reports[0].expenses[1].amountOre: summan av utgifterna blir större")));
    // One line of exactly 2^53 is the bound itself and still reads.
    CHECK(app::exchangeFromJson(oneReport(expenseLines(1, k2p53))).ok());
}

TEST_CASE("an amount of 2^53 plus one is refused although a double rounds it to 2^53", "[reliability][input]")
{
    CHECK(errorOf(oneReport(expenseLines(1, k2p53 + 1))).contains(QStringLiteral("är för stort")));
    CHECK(errorOf(oneReport(R"(,"expenses":[{"category":"A","amountOre":9007199254740993.0}])"))
              .startsWith(QStringLiteral("reports[0].expenses[0].amountOre: är för stort")));
}

TEST_CASE("totals in the database beyond the bound show as too large and no other report goes missing", "[reliability][input]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("summor.fhb")));
    Dataset data = sampleDataset();
    AnnualReport hostile = sampleReport(QStringLiteral("Askersunds kommun"), 2023);
    data.reports.append(hostile);
    const auto imported = DatasetStore(*db).import(data);
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    // A file changed outside the program: 1 100 lines of 2^53 make SQLite's SUM() overflow.
    for (int i = 0; i < 1100; ++i)
        REQUIRE_FALSE(rawExec(*db, QStringLiteral("INSERT INTO expense_line (report_id, position, category, amount_ore, "
                                                  "footnote) SELECT r.id, %1, 'Rad', %2, '' FROM annual_report r JOIN "
                                                  "party p ON p.id = r.party_id WHERE p.name = 'Askersunds kommun'")
                                      .arg(100 + i).arg(k2p53)).isValid());
    const auto figures = BalanceStore(*db).reportFigures();
    INFO(figures.error().toStdString());
    REQUIRE(figures.ok());
    REQUIRE(figures->size() == data.reports.size());
    for (const ReportFigure &f : *figures) {
        INFO(f.party.toStdString());
        CHECK(f.tooLarge == (f.party == QStringLiteral("Askersunds kommun")));
    }
}

TEST_CASE("a county part's sum that would overflow becomes a too-large row and an error finding", "[reliability][input]")
{
    Dataset data = sampleDataset();
    QList<ReportFigure> reports;
    for (const Party &p : data.parties)
        reports.append({p.name, 2023, ReportStatus::Submitted, std::numeric_limits<Ore>::max() / 2, false});
    reports.append({QStringLiteral("Örebro kommun"), 2023, ReportStatus::Submitted, std::numeric_limits<Ore>::max() / 2, false});
    bool sawTooLarge = false;
    for (const BalanceRow &row : computeBalances(data, reports))
        sawTooLarge = sawTooLarge || row.tooLarge;
    // Every row is either a trustworthy number or explicitly too large: never a wrapped figure.
    for (const BalanceRow &row : computeBalances(data, reports)) {
        if (row.tooLarge)
            CHECK(row.status != BalanceStatus::Ok);
        else
            CHECK(row.contributionOre >= 0);
    }
    const AnnualReport big = [] {
        AnnualReport r = sampleReport(QStringLiteral("Örebro kommun"), 2023);
        r.expenses.append({0, QStringLiteral("Stor"), std::numeric_limits<Ore>::max(), {}});
        r.expenses.append({0, QStringLiteral("Stor"), std::numeric_limits<Ore>::max(), {}});
        return r;
    }();
    CHECK_FALSE(big.totalsInRange());
    CHECK(big.totalExpensesOre() == kMaxAmountOre);
    const QList<ReportFigure> figures = reportFigures({big});
    REQUIRE(figures.size() == 1);
    CHECK(figures.first().tooLarge);
    const QList<Finding> findings = checks::arithmetic(big);
    CHECK(std::any_of(findings.begin(), findings.end(),
                      [](const Finding &f) { return f.code == QStringLiteral("arithmetic.overflow"); }));
    (void)sawTooLarge;
}

TEST_CASE("chained indexation that would leave the bound is too large and the reader refuses the agreement", "[reliability][input]")
{
    Agreement a = sampleAgreement();
    a.firstYear = 2025;
    a.lastYear = 2040;
    a.decidedOre.clear();
    a.baseCompensationOre = 2251799813685200LL; // whole kronor: doubled twice it stays just under 2^53
    for (int y = 2026; y <= 2040; ++y)
        a.plkBp.insert(y, 10000);
    const CompensationSchedule schedule(a);
    REQUIRE(schedule.firstYearOutOfRange());
    CHECK(*schedule.firstYearOutOfRange() == 2028);
    CHECK(schedule.year(2027).ore == std::optional<Ore>(9007199254740800LL));
    CHECK(schedule.year(2028).isTooLarge());
    CHECK_FALSE(schedule.year(2035).isKnown());
    a.indexationMode = IndexationMode::FromBase;
    CHECK(CompensationSchedule(a).firstYearOutOfRange() == std::optional<int>(2028));

    Dataset d = sampleDataset();
    d.agreements = {a};
    const QString error = errorOf(app::exchangeToJson(d));
    CHECK(error.startsWith(QStringLiteral("agreements[0].indexation: ersättningen för 2028 blir större")));
}

TEST_CASE("a key given twice in an exchange file is refused with its path", "[reliability][input]")
{
    CHECK(errorOf(oneReport(R"(,"status":"draft","status":"submitted")"))
          == QStringLiteral("reports[0].status: fältet finns två gånger"));
    CHECK(errorOf(oneReport(R"(,"expenses":[{"category":"A","amountOre":150000000,"amountOre":1}])"))
          == QStringLiteral("reports[0].expenses[0].amountOre: fältet finns två gånger"));
    CHECK(errorOf(R"({"format":"x","format":"folkhalsobok-exchange","version":1})")
          == QStringLiteral("format: fältet finns två gånger"));
    // An escaped spelling is the same key.
    CHECK(errorOf(oneReport(R"(,"status":"draft","st\u0061tus":"submitted")"))
          == QStringLiteral("reports[0].status: fältet finns två gånger"));
}

TEST_CASE("a raw NUL or control byte inside a JSON string is refused", "[reliability][input]")
{
    QByteArray json = oneReport(R"(,"expenses":[{"category":"A?B","amountOre":1}])");
    json.replace('?', '\0');
    CHECK(errorOf(json).startsWith(QStringLiteral("reports[0].expenses[0].category: en text innehåller ett styrtecken (U+0000)")));
}

TEST_CASE("dates and years outside 1900 to 2200 are refused by the reader with the path", "[reliability][input]")
{
    CHECK(errorOf(oneReport(R"(,"periodStart":"3000-01-01")")).startsWith(QStringLiteral("reports[0].periodStart: ska vara ett datum mellan")));
    CHECK(errorOf(oneReport(R"(,"periodEnd":"0999-01-01")")).startsWith(QStringLiteral("reports[0].periodEnd: ska vara ett datum mellan")));
    CHECK(errorOf(header() + R"("reports":[{"party":"A","year":2500}]})").startsWith(QStringLiteral("reports[0].year: ska vara ett år mellan 1900 och 2200")));
    Dataset d = sampleDataset();
    d.agreements.first().decision.date = QDate(3000, 1, 1);
    CHECK(errorOf(app::exchangeToJson(d)).startsWith(QStringLiteral("agreements[0].decision.date: ska vara ett datum mellan")));
    d = sampleDataset();
    d.agreements.first().plkBp.insert(d.agreements.first().firstYear + 1, 20000);
    CHECK(errorOf(app::exchangeToJson(d)).contains(QStringLiteral("ska ligga mellan -10000 och 10000")));
    d = sampleDataset();
    d.agreements.first().cofundingRatioBp = 200000;
    CHECK(errorOf(app::exchangeToJson(d)).startsWith(QStringLiteral("agreements[0].cofundingRatioBp: ska ligga mellan 0 och 100000")));
}

TEST_CASE("names are stored trimmed and in NFC whatever the file wrote", "[reliability][input]")
{
    const Result<Dataset> read = app::exchangeFromJson(oneReport({}, "O\\u0308rebro kommun "));
    INFO(read.error().toStdString());
    REQUIRE(read.ok());
    CHECK(read->parties.first().name == QStringLiteral("Örebro kommun"));
    CHECK(read->reports.first().party == QStringLiteral("Örebro kommun"));
}

TEST_CASE("a name that differs from an existing party only by case or invisible characters is refused as a look-alike", "[reliability][input]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("namn.fhb")));
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    for (const QByteArray &name : {QByteArray("örebro kommun"), QByteArray("Örebro  kommun"), QByteArray("Örebro\\u00a0kommun"),
                                   QByteArray("Öre\\u00adbro kommun")}) {
        INFO(name.toStdString());
        const Result<Dataset> read = app::exchangeFromJson(oneReport({}, name));
        if (!read.ok()) {
            // Invisible characters are refused in a name before any comparison.
            CHECK(read.error().contains(QStringLiteral("osynligt tecken")));
            continue;
        }
        const auto imported = DatasetStore(*db).import(*read);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().contains(QStringLiteral("liknar den befintliga parten 'Örebro kommun'")));
    }
    CHECK(text::LookAlikes().of(QStringLiteral("x")).isEmpty());
}

TEST_CASE("a name without a visible character or with a lone surrogate or bidi override is refused", "[reliability][input]")
{
    CHECK(errorOf(oneReport({}, "\\u200b")).contains(QStringLiteral("parties[0].name: innehåller ett osynligt tecken")));
    CHECK(errorOf(oneReport({}, "Test\\ud800kommun")).contains(QStringLiteral("ensamt surrogattecken")));
    CHECK(errorOf(oneReport({}, "Test\\u202ekommun")).contains(QStringLiteral("vänder textens riktning")));
    CHECK(errorOf(oneReport({}, "Test\\nkommun")).contains(QStringLiteral("radbrytning")));
    CHECK(errorOf(oneReport(R"(,"expenses":[{"category":"A\u2066B","amountOre":1}])"))
              .startsWith(QStringLiteral("reports[0].expenses[0].category: innehåller ett tecken som vänder")));
    // A paragraph keeps a line break and a quoted right-to-left word.
    CHECK(app::exchangeFromJson(oneReport(R"(,"events":["rad ett\nrad \u202etvå\u202c"])")).ok());
}

TEST_CASE("the report editor refuses a cell that would take a total past the bound or hides a bidi override", "[reliability][input]")
{
    Workbench bench;
    auto doc = bench.open();
    auto *expenses = new app::ExpenseLineModel(doc.get());
    REQUIRE(expenses->setData(expenses->index(0, app::ExpenseLineModel::AmountColumn), k2p53 / 2, app::AmountOreRole));
    CHECK_FALSE(expenses->setData(expenses->index(1, app::ExpenseLineModel::AmountColumn), k2p53 / 2, app::AmountOreRole));
    CHECK(expenses->setData(expenses->index(1, app::ExpenseLineModel::AmountColumn), k2p53 / 4, app::AmountOreRole));
    CHECK_FALSE(expenses->setData(expenses->index(1, app::ExpenseLineModel::CategoryColumn), QStringLiteral("A\u202EB")));
    CHECK(expenses->setData(expenses->index(1, app::ExpenseLineModel::CategoryColumn), QStringLiteral("  Lo\u0308n  ")));
    CHECK(expenses->data(expenses->index(1, app::ExpenseLineModel::CategoryColumn), Qt::EditRole).toString() == QStringLiteral("Lön"));
}

TEST_CASE("a footnote longer than a page is printed in full in the PDF", "[reliability][input][pdf]")
{
    const Dataset data = test::demoData();
    AnnualReport report = test::orebro2023(data);
    QStringList words;
    for (int i = 0; i < 1500; ++i)
        words << QStringLiteral("ord%1").arg(i);
    report.expenses.first().footnote = words.join(u' ');
    Scratch scratch;
    const QString file = scratch.path(QStringLiteral("fotnot.pdf"));
    REQUIRE(app::AnnualReportPdf(data, report).write(file).ok());
    const QString text = QString::fromUtf8(test::poppler(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}));
    const QStringList found = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const QSet<QString> foundSet(found.begin(), found.end());
    int missing = 0;
    for (const QString &w : words)
        missing += foundSet.contains(w) ? 0 : 1;
    CHECK(missing == 0);
}

TEST_CASE("an exchange file or a report beyond the documented bounds is refused with a clear message", "[reliability][input]")
{
    CHECK(errorOf(QByteArray(app::kExchangeMaxBytes + 1, ' ')).contains(QStringLiteral("högst 100 MB")));
    CHECK(errorOf(oneReport(expenseLines(int(kMaxReportLines) + 1, 1))).startsWith(QStringLiteral("reports[0]: rapporten har fler än 100000")));
}

TEST_CASE("a UTF-8 ledger with one Windows-1252 line is refused with the line number", "[reliability][input][ledger]")
{
    const QByteArray bytes = "Kategori;Belopp\nLönekostnader;100\nFolkhälsoinsatser;200\nL\xF6nekostnader;300\n";
    const LedgerCsv csv = parseLedgerCsv(bytes);
    CHECK(csv.fileError.contains(QStringLiteral("rad 4")));
    // A file wholly in Windows-1252 still reads.
    CHECK(parseLedgerCsv("Kategori;Belopp\nL\xF6nekostnader;300\n").isValid());
}

TEST_CASE("three digits after a lone comma are refused as ambiguous and Swedish decimals still read", "[reliability][input][money]")
{
    CHECK(money::parse(u"12,500").error().contains(QStringLiteral("tvetydigt")));
    CHECK(money::parse(u"1,000").error().contains(QStringLiteral("tvetydigt")));
    CHECK(money::parse(u"12,50").value() == 1250);
    CHECK(money::parse(u"1,4 mnkr").value() == 140000000);
    CHECK(money::parse(u"1 393 038,50").value() == 139303850);
}

TEST_CASE("a semicolon line after line 50 of a comma ledger is refused", "[reliability][input][ledger]")
{
    QByteArray bytes = "Kategori,Belopp\n";
    for (int i = 0; i < 60; ++i)
        bytes += "Rad " + QByteArray::number(i) + ",100\n";
    bytes += "B;1 000,50\n";
    const LedgerCsv csv = parseLedgerCsv(bytes);
    REQUIRE(csv.separator == u',');
    REQUIRE_FALSE(csv.rows.isEmpty());
    CHECK(csv.rows.last().error.contains(QStringLiteral("semikolon")));
}

TEST_CASE("the size message of a ledger file gives the file's real size", "[reliability][input][ledger]")
{
    LedgerCsvOptions options;
    options.fileSize = 52LL * 1024 * 1024;
    const LedgerCsv csv = parseLedgerCsv(QByteArray(kLedgerCsvMaxBytes + 1, 'a'), options);
    CHECK(csv.fileError.startsWith(QStringLiteral("Filen är 52 MB")));
}

TEST_CASE("the parties dialog stores names cleaned and refuses a look-alike or invisible name", "[reliability][input]")
{
    Workbench bench;
    app::PartyRegister parties(*bench.db);
    const Result<int> added = parties.add(QStringLiteral(" Nya kommunen\u00a0"), PartyKind::Municipality);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    CHECK(parties.rowOf(QStringLiteral("Nya kommunen")) >= 0);
    const Result<int> lookAlike = parties.add(QStringLiteral("ÖREBRO KOMMUN"), PartyKind::Municipality);
    REQUIRE_FALSE(lookAlike.ok());
    CHECK(lookAlike.error().contains(QStringLiteral("liknar den befintliga parten 'Örebro kommun'")));
    CHECK_FALSE(parties.add(QStringLiteral("\u200b"), PartyKind::Municipality).ok());
    // A party may change the case of its own name.
    CHECK(parties.rename(parties.rowOf(QStringLiteral("Nya kommunen")), QStringLiteral("Nya Kommunen")).ok());
}

TEST_CASE("the agreement editor refuses an indexation that takes a year past the bound", "[reliability][input]")
{
    Workbench bench;
    auto doc = app::AgreementDocument::open(*bench.db, rawValue(*bench.db, QStringLiteral("SELECT id FROM agreement")).toLongLong());
    REQUIRE(doc);
    std::unique_ptr<app::AgreementDocument> agreement(*doc);
    REQUIRE(agreement->setBaseCompensation(k2p53 / 2).ok());
    const Status refused = agreement->setPlk(agreement->agreement().firstYear + 1, 10000);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("blir större än det högsta tillåtna beloppet")));
}
