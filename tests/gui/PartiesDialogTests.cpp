// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/NavigatorModel.h"
#include "app/PartyRegister.h"
#include "app/Workspace.h"
#include "gui/MainWindow.h"
#include "gui/PartiesDialog.h"
#include "gui/Translations.h"

#include <QPushButton>

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
