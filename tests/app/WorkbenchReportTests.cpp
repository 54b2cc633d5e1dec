// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbenchSupport.h"

#include "app/ModelRoles.h"
#include "app/report/ExpenseLineModel.h"
#include "app/report/ParagraphListModel.h"
#include "app/report/RevenueLineModel.h"
#include "storage/ReportWriter.h"
#include "storage/SqlSupport.h"


using namespace fhb;
using namespace fhb::test;

namespace {

/// Twelve edits of every kind, through the models where the GUI would use them.
void editEverything(app::ReportDocument &doc)
{
    auto *expenses = new app::ExpenseLineModel(&doc);
    auto *revenues = new app::RevenueLineModel(&doc);
    REQUIRE(expenses->setData(expenses->index(1, app::ExpenseLineModel::AmountColumn), QStringLiteral("160 000")));
    REQUIRE(expenses->insertRows(3, 1));
    REQUIRE(expenses->setData(expenses->index(3, app::ExpenseLineModel::CategoryColumn), QStringLiteral("Lokaler")));
    REQUIRE(expenses->setData(expenses->index(3, app::ExpenseLineModel::AmountColumn), QStringLiteral("12 tkr")));
    REQUIRE(expenses->moveRows({}, 3, 1, {}, 0));
    REQUIRE(expenses->removeRows(2, 1));
    REQUIRE(revenues->insertRows(1, 1));
    REQUIRE(revenues->setData(revenues->index(1, app::RevenueLineModel::SourceColumn), QStringLiteral("Statsbidrag")));
    REQUIRE(revenues->setData(revenues->index(0, app::RevenueLineModel::KindColumn), QStringLiteral("other")));
    REQUIRE(revenues->setData(revenues->index(0, app::RevenueLineModel::NoteColumn), QStringLiteral("enligt beslut")));
    REQUIRE(doc.insertRow(ReportList::Events, 1, ReportParagraph{0, QStringLiteral("En fjärde händelse.")}).ok());
    REQUIRE(doc.setRow(ReportList::StaffResources, 0, ReportParagraph{0, QStringLiteral("Tre strateger.")}).ok());
    REQUIRE(doc.moveRow(ReportList::Events, 0, 3).ok());
    REQUIRE(doc.removeRow(ReportList::Events, 2).ok());
    REQUIRE(doc.setPeriod(QDate(2023, 2, 1), QDate(2023, 12, 31)).ok());
    Signature signature = doc.report().signature;
    signature.preparedByTitle = QStringLiteral("strateg");
    REQUIRE(doc.setSignature(signature).ok());
    REQUIRE(doc.removeRow(ReportList::Expenses, 0).ok());
    REQUIRE(doc.removeRow(ReportList::Revenues, 1).ok());
}

} // namespace

TEST_CASE("undo then redo of a sequence of edits gives back the database exactly", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    const QString before = dumpTables(*bench.db);
    editEverything(*doc);
    const QString after = dumpTables(*bench.db);
    REQUIRE(after != before);
    REQUIRE(doc->undoStack()->count() == 18);
    const AnnualReport edited = doc->report();

    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    CHECK(dumpTables(*bench.db) == before);
    CHECK(doc->undoStack()->count() == 18);

    while (doc->undoStack()->canRedo())
        doc->undoStack()->redo();
    CHECK(dumpTables(*bench.db) == after);
    CHECK(doc->report().sameContent(edited));

    // The document's copy is what the database holds.
    const auto stored = storage::ReportStore(*bench.db).report(bench.reportId);
    REQUIRE(stored);
    CHECK(stored->sameContent(doc->report()));
    CHECK(stored->rowVersion == doc->rowVersion());
    CHECK((new app::ExpenseLineModel(doc.get()))->lines().size() == stored->expenses.size());
    CHECK((new app::ParagraphListModel(doc.get(), ReportList::Events))->paragraphs() == stored->events);
}

