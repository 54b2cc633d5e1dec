// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "AboutText.h"

#include "gui/widgets/ActionIcons.h"
#include "gui/agreement/AgreementEditor.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/report/FindingsPanel.h"
#include "HelpViewer.h"
#include "gui/report/HistoryPanel.h"
#include "NavigatorView.h"
#include "gui/report/NewReportDialog.h"
#include "gui/overview/OverviewView.h"
#include "PartiesDialog.h"
#include "gui/ledger/LedgerImportActions.h"
#include "gui/pdf/PdfActions.h"
#include "FileDropHandler.h"
#include "gui/exchange/ReportFileActions.h"
#include "gui/report/ReportActions.h"
#include "SettingsDialog.h"
#include "gui/i18n/Translations.h"
#include "app/agreement/AgreementDocument.h"
#include "app/Icons.h"
#include "app/NavigatorModel.h"
#include "app/report/ReportDocument.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabBar>
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
    m_ui->documentTabs->addTab(m_overview, app::icon(IconId::Overview), tr("Översikt"));
    // The overview is always there: it has no close button.
    m_ui->documentTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_ui->documentTabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    // Edits are committed one by one; the navigator and overview follow a moment later.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { reloadDataset(false); });
    setUpActions();
    setUpReportFileActions();
    setUpDocks();
    retranslate();

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1400, 860);
    // Room for the history's five columns until the user arranges the docks.
    resizeDocks({m_ui->checksDock}, {280}, Qt::Horizontal);
    restoreState(m_settings.windowState());
    rebuildRecentMenu();
    refresh();
}

MainWindow::~MainWindow()
{
    // Editors own documents that refer to the workspace's database: they go first.
    closeDocumentTabs();
}

void MainWindow::setTranslations(Translations *translations)
{
    m_translations = translations;
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
    m_ui->documentTabs->setTabText(0, tr("Översikt"));
    m_ui->navigatorDock->toggleViewAction()->setText(tr("&Navigator"));
    m_ui->checksDock->toggleViewAction()->setText(tr("&Kontroller"));
    m_ui->historyDock->toggleViewAction()->setText(tr("&Historik"));
    m_ui->mainToolBar->toggleViewAction()->setText(tr("&Verktygsfält"));
    m_reportActions->retranslate();
    m_pdfActions->retranslate();
    m_reportFileActions->retranslate();
    m_ledgerImport->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        rebuildRecentMenu();
        refresh();
        showFindings();
    }
    QMainWindow::changeEvent(event);
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

QTabWidget *MainWindow::documentTabs() const
{
    return m_ui->documentTabs;
}

AnnualReportEditor *MainWindow::currentReportEditor() const
{
    return qobject_cast<AnnualReportEditor *>(m_ui->documentTabs->currentWidget());
}

bool MainWindow::isReadOnlyBannerVisible() const
{
    return !m_ui->readOnlyBanner->isHidden();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

bool MainWindow::openDatabase(const QString &path, const storage::OpenOptions &options)
{
    Result<std::unique_ptr<app::Workspace>> opened =
        app::Workspace::open(path, options, app::Workspace::Load::OverviewFirst);
    if (!opened && opened.errorKind() == ErrorKind::Busy && !options.forceReadOnly)
        return offerReadOnly(path, opened.error());
    if (!opened) {
        QMessageBox::warning(this, tr("Databasen kunde inte öppnas"), opened.error());
        return false;
    }
    setWorkspace(std::move(opened.value()));
    return true;
}

// Someone else is writing: reading is still safe, so offer that instead of a dead end.
bool MainWindow::offerReadOnly(const QString &path, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Databasen används av någon annan"), why, QMessageBox::Cancel, this);
    QPushButton *readOnly = box.addButton(tr("Öppna skrivskyddad"), QMessageBox::AcceptRole);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() != readOnly)
        return false;
    storage::OpenOptions options;
    options.forceReadOnly = true;
    return openDatabase(path, options);
}

void MainWindow::setWorkspace(std::unique_ptr<app::Workspace> workspace)
{
    closeDocumentTabs();
    m_workspace = std::move(workspace);
    if (m_workspace)
        remember(m_workspace->path());
    if (m_workspace && !m_workspace->isComplete()) {
        // The overview from the database's sums first, painted now; then every line (docs/performance.md).
        m_overview->setBalances(m_workspace->dataset(),
                                computeBalances(m_workspace->dataset(), m_workspace->reportFigures()));
        m_overview->repaint();
        if (const Status loaded = m_workspace->reload(); !loaded)
            QMessageBox::warning(this, tr("Databasen kunde inte läsas helt"), loaded.error());
    }
    refresh();
}

