// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/NavigatorModel.h"
#include "app/PartyRegister.h"
#include "app/Workspace.h"
#include "gui/MainWindow.h"
#include "gui/PartiesDialog.h"
#include "gui/i18n/Translations.h"

#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

using namespace fhb;
using gui::MainWindow;
using gui::PartiesDialog;

namespace {

void selectParty(PartiesDialog &dialog, const QString &name)
{
    const int row = dialog.partyRegister()->rowOf(name);
    REQUIRE(row >= 0);
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("partiesView"));
    view->setCurrentIndex(dialog.partyRegister()->index(row, 0));
}

QPushButton *button(const PartiesDialog &dialog, const char *name)
{
    auto *found = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("a party with reports cannot be deleted and the dialog says why", "[gui][parties]")
{
    gui::Translations swedish; // as the program starts: Qt's standard buttons in Swedish too
    swedish.setLanguage(QStringLiteral("sv"));
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    PartiesDialog dialog(window.workspace()->database(), &window);
    dialog.resize(900, 560);
    dialog.show();
    selectParty(dialog, QStringLiteral("Örebro kommun"));
    QTest::mouseClick(button(dialog, "removeButton"), Qt::LeftButton);
    CHECK(dialog.message().contains(QStringLiteral("Örebro kommun har")));
    CHECK(dialog.message().contains(QStringLiteral("kan därför inte tas bort")));
    CHECK(dialog.partyRegister()->rowOf(QStringLiteral("Örebro kommun")) >= 0);
    CHECK(test::screenshot(&dialog, QStringLiteral("parties-dialog.png")) > 50);
}

TEST_CASE("a party can be added renamed and removed from the parties dialog", "[gui][parties]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    PartiesDialog dialog(window.workspace()->database(), &window);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    test::typeText(name, QStringLiteral("Örebro läns museum"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(PartyKind::Organisation)));
    QTest::mouseClick(button(dialog, "addButton"), Qt::LeftButton);
    REQUIRE(dialog.partyRegister()->rowOf(QStringLiteral("Örebro läns museum")) >= 0);

    name->clear();
    test::typeText(name, QStringLiteral("Länsmuseet"));
    QTest::mouseClick(button(dialog, "renameButton"), Qt::LeftButton);
    CHECK(dialog.partyRegister()->rowOf(QStringLiteral("Örebro läns museum")) < 0);
    REQUIRE(dialog.partyRegister()->rowOf(QStringLiteral("Länsmuseet")) >= 0);

    QTest::mouseClick(button(dialog, "removeButton"), Qt::LeftButton);
    CHECK(dialog.partyRegister()->rowOf(QStringLiteral("Länsmuseet")) < 0);
    CHECK(dialog.message().contains(QStringLiteral("borttagen")));
}

TEST_CASE("parties added in the dialog appear in the navigator", "[gui][parties]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    test::whenModal([](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->clear();
        test::typeText(name, QStringLiteral("Folkrörelsearkivet"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(PartyKind::Organisation)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        test::clickButton(dialog, QDialogButtonBox::Close);
    });
    window.findChild<QAction *>(QStringLiteral("actionParties"))->trigger();
    CHECK(window.navigatorModel()->findParty(QStringLiteral("Folkrörelsearkivet")).isValid());
}

TEST_CASE("a county part's members are added changed and removed with years in the parties dialog", "[gui][parties]")
{
    gui::Translations swedish;
    swedish.setLanguage(QStringLiteral("sv"));
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    PartiesDialog dialog(window.workspace()->database(), &window);
    dialog.resize(900, 680);
    dialog.show();
    selectParty(dialog, QStringLiteral("Sydnärke"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("membersList"));
    auto *member = dialog.findChild<QComboBox *>(QStringLiteral("memberCombo"));
    auto *from = dialog.findChild<QSpinBox *>(QStringLiteral("fromYearSpin"));
    auto *to = dialog.findChild<QSpinBox *>(QStringLiteral("toYearSpin"));
    REQUIRE(list);
    REQUIRE(member);
    REQUIRE(from);
    REQUIRE(to);
    REQUIRE(list->count() == 5);
    CHECK(list->item(0)->text() == QStringLiteral("Askersunds kommun 2024–2029"));
    CHECK(member->findText(QStringLiteral("Sydnärke")) < 0);
    const auto members = [&] {
        return dialog.partyRegister()->parties().at(dialog.partyRegister()->rowOf(QStringLiteral("Sydnärke"))).members;
    };

    member->setCurrentIndex(member->findText(QStringLiteral("Örebro kommun")));
    from->setValue(2027);
    to->setValue(2025);
    QTest::mouseClick(button(dialog, "memberAddButton"), Qt::LeftButton);
    CHECK(dialog.message().contains(QStringLiteral("Det första året (2027) kommer efter det sista (2025)")));
    CHECK(members().size() == 5);

    to->setValue(2029);
    QTest::mouseClick(button(dialog, "memberAddButton"), Qt::LeftButton);
    REQUIRE(members().size() == 6);
    CHECK(members().last() == Membership{QStringLiteral("Örebro kommun"), 2027, 2029});
    CHECK(dialog.message() == QStringLiteral("Örebro kommun är medlem i Sydnärke 2027–2029."));
    REQUIRE(list->count() == 6);

    QTest::mouseClick(button(dialog, "memberAddButton"), Qt::LeftButton);
    CHECK(dialog.message().contains(QStringLiteral("Örebro kommun är redan medlem i Sydnärke 2027–2029")));
    CHECK(members().size() == 6);

    list->setCurrentRow(5);
    CHECK(member->currentText() == QStringLiteral("Örebro kommun"));
    CHECK(from->value() == 2027);
    from->setValue(2026);
    QTest::mouseClick(button(dialog, "memberChangeButton"), Qt::LeftButton);
    CHECK(members().last() == Membership{QStringLiteral("Örebro kommun"), 2026, 2029});
    CHECK(list->item(5)->text() == QStringLiteral("Örebro kommun 2026–2029"));
    CHECK(test::screenshot(&dialog, QStringLiteral("parties-members.png")) > 50);

    list->setCurrentRow(5);
    QTest::mouseClick(button(dialog, "memberRemoveButton"), Qt::LeftButton);
    CHECK(members().size() == 5);
    CHECK(list->count() == 5);
    CHECK(dialog.message().contains(QStringLiteral("inte längre medlem i Sydnärke")));

    selectParty(dialog, QStringLiteral("Örebro kommun"));
    CHECK_FALSE(dialog.findChild<QGroupBox *>(QStringLiteral("membersGroup"))->isEnabled());
}

TEST_CASE("selecting a party shows its kind in the parties dialog", "[gui][parties]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    PartiesDialog dialog(window.workspace()->database(), &window);
    dialog.show();
    auto *view = dialog.findChild<QAbstractItemView *>(QStringLiteral("partiesView"));
    REQUIRE(view);
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    const int sydnarke = dialog.partyRegister()->rowOf(QStringLiteral("Sydnärke"));
    REQUIRE(sydnarke >= 0);
    view->setCurrentIndex(view->model()->index(sydnarke, 0));
    CHECK(PartyKind(kind->currentData().toInt()) == PartyKind::CountyPart);
    const int orebro = dialog.partyRegister()->rowOf(QStringLiteral("Örebro kommun"));
    view->setCurrentIndex(view->model()->index(orebro, 0));
    CHECK(PartyKind(kind->currentData().toInt()) == PartyKind::Municipality);
}
