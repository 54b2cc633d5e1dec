// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/ModelRoles.h"
#include "app/exchange/ExchangeFile.h"
#include "app/report/ExpenseLineModel.h"
#include "app/PartyRegister.h"
#include "app/report/ReportCommands.h"
#include "app/report/ReportDocument.h"
#include "app/report/RevenueLineModel.h"
#include "app/Workspace.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/report/FindingsPanel.h"
#include "gui/MainWindow.h"
#include "gui/report/NewReportDialog.h"
#include "gui/report/ReportSummaryPanel.h"
#include "gui/widgets/AmountDelegate.h"
#include "storage/ReportStore.h"

#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>

using namespace fhb;
using gui::AnnualReportEditor;
using gui::MainWindow;

namespace {

QString labelText(const QWidget *parent, const char *name)
{
    const auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return test::plainSpaces(label->text());
}

template<typename T>
T *child(const QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// The Örebro kommun 2023 report of the demo data (seed 000), as the exchange file has it.
QJsonObject seedReport()
{
    QFile file(QStringLiteral(FHB_SOURCE_DIR "/resources/demo/demo.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray reports = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("reports")).toArray();
    for (const QJsonValue &report : reports)
        if (report[QStringLiteral("party")].toString() == QStringLiteral("Örebro kommun")
            && report[QStringLiteral("year")].toInt() == 2023)
            return report.toObject();
    FAIL("seed 000 is not in the demo data");
    return {};
}

AnnualReport storedReport(MainWindow &window, qint64 id)
{
    const Result<AnnualReport> report = storage::ReportStore(window.workspace()->database()).report(id);
    REQUIRE(report.ok());
    return report.value();
}

// Types a paragraph into a new line of a narrative list through its editor.
void addParagraph(QListView *view, QToolButton *add, const QString &text)
{
    QTest::mouseClick(add, Qt::LeftButton);
    QApplication::processEvents();
    auto *editor = qobject_cast<QPlainTextEdit *>(view->indexWidget(view->currentIndex()));
    REQUIRE(editor);
    editor->insertPlainText(text);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("seed 000 typed into a new report gives its totals and exports its figures", "[gui][editor]")
{
    test::Scratch scratch;
    const QString path = test::makeDatabase(scratch, QStringLiteral("ny.db"), false);
    {
        storage::OpenError error;
        auto db = storage::Database::open(path, {}, &error);
        REQUIRE(db);
        app::PartyRegister parties(*db);
        REQUIRE(parties.add(QStringLiteral("Region Örebro län"), PartyKind::Funder).ok());
        REQUIRE(parties.add(QStringLiteral("Örebro kommun"), PartyKind::Municipality).ok());
    }
    app::Settings settings(scratch.path(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    REQUIRE(window.openDatabase(path));
    window.resize(1400, 900);
    window.show();

    bool okEnabled = false;
    test::whenModal([&okEnabled](QWidget *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("partyCombo"))->setCurrentText(QStringLiteral("Örebro kommun"));
        dialog->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2023);
        auto *create = static_cast<gui::NewReportDialog *>(dialog)->createButton();
        okEnabled = create->isEnabled();
        QTest::mouseClick(create, Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("actionNewReport"))->trigger();
    CHECK(okEnabled);
    AnnualReportEditor *editor = window.currentReportEditor();
    REQUIRE(editor);
    CHECK(editor->shortTitle() == QStringLiteral("Örebro kommun 2023"));
    CHECK(child<QDateEdit>(editor, "periodStartEdit")->date() == QDate(2023, 1, 1));

    const QJsonObject seed = seedReport();
    auto *expenses = child<QTableView>(editor, "expensesView");
    const QJsonArray seedExpenses = seed[QStringLiteral("expenses")].toArray();
    for (int row = 0; row < seedExpenses.size(); ++row) {
        const QJsonObject line = seedExpenses.at(row).toObject();
        expenses->setFocus();
        if (row > 0)
            expenses->setCurrentIndex(expenses->model()->index(row - 1, 0));
        QTest::keyClick(expenses, Qt::Key_Insert);
        QApplication::processEvents();
        // Insert opens the category editor of the new line at once.
        QWidget *categoryEditor = expenses->indexWidget(expenses->model()->index(row, 0));
        REQUIRE(categoryEditor);
        test::typeText(categoryEditor, line[QStringLiteral("category")].toString());
        QTest::keyClick(categoryEditor, Qt::Key_Return);
        const QString kronor = money::format(line[QStringLiteral("amountOre")].toInteger());
        REQUIRE(test::typeIntoCell(expenses, row, app::ExpenseLineModel::AmountColumn, kronor));
        REQUIRE(test::typeIntoCell(expenses, row, app::ExpenseLineModel::FootnoteColumn,
                                   line[QStringLiteral("footnote")].toString()));
    }
    CHECK(labelText(editor, "totalExpensesValue") == QStringLiteral("3 637 000 kr"));

    auto *revenues = child<QTableView>(editor, "revenuesView");
    QTest::mouseClick(child<QToolButton>(editor, "revenueAddButton"), Qt::LeftButton);
    QApplication::processEvents();
    QWidget *sourceEditor = revenues->indexWidget(revenues->model()->index(0, 0));
    REQUIRE(sourceEditor);
    test::typeText(sourceEditor, QStringLiteral("Ersättning Region Örebro län"));
    QTest::keyClick(sourceEditor, Qt::Key_Return);
    auto *kind = qobject_cast<QComboBox *>(test::openCellEditor(revenues, 0, app::RevenueLineModel::KindColumn));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(QStringLiteral("regional-compensation")));
    QTest::keyClick(kind, Qt::Key_Return);
    REQUIRE(test::typeIntoCell(revenues, 0, app::RevenueLineModel::AmountColumn, QStringLiteral("1 005 tkr")));

    CHECK(labelText(editor, "totalRevenuesValue") == QStringLiteral("1 005 000 kr"));
    CHECK(labelText(editor, "contributionValue") == QStringLiteral("2 632 000 kr"));

    auto *tabs = child<QTabWidget>(editor, "narrativeTabs");
    for (const QJsonValue &paragraph : seed[QStringLiteral("events")].toArray())
        addParagraph(child<QListView>(editor, "eventsView"), child<QToolButton>(editor, "eventsAddButton"), paragraph.toString());
    tabs->setCurrentIndex(1);
    for (const QJsonValue &paragraph : seed[QStringLiteral("staffResources")].toArray())
        addParagraph(child<QListView>(editor, "staffView"), child<QToolButton>(editor, "staffAddButton"), paragraph.toString());
    tabs->setCurrentIndex(2);
    const QJsonObject signature = seed[QStringLiteral("signature")].toObject();
    test::typeIntoField(child<QLineEdit>(editor, "onBehalfOfNameEdit"), signature[QStringLiteral("onBehalfOfName")].toString());
    test::typeIntoField(child<QLineEdit>(editor, "onBehalfOfTitleEdit"), signature[QStringLiteral("onBehalfOfTitle")].toString());
    test::typeIntoField(child<QLineEdit>(editor, "preparedByNameEdit"), signature[QStringLiteral("preparedByName")].toString());
    test::typeIntoField(child<QLineEdit>(editor, "preparedByTitleEdit"), signature[QStringLiteral("preparedByTitle")].toString());

    // What the exchange export writes of the stored report equals the seed, field by field.
    REQUIRE(window.workspace()->reload().ok());
    const QJsonObject exported = QJsonDocument::fromJson(app::exchangeToJson(window.workspace()->dataset())).object();
    const QJsonArray reports = exported[QStringLiteral("reports")].toArray();
    REQUIRE(reports.size() == 1);
    QJsonObject report = reports.at(0).toObject();
    for (const char *key : {"party", "year", "periodStart", "periodEnd", "expenses", "revenues", "events",
                            "staffResources", "signature"}) {
        INFO(key);
        CHECK(report[QLatin1String(key)] == seed[QLatin1String(key)]);
    }
    // Complete, and no agreement here to check against: nothing to report, and it can be submitted.
    CHECK(editor->findings().isEmpty());
    window.findChild<QAction *>(QStringLiteral("actionSubmit"))->trigger();
    CHECK(editor->document()->report().status == ReportStatus::Submitted);
}

TEST_CASE("12x in an amount cell shows the reason and changes nothing", "[gui][editor]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    const AnnualReport before = storedReport(window, editor->document()->reportId());
    auto *expenses = child<QTableView>(editor, "expensesView");

    SECTION("Enter keeps the editor open and says why")
    {
        auto *amount = qobject_cast<QLineEdit *>(test::openCellEditor(expenses, 1, app::ExpenseLineModel::AmountColumn));
        REQUIRE(amount);
        amount->selectAll();
        test::typeText(amount, QStringLiteral("12x"));
        QTest::keyClick(amount, Qt::Key_Return);
        QApplication::processEvents();
        CHECK(expenses->indexWidget(expenses->model()->index(1, app::ExpenseLineModel::AmountColumn)) == amount);
        CHECK(editor->refusalText().contains(QStringLiteral("'12x'")));
        CHECK(editor->refusalText().contains(QStringLiteral("'x'")));
        CHECK(test::plainSpaces(labelText(editor, "totalExpensesValue")) == QStringLiteral("3 637 000 kr"));
        QTest::keyClick(amount, Qt::Key_Escape);
    }
    SECTION("leaving the cell hands it to the model which refuses it")
    {
        auto *amount = qobject_cast<QLineEdit *>(test::openCellEditor(expenses, 1, app::ExpenseLineModel::AmountColumn));
        REQUIRE(amount);
        amount->selectAll();
        test::typeText(amount, QStringLiteral("12x"));
        child<QLineEdit>(editor, "onBehalfOfNameEdit")->setFocus();
        QApplication::processEvents();
        CHECK(editor->refusalText().contains(QStringLiteral("'x'")));
    }
    CHECK(expenses->model()->index(1, app::ExpenseLineModel::AmountColumn).data().toString()
          == money::format(15400000));
    CHECK(storedReport(window, before.id).sameContent(before));
    CHECK(storedReport(window, before.id).rowVersion == before.rowVersion);
}

TEST_CASE("typing an amount updates the totals before it is stored", "[gui][editor]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    auto *expenses = child<QTableView>(editor, "expensesView");
    auto *amount = qobject_cast<QLineEdit *>(test::openCellEditor(expenses, 2, app::ExpenseLineModel::AmountColumn));
    REQUIRE(amount);
    amount->selectAll();
    test::typeText(amount, QStringLiteral("50 000"));
    CHECK(labelText(editor, "totalExpensesValue") == QStringLiteral("3 638 000 kr"));
    CHECK(labelText(editor, "contributionValue") == QStringLiteral("2 633 000 kr"));
    QTest::keyClick(amount, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(labelText(editor, "totalExpensesValue") == QStringLiteral("3 637 000 kr"));
}

TEST_CASE("undo then redo of a sequence of edits gives back the database exactly", "[gui][editor][undo]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    const qint64 id = editor->document()->reportId();
    const AnnualReport original = storedReport(window, id);

    auto *expenses = child<QTableView>(editor, "expensesView");
    REQUIRE(test::typeIntoCell(expenses, 1, app::ExpenseLineModel::AmountColumn, QStringLiteral("160 000")));
    expenses->setCurrentIndex(expenses->model()->index(2, 0));
    QTest::keyClick(expenses, Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(expenses, Qt::Key_Insert);
    QApplication::processEvents();
    QWidget *category = expenses->indexWidget(expenses->currentIndex());
    REQUIRE(category);
    test::typeText(category, QStringLiteral("Lokaler"));
    QTest::keyClick(category, Qt::Key_Return);
    test::typeIntoField(child<QLineEdit>(editor, "preparedByTitleEdit"), QStringLiteral("strateg"));
    QApplication::processEvents();
    const AnnualReport edited = storedReport(window, id);
    REQUIRE_FALSE(edited.sameContent(original));
    CHECK(edited.expenses.size() == 4);
    CHECK(edited.expenses.at(1).category == QStringLiteral("Övrigt"));
    CHECK(editor->document()->undoStack()->count() == 5);

    QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    QAction *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z));
    CHECK(redo->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    while (undo->isEnabled())
        undo->trigger();
    CHECK(storedReport(window, id).sameContent(original));
    CHECK(child<QLineEdit>(editor, "preparedByTitleEdit")->text() == QStringLiteral("folkhälsostrateg"));
    while (redo->isEnabled())
        redo->trigger();
    CHECK(storedReport(window, id).sameContent(edited));
    CHECK(labelText(editor, "totalExpensesValue") == QStringLiteral("3 643 000 kr"));
}

TEST_CASE("typed text is stored after a short pause without leaving the field", "[gui][editor][durability]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    REQUIRE(editor->document()->isEditable());
    const qint64 id = editor->document()->reportId();
    const int stepsBefore = editor->document()->undoStack()->count();

    SECTION("a signature name typed with a trailing space keeps the space while typing")
    {
        auto *name = child<QLineEdit>(editor, "preparedByNameEdit");
        name->setFocus();
        name->selectAll();
        test::typeText(name, QStringLiteral("Anna "));
        QTest::qWait(app::kTypingCommitMs + 200);
        CHECK(storedReport(window, id).signature.preparedByName == QStringLiteral("Anna"));
        CHECK(name->text() == QStringLiteral("Anna "));
        test::typeText(name, QStringLiteral("Lind"));
        QTest::qWait(app::kTypingCommitMs + 200);
        CHECK(storedReport(window, id).signature.preparedByName == QStringLiteral("Anna Lind"));
        CHECK(name->text() == QStringLiteral("Anna Lind"));
        CHECK(editor->document()->undoStack()->count() == stepsBefore + 1);
    }
    SECTION("a paragraph is stored while its editor is still open")
    {
        auto *events = child<QListView>(editor, "eventsView");
        events->setFocus();
        events->setCurrentIndex(events->model()->index(0, 0));
        events->edit(events->currentIndex());
        QApplication::processEvents();
        auto *text = qobject_cast<QPlainTextEdit *>(events->indexWidget(events->currentIndex()));
        REQUIRE(text);
        text->moveCursor(QTextCursor::End);
        text->insertPlainText(QStringLiteral(" Tillägg"));
        QTest::qWait(app::kTypingCommitMs + 200);
        CHECK(storedReport(window, id).events.first().endsWith(QStringLiteral(" Tillägg")));
        CHECK(events->indexWidget(events->currentIndex()) == text);
        text->insertPlainText(QStringLiteral(" två"));
        QTest::qWait(app::kTypingCommitMs + 200);
        CHECK(storedReport(window, id).events.first().endsWith(QStringLiteral(" Tillägg två")));
        CHECK(text->textCursor().atEnd());
        CHECK(editor->document()->undoStack()->count() == stepsBefore + 1);
    }
}

TEST_CASE("the amount delegate hands the model öre, and text it cannot read as text", "[gui][editor]")
{
    QStandardItemModel model(1, 1);
    const QModelIndex cell = model.index(0, 0);
    model.setData(cell, QStringLiteral("0"), Qt::EditRole);
    gui::AmountDelegate delegate;
    QLineEdit editor;
    editor.setText(QStringLiteral("145 tkr"));
    delegate.setModelData(&editor, &model, cell);
    CHECK(cell.data(app::AmountOreRole).toLongLong() == 14500000);
    CHECK(cell.data(Qt::EditRole).toString() == QStringLiteral("0"));
    editor.setText(QStringLiteral("12x"));
    delegate.setModelData(&editor, &model, cell);
    CHECK(cell.data(Qt::EditRole).toString() == QStringLiteral("12x"));
    CHECK(cell.data(app::AmountOreRole).toLongLong() == 14500000);
}