void MainWindow::remember(const QString &path)
{
    m_settings.addRecentFile(path);
    m_settings.setLastDatabase(path);
    rebuildRecentMenu();
}

void MainWindow::refresh()
{
    const Dataset empty;
    const Dataset &data = m_workspace ? m_workspace->dataset() : empty;
    m_navigatorModel->setDataset(data);
    m_overview->setDataset(data);
    m_ui->actionNewReport->setEnabled(m_workspace && !m_workspace->isReadOnly());
    m_ui->actionParties->setEnabled(m_workspace && !m_workspace->isReadOnly());
    updateStatus();
    currentTabChanged();
}

void MainWindow::reloadDataset(bool withNavigator)
{
    m_reloadTimer->stop();
    if (!m_workspace)
        return;
    if (const Status reloaded = m_workspace->reload(); !reloaded) {
        statusBar()->showMessage(reloaded.error(), 8000);
        return;
    }
    const Dataset &data = m_workspace->dataset();
    m_overview->setDataset(data);
    for (int i = 1; i < m_ui->documentTabs->count(); ++i)
        if (auto *editor = qobject_cast<AnnualReportEditor *>(m_ui->documentTabs->widget(i)))
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
    if (!m_workspace) {
        setWindowTitle(tr("Folkhälsobok"));
        m_statusLabel->setText(tr("Ingen databas är öppen: välj Arkiv → Öppna… eller Arkiv → Ny databas…"));
        m_ui->readOnlyBanner->hide();
        return;
    }
    const bool readOnly = m_workspace->isReadOnly();
    setWindowTitle(tr("%1 — Folkhälsobok").arg(m_workspace->fileName()));
    m_statusLabel->setText(tr("%1 · användare %2 · %3")
                               .arg(m_workspace->fileName(), m_workspace->userName(),
                                    readOnly ? tr("Skrivskyddad") : tr("Skrivbar")));
    m_statusLabel->setToolTip(QDir::toNativeSeparators(m_workspace->path()));
    m_ui->readOnlyBanner->setVisible(readOnly);
    if (readOnly) {
        // Storage's reason already says why and what to do; ours is only the fallback.
        const QString reason = m_workspace->readOnlyReason();
        m_ui->bannerText->setText(reason.isEmpty()
                                      ? tr("Databasen är öppnad skrivskyddad: du kan läsa allt men inte ändra något.")
                                      : reason);
    }
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuRecentFiles;
    menu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this, [this, file] {
            if (!openDatabase(file) && !QFileInfo::exists(file)) {
                m_settings.removeRecentFile(file);
                rebuildRecentMenu();
            }
        });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty()) {
        menu->addAction(tr("Inga senast öppnade databaser"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Töm listan"), this, [this] {
        m_settings.clearRecentFiles();
        rebuildRecentMenu();
    });
}

void MainWindow::createNewDatabase()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Ny databas"), dir, tr("Folkhälsobok-databas (*.db)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".db"), Qt::CaseInsensitive))
        path += QStringLiteral(".db");
    // An existing file is refused by storage with a message saying so; nothing is overwritten.
    storage::OpenOptions options;
    options.create = true;
    if (openDatabase(path, options))
        statusBar()->showMessage(tr("En ny, tom databas har skapats: %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Öppna databas"), dir,
                                                      tr("Folkhälsobok-databas (*.db);;Alla filer (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Om Folkhälsobok"), AboutText::html(m_workspace.get()));
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
    if (!m_workspace)
        return;
    PartiesDialog dialog(m_workspace->database(), this);
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

