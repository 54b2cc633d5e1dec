// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbenchSupport.h"

#include "app/report/ExpenseLineModel.h"
#include "app/ledger/LedgerImport.h"
#include "storage/ReportWriter.h"

using namespace fhb;
using namespace fhb::test;
using Failure = app::LedgerImport::Failure;

namespace {

QList<ExpenseLine> ledgerLines()
{
    const LedgerCsv csv = parseLedgerCsv("Kategori;Belopp;Fotnot\r\n"
                                         "Lokaler;120 000;Hyra Folkets hus\r\n"
                                         "Folkh\xE4lsoinsatser;154 000,50;\r\n"
                                         "Utbildning;0;\r\n");
    REQUIRE(csv.isValid());
    return app::LedgerImport::expenseLines(csv);
}

int reportCount(const storage::Database &db)
{
    return rawValue(db, QStringLiteral("SELECT count(*) FROM annual_report")).toInt();
}

} // namespace

TEST_CASE("a ledger import is one undo step that undo removes and redo restores exactly", "[ledgerimport]")
{
    Workbench bench;
    auto doc = bench.open();
    const QString before = dumpTables(*bench.db);
    const AnnualReport original = doc->report();
    const int versionBefore = doc->rowVersion();
    const int auditBefore = auditCount(*bench.db);

    auto *expenses = new app::ExpenseLineModel(doc.get());
    REQUIRE(app::LedgerImport::importInto(*doc, ledgerLines()).ok());
    REQUIRE(doc->undoStack()->count() == 1);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Importera 3 rader från huvudbok"));
    REQUIRE(doc->report().expenses.size() == original.expenses.size() + 3);
    CHECK(doc->report().expenses.at(3).category == QStringLiteral("Lokaler"));
    CHECK(doc->report().expenses.at(3).footnote == QStringLiteral("Hyra Folkets hus"));
    CHECK(doc->report().expenses.at(4).amountOre == 15400050);
    CHECK(doc->report().expenses.at(5).amountOre == 0);
    CHECK(expenses->rowCount() == 6);
    CHECK(doc->rowVersion() > versionBefore);
    CHECK(storage::ReportWriter(*bench.db).rowVersion(bench.reportId).valueOr(0) == doc->rowVersion());
    CHECK(auditCount(*bench.db) == auditBefore + 3);
    const QString imported = dumpTables(*bench.db);
    const QList<ExpenseLine> importedLines = doc->report().expenses;

    doc->undoStack()->undo();
    CHECK(dumpTables(*bench.db) == before);
    CHECK(doc->report().expenses.size() == original.expenses.size());
    CHECK(expenses->rowCount() == 3);
    CHECK(storage::ReportWriter(*bench.db).rowVersion(bench.reportId).valueOr(0) == doc->rowVersion());

    doc->undoStack()->redo();
    CHECK(dumpTables(*bench.db) == imported);
    REQUIRE(doc->report().expenses.size() == importedLines.size());
    for (qsizetype i = 0; i < importedLines.size(); ++i)
        CHECK(doc->report().expenses.at(i).id == importedLines.at(i).id);
    // The document keeps working after the round trip: a later single edit is accepted.
    REQUIRE(doc->setRow(ReportList::Expenses, 3, ExpenseLine{0, QStringLiteral("Lokaler"), 100, {}}).ok());
}

TEST_CASE("the import service creates the draft when the party has no report that year", "[ledgerimport]")
{
    Workbench bench;
    const int reportsBefore = reportCount(*bench.db);
    Failure failure = Failure::None;
    const auto planned = app::LedgerImport::plan(*bench.db, QStringLiteral("Askersunds kommun"), 2024, &failure);
    REQUIRE(planned);
    CHECK_FALSE(planned->reportId.has_value());
    CHECK(reportCount(*bench.db) == reportsBefore);

    const auto outcome = app::LedgerImport::run(*bench.db, QStringLiteral("Askersunds kommun"), 2024, ledgerLines(), &failure);
    INFO(outcome.error().toStdString());
    REQUIRE(outcome);
    CHECK(outcome->created);
    CHECK(outcome->lineCount == 3);
    CHECK(outcome->totalOre == 12000000 + 15400050);
    CHECK(reportCount(*bench.db) == reportsBefore + 1);
    const auto report = storage::ReportStore(*bench.db).report(outcome->reportId);
    REQUIRE(report);
    CHECK(report->status == ReportStatus::Draft);
    CHECK(report->expenses.size() == 3);

    // A second import goes into the same draft.
    const auto again = app::LedgerImport::run(*bench.db, QStringLiteral("Askersunds kommun"), 2024, ledgerLines(), &failure);
    REQUIRE(again);
    CHECK_FALSE(again->created);
    CHECK(again->reportId == outcome->reportId);
    CHECK(storage::ReportStore(*bench.db).report(outcome->reportId)->expenses.size() == 6);
}

