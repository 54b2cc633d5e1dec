// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/pdf/AnnualReportExport.h"
#include "app/report/ReportDocument.h"
#include "app/exchange/ReportFingerprint.h"
#include "app/demo/SyntheticCounty.h"
#include "app/Workspace.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/pdf/ArchiveInfoLabel.h"
#include "gui/pdf/BatchExportDialog.h"
#include "gui/DocumentTabs.h"
#include "gui/MainWindow.h"
#include "gui/pdf/PdfActions.h"
#include "gui/i18n/Translations.h"
#include "storage/dataset/DatasetStore.h"
#include "storage/ReportStore.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QStatusBar>
#include <QToolBar>

using namespace fhb;
using gui::MainWindow;

namespace {

const QString kOrebro = QStringLiteral("Örebro kommun");

using test::action;

// The text of a PDF as pdftotext reads it, with plain spaces.
QString pdfText(const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return test::plainSpaces(QString::fromUtf8(process.readAllStandardOutput()));
}

QString pdfInfo(const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/pdfinfo"), {file});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList pdfFilesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

// A small synthetic county (every counterparty and member reports for each year) in a
// database of its own, opened as the main window opens it.
struct CountyFixture {
    test::Scratch scratch;
    app::Settings settings{scratch.path(QStringLiteral("settings.ini"))};
    std::unique_ptr<app::Workspace> workspace;
    int reports2025 = 0;

    explicit CountyFixture(int years = 1)
    {
        const QString path = test::makeDatabase(scratch, QStringLiteral("county.db"), false);
        app::SyntheticCountyOptions options;
        options.parties = 6;
        options.years = years;
        options.lines = 4;
        const Dataset data = app::SyntheticCounty(options).generate();
        {
            auto opened = app::Workspace::open(path);
            REQUIRE(opened.ok());
            REQUIRE(storage::DatasetStore(opened.value()->database()).import(data).ok());
        }
        auto opened = app::Workspace::open(path);
        REQUIRE(opened.ok());
        workspace = std::move(opened.value());
        for (const AnnualReport &report : workspace->dataset().reports)
            reports2025 += report.year == 2025 ? 1 : 0;
        REQUIRE(reports2025 >= 4);
    }
    QString out() const { return scratch.path(QStringLiteral("ut")); }
};

void approveReport(storage::Database &db, qint64 id)
{
    storage::ReportStore store(db);
    REQUIRE(store.setStatus(id, ReportStatus::Submitted).ok());
    REQUIRE(store.setStatus(id, ReportStatus::Approved).ok());
}

} // namespace

TEST_CASE("Exportera PDF writes the open report to the file chosen in the save dialog", "[gui][pdf]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    REQUIRE(window.openReport(kOrebro, 2023));
    const QString target = f.scratch.path(QStringLiteral("Örebro.pdf"));
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
    action(window, "actionExportPdf")->trigger();
    QApplication::processEvents();

    CHECK(QFileInfo(proposed).fileName() == QStringLiteral("Årsredovisning 2023 – Örebro kommun.pdf"));
    REQUIRE(QFileInfo::exists(target));
    const QString text = pdfText(target);
    CHECK(text.contains(QStringLiteral("Kommunens insats")));
    CHECK(text.contains(QStringLiteral("2 632 000")));
    CHECK(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)));
    // The folder is remembered for the next export.
    CHECK(f.settings.lastExportDirectory() == QFileInfo(target).absolutePath());
    CHECK(window.pdfActions()->proposedFilePath()
          == QDir(f.scratch.dir()).filePath(QStringLiteral("Årsredovisning 2023 – Örebro kommun.pdf")));
}

TEST_CASE("the proposed file name is the report's title and never holds characters file systems refuse", "[gui][pdf]")
{
    CHECK(gui::PdfActions::proposedFileName(2023, kOrebro) == QStringLiteral("Årsredovisning 2023 – Örebro kommun.pdf"));
    CHECK(gui::PdfActions::proposedFileName(2024, QStringLiteral("RF/SISU: Örebro?"))
          == QStringLiteral("Årsredovisning 2024 – RF-SISU- Örebro-.pdf"));
}

