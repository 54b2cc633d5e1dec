// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/report/ExpenseLineModel.h"
#include "app/report/ReportDocument.h"
#include "app/Workspace.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/HelpViewer.h"
#include "gui/DocumentTabs.h"
#include "gui/MainWindow.h"
#include "gui/report/NewReportDialog.h"
#include "gui/overview/OverviewView.h"
#include "app/overview/OverviewMatrixModel.h"
#include "gui/report/ReopenDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/i18n/Translations.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>

using namespace fhb;
using gui::AnnualReportEditor;
using gui::MainWindow;

namespace {

using test::action;

void scrollTo(AnnualReportEditor *editor, const char *name)
{
    auto *scroll = editor->findChild<QScrollArea *>(QStringLiteral("scrollArea"));
    REQUIRE(scroll);
    QWidget *target = editor->findChild<QWidget *>(QString::fromLatin1(name));
    REQUIRE(target);
    scroll->ensureWidgetVisible(target, 0, 0);
}

// The main window at the size of the user guide's pictures, in Swedish as the program
// starts (Qt's own Swedish for the standard buttons included).
struct Shown {
    gui::Translations translations;
    test::DemoFixture f;
    MainWindow window{f.settings};
    Shown()
    {
        translations.setLanguage(QStringLiteral("sv"));
        REQUIRE(window.openDatabase(f.path));
        window.resize(1400, 900);
        window.show();
    }
};

} // namespace

TEST_CASE("every workbench screen renders real content for the user guide", "[gui][screenshot]")
{
    Shown s;
    MainWindow &window = s.window;
    CHECK(test::screenshot(&window, QStringLiteral("main-window.png")) > 100);

    AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    CHECK(test::screenshot(&window, QStringLiteral("annual-report.png")) > 100);

    auto *expenses = editor->findChild<QTableView *>(QStringLiteral("expensesView"));
    auto *amount = qobject_cast<QLineEdit *>(test::openCellEditor(expenses, 1, app::ExpenseLineModel::AmountColumn));
    REQUIRE(amount);
    amount->selectAll();
    test::typeText(amount, QStringLiteral("12x"));
    QTest::keyClick(amount, Qt::Key_Return);
    CHECK(test::screenshot(&window, QStringLiteral("amount-refused.png")) > 100);
    QTest::keyClick(amount, Qt::Key_Escape);

    scrollTo(editor, "narrativeTabs");
    CHECK(test::screenshot(&window, QStringLiteral("annual-report-narrative.png")) > 100);
    editor->findChild<QTabWidget *>(QStringLiteral("narrativeTabs"))->setCurrentIndex(2);
    CHECK(test::screenshot(&window, QStringLiteral("annual-report-signature.png")) > 100);

    action(window, "actionSubmit")->trigger();
    int colours = 0;
    test::whenModal([&colours](QWidget *dialog) {
        colours = test::screenshot(dialog, QStringLiteral("approve-question.png"));
        test::clickButton(dialog, QDialogButtonBox::Yes);
    });
    action(window, "actionApprove")->trigger();
    CHECK(colours > 50);
    scrollTo(editor, "titleLabel");
    CHECK(test::screenshot(&window, QStringLiteral("report-approved.png")) > 100);

    gui::ReopenDialog reopen(editor->shortTitle(), &window);
    reopen.show();
    test::typeText(reopen.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                   QStringLiteral("Lönekostnaderna rättades efter bokslutet."));
    CHECK(test::screenshot(&reopen, QStringLiteral("reopen-dialog.png")) > 50);
    reopen.close();

    REQUIRE(window.documents()->openAgreement(QStringLiteral("Överenskommelse Sydnärke 2024\u20132029")));
    CHECK(test::screenshot(&window, QStringLiteral("agreement.png")) > 100);
}

TEST_CASE("a new report with its checks and the refused submission render for the user guide", "[gui][screenshot]")
{
    Shown s;
    MainWindow &window = s.window;
    gui::NewReportDialog dialog(window.workspace()->dataset(), QStringLiteral("Askersunds kommun"), &window);
    dialog.setYear(2024);
    dialog.show();
    CHECK(test::screenshot(&dialog, QStringLiteral("new-report-dialog.png")) > 50);
    dialog.close();

    test::whenModal([](QWidget *d) {
        d->findChild<QComboBox *>(QStringLiteral("partyCombo"))->setCurrentText(QStringLiteral("Askersunds kommun"));
        d->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2024);
        QTest::mouseClick(static_cast<gui::NewReportDialog *>(d)->createButton(), Qt::LeftButton);
    });
    AnnualReportEditor *editor = window.documents()->createReport();
    REQUIRE(editor);
    CHECK(test::screenshot(&window, QStringLiteral("new-report-checks.png")) > 100);
    int colours = 0;
    test::whenModal([&colours](QWidget *d) {
        colours = test::screenshot(d, QStringLiteral("submit-refused.png"));
        test::clickButton(d, QDialogButtonBox::Ok);
    });
    action(window, "actionSubmit")->trigger();
    CHECK(colours > 50);
}

TEST_CASE("the settings dialog the help viewer and the English UI render for the user guide", "[gui][screenshot]")
{
    Shown s;
    MainWindow &window = s.window;
    gui::Translations &translations = s.translations;
    gui::SettingsDialog settings(s.f.settings, translations, &window);
    settings.show();
    CHECK(test::screenshot(&settings, QStringLiteral("settings-dialog.png")) > 50);
    settings.close();

    window.openReport(QStringLiteral("Örebro kommun"), 2023);
    window.showHelp();
    REQUIRE(window.helpViewer());
    window.helpViewer()->resize(900, 700);
    CHECK(test::screenshot(window.helpViewer(), QStringLiteral("help-viewer.png")) > 50);
    window.helpViewer()->close();

    translations.setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    CHECK(test::screenshot(&window, QStringLiteral("english.png")) > 100);
    translations.setLanguage(QStringLiteral("sv"));
}

TEST_CASE("a read-only database renders with its banners for the user guide", "[gui][screenshot]")
{
    gui::Translations swedish;
    swedish.setLanguage(QStringLiteral("sv"));
    test::DemoFixture f;
    MainWindow window(f.settings);
    storage::OpenOptions options;
    options.forceReadOnly = true;
    REQUIRE(window.openDatabase(f.path, options));
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openReport(QStringLiteral("Örebro kommun"), 2023));
    CHECK(test::screenshot(&window, QStringLiteral("read-only.png")) > 100);
}

TEST_CASE("the manager's overview with a selected agreement renders for the user guide", "[gui][screenshot]")
{
    Shown s;
    MainWindow &window = s.window;
    window.documents()->showOverview();
    gui::OverviewView *overview = window.overviewView();
    const app::OverviewMatrixModel *matrix = overview->matrixModel();
    const int row = matrix->rowOf(QStringLiteral("Överenskommelse Sydnärke 2024\u20132029"));
    REQUIRE(row >= 0);
    overview->matrixView()->setCurrentIndex(matrix->index(row, matrix->columnOf(2024)));
    QApplication::processEvents();
    CHECK(test::screenshot(&window, QStringLiteral("overview.png")) > 100);
}
