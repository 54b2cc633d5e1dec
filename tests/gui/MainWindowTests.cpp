// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/overview/CofundingBalanceModel.h"
#include "app/demo/DemoData.h"
#include "app/NavigatorModel.h"
#include "app/Settings.h"
#include "gui/agreement/AgreementEditor.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/DocumentTabs.h"
#include "gui/MainWindow.h"
#include "gui/NavigatorView.h"
#include "app/overview/OverviewMatrixModel.h"
#include "gui/overview/OverviewView.h"
#include "gui/i18n/QtTranslationGaps.h"
#include "gui/widgets/StatusChip.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>

using namespace fhb;
using app::NavigatorModel;
using gui::MainWindow;

namespace {

/// A demo database in a scratch folder, made through storage and app::loadDemoData.
QString demoDatabase(const test::Scratch &scratch)
{
    const QString path = scratch.path(QStringLiteral("demo.db"));
    storage::OpenOptions options;
    options.create = true;
    storage::OpenError error;
    std::unique_ptr<storage::Database> db = storage::Database::open(path, options, &error);
    INFO(error.message.toStdString());
    REQUIRE(db);
    REQUIRE(app::loadDemoData(*db).ok());
    return path;
}

QString labelText(const QWidget *parent, const char *name)
{
    const auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return test::plainSpaces(label->text());
}

QStringList column(const QTableView *view, int col)
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts.append(test::plainSpaces(view->model()->index(row, col).data().toString()));
    return texts;
}

// Selecting a node in the navigator, as a click or the arrow keys do.
void selectInNavigator(MainWindow &window, const QModelIndex &index)
{
    REQUIRE(index.isValid());
    window.navigatorView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    QApplication::processEvents();
}

struct Fixture {
    test::Scratch scratch;
    QString path = demoDatabase(scratch);
    app::Settings settings{scratch.path(QStringLiteral("settings.ini"))};
};

} // namespace

namespace {

// A blank capture has one or two colours; a real page has hundreds (anti-aliased text).
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Saves `widget` as `name` in the scratch folder and checks that the capture shows real
// content (the user guide's pictures come from ScreenshotTests.cpp).
void capture(QWidget *widget, const QString &name, const test::Scratch &scratch)
{
    QApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    CHECK(colourCount(pixmap.toImage()) > 100);
    REQUIRE(pixmap.save(scratch.path(name)));
}

} // namespace

