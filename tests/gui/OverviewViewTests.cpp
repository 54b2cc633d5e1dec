// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/overview/CofundingBalanceModel.h"
#include "app/overview/OverviewMatrixModel.h"
#include "app/demo/SyntheticCounty.h"
#include "gui/widgets/FrozenColumnTableView.h"
#include "gui/overview/OverviewDetailPanel.h"
#include "gui/overview/OverviewView.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

using namespace fhb;
using app::OverviewMatrixModel;
using gui::OverviewView;

namespace {

Dataset demo()
{
    const Result<Dataset> data = app::demoDataset();
    REQUIRE(data.ok());
    return data.value();
}

Dataset synthetic()
{
    app::SyntheticCountyOptions options;
    options.parties = 24;
    options.years = 4;
    options.lines = 3;
    return app::SyntheticCounty(options).generate();
}

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// A real double-click: the view only acts when the second press hits the item of the first.
void doubleClick(QWidget *viewport, const QPoint &at)
{
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
}

struct Activation {
    int count = 0;
    QString party;
    int year = -1;
    QString agreement;
};

Activation *listen(OverviewView &view)
{
    auto *activation = new Activation;
    QObject::connect(&view, &OverviewView::balanceRowActivated, &view,
                     [activation](const QString &party, int year, const QString &agreement) {
                         ++activation->count;
                         activation->party = party;
                         activation->year = year;
                         activation->agreement = agreement;
                     });
    return activation;
}

bool anyCell(const OverviewMatrixModel &model, int row, BalanceStatus status)
{
    for (int column = 1; column < model.columnCount(); ++column) {
        const QVariant value = model.index(row, column).data(OverviewMatrixModel::StatusRole);
        if (value.isValid() && value.toInt() == int(status))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("overview view filters change the rows and columns of the matrix", "[gui][overview]")
{
    OverviewView view;
    view.resize(1200, 700);
    view.setDataset(synthetic());
    view.show();
    const OverviewMatrixModel &model = *view.matrixModel();
    const int all = model.rowCount();
    REQUIRE(all > 10);
    CHECK(model.index(all - 1, 0).data().toString() == QStringLiteral("Hela länet"));
    CHECK(view.matrixView()->model() == view.matrixModel());

    auto *show = child<QComboBox>(view, "show");
    REQUIRE(show->count() == 3);
    show->setCurrentIndex(1); // Endast underskott
    const int shortRows = model.rowCount();
    CHECK(shortRows > 1);
    CHECK(shortRows < all);
    // Every row falls short in a shown year, or is the agreement heading a member that does.
    for (int row = 0; row + 1 < shortRows; ++row)
        CHECK((anyCell(model, row, BalanceStatus::Short)
               || (model.rowKind(row) == OverviewMatrixModel::RowKind::Agreement
                   && model.rowKind(row + 1) == OverviewMatrixModel::RowKind::Member)));
    show->setCurrentIndex(0);
    CHECK(model.rowCount() == all);

    auto *countyPart = child<QComboBox>(view, "countyPart");
    REQUIRE(countyPart->count() > 1);
    countyPart->setCurrentIndex(1);
    const QString part = countyPart->currentText();
    REQUIRE(model.rowCount() >= 2);
    for (int row = 0; row + 1 < model.rowCount(); ++row)
        if (model.rowKind(row) == OverviewMatrixModel::RowKind::Agreement)
            CHECK(model.index(row, 1).data(OverviewMatrixModel::PartyRole).toString() == part);
    countyPart->setCurrentIndex(0);

    auto *from = child<QSpinBox>(view, "fromYear");
    auto *to = child<QSpinBox>(view, "toYear");
    CHECK(model.columnCount() == 5);
    from->setValue(to->value());
    CHECK(model.columnCount() == 2);
    CHECK(child<QLabel>(view, "summaryLabel")->text().startsWith(QString::number(to->value()) + u':'));
    to->setValue(from->minimum()); // "Till år" before "Från år" pulls "Från år" along
    CHECK(from->value() == from->minimum());
    CHECK(model.columnCount() == 2);
}

TEST_CASE("overview view keeps the filter when the data is reloaded", "[gui][overview]")
{
    OverviewView view;
    view.setDataset(synthetic());
    child<QComboBox>(view, "show")->setCurrentIndex(2); // Endast saknade rapporter
    const int rows = view.matrixModel()->rowCount();
    view.setDataset(synthetic());
    CHECK(child<QComboBox>(view, "show")->currentIndex() == 2);
    CHECK(view.matrixModel()->rowCount() == rows);
}

TEST_CASE("double-click on a year cell asks for that party's report of the year", "[gui][overview]")
{
    OverviewView view;
    view.resize(1200, 700);
    view.setDataset(demo());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    std::unique_ptr<Activation> activation(listen(view));
    const OverviewMatrixModel &model = *view.matrixModel();
    const int row = model.rowOf(QStringLiteral("Överenskommelse Örebro kommun 2018–2023"));
    REQUIRE(row >= 0);
    QTableView *table = view.matrixView();
    const QModelIndex cell = model.index(row, model.columnOf(2023));
    table->scrollTo(cell);
    doubleClick(table->viewport(), table->visualRect(cell).center());
    CHECK(activation->count == 1);
    CHECK(activation->party == QStringLiteral("Örebro kommun"));
    CHECK(activation->year == 2023);
    CHECK(activation->agreement == QStringLiteral("Överenskommelse Örebro kommun 2018–2023"));

    // The frozen name column passes its double-click on: the agreement, no year.
    auto *frozen = static_cast<gui::FrozenColumnTableView *>(table)->frozenView();
    const QModelIndex name = model.index(row, 0);
    doubleClick(frozen->viewport(), frozen->visualRect(name).center());
    CHECK(activation->count == 2);
    CHECK(activation->year == 0);
    CHECK(activation->agreement == QStringLiteral("Överenskommelse Örebro kommun 2018–2023"));
}

TEST_CASE("Enter on a member cell asks for the member's report and the totals row does nothing", "[gui][overview]")
{
    OverviewView view;
    view.setDataset(demo());
    view.show();
    std::unique_ptr<Activation> activation(listen(view));
    const OverviewMatrixModel &model = *view.matrixModel();
    const int member = model.rowOf(QStringLiteral("Överenskommelse Sydnärke 2024–2029"), QStringLiteral("Askersunds kommun"));
    REQUIRE(member >= 0);
    QTableView *table = view.matrixView();
    table->setFocus();
    table->setCurrentIndex(model.index(member, model.columnOf(2025)));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(activation->count == 1);
    CHECK(activation->party == QStringLiteral("Askersunds kommun"));
    CHECK(activation->year == 2025);
    // Arrow keys move between years; Enter acts on the new cell.
    QTest::keyClick(table, Qt::Key_Right);
    QTest::keyClick(table, Qt::Key_Enter);
    CHECK(activation->count == 2);
    CHECK(activation->year == 2026);

    table->setCurrentIndex(model.index(model.rowCount() - 1, 1));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(activation->count == 2);
}

TEST_CASE("selecting a row tells the detail panel and the listeners which row it is", "[gui][overview]")
{
    OverviewView view;
    view.setDataset(demo());
    QString agreement;
    QString party;
    int changes = 0;
    QObject::connect(&view, &OverviewView::currentRowChanged, &view, [&](const QString &a, const QString &p) {
        agreement = a;
        party = p;
        ++changes;
    });
    const OverviewMatrixModel &model = *view.matrixModel();
    const int row = model.rowOf(QStringLiteral("Överenskommelse Sydnärke 2024–2029"));
    view.matrixView()->setCurrentIndex(model.index(row, 1));
    CHECK(changes == 1);
    CHECK(agreement == QStringLiteral("Överenskommelse Sydnärke 2024–2029"));
    CHECK(party == QStringLiteral("Sydnärke"));
    CHECK(view.detailPanel()->hasRow());
    view.matrixView()->setCurrentIndex(model.index(row, 2)); // another year of the same row
    CHECK(changes == 1);
    view.matrixView()->setCurrentIndex(model.index(model.rowCount() - 1, 1));
    CHECK(changes == 2);
    CHECK(agreement.isEmpty());
    CHECK_FALSE(view.detailPanel()->hasRow());
}

TEST_CASE("the name column stays in view when the years scroll sideways", "[gui][overview]")
{
    OverviewView view;
    view.resize(520, 500);
    view.setDataset(synthetic());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *table = static_cast<gui::FrozenColumnTableView *>(view.matrixView());
    QScrollBar *sideways = table->horizontalScrollBar();
    REQUIRE(sideways->maximum() > 0);
    sideways->setValue(sideways->maximum());
    QTableView *frozen = table->frozenView();
    CHECK(frozen->isVisible());
    CHECK(frozen->geometry().left() == table->frameWidth());
    CHECK(frozen->columnWidth(0) == table->columnWidth(0));
    CHECK(frozen->isColumnHidden(1));
    // Moving left with the keyboard to the first year scrolls it out from under the name.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, table->model()->columnCount() - 1));
    for (int i = 0; i < table->model()->columnCount() - 2; ++i)
        QTest::keyClick(table, Qt::Key_Left);
    CHECK(table->currentIndex().column() == 1);
    CHECK(table->visualRect(table->currentIndex()).left() >= frozen->columnWidth(0));
}

TEST_CASE("the overview of an empty database says there is nothing yet", "[gui][overview]")
{
    OverviewView view;
    view.setDataset(Dataset{});
    CHECK(view.matrixModel()->rowCount() == 0);
    CHECK(view.summaryText() == QStringLiteral("Databasen har inga avtal med känd ersättning ännu."));
    CHECK_FALSE(child<QSpinBox>(view, "fromYear")->isEnabled());
}

TEST_CASE("the overview exports sit behind one Exportera button with a menu of three formats", "[gui][overview]")
{
    test::DemoFixture f;
    app::Settings &settings = f.settings;
    gui::OverviewView view;
    view.setUpExports(settings);
    const auto *button = view.findChild<QToolButton *>(QStringLiteral("exportButton"));
    REQUIRE(button);
    CHECK(button->text() == QStringLiteral("Expo&rtera"));
    REQUIRE(button->menu());
    QStringList texts;
    for (const QAction *action : button->menu()->actions())
        texts << action->text();
    CHECK(texts == QStringList{QStringLiteral("Exportera till &Excel…"), QStringLiteral("Exportera till &CSV…"),
                               QStringLiteral("Exportera till &PDF…")});
}