TEST_CASE("submitted and approved reports refuse an import and nothing changes", "[ledgerimport]")
{
    Workbench bench;
    auto doc = bench.open();
    REQUIRE(doc->submit().ok());
    const QString before = dumpTables(*bench.db);
    Failure failure = Failure::None;
    auto refused = app::LedgerImport::run(*bench.db, QStringLiteral("Örebro kommun"), 2023, ledgerLines(), &failure);
    REQUIRE_FALSE(refused);
    CHECK(failure == Failure::Input);
    CHECK(refused.error().contains(QStringLiteral("inskickad")));
    CHECK(app::LedgerImport::importInto(*doc, ledgerLines()).error().contains(QStringLiteral("inskickad")));
    CHECK(dumpTables(*bench.db) == before);

    REQUIRE(doc->approve().ok());
    const QString approved = dumpTables(*bench.db);
    refused = app::LedgerImport::run(*bench.db, QStringLiteral("Örebro kommun"), 2023, ledgerLines(), &failure);
    REQUIRE_FALSE(refused);
    CHECK(failure == Failure::Input);
    CHECK(refused.error().contains(QStringLiteral("godkänd")));
    CHECK_FALSE(doc->importExpenseLines(ledgerLines()).ok());
    CHECK(dumpTables(*bench.db) == approved);
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("an unknown party or a funder is refused by name and nothing is created", "[ledgerimport]")
{
    Workbench bench;
    const int reportsBefore = reportCount(*bench.db);
    Failure failure = Failure::None;
    const auto unknown = app::LedgerImport::run(*bench.db, QStringLiteral("Okänd kommun"), 2024, ledgerLines(), &failure);
    REQUIRE_FALSE(unknown);
    CHECK(failure == Failure::Input);
    CHECK(unknown.error().contains(QStringLiteral("”Okänd kommun” finns inte")));
    CHECK(unknown.error().contains(QStringLiteral("Askersunds kommun")));
    const auto funder = app::LedgerImport::run(*bench.db, QStringLiteral("Region Örebro län"), 2024, ledgerLines(), &failure);
    REQUIRE_FALSE(funder);
    CHECK(funder.error().contains(QStringLiteral("finansiär")));
    CHECK(reportCount(*bench.db) == reportsBefore);
}

TEST_CASE("storage appends and removes many expense lines each in one transaction", "[ledgerimport]")
{
    Workbench bench;
    storage::ReportWriter editor(*bench.db);
    const int version = editor.rowVersion(bench.reportId).valueOr(0);
    QList<ExpenseLine> lines;
    for (int i = 0; i < 500; ++i)
        lines.append({0, QStringLiteral("Rad %1").arg(i), i * 100, {}});
    const auto added = editor.appendExpenseLines(bench.reportId, version, lines);
    REQUIRE(added);
    CHECK(added->rowIds.size() == 500);
    const auto report = storage::ReportStore(*bench.db).report(bench.reportId);
    REQUIRE(report->expenses.size() == 503);
    CHECK(report->expenses.at(502).category == QStringLiteral("Rad 499"));
    // A stale version refuses the whole batch.
    const auto stale = editor.appendExpenseLines(bench.reportId, version, lines);
    CHECK_FALSE(stale);
    CHECK(stale.errorKind() == ErrorKind::Conflict);
    const auto removed = editor.removeExpenseLines(bench.reportId, added->rowVersion, added->rowIds);
    REQUIRE(removed);
    CHECK(storage::ReportStore(*bench.db).report(bench.reportId)->expenses.size() == 3);
    // A line of another report (or one already gone) refuses the removal.
    const auto gone = editor.removeExpenseLines(bench.reportId, removed->rowVersion, {added->rowIds.first()});
    CHECK_FALSE(gone);
    CHECK(gone.errorKind() == ErrorKind::Invalid);
}