TEST_CASE("selecting Örebro kommun 2023 in the navigator shows its annual report", "[gui]")
{
    Fixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    selectInNavigator(window, window.navigatorModel()->findReport(QStringLiteral("Örebro kommun"), 2023));

    auto *view = qobject_cast<gui::AnnualReportEditor *>(window.documentTabs()->currentWidget());
    REQUIRE(view);
    CHECK(window.documentTabs()->tabText(window.documentTabs()->currentIndex()) == QStringLiteral("Örebro kommun 2023"));
    CHECK(labelText(view, "titleLabel") == QStringLiteral("Årsredovisning 2023 \u2014 Örebro kommun"));
    CHECK(view->findChild<gui::StatusChip *>(QStringLiteral("reportStatusChip"))->text() == QStringLiteral("Utkast"));
    CHECK(view->findChild<QDateEdit *>(QStringLiteral("periodStartEdit"))->date() == QDate(2023, 1, 1));
    CHECK(view->findChild<QDateEdit *>(QStringLiteral("periodEndEdit"))->date() == QDate(2023, 12, 31));
    CHECK(labelText(view, "contributionCaption") == QStringLiteral("Kommunens insats"));
    CHECK(labelText(view, "contributionValue") == QStringLiteral("2 632 000 kr"));
    CHECK(labelText(view, "totalExpensesValue") == QStringLiteral("3 637 000 kr"));
    CHECK(labelText(view, "totalRevenuesValue") == QStringLiteral("1 005 000 kr"));
    CHECK(view->findChild<QLabel *>(QStringLiteral("contributionValue"))->font().pointSizeF()
          > view->findChild<QLabel *>(QStringLiteral("totalExpensesValue"))->font().pointSizeF());

    const auto *expenses = view->findChild<QTableView *>(QStringLiteral("expensesView"));
    REQUIRE(expenses);
    CHECK(column(expenses, 1) == QStringList{QStringLiteral("3 434 000"), QStringLiteral("154 000"), QStringLiteral("49 000")});
    CHECK(column(expenses, 2)
          == QStringList{QStringLiteral("Lönekostnader folkhälsostrateger inkl. samordning psykisk hälsa"),
                         QStringLiteral("Ex Rörelsenätverk, material motorikprojekt"),
                         QStringLiteral("Konferens, nätverksarbete, kompetensutveckling, mötesomkostnader")});
    const auto *revenues = view->findChild<QTableView *>(QStringLiteral("revenuesView"));
    CHECK(column(revenues, 2) == QStringList{QStringLiteral("1 005 000")});

    const auto *chip = view->findChild<gui::StatusChip *>(QStringLiteral("cofundingChip"));
    CHECK(chip->text() == QStringLiteral("Uppfyller kravet"));
    CHECK(labelText(view, "requiredValue") == QStringLiteral("1 005 000 kr"));
    CHECK(labelText(view, "balanceValue") == QStringLiteral("+1 627 000 kr"));

    const auto *events = view->findChild<QListView *>(QStringLiteral("eventsView"));
    REQUIRE(events);
    CHECK(events->model()->index(0, 0).data().toString().contains(QStringLiteral("portfölj för social hållbarhet")));
    const auto *staff = view->findChild<QListView *>(QStringLiteral("staffView"));
    CHECK(staff->model()->index(1, 0).data().toString().contains(QStringLiteral("fem personer med folkhälsovetenskaplig utbildning")));
    CHECK(view->findChild<QLineEdit *>(QStringLiteral("onBehalfOfNameEdit"))->text() == QStringLiteral("Malin Lindqvist"));
    CHECK(view->findChild<QLineEdit *>(QStringLiteral("onBehalfOfTitleEdit"))->text() == QStringLiteral("hållbarhetschef"));
    CHECK(view->findChild<QLineEdit *>(QStringLiteral("preparedByNameEdit"))->text() == QStringLiteral("Lisen Tang Kempe"));
    CHECK(view->findChild<QLineEdit *>(QStringLiteral("preparedByTitleEdit"))->text() == QStringLiteral("folkhälsostrateg"));
}

TEST_CASE("selecting the same report again brings its tab forward instead of opening another", "[gui]")
{
    Fixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    const QModelIndex report = window.navigatorModel()->findReport(QStringLiteral("Örebro kommun"), 2023);
    selectInNavigator(window, report);
    REQUIRE(window.documentTabs()->count() == 2);
    window.documents()->showOverview();
    CHECK(window.documentTabs()->currentIndex() == 0);
    CHECK(window.openReport(QStringLiteral("Örebro kommun"), 2023) == window.documentTabs()->widget(1));
    CHECK(window.documentTabs()->count() == 2);
    CHECK(window.documentTabs()->currentIndex() == 1);
    CHECK(window.openReport(QStringLiteral("Örebro kommun"), 1999) == nullptr);
}

TEST_CASE("selecting an agreement shows its editor with the preliminary years marked", "[gui]")
{
    Fixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    const QString name = QStringLiteral("Överenskommelse Sydnärke 2024\u20132029");
    selectInNavigator(window, window.navigatorModel()->findAgreement(name));
    auto *view = qobject_cast<gui::AgreementEditor *>(window.documentTabs()->currentWidget());
    REQUIRE(view);
    CHECK(view->agreementName() == name);
    CHECK(view->findChild<QSpinBox *>(QStringLiteral("firstYearSpin"))->value() == 2024);
    CHECK(view->findChild<QSpinBox *>(QStringLiteral("lastYearSpin"))->value() == 2029);
    CHECK(test::plainSpaces(view->findChild<QLineEdit *>(QStringLiteral("baseCompensationEdit"))->text()) == QStringLiteral("1 393 038"));
    CHECK(test::plainSpaces(view->findChild<QLineEdit *>(QStringLiteral("ratioEdit"))->text()) == QStringLiteral("100,00 %"));
    const auto *commitments = view->findChild<QTableView *>(QStringLiteral("commitmentsView"));
    REQUIRE(commitments);
    CHECK(column(commitments, 0).contains(QStringLiteral("Askersunds kommun")));
    CHECK(column(commitments, 1).join(u' ').contains(QStringLiteral("145 000")));
    const auto *years = view->findChild<QTableView *>(QStringLiteral("yearsView"));
    REQUIRE(years);
    REQUIRE(years->model()->rowCount() == 6);
    CHECK(column(years, 3).first().contains(QStringLiteral("1 393 038")));
    CHECK(column(years, 3).at(1).contains(QStringLiteral("preliminär")));
}

