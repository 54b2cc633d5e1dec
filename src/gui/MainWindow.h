// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseActions.h"
#include "DocumentTabs.h"
#include "app/Session.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QTabWidget;
class QToolBar;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace fhb::app {
class NavigatorModel;
class Settings;
}

namespace fhb::gui {

class FileDropHandler;
class FindingsPanel;
class HelpViewer;
class HistoryPanel;
class LedgerImportActions;
class NavigatorView;
class OverviewView;
class PdfActions;
class ReportActions;
class ReportFileActions;
class Translations;

/// The main window: navigator dock, document tabs (DocumentTabs, the overview first), the
/// Kontroller and Historik docks of the report in the current tab, the toolbar, status bar and
/// the Arkiv/Redigera/Visa/Hjälp menus. Holds the app::Session with the open workspace; the
/// databases are opened by DatabaseActions, the report workflow and undo live in
/// ReportActions, PDF, report files and the ledger import in their action classes. Layout in
/// ui/MainWindow.ui.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `settings` must outlive the window (recent files, geometry, last database, language).
    explicit MainWindow(app::Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The translators the settings dialog switches (not owned; must outlive the window).
    /// Without them the window makes its own the first time the language is changed.
    void setTranslations(Translations *translations);

    /// The open workspace; replacing it closes the document tabs and shows the new one.
    app::Session &session() { return m_session; }
    app::Workspace *workspace() const { return m_session.workspace(); }
    /// Ny databas…, Öppna… and the recent files (Arkiv menu).
    DatabaseActions *databaseActions() const { return m_databaseActions; }
    /// The overview, report and agreement tabs.
    DocumentTabs *documents() const { return m_documents; }

    /// Shorthands for what main() and the tests ask most.
    bool openDatabase(const QString &path, const app::OpenOptions &options = {})
    {
        return m_databaseActions->openDatabase(path, options);
    }
    AnnualReportEditor *openReport(const QString &party, int year) { return m_documents->openReport(party, year); }
    AnnualReportEditor *currentReportEditor() const { return m_documents->currentReportEditor(); }
    QTabWidget *documentTabs() const { return m_documents->tabWidget(); }

    /// The parties dialog (Arkiv → Parter…); the navigator follows its changes.
    void showParties();
    /// Shows the user guide at the section of the current tab (F1).
    void showHelp();

    app::NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    NavigatorView *navigatorView() const;
    OverviewView *overviewView() const { return m_overview; }
    FindingsPanel *findingsPanel() const;
    HistoryPanel *historyPanel() const;
    ReportActions *reportActions() const { return m_reportActions; }
    /// Exportera PDF…, Förhandsgranska…, Skriv ut… and the batch export (Arkiv menu, toolbar).
    PdfActions *pdfActions() const { return m_pdfActions; }
    /// Exportera rapport för inskickning… and Importera rapporter… (Arkiv menu).
    ReportFileActions *reportFileActions() const { return m_reportFileActions; }
    /// Files dropped on the window: report files to import, a ledger CSV to read in.
    FileDropHandler *fileDropHandler() const { return m_fileDrops; }
    /// Importera från huvudbok (CSV)… and its wizard; importLedgerFile() takes a dropped file.
    LedgerImportActions *ledgerImportActions() const { return m_ledgerImport; }
    HelpViewer *helpViewer() const { return m_help; }
    /// The toolbar: Ny rapport · Ångra · Gör om · Skicka in · Godkänn · Översikt. An export
    /// action belongs before the overview action (actionShowOverview).
    QToolBar *mainToolBar() const;
    bool isReadOnlyBannerVisible() const;
    /// "folkhalsobok.db · användare lisen · Skrivbar".
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpPdfActions();
    void setUpFileActions();
    void setUpDocks();
    void retranslate();
    void showWorkspace(app::Workspace *workspace);
    void refresh();
    void reloadDataset(bool withNavigator);
    void updateStatus();
    void showAbout();
    void showSettings();
    void currentTabChanged();
    void showFindings();
    void showMessage(const QString &message, int timeout = 10000);

    std::unique_ptr<Ui::MainWindow> m_ui;
    app::Settings &m_settings;
    app::Session m_session;
    app::NavigatorModel *m_navigatorModel = nullptr;
    OverviewView *m_overview = nullptr;
    QLabel *m_statusLabel = nullptr;
    DatabaseActions *m_databaseActions = nullptr;
    DocumentTabs *m_documents = nullptr;
    ReportActions *m_reportActions = nullptr;
    PdfActions *m_pdfActions = nullptr;
    ReportFileActions *m_reportFileActions = nullptr;
    FileDropHandler *m_fileDrops = nullptr;
    LedgerImportActions *m_ledgerImport = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QPointer<Translations> m_translations;
    HelpViewer *m_help = nullptr;
};

} // namespace fhb::gui
