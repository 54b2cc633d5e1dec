// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/agreement/AgreementDocument.h"
#include "app/agreement/AgreementYearModel.h"
#include "app/Workspace.h"
#include "gui/agreement/AgreementEditor.h"
#include "gui/DocumentTabs.h"
#include "gui/MainWindow.h"
#include "storage/AgreementStore.h"

#include <QToolButton>

using namespace fhb;
using gui::AgreementEditor;
using gui::MainWindow;

namespace {
const QString kSydnarke = QStringLiteral("Överenskommelse Sydnärke 2024\u20132029");

Agreement stored(MainWindow &window)
{
    REQUIRE(window.workspace()->reload().ok());
    const Agreement *agreement = window.workspace()->dataset().agreement(kSydnarke);
    REQUIRE(agreement);
    return *agreement;
}
} // namespace

TEST_CASE("a PLK typed into the agreement editor indexes the next year and can be undone", "[gui][agreement]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AgreementEditor *editor = window.documents()->openAgreement(kSydnarke);
    REQUIRE(editor);
    auto *years = editor->findChild<QTableView *>(QStringLiteral("yearsView"));
    REQUIRE(years);
    REQUIRE(test::typeIntoCell(years, 1, app::AgreementYearModel::PlkColumn, QStringLiteral("3,10")));
    CHECK(test::plainSpaces(years->model()->index(1, app::AgreementYearModel::CompensationColumn).data().toString())
              .contains(QStringLiteral("1 436 222")));
    CHECK(stored(window).plkBp.value(2025) == 310);

    REQUIRE(test::typeIntoCell(years, 2, app::AgreementYearModel::DecidedColumn, QStringLiteral("12x")));
    CHECK(editor->refusalText().contains(QStringLiteral("'x'")));
    CHECK_FALSE(stored(window).decidedOre.contains(2026));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : years, Qt::Key_Escape);

    auto *ratio = editor->findChild<QLineEdit *>(QStringLiteral("ratioEdit"));
    test::typeIntoField(ratio, QStringLiteral("50 %"));
    CHECK(stored(window).cofundingRatioBp == 5000);

    QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    undo->trigger();
    CHECK(stored(window).cofundingRatioBp == 10000);
    CHECK_FALSE(stored(window).plkBp.contains(2025));
}

TEST_CASE("an obligation added in the agreement editor is followed up per year", "[gui][agreement]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AgreementEditor *editor = window.documents()->openAgreement(kSydnarke);
    REQUIRE(editor);
    auto *obligations = editor->findChild<QTableView *>(QStringLiteral("obligationsView"));
    const int before = obligations->model()->rowCount();
    QTest::mouseClick(editor->findChild<QToolButton *>(QStringLiteral("obligationAddButton")), Qt::LeftButton);
    QApplication::processEvents();
    REQUIRE(obligations->model()->rowCount() == before + 1);
    QWidget *title = obligations->indexWidget(obligations->currentIndex());
    REQUIRE(title);
    qobject_cast<QLineEdit *>(title)->selectAll();
    test::typeText(title, QStringLiteral("Rapportera till länsdelsgruppen"));
    QTest::keyClick(title, Qt::Key_Return);
    QApplication::processEvents();
    const QModelIndex year2024 = obligations->model()->index(before, 1);
    REQUIRE(obligations->model()->setData(year2024, Qt::Checked, Qt::CheckStateRole));
    const Agreement agreement = stored(window);
    REQUIRE(agreement.obligations.size() == before + 1);
    CHECK(agreement.obligations.last().title == QStringLiteral("Rapportera till länsdelsgruppen"));
    CHECK(agreement.obligations.last().years.value(2024).fulfilled);
    CHECK(obligations->model()->index(before, 1).data().toString() == QStringLiteral("Uppfyllt"));
    CHECK(test::screenshot(&window, QStringLiteral("agreement-editor.png")) > 100);
}

TEST_CASE("a commitment for a member without one is added with Insert and its amount typed in place", "[gui][agreement]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    AgreementEditor *editor = window.documents()->openAgreement(kSydnarke);
    REQUIRE(editor);
    auto *view = editor->findChild<QTableView *>(QStringLiteral("commitmentsView"));
    auto *member = editor->findChild<QComboBox *>(QStringLiteral("commitmentMemberCombo"));
    auto *add = editor->findChild<QToolButton *>(QStringLiteral("commitmentAddButton"));
    REQUIRE(view);
    REQUIRE(member);
    REQUIRE(add);
    REQUIRE(view->model()->rowCount() == 1);
    REQUIRE(member->count() == 4);
    CHECK(member->findText(QStringLiteral("Askersunds kommun")) < 0);
    member->setCurrentIndex(member->findText(QStringLiteral("Laxå kommun")));

    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Insert);
    QApplication::processEvents();
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(view->model()->index(1, 0).data().toString() == QStringLiteral("Laxå kommun"));
    QWidget *amount = view->indexWidget(view->model()->index(1, 1));
    REQUIRE(amount);
    qobject_cast<QLineEdit *>(amount)->selectAll();
    test::typeText(amount, QStringLiteral("50 tkr"));
    QTest::keyClick(amount, Qt::Key_Return);
    QApplication::processEvents();
    Agreement agreement = stored(window);
    REQUIRE(agreement.commitments.size() == 2);
    CHECK(agreement.commitments.at(1) == MemberCommitment{QStringLiteral("Laxå kommun"), 5000000});
    CHECK(member->count() == 3);
    CHECK(member->findText(QStringLiteral("Laxå kommun")) < 0);

    // The button adds the rest; with every member committed it says so and adds nothing.
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(add, Qt::LeftButton);
        QApplication::processEvents();
        if (QWidget *open = view->indexWidget(view->currentIndex()))
            QTest::keyClick(open, Qt::Key_Escape);
        QApplication::processEvents();
    }
    CHECK(view->model()->rowCount() == 5);
    CHECK(member->count() == 0);
    CHECK(editor->refusalText().isEmpty());
    QTest::mouseClick(add, Qt::LeftButton);
    QApplication::processEvents();
    CHECK(editor->refusalText().contains(QStringLiteral("Alla medlemmar i Sydnärke har redan ett åtagande")));
    CHECK(stored(window).commitments.size() == 5);

    QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    for (int i = 0; i < 5; ++i)
        undo->trigger();
    CHECK(stored(window).commitments.size() == 1);
    CHECK(member->count() == 4);
}