TEST_CASE("each edit is committed at once with an audit row in Swedish formatting", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    const int audits = auditCount(*bench.db);
    auto *expenses = new app::ExpenseLineModel(doc.get());
    REQUIRE(expenses->setData(expenses->index(1, app::ExpenseLineModel::AmountColumn), QStringLiteral("160000")));
    CHECK(auditCount(*bench.db) == audits + 1);
    const auto log = storage::ReportStore(*bench.db).auditLog(bench.reportId);
    REQUIRE(log);
    const storage::AuditEntry &last = log->last();
    CHECK(last.entity == QStringLiteral("expense_line"));
    CHECK(last.field == QStringLiteral("amount_ore"));
    CHECK(plainSpaces(last.oldValue) == QStringLiteral("154 000"));
    CHECK(plainSpaces(last.newValue) == QStringLiteral("160 000"));
    CHECK(!last.who.isEmpty());
    // Committed, not pending: no transaction is open on the connection.
    CHECK(rawValue(*bench.db, QStringLiteral("SELECT amount_ore FROM expense_line WHERE category = 'Folkhälsoinsatser'"))
              .toLongLong() == 16000000);
    CHECK(sqlite3_get_autocommit(storage::sqliteHandle(bench.db->connection())) != 0);
    doc->undoStack()->undo();
    CHECK(auditCount(*bench.db) == audits + 2);
}

TEST_CASE("12x in an amount cell changes nothing and says why", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    Recorder refused(doc.get(), &app::ReportDocument::editRefused);
    const QString before = dumpTables(*bench.db);
    const int audits = auditCount(*bench.db);
    auto *expenses = new app::ExpenseLineModel(doc.get());
    const QModelIndex amount = expenses->index(1, app::ExpenseLineModel::AmountColumn);
    CHECK_FALSE(expenses->setData(amount, QStringLiteral("12x")));
    REQUIRE(refused.count() == 1);
    const QString reason = refused.texts.first();
    CHECK(reason == money::parse(QStringLiteral("12x")).error());
    CHECK(reason.contains(QStringLiteral("12x")));
    CHECK(dumpTables(*bench.db) == before);
    CHECK(auditCount(*bench.db) == audits);
    CHECK(doc->undoStack()->count() == 0);
    CHECK(doc->report().expenses.at(1).amountOre == 15400000);
    CHECK(plainSpaces(expenses->data(amount).toString()) == QStringLiteral("154 000"));
    CHECK(doc->isEditable());
}

TEST_CASE("the amount cell accepts every input form of the domain", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    auto *expenses = new app::ExpenseLineModel(doc.get());
    const QModelIndex amount = expenses->index(0, app::ExpenseLineModel::AmountColumn);
    const std::pair<const char *, Ore> cases[] = {
        {"3 434 100", 343410000}, {"3434001", 343400100}, {"3 434 002 kr", 343400200},
        {"145 tkr", 14500000}, {"1,4 mnkr", 140000000}, {"1 393 038,50", 139303850},
    };
    for (const auto &[text, ore] : cases) {
        INFO(text);
        REQUIRE(expenses->setData(amount, QString::fromUtf8(text)));
        CHECK(doc->report().expenses.at(0).amountOre == ore);
        CHECK(expenses->data(amount, app::AmountOreRole).toLongLong() == ore);
    }
    CHECK(doc->undoStack()->count() == 6);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Ändra belopp"));
}

TEST_CASE("the revenue kind is edited by key and shown by name", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    auto *revenues = new app::RevenueLineModel(doc.get());
    const QModelIndex kind = revenues->index(0, app::RevenueLineModel::KindColumn);
    CHECK(kind.data(Qt::EditRole).toString() == QStringLiteral("regional-compensation"));
    REQUIRE(revenues->setData(kind, QStringLiteral("other")));
    CHECK(doc->report().revenues.at(0).kind == RevenueKind::Other);
    CHECK(kind.data(Qt::DisplayRole).toString() == revenueKindName(RevenueKind::Other));
    CHECK_FALSE(revenues->setData(kind, QStringLiteral("gåva")));
    CHECK(doc->undoStack()->count() == 1);
}