TEST_CASE("the navigator of the window shows Sydnärke with its five members and Örebro kommun with 2023", "[gui]")
{
    Fixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    const NavigatorModel *model = window.navigatorModel();
    CHECK(window.navigatorView()->model() == model);
    const QModelIndex sydnarke = model->findParty(QStringLiteral("Sydnärke"));
    REQUIRE(sydnarke.isValid());
    int members = 0;
    for (int row = 0; row < model->rowCount(sydnarke); ++row)
        members += model->kindOf(model->index(row, 0, sydnarke)) == NavigatorModel::NodeKind::Municipality;
    CHECK(members == 5);
    CHECK(window.navigatorView()->isExpanded(sydnarke));
    const QModelIndex orebro = model->findParty(QStringLiteral("Örebro kommun"));
    CHECK(model->findReport(QStringLiteral("Örebro kommun"), 2023).parent() == orebro);
    CHECK(model->findAgreement(QStringLiteral("Överenskommelse Örebro kommun 2018\u20132023")).parent() == orebro);
}

TEST_CASE("the overview tab lists the co-funding rows and opens a report on activation", "[gui]")
{
    Fixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    CHECK(window.documentTabs()->currentWidget() == window.overviewView());
    CHECK(window.documentTabs()->tabText(0) == QStringLiteral("Översikt"));
    const auto *model = window.overviewView()->model();
    REQUIRE(model->rowCount() == 13);
    auto *table = window.overviewView()->findChild<QTableView *>(QStringLiteral("matrixTable"));
    REQUIRE(table);
    const app::OverviewMatrixModel *matrix = window.overviewView()->matrixModel();
    CHECK(table->model() == matrix);
    CHECK(matrix->rowCount() == 4); // Sydnärke, its member Askersund, Örebro kommun, Hela länet
    CHECK(labelText(window.overviewView(), "summaryLabel")
          == QStringLiteral("2029: 0 av 1 avtal uppfyller kravet, 1 saknar rapport.\n"
                            "Senast rapporterade år: 2023: 1 av 1 avtal uppfyller kravet."));

    const int row = matrix->rowOf(QStringLiteral("Överenskommelse Örebro kommun 2018\u20132023"));
    REQUIRE(row >= 0);
    const QModelIndex orebroRow = matrix->index(row, matrix->columnOf(2023));
    REQUIRE(orebroRow.isValid());
    Q_EMIT table->activated(orebroRow);
    auto *view = qobject_cast<gui::AnnualReportEditor *>(window.documentTabs()->currentWidget());
    REQUIRE(view);
    CHECK(view->party() == QStringLiteral("Örebro kommun"));
    CHECK(window.navigatorView()->currentIndex()
          == window.navigatorModel()->findReport(QStringLiteral("Örebro kommun"), 2023));
}

TEST_CASE("the status bar names the file the user and whether it is writable", "[gui]")
{
    Fixture f;
    MainWindow window(f.settings);
    CHECK(window.statusText().contains(QStringLiteral("Ingen databas")));
    REQUIRE(window.openDatabase(f.path));
    CHECK(window.statusText().startsWith(QStringLiteral("demo.db · användare ")));
    CHECK(window.statusText().endsWith(QStringLiteral(" · Skrivbar")));
    CHECK_FALSE(window.isReadOnlyBannerVisible());
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo.db")));
}

