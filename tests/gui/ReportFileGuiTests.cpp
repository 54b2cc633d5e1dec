// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/exchange/ExchangeFile.h"
#include "app/NavigatorModel.h"
#include "app/exchange/ReportSubmissionFile.h"
#include "app/Workspace.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/FileDropHandler.h"
#include "gui/MainWindow.h"
#include "gui/exchange/ReportFileActions.h"
#include "gui/exchange/ReportFilesImportDialog.h"
#include "gui/i18n/Translations.h"

#include <QDropEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>

using namespace fhb;
using app::ReportFileImportPlan;
using gui::MainWindow;

namespace {

const QString kOrebro = QStringLiteral("Örebro kommun");

using test::action;

/// The open demo report as its exchange file, changed by `change`, written to `name`.
QString reportFile(MainWindow &window, const test::Scratch &scratch, const QString &name,
                   const std::function<void(AnnualReport &)> &change)
{
    const Result<QByteArray> json = app::ReportSubmissionFile::json(window.workspace()->database(), kOrebro, 2023);
    REQUIRE(json.ok());
    Result<Dataset> data = app::exchangeFromJson(*json);
    REQUIRE(data.ok());
    change(data.value().reports.first());
    const QString path = scratch.path(name);
    test::writeFile(path, app::exchangeToJson(data.value()));
    return path;
}

bool editorOpen(const MainWindow &window, int year)
{
    for (int i = 0; i < window.documentTabs()->count(); ++i)
        if (auto *editor = qobject_cast<gui::AnnualReportEditor *>(window.documentTabs()->widget(i)))
            if (editor->party() == kOrebro && editor->year() == year)
                return true;
    return false;
}

void drop(MainWindow &window, const QStringList &paths, bool *entered = nullptr)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    if (entered)
        *entered = enter.isAccepted();
    QDropEvent dropped(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropped);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("Importera rapporter previews the files and imports on confirmation with a summary", "[gui][reportfiles]")
{
    test::DemoFixture f;
    gui::Translations swedish; // Qt's own buttons in Swedish for the screenshot
    swedish.setLanguage(QStringLiteral("sv"));
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    REQUIRE(window.openReport(kOrebro, 2023));
    const QString added = reportFile(window, f.scratch, QStringLiteral("Rapport 2022 – Örebro kommun.json"), [](AnnualReport &r) {
        r.year = 2022;
        r.periodStart = QDate(2022, 1, 1);
        r.periodEnd = QDate(2022, 12, 31);
    });
    const QString replacing = reportFile(window, f.scratch, QStringLiteral("Rapport 2023 – Örebro kommun.json"), [](AnnualReport &r) {
        r.expenses.first().amountOre += 100;
        r.status = ReportStatus::Submitted;
    });
    const QString broken = f.scratch.path(QStringLiteral("trasig.json"));
    test::writeFile(broken, "{\"format\": \"folkhalsobok-exchange\", \"version\": 1, \"reports\": [{\"party\": 7}]}");

    QStringList outcomes;
    bool importEnabledBeforeTick = true;
    bool importEnabledAfterTick = false;
    int colours = 0;
    QString summaryText;
    test::whenModal([&](QWidget *dialog) {
        auto *preview = qobject_cast<gui::ReportFilesImportDialog *>(dialog);
        if (!preview) {
            dialog->close();
            return;
        }
        QAbstractItemModel *model = preview->planView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            outcomes << model->index(row, ReportFileImportPlan::OutcomeColumn).data().toString();
        importEnabledBeforeTick = preview->importButton()->isEnabled();
        colours = test::screenshot(preview, QStringLiteral("report-files-import.png"));
        // The dialog starts on the row that needs a choice: Space ticks it, as a user does.
        QTest::keyClick(preview->planView(), Qt::Key_Space);
        importEnabledAfterTick = preview->importButton()->isEnabled();
        test::whenModal([&summaryText](QWidget *box) {
            if (auto *message = qobject_cast<QMessageBox *>(box))
                summaryText = message->text();
            test::clickButton(box, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(preview->importButton(), Qt::LeftButton);
    });
    const auto summary = window.reportFileActions()->importFiles({added, replacing, broken});
    QApplication::processEvents();

    REQUIRE(outcomes.size() == 3);
    CHECK(outcomes.at(0) == QStringLiteral("Läggs till"));
    CHECK(outcomes.at(1).startsWith(QStringLiteral("Ersätts inte")));
    CHECK(outcomes.at(2).startsWith(QStringLiteral("Avvisas: filen kunde inte läsas: reports[0].party: ")));
    CHECK(importEnabledBeforeTick); // the new report alone is worth importing
    CHECK(importEnabledAfterTick);
    CHECK(colours > 100);
    REQUIRE(summary);
    CHECK(summary->added == 1);
    CHECK(summary->replaced == 1);
    CHECK(summaryText == QStringLiteral("2 rapporter importerade, 1 ersatt, 1 avvisad."));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("2 rapporter importerade, 1 ersatt, 1 avvisad")));
    // The navigator shows the new report; the replaced report's old editor is closed.
    CHECK(window.navigatorModel()->findReport(kOrebro, 2022).isValid());
    CHECK(window.workspace()->dataset().report(kOrebro, 2023)->status == ReportStatus::Submitted);
    QApplication::processEvents();
    CHECK_FALSE(editorOpen(window, 2023));
    REQUIRE(window.openReport(kOrebro, 2023));
}

TEST_CASE("cancelling the report import preview changes nothing", "[gui][reportfiles]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    const QString added = reportFile(window, f.scratch, QStringLiteral("a.json"), [](AnnualReport &r) { r.year = 2021; });
    test::whenModal([](QWidget *dialog) { test::clickButton(dialog, QDialogButtonBox::Cancel); });
    CHECK_FALSE(window.reportFileActions()->importFiles({added}));
    CHECK_FALSE(window.workspace()->dataset().report(kOrebro, 2021));
    CHECK_FALSE(window.navigatorModel()->findReport(kOrebro, 2021).isValid());
}

TEST_CASE("Exportera rapport för inskickning writes the open report with the proposed name", "[gui][reportfiles]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    QAction *exportAction = action(window, "actionExportForSubmission");
    QAction *importAction = action(window, "actionImportReports");
    auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
    REQUIRE(file);
    CHECK(file->actions().contains(exportAction));
    CHECK(file->actions().contains(importAction));
    CHECK(importAction->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    CHECK(importAction->isEnabled());
    CHECK_FALSE(exportAction->isEnabled());
    REQUIRE(window.openReport(kOrebro, 2023));
    CHECK(exportAction->isEnabled());

    const QString target = f.scratch.path(QStringLiteral("inskickning.json"));
    QString proposed;
    test::whenModal([&proposed, target](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        if (!files) {
            dialog->close();
            return;
        }
        proposed = files->selectedFiles().value(0);
        files->selectFile(target);
        static_cast<QDialog *>(files)->accept();
    });
    exportAction->trigger();
    QApplication::processEvents();
    CHECK(QFileInfo(proposed).fileName() == QStringLiteral("Rapport 2023 – Örebro kommun.fhb.json"));
    REQUIRE(QFileInfo::exists(target));
    const Result<Dataset> data = app::exchangeFromJson(test::readFile(target));
    REQUIRE(data.ok());
    CHECK(data->reports.size() == 1);
    CHECK(data->report(kOrebro, 2023));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("inskickning.json")));
}

TEST_CASE("files dropped on the main window go to the report import or the ledger import or are refused by name", "[gui][reportfiles]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    QSignalSpy reports(window.fileDropHandler(), &gui::FileDropHandler::reportFilesDropped);
    QSignalSpy ledgers(window.fileDropHandler(), &gui::FileDropHandler::ledgerFileDropped);
    CHECK(window.acceptDrops());

    const QString picture = f.scratch.path(QStringLiteral("bild.png"));
    test::writeFile(picture, "x");
    bool entered = false;
    drop(window, {picture}, &entered);
    CHECK(entered);
    CHECK(reports.isEmpty());
    CHECK(ledgers.isEmpty());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("bild.png")));

    const QString json = reportFile(window, f.scratch, QStringLiteral("r.json"), [](AnnualReport &r) { r.year = 2020; });
    QString dialogClass;
    test::whenModal([&dialogClass](QWidget *dialog) {
        dialogClass = QString::fromLatin1(dialog->metaObject()->className());
        test::clickButton(dialog, QDialogButtonBox::Cancel);
    });
    drop(window, {json});
    REQUIRE(reports.size() == 1);
    CHECK(reports.first().first().toStringList() == QStringList{json});
    CHECK(dialogClass == QStringLiteral("fhb::gui::ReportFilesImportDialog"));

    // The ledger file is handed on as it is; what happens to it is the ledger import's business.
    QMimeData csv;
    csv.setUrls({QUrl::fromLocalFile(f.scratch.path(QStringLiteral("huvudbok.csv")))});
    bool ledgerDialogShown = false;
    test::whenModal([&ledgerDialogShown](QWidget *dialog) {
        ledgerDialogShown = true;
        dialog->close();
    });
    CHECK(window.fileDropHandler()->handleDrop(&csv));
    // The ledger import opens after the drop event has returned (queued): wait for it here, so
    // that the answer above is not left pending for a later test.
    for (int i = 0; i < 300 && !ledgerDialogShown; ++i)
        QTest::qWait(10);
    CHECK(ledgerDialogShown);
    REQUIRE(ledgers.size() == 1);
    CHECK(ledgers.first().first().toString() == f.scratch.path(QStringLiteral("huvudbok.csv")));

    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(f.scratch.path(QStringLiteral("a.csv"))), QUrl::fromLocalFile(f.scratch.path(QStringLiteral("b.txt")))});
    CHECK_FALSE(window.fileDropHandler()->handleDrop(&two));
    CHECK(ledgers.size() == 1);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("a.csv, b.txt")));

    QMimeData text;
    text.setText(QStringLiteral("bara text"));
    CHECK_FALSE(gui::FileDropHandler::acceptsDrag(&text));
}