void MainWindow::closeDocumentTabs()
{
    // Deleted at once, not later: their documents must not outlive the database.
    for (int i = m_ui->documentTabs->count() - 1; i > 0; --i) {
        QWidget *page = m_ui->documentTabs->widget(i);
        m_ui->documentTabs->removeTab(i);
        delete page;
    }
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_ui->documentTabs->widget(index);
    if (!page || page == m_overview)
        return;
    m_ui->documentTabs->removeTab(index);
    page->deleteLater();
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

QWidget *MainWindow::findTab(const QString &objectName) const
{
    for (int i = 0; i < m_ui->documentTabs->count(); ++i)
        if (m_ui->documentTabs->widget(i)->objectName() == objectName)
            return m_ui->documentTabs->widget(i);
    return nullptr;
}

void MainWindow::addDocumentTab(QWidget *page, const QIcon &icon, const QString &title, const QString &toolTip)
{
    const int index = m_ui->documentTabs->addTab(page, icon, title);
    m_ui->documentTabs->setTabToolTip(index, toolTip);
    m_ui->documentTabs->setCurrentIndex(index);
}

AnnualReportEditor *MainWindow::addReportEditor(app::ReportDocument *document)
{
    auto *editor = new AnnualReportEditor(document, m_workspace->dataset(), m_ui->documentTabs);
    m_reportActions->addEditor(editor);
    connect(editor, &AnnualReportEditor::findingsChanged, this, [this, editor] {
        if (editor == currentReportEditor())
            showFindings();
    });
    connect(editor, &AnnualReportEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(editor, &AnnualReportEditor::reopenRequested, this, [this, editor] {
        if (editor == currentReportEditor())
            m_reportActions->reopen();
    });
    connect(document, &app::ReportDocument::changed, m_reloadTimer, qOverload<>(&QTimer::start));
    addDocumentTab(editor, app::icon(IconId::Report), editor->shortTitle(), editor->title());
    return editor;
}

AnnualReportEditor *MainWindow::openReport(const QString &party, int year)
{
    const AnnualReport *report = m_workspace ? m_workspace->dataset().report(party, year) : nullptr;
    if (!report)
        return nullptr;
    const QString name = QString(u"report:" % party % u':' % QString::number(year));
    if (auto *existing = qobject_cast<AnnualReportEditor *>(findTab(name))) {
        m_ui->documentTabs->setCurrentWidget(existing);
        return existing;
    }
    Result<app::ReportDocument *> opened = app::ReportDocument::open(m_workspace->database(), report->id);
    if (!opened) {
        QMessageBox::warning(this, tr("Årsredovisningen kunde inte öppnas"), opened.error());
        return nullptr;
    }
    return addReportEditor(opened.value());
}

AnnualReportEditor *MainWindow::createReport()
{
    if (!m_workspace)
        return nullptr;
    const AnnualReportEditor *current = currentReportEditor();
    NewReportDialog dialog(m_workspace->dataset(), current ? current->party() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    Result<app::ReportDocument *> created = app::ReportDocument::create(m_workspace->database(), dialog.party(),
                                                                        dialog.year(), dialog.content());
    if (!created) {
        QMessageBox::warning(this, tr("Årsredovisningen kunde inte skapas"), created.error());
        return nullptr;
    }
    if (const Status reloaded = m_workspace->reload(); !reloaded)
        statusBar()->showMessage(reloaded.error(), 8000);
    refresh();
    AnnualReportEditor *editor = addReportEditor(created.value());
    {
        const QSignalBlocker blocker(m_ui->navigatorView->selectionModel());
        m_ui->navigatorView->selectReport(editor->party(), editor->year());
    }
    statusBar()->showMessage(tr("%1 är skapad som utkast.").arg(editor->shortTitle()), 8000);
    return editor;
}

AgreementEditor *MainWindow::openAgreement(const QString &name)
{
    const Agreement *agreement = m_workspace ? m_workspace->dataset().agreement(name) : nullptr;
    if (!agreement)
        return nullptr;
    if (auto *existing = qobject_cast<AgreementEditor *>(findTab(QString(u"agreement:" % name)))) {
        m_ui->documentTabs->setCurrentWidget(existing);
        return existing;
    }
    Result<app::AgreementDocument *> opened = app::AgreementDocument::open(m_workspace->database(), agreement->id);
    if (!opened) {
        QMessageBox::warning(this, tr("Avtalet kunde inte öppnas"), opened.error());
        return nullptr;
    }
    auto *editor = new AgreementEditor(opened.value(), m_workspace->dataset(), m_ui->documentTabs);
    m_reportActions->undoGroup()->addStack(editor->document()->undoStack());
    connect(editor->document(), &app::AgreementDocument::changed, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(editor, &AgreementEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    addDocumentTab(editor, app::icon(IconId::Agreement), editor->shortTitle(), agreement->name);
    return editor;
}

void MainWindow::showOverview()
{
    m_ui->documentTabs->setCurrentWidget(m_overview);
}

void MainWindow::openFromOverview(const QString &party, int year, const QString &agreement)
{
    if (openReport(party, year))
        m_ui->navigatorView->selectReport(party, year);
    else if (openAgreement(agreement))
        m_ui->navigatorView->selectAgreement(agreement);
}

} // namespace fhb::gui