TEST_CASE("the PDF actions are disabled until a report is open and sit in the Arkiv menu and toolbar", "[gui][pdf]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    QAction *exportPdf = action(window, "actionExportPdf");
    CHECK_FALSE(exportPdf->isEnabled());
    CHECK_FALSE(action(window, "actionPrint")->isEnabled());
    CHECK(action(window, "actionBatchExportPdf")->isEnabled());
    CHECK(exportPdf->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    CHECK(window.mainToolBar()->actions().contains(exportPdf));
    auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
    REQUIRE(file);
    for (const char *name : {"actionExportPdf", "actionBatchExportPdf", "actionPrintPreview", "actionPrint"})
        CHECK(file->actions().contains(action(window, name)));
    REQUIRE(window.openReport(kOrebro, 2023));
    CHECK(exportPdf->isEnabled());
    CHECK(action(window, "actionPrintPreview")->isEnabled());
    window.documents()->showOverview();
    CHECK_FALSE(exportPdf->isEnabled());
}

TEST_CASE("a PDF that cannot be written is explained in a message box", "[gui][pdf]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    REQUIRE(window.openReport(kOrebro, 2023));
    QString shown;
    test::whenModal([&shown](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            shown = box->text();
        test::clickButton(dialog, QDialogButtonBox::Ok);
        dialog->close();
    });
    CHECK_FALSE(window.pdfActions()->exportPdfTo(f.scratch.path(QStringLiteral("finns-inte/rapport.pdf"))));
    CHECK(shown.contains(QStringLiteral("kunde inte skrivas")));
    CHECK(f.settings.lastExportDirectory().isEmpty());
}

TEST_CASE("the print preview shows every page of the report", "[gui][pdf]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    REQUIRE(window.openReport(kOrebro, 2023));
    int previewPages = -1;
    QString title;
    test::whenModal([&previewPages, &title](QWidget *dialog) {
        title = dialog->windowTitle();
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
            preview->updatePreview();
            previewPages = preview->pageCount();
        }
        dialog->close();
    });
    window.pdfActions()->printPreview();
    const auto pdf = window.pdfActions()->currentPdf();
    REQUIRE(pdf.ok());
    CHECK(previewPages == pdf->pageCount(QPrinter(QPrinter::HighResolution).resolution()));
    CHECK(previewPages >= 1);
    CHECK(title.contains(QStringLiteral("Årsredovisning 2023 – Örebro kommun")));
}

TEST_CASE("printing paints the report on A4 in full-page mode with the same text as the PDF", "[gui][pdf]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    REQUIRE(window.openReport(kOrebro, 2023));
    const QString target = f.scratch.path(QStringLiteral("utskrift.pdf"));
    test::whenModal([target](QWidget *dialog) {
        auto *print = qobject_cast<QPrintDialog *>(dialog);
        if (!print) {
            dialog->close();
            return;
        }
        print->printer()->setOutputFormat(QPrinter::PdfFormat);
        print->printer()->setOutputFileName(target);
        print->done(QDialog::Accepted);
    });
    CHECK(window.pdfActions()->print());
    REQUIRE(QFileInfo::exists(target));
    const QString text = pdfText(target);
    CHECK(text.contains(QStringLiteral("Kommunens insats")));
    CHECK(text.contains(QStringLiteral("2 632 000")));
    CHECK(text.contains(QStringLiteral("Sida 1 av")));
    CHECK(pdfInfo(target).contains(QStringLiteral("(A4)")));
}

TEST_CASE("a printer is made ready for the report in full-page mode on A4 without margins", "[gui][pdf]")
{
    const auto data = app::demoDataset();
    REQUIRE(data.ok());
    const app::AnnualReportPdf pdf(*data, *data->report(kOrebro, 2023));
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(false);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    gui::PdfActions::preparePrinter(printer, pdf);
    CHECK(printer.fullPage());
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    CHECK(printer.pageLayout().margins() == QMarginsF());
    CHECK(printer.docName() == QStringLiteral("Årsredovisning 2023 – Örebro kommun"));
}

