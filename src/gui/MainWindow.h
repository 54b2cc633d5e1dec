// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Workspace.h"

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
class ReportDocument;
class Settings;
class Workspace;
}

namespace fhb::gui {

class AgreementEditor;
class AnnualReportEditor;
class FindingsPanel;
class HelpViewer;
class HistoryPanel;
class NavigatorView;
class OverviewView;
class LedgerImportActions;
class PdfActions;
class FileDropHandler;
class ReportFileActions;
class ReportActions;
class Translations;

/// The main window: navigator dock, document tabs (overview first), the Kontroller and
/// Historik docks of the report in the current tab, the toolbar, status bar and the
/// Arkiv/Redigera/Visa/Hjälp menus. Owns the open app::Workspace. Layout in
/// ui/MainWindow.ui; the pages are AnnualReportEditor, AgreementEditor and OverviewView, the
/// report actions and undo live in ReportActions.
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

    /// Opens the database at `path` and shows it; on failure shows the Swedish reason in a
    /// message box, keeps what was open, and returns false. A file another program holds for
    /// writing is offered read-only instead.
    bool openDatabase(const QString &path, const storage::OpenOptions &options = {});
    /// Shows an already open workspace (e.g. the first start's demo database).
    void setWorkspace(std::unique_ptr<app::Workspace> workspace);
    app::Workspace *workspace() const { return m_workspace.get(); }

    /// Opens (or brings forward) the editor of `party`'s report of `year`; nullptr when none
    /// (or when it cannot be read: the reason is shown).
    AnnualReportEditor *openReport(const QString &party, int year);
    /// Asks for party, year and what to copy, creates the report and opens it.
    AnnualReportEditor *createReport();
    /// Opens (or brings forward) the editor of agreement `name`; nullptr when none (or when it
    /// cannot be read: the reason is shown).
    AgreementEditor *openAgreement(const QString &name);
    void showOverview();
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
    QTabWidget *documentTabs() const;
    /// The report editor of the current tab, or nullptr.
    AnnualReportEditor *currentReportEditor() const;
    bool isReadOnlyBannerVisible() const;
    /// "folkhalsobok.db · användare lisen · Skrivbar".
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool offerReadOnly(const QString &path, const QString &why);
    void setUpActions();
    void setUpPdfActions();
    void setUpReportFileActions();
    void setUpDocks();
    void retranslate();
    void refresh();
    void reloadDataset(bool withNavigator);
    void updateStatus();
    void rebuildRecentMenu();
    void createNewDatabase();
    void chooseDatabaseToOpen();
    void showAbout();
    void showSettings();
    void closeDocumentTabs();
    void closeTab(int index);
    void currentTabChanged();
    void showFindings();
    void addDocumentTab(QWidget *page, const QIcon &icon, const QString &title, const QString &toolTip);
    AnnualReportEditor *addReportEditor(app::ReportDocument *document);
    void openFromOverview(const QString &party, int year, const QString &agreement);
    QWidget *findTab(const QString &objectName) const;
    void remember(const QString &path);

    std::unique_ptr<Ui::MainWindow> m_ui;
    app::Settings &m_settings;
    std::unique_ptr<app::Workspace> m_workspace;
    app::NavigatorModel *m_navigatorModel = nullptr;
    OverviewView *m_overview = nullptr;
    QLabel *m_statusLabel = nullptr;
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
