// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutText.h"
#include "FileDropHandler.h"
#include "HelpViewer.h"
#include "NavigatorView.h"
#include "PartiesDialog.h"
#include "SettingsDialog.h"
#include "gui/agreement/AgreementEditor.h"
#include "gui/exchange/ReportFileActions.h"
#include "gui/i18n/Translations.h"
#include "gui/ledger/LedgerImportActions.h"
#include "gui/overview/OverviewView.h"
#include "gui/pdf/PdfActions.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/report/FindingsPanel.h"
#include "gui/report/HistoryPanel.h"
#include "gui/report/ReportActions.h"
#include "gui/widgets/LanguageChange.h"
#include "app/Icons.h"
#include "app/NavigatorModel.h"
#include "app/Settings.h"
#include "app/agreement/AgreementDocument.h"
#include "app/report/ReportDocument.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QShortcut>
#include <QTimer>
#include <QUndoGroup>

namespace fhb::gui {

using app::IconId;

MainWindow::MainWindow(app::Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_navigatorModel(new app::NavigatorModel(this))
    , m_reloadTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // DejaVu Sans draws the dots of Ö a pixel above the font's ascent: a label laid out at
    // exactly one line's height would cut them off ("Orebro"). A pixel of room keeps them.
    setStyleSheet(QStringLiteral("QLabel { padding-top: 1px; }"));
    setWindowIcon(app::icon(IconId::Application));
    m_ui->navigatorView->setNavigatorModel(m_navigatorModel);
    m_ui->bannerIcon->setPixmap(app::icon(IconId::ReadOnly).pixmap(20, 20));
    m_ui->readOnlyBanner->hide();

    m_overview = new OverviewView(this);
    m_overview->setUpExports(m_settings);
    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    // Edits are committed one by one; the navigator and overview follow a moment later.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { reloadDataset(false); });
    setUpActions();
    setUpFileActions();
    setUpDocks();
    retranslate();
    connect(m_ui->documentTabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(&m_session, &app::Session::workspaceChanged, this, &MainWindow::showWorkspace);
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        retranslate();
        refresh();
        showFindings();
    });

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1400, 860);
    // Room for the history's five columns until the user arranges the docks.
    resizeDocks({m_ui->checksDock}, {280}, Qt::Horizontal);
    restoreState(m_settings.windowState());
    refresh();
}

MainWindow::~MainWindow()
{
    // Editors own documents that refer to the workspace's database: they go first.
    m_documents->closeAll();
}

void MainWindow::setTranslations(Translations *translations)
{
    m_translations = translations;
}

void MainWindow::setUpActions()
{
    m_ui->actionQuit->setIcon(app::icon(IconId::Quit));
    m_ui->actionAbout->setIcon(app::icon(IconId::About));
    m_ui->actionShowOverview->setIcon(app::icon(IconId::Overview));
    m_ui->actionNewReport->setIcon(app::icon(IconId::NewReport));
    m_ui->actionSubmit->setIcon(app::icon(IconId::Submit));
    m_ui->actionApprove->setIcon(app::icon(IconId::Approve));
    m_ui->actionReopen->setIcon(app::icon(IconId::Reopen));
    m_ui->actionSettings->setIcon(app::icon(IconId::Settings));
    m_ui->actionParties->setIcon(app::icon(IconId::Parties));
    m_ui->actionUserGuide->setIcon(app::icon(IconId::Help));

    m_reportActions = new ReportActions(this, m_session, {m_ui->actionSubmit, m_ui->actionApprove, m_ui->actionReopen});
    QAction *firstEdit = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertActions(firstEdit, {m_reportActions->undoAction(), m_reportActions->redoAction()});
    m_ui->mainToolBar->insertActions(m_ui->actionSubmit, {m_reportActions->undoAction(), m_reportActions->redoAction()});
    m_ui->mainToolBar->insertSeparator(m_ui->actionSubmit);
    connect(m_reportActions, &ReportActions::statusMessage, this, [this](const QString &message) { showMessage(message, 8000); });
    connect(m_reportActions, &ReportActions::reportStatusChanged, this, [this] { reloadDataset(true); });

    m_documents = new DocumentTabs(this, m_ui->documentTabs, m_overview, m_session, *m_reportActions, m_ui->navigatorView);
    connect(m_documents, &DocumentTabs::documentEdited, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_documents, &DocumentTabs::datasetChanged, this, [this] { reloadDataset(true); });
    connect(m_documents, &DocumentTabs::currentFindingsChanged, this, &MainWindow::showFindings);
    connect(m_documents, &DocumentTabs::statusMessage, this, &MainWindow::showMessage);
    m_databaseActions = new DatabaseActions(this, m_settings, m_session,
                                            {m_ui->actionNewDatabase, m_ui->actionOpenDatabase, m_ui->menuRecentFiles});
    connect(m_databaseActions, &DatabaseActions::statusMessage, this, [this](const QString &message) { showMessage(message, 8000); });

    setUpPdfActions();
    m_ledgerImport = new LedgerImportActions(this, m_session, m_ui->navigatorView, *m_documents);
    m_ui->menuFile->insertAction(m_ui->actionParties, m_ledgerImport->importAction());
    const QList<QAction *> tools = m_ui->mainToolBar->actions();
    m_ui->mainToolBar->insertAction(tools.value(tools.indexOf(m_ui->actionNewReport) + 1), m_ledgerImport->importAction());
    connect(m_ledgerImport, &LedgerImportActions::datasetChanged, this, [this] { reloadDataset(true); });
    connect(m_ledgerImport, &LedgerImportActions::statusMessage, this, [this](const QString &message) { showMessage(message); });

    connect(m_ui->actionNewReport, &QAction::triggered, m_documents, &DocumentTabs::createReport);
    connect(m_ui->actionParties, &QAction::triggered, this, &MainWindow::showParties);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowOverview, &QAction::triggered, m_documents, &DocumentTabs::showOverview);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // Everything is saved as it happens; Ctrl+S only says so.
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        showMessage(tr("Allt sparas redan medan du arbetar: det finns inget att spara."), 5000);
    });
}