TEST_CASE("approve then every edit is refused", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    REQUIRE(doc->submit().ok());
    REQUIRE(doc->approve().ok());
    CHECK(doc->report().status == ReportStatus::Approved);
    CHECK_FALSE(doc->isEditable());
    CHECK(doc->undoStack()->count() == 0);
    const QString before = dumpTables(*bench.db);
    Recorder refused(doc.get(), &app::ReportDocument::editRefused);

    auto *expenses = new app::ExpenseLineModel(doc.get());
    CHECK_FALSE(expenses->flags(expenses->index(0, 1)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(expenses->setData(expenses->index(0, app::ExpenseLineModel::AmountColumn), QStringLiteral("1")));
    CHECK_FALSE(expenses->insertRows(0, 1));
    CHECK_FALSE(expenses->removeRows(0, 1));
    CHECK_FALSE(expenses->moveRows({}, 0, 1, {}, 2));
    auto *revenues = new app::RevenueLineModel(doc.get());
    CHECK_FALSE(revenues->setData(revenues->index(0, 0), QStringLiteral("x")));
    CHECK_FALSE(doc->setPeriod(QDate(2023, 1, 2), QDate(2023, 12, 31)).ok());
    CHECK_FALSE(doc->setSignature({}).ok());
    CHECK_FALSE(doc->insertRow(ReportList::Revenues, 0, RevenueLine{}).ok());
    CHECK_FALSE(doc->removeRow(ReportList::Revenues, 0).ok());
    CHECK_FALSE(doc->insertRow(ReportList::Events, 0, ReportParagraph{0, QStringLiteral("x")}).ok());
    CHECK_FALSE(doc->setRow(ReportList::Events, 0, ReportParagraph{0, QStringLiteral("x")}).ok());
    CHECK_FALSE(doc->removeRow(ReportList::StaffResources, 0).ok());
    const Status last = doc->moveRow(ReportList::Events, 0, 1);
    CHECK_FALSE(last.ok());
    CHECK(refused.count() >= 12);
    CHECK(last.errorKind() == ErrorKind::Locked);
    CHECK(doc->notEditableReason().contains(QStringLiteral("godkänd")));
    CHECK(dumpTables(*bench.db) == before);

    // Past the document, the triggers refuse too, and the message is Swedish, not SQL.
    storage::ReportWriter editor(*bench.db);
    const auto direct = editor.updateRow(bench.reportId, doc->rowVersion(), ReportList::Expenses, 0,
                                         ExpenseLine{0, QStringLiteral("X"), 1, {}});
    REQUIRE_FALSE(direct);
    CHECK(direct.errorKind() == ErrorKind::Locked);
    CHECK(direct.error().contains(QStringLiteral("godkänd")));
    CHECK_FALSE(direct.error().contains(QStringLiteral("fhb-locked")));
    CHECK(dumpTables(*bench.db) == before);
}

TEST_CASE("submit is refused with every completeness error listed", "[workbench]")
{
    Workbench bench;
    auto created = app::ReportDocument::create(*bench.db, QStringLiteral("Askersunds kommun"), 2024);
    REQUIRE(created);
    std::unique_ptr<app::ReportDocument> doc(*created);
    const auto status = doc->submit();
    REQUIRE_FALSE(status.ok());
    int errors = 0;
    for (const Finding &f : doc->completenessFindings()) {
        if (f.severity != Severity::Error)
            continue;
        ++errors;
        CHECK(status.error().contains(f.message));
    }
    CHECK(errors >= 2);
    CHECK(doc->report().status == ReportStatus::Draft);
    CHECK_FALSE(doc->approve().ok());
}

TEST_CASE("reopen requires a reason and records it", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    REQUIRE(doc->submit().ok());
    REQUIRE(doc->approve().ok());
    CHECK_FALSE(doc->reopen(QStringLiteral("   ")).ok());
    CHECK(doc->report().status == ReportStatus::Approved);
    REQUIRE(doc->reopen(QStringLiteral("Fel belopp för lokaler")).ok());
    CHECK(doc->report().status == ReportStatus::Draft);
    CHECK(doc->isEditable());
    const auto reopenings = storage::ReportStore(*bench.db).reopenings(bench.reportId);
    REQUIRE(reopenings);
    REQUIRE(reopenings->size() == 1);
    CHECK(reopenings->first().reason == QStringLiteral("Fel belopp för lokaler"));
    const auto log = storage::ReportStore(*bench.db).auditLog(bench.reportId);
    REQUIRE(log);
    const bool recorded = std::any_of(log->begin(), log->end(), [](const storage::AuditEntry &e) {
        return e.newValue == QStringLiteral("Fel belopp för lokaler");
    });
    CHECK(recorded);
    CHECK(doc->setPeriod(QDate(2023, 1, 1), QDate(2023, 6, 30)).ok());
}

TEST_CASE("an edit based on a stale row version is refused", "[workbench]")
{
    Workbench bench;
    auto mine = bench.open();
    auto theirs = bench.open();
    REQUIRE(theirs->setRow(ReportList::Expenses, 0, ExpenseLine{0, QStringLiteral("Lönekostnader"), 100, {}}).ok());
    const QString before = dumpTables(*bench.db);
    Recorder refused(mine.get(), &app::ReportDocument::editRefused);
    const Status stale = mine->setPeriod(QDate(2023, 3, 1), QDate(2023, 12, 31));
    CHECK_FALSE(stale.ok());
    CHECK(stale.errorKind() == ErrorKind::Conflict);
    REQUIRE(refused.count() == 1);
    CHECK(refused.texts.first().contains(QStringLiteral("Någon annan har ändrat")));
    CHECK(refused.texts.first().contains(QStringLiteral("Läs in")));
    CHECK(dumpTables(*bench.db) == before);
    CHECK(mine->undoStack()->count() == 0);
    CHECK_FALSE(mine->isEditable());
    REQUIRE(mine->reload().ok());
    CHECK(mine->report().expenses.at(0).amountOre == 100);
    CHECK(mine->setPeriod(QDate(2023, 3, 1), QDate(2023, 12, 31)).ok());
}

TEST_CASE("an undo the database refuses is dropped and changes nothing", "[workbench]")
{
    Workbench bench;
    auto mine = bench.open();
    REQUIRE(mine->setRow(ReportList::Events, 0, ReportParagraph{0, QStringLiteral("Ändrad")}).ok());
    auto theirs = bench.open();
    REQUIRE(theirs->setRow(ReportList::Events, 1, ReportParagraph{0, QStringLiteral("Deras")}).ok());
    const QString before = dumpTables(*bench.db);
    mine->undoStack()->undo();
    CHECK(mine->undoStack()->count() == 0);
    CHECK(dumpTables(*bench.db) == before);
    CHECK(mine->report().events.at(0) == QStringLiteral("Ändrad"));
    CHECK(mine->needsReload());
}

TEST_CASE("a new report can copy last year's lines with or without amounts but never the narrative", "[workbench]")
{
    Workbench bench;
    auto empty = app::ReportDocument::create(*bench.db, QStringLiteral("Örebro kommun"), 2025);
    REQUIRE(empty);
    CHECK((*empty)->report().expenses.isEmpty());
    delete *empty;
    auto noAmounts = app::ReportDocument::create(*bench.db, QStringLiteral("Örebro kommun"), 2024,
                                                 storage::NewReportContent::CopyLines);
    REQUIRE(noAmounts);
    std::unique_ptr<app::ReportDocument> a(*noAmounts);
    const AnnualReport seed = sampleReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(a->report().expenses.size() == seed.expenses.size());
    for (qsizetype i = 0; i < seed.expenses.size(); ++i) {
        CHECK(a->report().expenses[i].category == seed.expenses[i].category);
        CHECK(a->report().expenses[i].footnote == seed.expenses[i].footnote);
        CHECK(a->report().expenses[i].amountOre == 0);
    }
    CHECK(a->report().revenues.size() == seed.revenues.size());
    CHECK(a->report().events.isEmpty());
    CHECK(a->report().staffResources.isEmpty());
    CHECK_FALSE(a->report().signature.isComplete());
    CHECK(a->report().periodStart == QDate(2024, 1, 1));

    auto withAmounts = app::ReportDocument::create(*bench.db, QStringLiteral("Askersunds kommun"), 2024,
                                                   storage::NewReportContent::CopyLinesWithAmounts);
    CHECK_FALSE(withAmounts); // Askersund has no earlier report
    storage::ReportWriter editor(*bench.db);
    const auto id = editor.createReport(QStringLiteral("Örebro kommun"), 2026, storage::NewReportContent::CopyLinesWithAmounts);
    REQUIRE(id);
    const auto copied = storage::ReportStore(*bench.db).report(*id);
    REQUIRE(copied);
    // The latest earlier report is 2025's (empty), not 2023's.
    CHECK(copied->expenses.isEmpty());
    CHECK_FALSE(editor.createReport(QStringLiteral("Örebro kommun"), 2026));
    CHECK_FALSE(editor.createReport(QStringLiteral("Ingen sådan kommun"), 2026));
}

TEST_CASE("the category list puts the standard categories first and then the user's own", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    REQUIRE(doc->insertRow(ReportList::Expenses, 3, ExpenseLine{0, QStringLiteral("Utbildning"), 0, {}}).ok());
    REQUIRE(doc->insertRow(ReportList::Expenses, 4, ExpenseLine{0, QStringLiteral("Lokaler"), 0, {}}).ok());
    const QStringList categories = doc->expenseCategories();
    const QStringList standard = standardExpenseCategories();
    REQUIRE(categories.size() == standard.size() + 2);
    CHECK(categories.mid(0, standard.size()) == standard);
    CHECK(categories.mid(standard.size()) == QStringList{QStringLiteral("Lokaler"), QStringLiteral("Utbildning")});
}

TEST_CASE("a read-only database opens the report but refuses every edit with its reason", "[workbench]")
{
    Workbench bench;
    const QString path = bench.db->path();
    bench.db.reset();
    storage::OpenOptions options;
    options.forceReadOnly = true;
    auto db = openDb(path, options);
    REQUIRE(db);
    auto opened = app::ReportDocument::open(*db, bench.reportId);
    REQUIRE(opened);
    std::unique_ptr<app::ReportDocument> doc(*opened);
    CHECK_FALSE(doc->isEditable());
    CHECK(doc->notEditableReason() == db->readOnlyReason());
    const Status s = doc->setPeriod(QDate(2023, 1, 2), QDate(2023, 12, 31));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == db->readOnlyReason());
    CHECK(s.errorKind() == ErrorKind::ReadOnly);
    CHECK_FALSE(doc->submit().ok());
    auto *expenses = new app::ExpenseLineModel(doc.get());
    CHECK_FALSE(expenses->flags(expenses->index(0, 0)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("deleting a report needs its current version and an approved report cannot be deleted", "[workbench]")
{
    Workbench bench;
    storage::ReportWriter editor(*bench.db);
    const auto version = editor.rowVersion(bench.reportId);
    REQUIRE(version);
    const Status stale = editor.deleteReport(bench.reportId, *version - 1);
    CHECK_FALSE(stale.ok());
    CHECK(stale.errorKind() == ErrorKind::Conflict);
    REQUIRE(storage::ReportStore(*bench.db).setStatus(bench.reportId, ReportStatus::Approved).ok());
    const Status locked = editor.deleteReport(bench.reportId, *editor.rowVersion(bench.reportId));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.errorKind() == ErrorKind::Locked);
    REQUIRE(storage::ReportStore(*bench.db).reopen(bench.reportId, QStringLiteral("ska bort")).ok());
    REQUIRE(editor.deleteReport(bench.reportId, *editor.rowVersion(bench.reportId)).ok());
    CHECK_FALSE(storage::ReportStore(*bench.db).report(bench.reportId));
    CHECK(rawValue(*bench.db, QStringLiteral("SELECT count(*) FROM expense_line")).toInt() == 0);
}

TEST_CASE("typing into one text field in quick edits makes one undo step", "[workbench][undo]")
{
    Workbench bench;
    auto doc = bench.open();
    const QString before = dumpTables(*bench.db);
    const int steps = doc->undoStack()->count();
    Signature signature = doc->report().signature;
    for (const QString &typed : {QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("Anna")}) {
        signature.preparedByName = typed;
        REQUIRE(doc->setSignature(signature).ok());
    }
    CHECK(doc->undoStack()->count() == steps + 1);
    signature.preparedByTitle = QStringLiteral("Strateg");
    REQUIRE(doc->setSignature(signature).ok());
    CHECK(doc->undoStack()->count() == steps + 2);

    const QString first = doc->report().events.first();
    REQUIRE(doc->setRow(ReportList::Events, 0, ReportParagraph{0, first + QStringLiteral(" a")}).ok());
    REQUIRE(doc->setRow(ReportList::Events, 0, ReportParagraph{0, first + QStringLiteral(" ab")}).ok());
    CHECK(doc->undoStack()->count() == steps + 3);
    REQUIRE(doc->setRow(ReportList::Events, 1, ReportParagraph{0, QStringLiteral("Annan händelse.")}).ok());
    CHECK(doc->undoStack()->count() == steps + 4);

    while (doc->undoStack()->index() > steps)
        doc->undoStack()->undo();
    CHECK(dumpTables(*bench.db) == before);
}

TEST_CASE("text typed and erased again leaves no undo step", "[workbench][undo]")
{
    Workbench bench;
    auto doc = bench.open();
    const int steps = doc->undoStack()->count();
    const QString first = doc->report().events.first();
    REQUIRE(doc->setRow(ReportList::Events, 0, ReportParagraph{0, first + u'x'}).ok());
    REQUIRE(doc->setRow(ReportList::Events, 0, ReportParagraph{0, first}).ok());
    CHECK(doc->undoStack()->count() == steps);
    CHECK(doc->report().events.first() == first);
}
