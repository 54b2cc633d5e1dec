// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/ledger/LedgerPreviewModel.h"
#include "app/report/ReportDocument.h"
#include "app/Workspace.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/ledger/LedgerImportActions.h"
#include "gui/ledger/LedgerImportWizard.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QUndoStack>

using namespace fhb;
using gui::LedgerImportWizard;
using gui::MainWindow;

namespace {

const QByteArray kExcelFile = QByteArray("Kategori;Belopp;Fotnot\r\n"
                                         "L\xF6nekostnader;3 434 000;Folkh\xE4lsostrateger\r\n"
                                         "Folkh\xE4lsoinsatser;154 000,00;\r\n"
                                         "\xD6vrigt;49 000;\r\n");

QString label(const QWidget *wizard, const char *name)
{
    const auto *widget = wizard->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return test::plainSpaces(widget->text());
}

/// What the test saw inside the modal wizard (checks cannot run there).
struct Seen {
    QString target;
    QString detected;
    bool finishEnabledWithBadRow = true;
    QString badRowStatus;
    QString problem;
    bool finishEnabledWhenFixed = false;
    int colours = 0;
};

} // namespace

TEST_CASE("the ledger wizard previews a bad row refuses it and imports the fixed file as one undo step", "[gui][ledgercsv]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.resize(1200, 800);
    REQUIRE(window.openReport(QStringLiteral("Örebro kommun"), 2023));
    app::ReportDocument *document = window.currentReportEditor()->document();
    const QList<ExpenseLine> before = document->report().expenses;
    const QString csv = f.scratch.path(QStringLiteral("huvudbok.csv"));
    test::writeFile(csv, kExcelFile + "Lokaler;12x;\r\n");
    QAction *action = window.ledgerImportActions()->importAction();
    REQUIRE(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    Seen seen;
    test::whenModal([&](QWidget *dialog) {
        auto *wizard = qobject_cast<LedgerImportWizard *>(dialog);
        if (!wizard) {
            dialog->close();
            return;
        }
        seen.target = label(wizard, "targetLabel");
        wizard->next();
        seen.detected = label(wizard, "detectedLabel");
        wizard->resize(900, 560);
        test::screenshot(wizard, QStringLiteral("ledger-import-format.png"));
        wizard->next();
        wizard->next();
        wizard->resize(900, 560);
        seen.colours = test::screenshot(wizard, QStringLiteral("ledger-import-preview.png"));
        seen.finishEnabledWithBadRow = wizard->button(QWizard::FinishButton)->isEnabled();
        const app::LedgerPreviewModel *model = wizard->previewModel();
        seen.badRowStatus = model->index(3, app::LedgerPreviewModel::StatusColumn).data().toString();
        seen.problem = label(wizard, "previewProblemLabel");
        // The user fixes the file in Excel and reads it again.
        test::writeFile(wizard->filePath(), kExcelFile);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("reloadButton")), Qt::LeftButton);
        seen.finishEnabledWhenFixed = wizard->button(QWizard::FinishButton)->isEnabled();
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    });
    window.ledgerImportActions()->importLedgerFile(csv);

    CHECK(seen.target.contains(QStringLiteral("utkastet 2023 för Örebro kommun")));
    CHECK(seen.detected.contains(QStringLiteral("Windows-1252")));
    CHECK(seen.detected.contains(QStringLiteral("semikolon")));
    CHECK_FALSE(seen.finishEnabledWithBadRow);
    CHECK(seen.badRowStatus.startsWith(QStringLiteral("Fel: Beloppet '12x'")));
    CHECK(seen.problem.contains(QStringLiteral("1 rad har fel. Rad 5: Beloppet '12x'")));
    CHECK(seen.colours > 50);
    CHECK(seen.finishEnabledWhenFixed);

    REQUIRE(document->report().expenses.size() == before.size() + 3);
    CHECK(document->report().expenses.at(before.size()).category == QStringLiteral("Lönekostnader"));
    CHECK(document->report().expenses.at(before.size()).amountOre == 343400000);
    CHECK(document->report().expenses.at(before.size() + 1).amountOre == 15400000);
    CHECK(document->undoStack()->undoText() == QStringLiteral("Importera 3 rader från huvudbok"));
    document->undoStack()->undo();
    REQUIRE(document->report().expenses.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        CHECK(document->report().expenses.at(i).sameContent(before.at(i)));
}

TEST_CASE("the ledger wizard creates the draft for a year without a report and opens it", "[gui][ledgercsv]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    const QString csv = f.scratch.path(QStringLiteral("askersund.csv"));
    test::writeFile(csv, QStringLiteral("Lönekostnader;145 tkr\nÖvrigt;1 000,50\n").toUtf8());
    bool wasHeaderless = false;
    test::whenModal([&](QWidget *dialog) {
        auto *wizard = qobject_cast<LedgerImportWizard *>(dialog);
        if (!wizard) {
            dialog->close();
            return;
        }
        wizard->setParty(QStringLiteral("Askersunds kommun"));
        wizard->setYear(2024);
        wasHeaderless = !wizard->csv().hasHeader;
        while (wizard->currentId() != LedgerImportWizard::PreviewPage)
            wizard->next();
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    });
    window.ledgerImportActions()->importLedgerFile(csv);
    CHECK(wasHeaderless);
    REQUIRE(window.currentReportEditor());
    CHECK(window.currentReportEditor()->party() == QStringLiteral("Askersunds kommun"));
    CHECK(window.currentReportEditor()->year() == 2024);
    const AnnualReport &report = window.currentReportEditor()->document()->report();
    REQUIRE(report.expenses.size() == 2);
    CHECK(report.expenses.at(0).amountOre == 14500000);
    CHECK(report.expenses.at(1).amountOre == 100050);
    CHECK(window.workspace()->dataset().report(QStringLiteral("Askersunds kommun"), 2024) != nullptr);
}

TEST_CASE("the ledger wizard refuses an approved report on its first page", "[gui][ledgercsv]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    REQUIRE(window.openReport(QStringLiteral("Örebro kommun"), 2023));
    app::ReportDocument *document = window.currentReportEditor()->document();
    REQUIRE(document->approve().ok());
    REQUIRE(window.workspace()->reload().ok());
    const QString csv = f.scratch.path(QStringLiteral("huvudbok.csv"));
    test::writeFile(csv, kExcelFile);
    QString problem;
    bool nextEnabled = true;
    test::whenModal([&](QWidget *dialog) {
        auto *wizard = qobject_cast<LedgerImportWizard *>(dialog);
        if (!wizard) {
            dialog->close();
            return;
        }
        problem = wizard->problem();
        nextEnabled = wizard->button(QWizard::NextButton)->isEnabled();
        wizard->reject();
    });
    window.ledgerImportActions()->importLedgerFile(csv);
    CHECK(problem.contains(QStringLiteral("är godkänd")));
    CHECK_FALSE(nextEnabled);
    CHECK(document->report().expenses.size() == 3);
}