// PDF export, print and batch export (PdfActions): Arkiv menu, toolbar, archive info in the status bar.
void MainWindow::setUpPdfActions()
{
    m_pdfActions = new PdfActions(this, m_settings, m_session);
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
    connect(m_pdfActions, &PdfActions::statusMessage, this, [this](const QString &message) { showMessage(message); });
}

// Report files (ReportFileActions): export one for submission, import received ones; dropped files.
void MainWindow::setUpFileActions()
{
    m_reportFileActions = new ReportFileActions(this, m_settings, m_session);
    m_ui->menuFile->insertActions(m_ui->actionQuit, m_reportFileActions->menuActions());
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_reportFileActions, &ReportFileActions::statusMessage, this, [this](const QString &message) { showMessage(message); });
    connect(m_reportFileActions, &ReportFileActions::reportAboutToBeReplaced, m_documents, &DocumentTabs::closeReport);
    connect(m_reportFileActions, &ReportFileActions::reportsImported, this, [this] { reloadDataset(true); });
    m_fileDrops = new FileDropHandler(this);
    // Queued: the preview dialog and the wizard are modal and must not run inside the drop event.
    connect(m_fileDrops, &FileDropHandler::reportFilesDropped, m_reportFileActions, &ReportFileActions::importFiles,
            Qt::QueuedConnection);
    connect(m_fileDrops, &FileDropHandler::ledgerFileDropped, m_ledgerImport, &LedgerImportActions::importLedgerFile,
            Qt::QueuedConnection);
}

void MainWindow::setUpDocks()
{
    QAction *toggleNavigator = m_ui->navigatorDock->toggleViewAction();
    toggleNavigator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *toggleChecks = m_ui->checksDock->toggleViewAction();
    toggleChecks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    QAction *toggleHistory = m_ui->historyDock->toggleViewAction();
    toggleHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    m_ui->menuView->addActions({toggleNavigator, toggleChecks, toggleHistory, m_ui->mainToolBar->toggleViewAction()});
    connect(m_ui->findingsPanel, &FindingsPanel::fieldRequested, this, [this](const QString &field) {
        if (AnnualReportEditor *editor = currentReportEditor())
            editor->focusField(field);
    });
}

void MainWindow::retranslate()
{
    m_ui->navigatorDock->toggleViewAction()->setText(tr("&Navigator"));
    m_ui->checksDock->toggleViewAction()->setText(tr("&Kontroller"));
    m_ui->historyDock->toggleViewAction()->setText(tr("&Historik"));
    m_ui->mainToolBar->toggleViewAction()->setText(tr("&Verktygsfält"));
    m_documents->retranslate();
    m_databaseActions->retranslate();
    m_reportActions->retranslate();
    m_pdfActions->retranslate();
    m_reportFileActions->retranslate();
    m_ledgerImport->retranslate();
}

NavigatorView *MainWindow::navigatorView() const
{
    return m_ui->navigatorView;
}

FindingsPanel *MainWindow::findingsPanel() const
{
    return m_ui->findingsPanel;
}

HistoryPanel *MainWindow::historyPanel() const
{
    return m_ui->historyPanel;
}

QToolBar *MainWindow::mainToolBar() const
{
    return m_ui->mainToolBar;
}