TEST_CASE("the batch export dialog proposes the latest year and writes one PDF per report", "[gui][pdf]")
{
    CountyFixture f(2);
    gui::BatchExportDialog dialog(f.workspace->database(), f.workspace->dataset(), f.settings);
    dialog.show();
    CHECK(dialog.year() == 2025);
    CHECK(dialog.reportCount() == f.reports2025);
    CHECK_FALSE(dialog.approvedOnly());
    dialog.setDirectory(f.out());
    QList<int> seen;
    QObject::connect(&dialog, &gui::BatchExportDialog::progressed, [&seen](int done, int) { seen << done; });

    const gui::BatchExportSummary &summary = dialog.startExport();
    CHECK(summary.written.size() == f.reports2025);
    CHECK(summary.failed.isEmpty());
    CHECK(summary.notWritten.isEmpty());
    CHECK(pdfFilesIn(f.out()).size() == f.reports2025);
    CHECK(seen.size() == f.reports2025 + 1);
    CHECK(dialog.isShowingSummary());
    const QStringList lines = dialog.resultLines();
    CHECK(lines.size() == f.reports2025);
    CHECK(lines.filter(QStringLiteral("Skriven: Årsredovisning 2025 ")).size() == f.reports2025);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text().startsWith(QStringLiteral("Klart.")));
    CHECK(f.settings.lastExportDirectory() == QDir(f.out()).absolutePath());
}

TEST_CASE("cancelling the progress dialog stops the batch export early", "[gui][pdf]")
{
    CountyFixture f;
    gui::BatchExportDialog dialog(f.workspace->database(), f.workspace->dataset(), f.settings);
    dialog.show();
    dialog.setDirectory(f.out());
    QObject::connect(&dialog, &gui::BatchExportDialog::progressed, &dialog, [&dialog](int done, int) {
        if (done == 2)
            dialog.findChild<QProgressDialog *>(QStringLiteral("batchExportProgress"))->cancel();
    });
    const gui::BatchExportSummary &summary = dialog.startExport();
    CHECK(summary.cancelled);
    CHECK(summary.written.size() == 2);
    CHECK(pdfFilesIn(f.out()).size() == 2);
    CHECK(summary.notWritten.size() == f.reports2025 - 2);
    CHECK(dialog.resultLines().filter(QStringLiteral("(exporten avbröts)")).size() == f.reports2025 - 2);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text().startsWith(QStringLiteral("Exporten avbröts.")));
}

TEST_CASE("batch export of approved reports only leaves the drafts out and says so", "[gui][pdf]")
{
    CountyFixture f;
    const AnnualReport first = f.workspace->dataset().reports.first();
    approveReport(f.workspace->database(), first.id);
    REQUIRE(f.workspace->reload().ok());
    gui::BatchExportDialog dialog(f.workspace->database(), f.workspace->dataset(), f.settings);
    dialog.setDirectory(f.out());
    dialog.setApprovedOnly(true);
    CHECK(dialog.reportCount() == 1);
    const gui::BatchExportSummary &summary = dialog.startExport();
    REQUIRE(summary.written.size() == 1);
    CHECK(QFileInfo(summary.written.first()).fileName() == app::AnnualReportPdf::fileName(first));
    CHECK(summary.skipped == f.reports2025 - 1);
    CHECK(pdfFilesIn(f.out()) == QStringList{app::AnnualReportPdf::fileName(first)});
}

TEST_CASE("a report that cannot be written does not stop the batch and the summary names it with the reason", "[gui][pdf]")
{
    CountyFixture f;
    const QStringList parties = gui::BatchExport::partiesToExport(f.workspace->dataset(), 2025, false);
    REQUIRE(parties.size() == f.reports2025);
    // A database where the third report's file should go: no export overwrites it.
    const AnnualReport *third = f.workspace->dataset().report(parties.at(2), 2025);
    REQUIRE(third);
    const QString taken = QDir(f.out()).filePath(app::AnnualReportPdf::fileName(*third));
    REQUIRE(QDir().mkpath(f.out()));
    REQUIRE(QFile::copy(f.workspace->database().path(), taken));

    const gui::BatchExportSummary summary = gui::BatchExport::run(f.workspace->database(), f.workspace->dataset(),
                                                                  {2025, f.out(), false});
    CHECK(summary.written.size() == f.reports2025 - 1);
    REQUIRE(summary.failed.size() == 1);
    CHECK(summary.failed.first().party == parties.at(2));
    CHECK(summary.failed.first().reason.contains(QStringLiteral("kunde inte skrivas")));
    CHECK(summary.failed.first().reason.contains(QStringLiteral("databas")));
    CHECK(summary.notWritten.isEmpty());
    for (const QString &file : summary.written)
        CHECK(QFileInfo::exists(file));
    CHECK(test::readFile(taken).startsWith("SQLite format 3"));
    CHECK(gui::BatchExport::headline(summary).startsWith(QStringLiteral("Exporten är klar, men inte allt kunde skrivas.")));
}

