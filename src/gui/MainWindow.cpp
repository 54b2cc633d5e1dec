// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AgreementView.h"
#include "AnnualReportView.h"
#include "NavigatorView.h"
#include "OverviewView.h"
#include "app/Icons.h"
#include "app/NavigatorModel.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabBar>

namespace fhb::gui {

using app::IconId;

MainWindow::MainWindow(app::Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_navigatorModel(new app::NavigatorModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(app::icon(IconId::Application));
    m_ui->navigatorView->setNavigatorModel(m_navigatorModel);
    m_ui->bannerIcon->setPixmap(app::icon(IconId::ReadOnly).pixmap(20, 20));
    m_ui->readOnlyBanner->hide();

    m_overview = new OverviewView(this);
    m_ui->documentTabs->addTab(m_overview, app::icon(IconId::Overview), tr("Översikt"));
    // The overview is always there: it has no close button.
    m_ui->documentTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_ui->documentTabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    setUpActions();

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 820);
    restoreState(m_settings.windowState());
    rebuildRecentMenu();
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->actionNewDatabase->setIcon(app::icon(IconId::NewDatabase));
    m_ui->actionOpenDatabase->setIcon(app::icon(IconId::OpenDatabase));
    m_ui->actionQuit->setIcon(app::icon(IconId::Quit));
    m_ui->actionAbout->setIcon(app::icon(IconId::About));
    m_ui->actionShowOverview->setIcon(app::icon(IconId::Overview));
    QAction *toggleNavigator = m_ui->navigatorDock->toggleViewAction();
    toggleNavigator->setText(tr("&Navigator"));
    toggleNavigator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_ui->menuView->addAction(toggleNavigator);

    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::createNewDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowOverview, &QAction::triggered, this, &MainWindow::showOverview);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->documentTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_ui->navigatorView, &NavigatorView::reportRequested, this,
            [this](const QString &party, int year) { openReport(party, year); });
    connect(m_ui->navigatorView, &NavigatorView::agreementRequested, this,
            [this](const QString &name) { openAgreement(name); });
    connect(m_overview, &OverviewView::balanceRowActivated, this, &MainWindow::openFromOverview);

    auto *closeCurrent = new QShortcut(QKeySequence::Close, this);
    connect(closeCurrent, &QShortcut::activated, this,
            [this] { closeTab(m_ui->documentTabs->currentIndex()); });

    // Everything is saved as it happens; Ctrl+S only says so (UX.md).
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        statusBar()->showMessage(tr("Allt sparas redan medan du arbetar: det finns inget att spara."), 5000);
    });
}

NavigatorView *MainWindow::navigatorView() const
{
    return m_ui->navigatorView;
}

QTabWidget *MainWindow::documentTabs() const
{
    return m_ui->documentTabs;
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
    Result<std::unique_ptr<app::Workspace>> opened = app::Workspace::open(path, options);
    if (!opened) {
        QMessageBox::warning(this, tr("Databasen kunde inte öppnas"), opened.error());
        return false;
    }
    setWorkspace(std::move(opened.value()));
    return true;
}

void MainWindow::setWorkspace(std::unique_ptr<app::Workspace> workspace)
{
    closeDocumentTabs();
    m_workspace = std::move(workspace);
    if (m_workspace)
        remember(m_workspace->path());
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
    updateStatus();
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
        QAction *action = menu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()),
            this, [this, file] {
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
    QString path = QFileDialog::getSaveFileName(this, tr("Ny databas"), dir,
                                                tr("Folkhälsobok-databas (*.db)"), nullptr,
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
    QMessageBox::about(this, tr("Om Folkhälsobok"),
                       tr("<h3>Folkhälsobok %1</h3>"
                          "<p>Bokföring av folkhälsoavtal: årsredovisningar, ersättning och medfinansiering "
                          "mellan en region och dess kommuner, länsdelar och organisationer.</p>"
                          "<p>Fri programvara under GNU General Public License version 3 eller senare.</p>")
                           .arg(QCoreApplication::applicationVersion()));
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
    for (int i = m_ui->documentTabs->count() - 1; i > 0; --i)
        closeTab(i);
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_ui->documentTabs->widget(index);
    if (!page || page == m_overview)
        return;
    m_ui->documentTabs->removeTab(index);
    page->deleteLater();
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

AnnualReportView *MainWindow::openReport(const QString &party, int year)
{
    const AnnualReport *report = m_workspace ? m_workspace->dataset().report(party, year) : nullptr;
    if (!report)
        return nullptr;
    const QString name = QString(u"report:" % party % u':' % QString::number(year));
    if (auto *existing = qobject_cast<AnnualReportView *>(findTab(name))) {
        m_ui->documentTabs->setCurrentWidget(existing);
        return existing;
    }
    auto *view = new AnnualReportView(m_ui->documentTabs);
    view->showReport(m_workspace->dataset(), *report);
    addDocumentTab(view, app::icon(IconId::Report), view->shortTitle(), view->title());
    return view;
}

AgreementView *MainWindow::openAgreement(const QString &name)
{
    const Agreement *agreement = m_workspace ? m_workspace->dataset().agreement(name) : nullptr;
    if (!agreement)
        return nullptr;
    if (auto *existing = qobject_cast<AgreementView *>(findTab(QString(u"agreement:" % name)))) {
        m_ui->documentTabs->setCurrentWidget(existing);
        return existing;
    }
    auto *view = new AgreementView(m_ui->documentTabs);
    view->showAgreement(*agreement);
    addDocumentTab(view, app::icon(IconId::Agreement), view->shortTitle(), agreement->name);
    return view;
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