TEST_CASE("a database opened read-only shows the banner and says Skrivskyddad", "[gui]")
{
    Fixture f;
    MainWindow window(f.settings);
    storage::OpenOptions options;
    options.forceReadOnly = true;
    REQUIRE(window.openDatabase(f.path, options));
    window.show();
    CHECK(window.isReadOnlyBannerVisible());
    CHECK(window.statusText().endsWith(QStringLiteral(" · Skrivskyddad")));
    CHECK(labelText(&window, "bannerText").contains(QStringLiteral("skrivskyddad")));
    window.resize(1280, 800);
    capture(&window, QStringLiteral("read-only.png"), f.scratch);

    REQUIRE(window.openDatabase(f.path));
    CHECK_FALSE(window.isReadOnlyBannerVisible());
}

TEST_CASE("opening a database remembers it and closing the window keeps its geometry", "[gui]")
{
    Fixture f;
    {
        MainWindow window(f.settings);
        REQUIRE(window.openDatabase(f.path));
        window.show();
        window.close();
    }
    const QString absolute = QDir(f.scratch.dir()).absoluteFilePath(QStringLiteral("demo.db"));
    CHECK(f.settings.recentFiles() == QStringList{absolute});
    CHECK(f.settings.lastDatabase() == absolute);
    CHECK_FALSE(f.settings.windowGeometry().isEmpty());
    CHECK_FALSE(f.settings.windowState().isEmpty());

    MainWindow again(f.settings);
    const auto *recent = again.findChild<QMenu *>(QStringLiteral("menuRecentFiles"));
    REQUIRE(recent);
    REQUIRE_FALSE(recent->actions().isEmpty());
    CHECK(recent->actions().first()->text() == QStringLiteral("&1 demo.db"));
}

TEST_CASE("opening a new database closes the open report tabs", "[gui]")
{
    Fixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    REQUIRE(window.openReport(QStringLiteral("Örebro kommun"), 2023));
    REQUIRE(window.documentTabs()->count() == 2);
    REQUIRE(window.openDatabase(f.path));
    CHECK(window.documentTabs()->count() == 1);
    CHECK(window.documentTabs()->widget(0) == window.overviewView());
}

TEST_CASE("the main window and the report page render real content", "[gui][screenshot]")
{
    Fixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.resize(1280, 800);
    window.show();
    capture(&window, QStringLiteral("main-window.png"), f.scratch);
    selectInNavigator(window, window.navigatorModel()->findReport(QStringLiteral("Örebro kommun"), 2023));
    capture(&window, QStringLiteral("annual-report.png"), f.scratch);
    auto *scroll = window.documentTabs()->currentWidget()->findChild<QScrollArea *>(QStringLiteral("scrollArea"));
    REQUIRE(scroll);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    capture(&window, QStringLiteral("annual-report-end.png"), f.scratch);
    selectInNavigator(window, window.navigatorModel()->findAgreement(QStringLiteral("Överenskommelse Sydnärke 2024\u20132029")));
    capture(&window, QStringLiteral("agreement.png"), f.scratch);
}

TEST_CASE("the standard buttons that Qt leaves in English come out in Swedish", "[gui][translation]")
{
    gui::QtTranslationGaps gaps;
    QCoreApplication::installTranslator(&gaps);
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Avbryt"));
    CHECK(QCoreApplication::translate("QFileDialog", "Look in:") == QStringLiteral("Sök i:"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Not a known text") == QStringLiteral("Not a known text"));
    QCoreApplication::removeTranslator(&gaps);
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
}

TEST_CASE("a new empty database shows an empty navigator and an overview that says so", "[gui]")
{
    test::Scratch scratch;
    app::Settings settings(scratch.path(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    storage::OpenOptions options;
    options.create = true;
    REQUIRE(window.openDatabase(scratch.path(QStringLiteral("tom.db")), options));
    CHECK(window.navigatorModel()->rowCount() == 0);
    CHECK(window.overviewView()->model()->rowCount() == 0);
    CHECK(labelText(window.overviewView(), "summaryLabel")
          == QStringLiteral("Databasen har inga avtal med känd ersättning ännu."));
    CHECK(window.statusText().startsWith(QStringLiteral("tom.db · ")));
}
