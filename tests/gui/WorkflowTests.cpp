// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/report/ExpenseLineModel.h"
#include "app/report/ReportDocument.h"
#include "app/Workspace.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/report/FindingsPanel.h"
#include "gui/report/HistoryPanel.h"
#include "gui/DocumentTabs.h"
#include "gui/MainWindow.h"
#include "gui/report/NewReportDialog.h"
#include "gui/report/ReopenDialog.h"
#include "storage/ReportWriter.h"
#include "storage/ReportStore.h"

#include <QDateEdit>
#include <QSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QToolButton>

using namespace fhb;
using gui::AnnualReportEditor;
using gui::MainWindow;

namespace {

template<typename T>
T *child(const QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

using test::action;

// Submits (a complete report needs no answer) and approves, answering Yes.
bool approveThroughTheToolbar(MainWindow &window, QString *question = nullptr)
{
    action(window, "actionSubmit")->trigger();
    if (window.currentReportEditor()->document()->report().status != ReportStatus::Submitted)
        return false;
    test::whenModal([question](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog); box && question)
            *question = box->text();
        test::clickButton(dialog, QDialogButtonBox::Yes);
    });
    action(window, "actionApprove")->trigger();
    QApplication::processEvents();
    return window.currentReportEditor()->document()->report().status == ReportStatus::Approved;
}

} // namespace

TEST_CASE("submitting an incomplete report is refused with the reasons", "[gui][workflow]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    test::whenModal([](QWidget *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("partyCombo"))->setCurrentText(QStringLiteral("Askersunds kommun"));
        dialog->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2024);
        QTest::mouseClick(static_cast<gui::NewReportDialog *>(dialog)->createButton(), Qt::LeftButton);
    });
    AnnualReportEditor *editor = window.documents()->createReport();
    REQUIRE(editor);
    REQUIRE(editor->party() == QStringLiteral("Askersunds kommun"));

    QStringList shown = window.findingsPanel()->lines();
    CHECK(shown.filter(QStringLiteral("Fel: ")).size() >= 2);
    QString message;
    QString title;
    test::whenModal([&message, &title](QWidget *dialog) {
        title = dialog->windowTitle();
        message = qobject_cast<QMessageBox *>(dialog) ? qobject_cast<QMessageBox *>(dialog)->text() : QString();
        test::clickButton(dialog, QDialogButtonBox::Ok);
    });
    REQUIRE(action(window, "actionSubmit")->isEnabled());
    action(window, "actionSubmit")->trigger();
    CHECK(title == QStringLiteral("Askersunds kommun 2024 kan inte skickas in"));
    CHECK(message.contains(QStringLiteral("utgift"), Qt::CaseInsensitive));
    CHECK(message.contains(QStringLiteral("underskrift"), Qt::CaseInsensitive));
    CHECK(editor->document()->report().status == ReportStatus::Draft);

    // Clicking a finding goes to the field it names.
    QListWidget *list = window.findingsPanel()->list();
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->text().contains(QStringLiteral("nderskrift")))
            continue;
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
        break;
    }
    QApplication::processEvents();
    CHECK(window.focusWidget() == child<QLineEdit>(editor, "onBehalfOfNameEdit"));
}

TEST_CASE("an approved report shows the lock banner and refuses every edit", "[gui][workflow]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    CHECK_FALSE(editor->isLocked());
    CHECK(child<QFrame>(editor, "lockBanner")->isHidden());

    QString question;
    REQUIRE(approveThroughTheToolbar(window, &question));
    CHECK(question.contains(QStringLiteral("Godkänn Örebro kommun 2023?")));
    const AnnualReport approved = editor->document()->report();
    CHECK(editor->isLocked());
    CHECK_FALSE(child<QFrame>(editor, "lockBanner")->isHidden());
    CHECK(child<QLabel>(editor, "lockBannerText")->text().contains(QStringLiteral("godkänd")));
    CHECK_FALSE(action(window, "actionApprove")->isEnabled());
    CHECK(action(window, "actionReopen")->isEnabled());

    auto *expenses = child<QTableView>(editor, "expensesView");
    CHECK(test::openCellEditor(expenses, 0, app::ExpenseLineModel::AmountColumn) == nullptr);
    CHECK_FALSE(expenses->model()->setData(expenses->model()->index(0, 1), QStringLiteral("1")));
    QTest::keyClick(expenses, Qt::Key_Insert);
    QTest::keyClick(expenses, Qt::Key_Delete);
    CHECK(expenses->model()->rowCount() == 3);
    for (const char *name : {"expenseAddButton", "expenseRemoveButton", "revenueAddButton", "eventsAddButton", "staffUpButton"})
        CHECK_FALSE(child<QToolButton>(editor, name)->isEnabled());
    CHECK(child<QDateEdit>(editor, "periodStartEdit")->isReadOnly());
    CHECK(child<QLineEdit>(editor, "onBehalfOfNameEdit")->isReadOnly());
    CHECK_FALSE(editor->document()->setPeriod(QDate(2023, 2, 1), QDate(2023, 12, 31)).ok());

    const Result<AnnualReport> stored = storage::ReportStore(window.workspace()->database()).report(approved.id);
    REQUIRE(stored.ok());
    CHECK(stored->sameContent(approved));
}

