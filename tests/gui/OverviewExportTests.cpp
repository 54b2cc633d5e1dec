// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "app/overview/CofundingBalanceModel.h"
#include "gui/overview/OverviewDetailPanel.h"
#include "gui/overview/OverviewExportActions.h"

#include <QAction>
#include <QMainWindow>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>

using namespace fhb;
using gui::OverviewExportActions;

namespace {

QByteArray tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

/// A window with the flat model standing in for the matrix, and the detail panel on Sydnärke.
struct ExportFixture {
    test::DemoFixture f;
    Dataset data = app::demoDataset().value();
    app::CofundingBalanceModel model;
    QMainWindow window;
    gui::OverviewDetailPanel *panel = new gui::OverviewDetailPanel(&window);
    OverviewExportActions *actions = nullptr;
    ExportFixture()
    {
        model.setDataset(data);
        window.setCentralWidget(panel);
        panel->showRow(data, QStringLiteral("Överenskommelse Sydnärke 2024–2029"), QStringLiteral("Sydnärke"));
        gui::OverviewExportSource source;
        source.matrix = [this] { return &model; };
        source.rows = [this] { return &model; };
        source.title = [] { return QStringLiteral("Samverkansöversikt 2018–2029"); };
        source.subtitle = [] { return QStringLiteral("Alla delregioner"); };
        source.chart = [this] { return panel->chartPainter(); };
        source.chartTitle = [this] { return panel->heading(); };
        actions = new OverviewExportActions(&window, f.settings, std::move(source));
    }
};

} // namespace

TEST_CASE("overview export actions have Swedish texts with mnemonics and propose a named file", "[gui][export]")
{
    ExportFixture x;
    CHECK(x.actions->excelAction()->text() == QStringLiteral("Exportera till &Excel…"));
    CHECK(x.actions->csvAction()->text() == QStringLiteral("Exportera till &CSV…"));
    CHECK(x.actions->pdfAction()->text() == QStringLiteral("Exportera till &PDF…"));
    CHECK(x.actions->actions().size() == 3);

    x.f.settings.setLastExportDirectory(x.f.scratch.dir());
    CHECK(x.actions->proposedFilePath(OverviewExportActions::Format::Excel)
          == x.f.scratch.path(QStringLiteral("Samverkansöversikt 2018–2029.xlsx")));
    CHECK(x.actions->proposedFilePath(OverviewExportActions::Format::Pdf).endsWith(QStringLiteral("2018–2029.pdf")));
}

TEST_CASE("overview export writes Excel CSV and PDF and says so in the status bar", "[gui][export]")
{
    ExportFixture x;
    QSignalSpy said(x.actions, &OverviewExportActions::statusMessage);
    const QString xlsx = x.f.scratch.path(QStringLiteral("översikt.xlsx"));
    REQUIRE(x.actions->exportTo(OverviewExportActions::Format::Excel, xlsx));
    const QString workbook = QString::fromUtf8(tool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx,
                                                                              QStringLiteral("xl/workbook.xml")}));
    CHECK(workbook.contains(QStringLiteral("name=\"Översikt\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Rader\"")));
    REQUIRE(said.count() == 1);
    CHECK(said.at(0).at(0).toString().contains(QStringLiteral("översikt.xlsx")));
    CHECK(x.window.statusBar()->currentMessage().contains(QStringLiteral("översikt.xlsx")));
    CHECK(x.f.settings.lastExportDirectory() == x.f.scratch.dir());

    const QString csv = x.f.scratch.path(QStringLiteral("översikt.csv"));
    REQUIRE(x.actions->exportTo(OverviewExportActions::Format::Csv, csv));
    CHECK(test::readFile(csv).startsWith("\xEF\xBB\xBF" "Avtal;Part;År;"));

    const QString pdf = x.f.scratch.path(QStringLiteral("översikt.pdf"));
    REQUIRE(x.actions->exportTo(OverviewExportActions::Format::Pdf, pdf));
    const QString text = test::plainSpaces(QString::fromUtf8(tool(QStringLiteral("pdftotext"),
                                                                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")})));
    CHECK(text.contains(QStringLiteral("Samverkansöversikt 2018–2029")));
    CHECK(text.contains(QStringLiteral("Alla delregioner · utdrag")));
    CHECK(text.contains(QStringLiteral("Sydnärke 2024–2029 – Sydnärke")));
    // The chart is drawn as vectors: its legend and axis title are text in the PDF.
    CHECK(text.contains(QStringLiteral("Ackumulerat saldo")));
    CHECK(text.contains(QStringLiteral("1 000 000")));
    if (const QByteArray dir = qgetenv("FHB_EXPORT_PDF"); !dir.isEmpty())
        QFile::copy(pdf, QString::fromLocal8Bit(dir));
}

TEST_CASE("overview export tells why a file could not be written", "[gui][export]")
{
    ExportFixture x;
    QString shown;
    test::whenModal([&shown](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            shown = box->text();
        test::clickButton(dialog, QDialogButtonBox::Ok);
    });
    CHECK_FALSE(x.actions->exportTo(OverviewExportActions::Format::Excel,
                                    x.f.scratch.path(QStringLiteral("saknas/översikt.xlsx"))));
    CHECK(shown.contains(QStringLiteral("översikt.xlsx")));
    CHECK(shown.contains(QStringLiteral("Kontrollera")));
}

TEST_CASE("overview export onto the open database is refused with a message and the database is unchanged", "[gui][export]")
{
    ExportFixture x;
    const QString db = x.f.path;
    const QByteArray before = test::readFile(db);
    QString shown;
    test::whenModal([&shown](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            shown = box->text();
        test::clickButton(dialog, QDialogButtonBox::Ok);
    });
    CHECK_FALSE(x.actions->exportTo(OverviewExportActions::Format::Csv, db));
    CHECK(shown.contains(QStringLiteral("databas")));
    CHECK(shown.contains(QStringLiteral("Ingenting har ändrats")));
    CHECK(test::readFile(db) == before);
}