TEST_CASE("a batch name taken by a folder or a symlink is passed over and the report gets its own file", "[gui][pdf]")
{
    CountyFixture f;
    const QStringList parties = gui::BatchExport::partiesToExport(f.workspace->dataset(), 2025, false);
    const AnnualReport *first = f.workspace->dataset().report(parties.at(0), 2025);
    const AnnualReport *second = f.workspace->dataset().report(parties.at(1), 2025);
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(QDir().mkpath(QDir(f.out()).filePath(app::AnnualReportPdf::fileName(*first))));
    const QString victim = f.scratch.path(QStringLiteral("offer.txt"));
    test::writeFile(victim, "orörd");
    REQUIRE(QFile::link(victim, QDir(f.out()).filePath(app::AnnualReportPdf::fileName(*second))));
    gui::BatchExportDialog dialog(f.workspace->database(), f.workspace->dataset(), f.settings);
    dialog.setDirectory(f.out());
    const gui::BatchExportSummary &summary = dialog.startExport();
    CHECK(summary.written.size() == f.reports2025);
    CHECK(summary.failed.isEmpty());
    CHECK(summary.passedOver.size() == 2);
    CHECK(test::readFile(victim) == "orörd");
    CHECK(dialog.resultLines().filter(QStringLiteral("Inte använt: ")).size() == 2);
    for (const QString &file : summary.written)
        CHECK(QFileInfo(file).isFile());
}

TEST_CASE("a batch export into a folder that cannot be made writes nothing and says why", "[gui][pdf]")
{
    CountyFixture f;
    test::writeFile(f.scratch.path(QStringLiteral("fil")), "inte en mapp");
    gui::BatchExportDialog dialog(f.workspace->database(), f.workspace->dataset(), f.settings);
    dialog.setDirectory(f.scratch.path(QStringLiteral("fil/ut")));
    const gui::BatchExportSummary &summary = dialog.startExport();
    CHECK(summary.written.isEmpty());
    REQUIRE(summary.failed.size() == 1);
    CHECK(summary.failed.first().party.isEmpty());
    CHECK(dialog.resultLines().value(0).startsWith(QStringLiteral("Fel: Mappen ")));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text()
          == QStringLiteral("Exporten kunde inte påbörjas. Inga filer skrevs."));
}

TEST_CASE("an approved report shows the version and fingerprint of its PDF footer", "[gui][pdf]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    gui::AnnualReportEditor *editor = window.openReport(kOrebro, 2023);
    REQUIRE(editor);
    gui::ArchiveInfoLabel *label = window.findChild<gui::ArchiveInfoLabel *>();
    REQUIRE(label);
    CHECK(label->isHidden());

    REQUIRE(editor->document()->approve().ok());
    QApplication::processEvents();
    const auto pdf = app::loadAnnualReportPdf(window.workspace()->database(), kOrebro, 2023);
    REQUIRE(pdf.ok());
    REQUIRE(pdf->version() == 1);
    REQUIRE(pdf->fingerprint().size() == 64);
    const QString expected = QStringLiteral("Version 1 · SHA-256 ") + app::groupedFingerprint(pdf->fingerprint());
    CHECK_FALSE(label->isHidden());
    CHECK(label->text() == expected);

    // The same line stands in the footer of the exported file.
    const QString file = f.scratch.path(QStringLiteral("godkänd.pdf"));
    REQUIRE(window.pdfActions()->exportPdfTo(file));
    CHECK(pdfText(file).contains(test::plainSpaces(expected)));

    // A draft has no fingerprint: reopening hides it again.
    REQUIRE(editor->document()->reopen(QStringLiteral("Rättelse")).ok());
    QApplication::processEvents();
    CHECK(label->isHidden());
}