TEST_CASE("reopening requires a reason and records it", "[gui][workflow]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    REQUIRE(approveThroughTheToolbar(window));

    bool enabledWhenBlank = true;
    bool enabledWithReason = false;
    test::whenModal([&](QWidget *dialog) {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        enabledWhenBlank = box->button(QDialogButtonBox::Ok)->isEnabled();
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        test::typeText(reason, QStringLiteral("   "));
        enabledWhenBlank = enabledWhenBlank || box->button(QDialogButtonBox::Ok)->isEnabled();
        test::typeText(reason, QStringLiteral("Lönekostnaderna rättades efter bokslutet"));
        enabledWithReason = box->button(QDialogButtonBox::Ok)->isEnabled();
        test::clickButton(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(editor, "reopenButton"), Qt::LeftButton);
    CHECK_FALSE(enabledWhenBlank);
    CHECK(enabledWithReason);
    CHECK(editor->document()->report().status == ReportStatus::Draft);
    CHECK_FALSE(editor->isLocked());
    CHECK(child<QFrame>(editor, "lockBanner")->isHidden());

    const auto reopenings = storage::ReportStore(window.workspace()->database()).reopenings(editor->document()->reportId());
    REQUIRE(reopenings.ok());
    REQUIRE(reopenings->size() == 1);
    CHECK(reopenings->first().reason == QStringLiteral("Lönekostnaderna rättades efter bokslutet"));
    CHECK(window.historyPanel()->lines().join(u'\n').contains(QStringLiteral("Lönekostnaderna rättades efter bokslutet")));

    // Cancelling the dialog reopens nothing.
    REQUIRE(approveThroughTheToolbar(window));
    test::whenModal([](QWidget *dialog) { test::clickButton(dialog, QDialogButtonBox::Cancel); });
    action(window, "actionReopen")->trigger();
    CHECK(editor->document()->report().status == ReportStatus::Approved);
}

TEST_CASE("a read-only file opens with the banner and every editor disabled", "[gui][workflow]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    storage::OpenOptions options;
    options.forceReadOnly = true;
    REQUIRE(window.openDatabase(f.path, options));
    window.show();
    CHECK(window.isReadOnlyBannerVisible());
    CHECK_FALSE(action(window, "actionNewReport")->isEnabled());
    AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    CHECK(editor->isLocked());
    CHECK_FALSE(child<QFrame>(editor, "lockBanner")->isHidden());
    CHECK(child<QLabel>(editor, "lockBannerText")->text().contains(QStringLiteral("skrivskyddad")));
    CHECK(child<QPushButton>(editor, "reopenButton")->isHidden());
    CHECK_FALSE(action(window, "actionSubmit")->isEnabled());
    CHECK_FALSE(action(window, "actionApprove")->isEnabled());
    CHECK(test::openCellEditor(child<QTableView>(editor, "expensesView"), 0, 1) == nullptr);
}

TEST_CASE("a file held by another writer says so and can be opened read-only instead", "[gui][workflow]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(f.path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(query.exec(QStringLiteral("UPDATE party SET name = name")));
        QString message;
        test::whenModal([&message](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                message = box->text();
            test::clickButton(dialog, QDialogButtonBox::Cancel);
        });
        CHECK_FALSE(window.openDatabase(f.path));
        CHECK(message.contains(QStringLiteral("låst av ett annat program")));

        test::whenModal([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            REQUIRE(box);
            for (QAbstractButton *button : box->buttons())
                if (button->text() == QStringLiteral("Öppna skrivskyddad"))
                    QTest::mouseClick(button, Qt::LeftButton);
        });
        CHECK(window.openDatabase(f.path));
        CHECK(window.workspace()->isReadOnly());
        query.exec(QStringLiteral("ROLLBACK"));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    CHECK(window.openDatabase(f.path));
}

TEST_CASE("an edit refused because another program changed the report offers to read it again", "[gui][workflow]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    const qint64 id = editor->document()->reportId();
    {
        storage::OpenError error;
        auto other = storage::Database::open(f.path, {}, &error);
        REQUIRE(other);
        Signature signature = editor->document()->report().signature;
        signature.preparedByTitle = QStringLiteral("strateg");
        REQUIRE(storage::ReportWriter(*other).setSignature(id, editor->document()->rowVersion(), signature).ok());
    }
    REQUIRE(test::typeIntoCell(child<QTableView>(editor, "expensesView"), 1, app::ExpenseLineModel::AmountColumn,
                               QStringLiteral("160 000")));
    CHECK(editor->refusalText().contains(QStringLiteral("Någon annan har ändrat")));
    auto *reload = child<QPushButton>(editor, "reloadButton");
    REQUIRE_FALSE(reload->isHidden());
    QTest::mouseClick(reload, Qt::LeftButton);
    CHECK_FALSE(editor->isLocked());
    CHECK(child<QLineEdit>(editor, "preparedByTitleEdit")->text() == QStringLiteral("strateg"));
    CHECK(test::typeIntoCell(child<QTableView>(editor, "expensesView"), 1, app::ExpenseLineModel::AmountColumn,
                             QStringLiteral("160 000")));
    CHECK(editor->document()->report().expenses.at(1).amountOre == 16000000);
}
