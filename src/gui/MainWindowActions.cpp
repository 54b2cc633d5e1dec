// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's actions: menus, toolbar and the action classes (report workflow, PDF, ledger
// import, report files, drops), kept apart from the window's document and tab handling.
#include "MainWindow.h"

#include "gui/widgets/ActionIcons.h"
#include "gui/report/AnnualReportEditor.h"
#include "FileDropHandler.h"
#include "gui/ledger/LedgerImportActions.h"
#include "NavigatorView.h"
#include "gui/overview/OverviewView.h"
#include "gui/pdf/PdfActions.h"
#include "gui/report/ReportActions.h"
#include "gui/exchange/ReportFileActions.h"
#include "app/Icons.h"
#include "app/report/ReportDocument.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "ui_MainWindow.h"

#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <QTabBar>
#include <QUndoGroup>

namespace fhb::gui {

using app::IconId;

void MainWindow::setUpActions()
{
    m_ui->actionNewDatabase->setIcon(app::icon(IconId::NewDatabase));
    m_ui->actionOpenDatabase->setIcon(app::icon(IconId::OpenDatabase));
    m_ui->actionQuit->setIcon(app::icon(IconId::Quit));
    m_ui->actionAbout->setIcon(app::icon(IconId::About));
    m_ui->actionShowOverview->setIcon(app::icon(IconId::Overview));
    m_ui->actionNewReport->setIcon(actionIcon(ActionIcon::NewReport));
    m_ui->actionSubmit->setIcon(actionIcon(ActionIcon::Submit));
    m_ui->actionApprove->setIcon(actionIcon(ActionIcon::Approve));
    m_ui->actionReopen->setIcon(actionIcon(ActionIcon::Reopen));
    m_ui->actionSettings->setIcon(actionIcon(ActionIcon::Settings));
    m_ui->actionParties->setIcon(actionIcon(ActionIcon::Parties));
    m_ui->actionUserGuide->setIcon(actionIcon(ActionIcon::Help));

    m_reportActions = new ReportActions(this, {m_ui->actionSubmit, m_ui->actionApprove, m_ui->actionReopen});
    QAction *firstEdit = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertActions(firstEdit, {m_reportActions->undoAction(), m_reportActions->redoAction()});
    m_ui->mainToolBar->insertActions(m_ui->actionSubmit, {m_reportActions->undoAction(), m_reportActions->redoAction()});
    m_ui->mainToolBar->insertSeparator(m_ui->actionSubmit);
    connect(m_reportActions, &ReportActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_reportActions, &ReportActions::reportStatusChanged, this, [this] { reloadDataset(true); });
    setUpPdfActions();
    m_ledgerImport = new LedgerImportActions(this, [this] { return m_workspace.get(); }, m_ui->navigatorView,
                                             [this](const QString &party, int year) { return openReport(party, year); });
    m_ui->menuFile->insertAction(m_ui->actionParties, m_ledgerImport->importAction());
    const QList<QAction *> tools = m_ui->mainToolBar->actions();
    m_ui->mainToolBar->insertAction(tools.value(tools.indexOf(m_ui->actionNewReport) + 1), m_ledgerImport->importAction());
    connect(m_ledgerImport, &LedgerImportActions::datasetChanged, this, [this] { reloadDataset(true); });
    connect(m_ledgerImport, &LedgerImportActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::createNewDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_ui->actionNewReport, &QAction::triggered, this, &MainWindow::createReport);
    connect(m_ui->actionParties, &QAction::triggered, this, &MainWindow::showParties);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowOverview, &QAction::triggered, this, &MainWindow::showOverview);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->documentTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_ui->documentTabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_ui->navigatorView, &NavigatorView::reportRequested, this,
            [this](const QString &party, int year) { openReport(party, year); });
    connect(m_ui->navigatorView, &NavigatorView::agreementRequested, this,
            [this](const QString &name) { openAgreement(name); });
    connect(m_overview, &OverviewView::balanceRowActivated, this, &MainWindow::openFromOverview);

    auto *closeCurrent = new QShortcut(QKeySequence::Close, this);
    connect(closeCurrent, &QShortcut::activated, this, [this] { closeTab(m_ui->documentTabs->currentIndex()); });
    // Everything is saved as it happens; Ctrl+S only says so.
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        statusBar()->showMessage(tr("Allt sparas redan medan du arbetar: det finns inget att spara."), 5000);
    });
}

// PDF export, print and batch export (PdfActions): Arkiv menu, toolbar, archive info in the status bar.
void MainWindow::setUpPdfActions()
{
    m_pdfActions = new PdfActions(this, m_settings, [this] { return m_workspace.get(); });
    for (QAction *action : m_pdfActions->menuActions()) {
        if (action)
            m_ui->menuFile->insertAction(m_ui->actionQuit, action);
        else
            m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    }
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    const QList<QAction *> tools = m_ui->mainToolBar->actions();
    const qsizetype overview = tools.indexOf(m_ui->actionShowOverview);
    m_ui->mainToolBar->insertAction(overview > 0 ? tools.at(overview - 1) : m_ui->actionShowOverview,
                                    m_pdfActions->exportAction());
    statusBar()->addPermanentWidget(m_pdfActions->archiveInfoLabel());
    connect(m_pdfActions, &PdfActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
}

// Report files (ReportFileActions): export one for submission, import received ones; dropped files.
void MainWindow::setUpReportFileActions()
{
    m_reportFileActions = new ReportFileActions(this, m_settings, [this] { return m_workspace.get(); });
    m_ui->menuFile->insertActions(m_ui->actionQuit, m_reportFileActions->menuActions());
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_reportFileActions, &ReportFileActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_reportFileActions, &ReportFileActions::reportAboutToBeReplaced, this, [this](const QString &party, int year) {
        closeTab(m_ui->documentTabs->indexOf(findTab(QString(u"report:" % party % u':' % QString::number(year)))));
    });
    connect(m_reportFileActions, &ReportFileActions::reportsImported, this, [this] { reloadDataset(true); });
    m_fileDrops = new FileDropHandler(this);
    // Queued: the preview dialog and the wizard are modal and must not run inside the drop event.
    connect(m_fileDrops, &FileDropHandler::reportFilesDropped, m_reportFileActions, &ReportFileActions::importFiles,
            Qt::QueuedConnection);
    connect(m_fileDrops, &FileDropHandler::ledgerFileDropped, m_ledgerImport, &LedgerImportActions::importLedgerFile,
            Qt::QueuedConnection);
}

} // namespace fhb::gui