bool MainWindow::isReadOnlyBannerVisible() const
{
    return !m_ui->readOnlyBanner->isHidden();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::showMessage(const QString &message, int timeout)
{
    statusBar()->showMessage(message, timeout);
}

void MainWindow::showWorkspace(app::Workspace *workspace)
{
    if (workspace && !workspace->isComplete()) {
        // The overview from the database's sums first, painted now; then every line (docs/performance.md).
        m_overview->setBalances(workspace->dataset(), computeBalances(workspace->dataset(), workspace->reportFigures()));
        m_overview->repaint();
        if (const Status loaded = workspace->reload(); !loaded)
            QMessageBox::warning(this, tr("Databasen kunde inte läsas helt"), loaded.error());
    }
    refresh();
}

void MainWindow::refresh()
{
    const app::Workspace *workspace = m_session.workspace();
    const Dataset empty;
    const Dataset &data = workspace ? workspace->dataset() : empty;
    m_navigatorModel->setDataset(data);
    m_overview->setDataset(data);
    m_ui->actionNewReport->setEnabled(workspace && !workspace->isReadOnly());
    m_ui->actionParties->setEnabled(workspace && !workspace->isReadOnly());
    updateStatus();
    currentTabChanged();
}

void MainWindow::reloadDataset(bool withNavigator)
{
    m_reloadTimer->stop();
    app::Workspace *workspace = m_session.workspace();
    if (!workspace)
        return;
    if (const Status reloaded = workspace->reload(); !reloaded) {
        showMessage(reloaded.error(), 8000);
        return;
    }
    const Dataset &data = workspace->dataset();
    m_overview->setDataset(data);
    for (AnnualReportEditor *editor : m_documents->reportEditors())
        editor->setDataset(data);
    // Rebuilding the navigator collapses it: only when what it shows (statuses, reports) changed.
    if (!withNavigator)
        return;
    m_navigatorModel->setDataset(data);
    if (AnnualReportEditor *editor = currentReportEditor()) {
        const QSignalBlocker blocker(m_ui->navigatorView->selectionModel());
        m_ui->navigatorView->selectReport(editor->party(), editor->year());
    }
}

void MainWindow::updateStatus()
{
    const app::Workspace *workspace = m_session.workspace();
    if (!workspace) {
        setWindowTitle(tr("Folkhälsobok"));
        m_statusLabel->setText(tr("Ingen databas är öppen: välj Arkiv → Öppna… eller Arkiv → Ny databas…"));
        m_ui->readOnlyBanner->hide();
        return;
    }
    const bool readOnly = workspace->isReadOnly();
    setWindowTitle(tr("%1 — Folkhälsobok").arg(workspace->fileName()));
    m_statusLabel->setText(tr("%1 · användare %2 · %3")
                               .arg(workspace->fileName(), workspace->userName(),
                                    readOnly ? tr("Skrivskyddad") : tr("Skrivbar")));
    m_statusLabel->setToolTip(QDir::toNativeSeparators(workspace->path()));
    m_ui->readOnlyBanner->setVisible(readOnly);
    if (readOnly) {
        // Storage's reason already says why and what to do; ours is only the fallback.
        const QString reason = workspace->readOnlyReason();
        m_ui->bannerText->setText(reason.isEmpty()
                                      ? tr("Databasen är öppnad skrivskyddad: du kan läsa allt men inte ändra något.")
                                      : reason);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Om Folkhälsobok"), AboutText::html(m_session.workspace()));
}

void MainWindow::showSettings()
{
    if (!m_translations) {
        m_translations = new Translations(this);
        m_translations->setLanguage(m_settings.language());
    }
    SettingsDialog dialog(m_settings, *m_translations, this);
    dialog.exec();
}

void MainWindow::showParties()
{
    if (!m_session.workspace())
        return;
    PartiesDialog dialog(m_session.workspace()->database(), this);
    bool changed = false;
    connect(&dialog, &PartiesDialog::partiesChanged, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed)
        reloadDataset(true);
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpViewer(this);
    QWidget *page = m_ui->documentTabs->currentWidget();
    QString section = tr("Översikten");
    if (qobject_cast<AnnualReportEditor *>(page))
        section = tr("Årsredovisningen");
    else if (qobject_cast<AgreementEditor *>(page))
        section = tr("Avtalet");
    m_help->show();
    m_help->raise();
    m_help->showSection(section);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

void MainWindow::currentTabChanged()
{
    AnnualReportEditor *editor = currentReportEditor();
    m_reportActions->setCurrentEditor(editor);
    if (auto *agreement = qobject_cast<AgreementEditor *>(m_ui->documentTabs->currentWidget()))
        m_reportActions->undoGroup()->setActiveStack(agreement->document()->undoStack());
    m_pdfActions->setCurrentEditor(editor);
    m_reportFileActions->setCurrentEditor(editor);
    m_ledgerImport->setCurrentEditor(editor);
    m_ui->historyPanel->setDocument(editor ? editor->document() : nullptr, editor ? editor->shortTitle() : QString());
    showFindings();
}

void MainWindow::showFindings()
{
    if (AnnualReportEditor *editor = currentReportEditor())
        m_ui->findingsPanel->setFindings(editor->findings(), editor->shortTitle());
    else
        m_ui->findingsPanel->clear();
}

} // namespace fhb::gui