namespace {

// Saves the part `area` of the screen as `name` in FHB_SCREENSHOT_DIR (docs/images). Under
// X11 (xvfb-run with a window manager and QT_QPA_PLATFORM=xcb) the screen is taken with
// `import -window root`; elsewhere the windows are drawn where they stand. Checks that the
// picture has real content.
void captureScreen(const QList<QWidget *> &windows, QRect area, const QString &name, const test::Scratch &scratch)
{
    QTest::qWait(300);
    QApplication::processEvents();
    area &= QRect(0, 0, 1400, 900);
    const QString file = scratch.path(name);
    if (QGuiApplication::platformName() == QStringLiteral("xcb")) {
        const QString crop = QStringLiteral("%1x%2+%3+%4").arg(area.width()).arg(area.height()).arg(area.x()).arg(area.y());
        REQUIRE(QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                             QStringLiteral("-crop"), crop, QStringLiteral("+repage"), file})
                == 0);
    } else {
        QImage screen(area.size(), QImage::Format_RGB32);
        screen.fill(QColor(0x40, 0x46, 0x4f));
        QPainter painter(&screen);
        for (QWidget *window : windows)
            painter.drawPixmap(window->geometry().topLeft() - area.topLeft(), window->grab());
        painter.end();
        REQUIRE(screen.save(file));
    }
    const QImage image(file);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 100);
    const QByteArray dir = qgetenv("FHB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString copy = QDir(QString::fromLocal8Bit(dir)).filePath(name);
        QFile::remove(copy);
        REQUIRE(QFile::copy(file, copy));
    }
}

// The dialog with a margin of the main window around it.
QRect around(const QWidget *widget)
{
    return widget->frameGeometry().adjusted(-40, -30, 40, 30);
}

} // namespace

TEST_CASE("the batch export dialog its progress and its summary render real content", "[gui][pdf][screenshot]")
{
    gui::Translations swedish;
    swedish.setLanguage(QStringLiteral("sv"));
    CountyFixture f;
    MainWindow window(f.settings);
    window.session().setWorkspace(std::move(f.workspace));
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    const QStringList parties = gui::BatchExport::partiesToExport(window.workspace()->dataset(), 2025, false);
    gui::AnnualReportEditor *editor = window.openReport(parties.first(), 2025);
    REQUIRE(editor);

    gui::BatchExportDialog dialog(window.workspace()->database(), window.workspace()->dataset(), f.settings, &window);
    dialog.setDirectory(f.scratch.path(QStringLiteral("Dokument/Årsredovisningar 2025")));
    dialog.show();
    captureScreen({&window, &dialog}, around(&dialog), QStringLiteral("batch-export-dialog.png"), f.scratch);

    bool captured = false;
    QObject::connect(&dialog, &gui::BatchExportDialog::progressed, &dialog, [&](int done, int) {
        auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("batchExportProgress"));
        if (done == 3 && progress && !captured) {
            captured = true;
            captureScreen({&window, &dialog, progress}, around(&dialog).united(around(progress)),
                          QStringLiteral("batch-export-progress.png"), f.scratch);
        }
    });
    const gui::BatchExportSummary &summary = dialog.startExport();
    CHECK(captured);
    CHECK(summary.written.size() == parties.size());
    captureScreen({&window, &dialog}, around(&dialog), QStringLiteral("batch-export-summary.png"), f.scratch);
    dialog.close();

    // The archive details of an approved report at the right of the status bar.
    REQUIRE(editor->document()->approve().ok());
    QApplication::processEvents();
    auto *label = window.findChild<gui::ArchiveInfoLabel *>();
    REQUIRE(label);
    CHECK(label->isVisible());
    const QRect bar(window.statusBar()->mapToGlobal(QPoint(0, 0)), window.statusBar()->size());
    captureScreen({&window}, bar.adjusted(0, -50, 0, 6),
                  QStringLiteral("archive-info.png"), f.scratch);
}
