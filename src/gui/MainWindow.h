// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace fhb::app {
class NavigatorModel;
class Settings;
class Workspace;
}

namespace fhb::gui {

class AgreementView;
class AnnualReportView;
class NavigatorView;
class OverviewView;

/// The main window: navigator dock, document tabs (overview first), status bar and the
/// Arkiv/Visa/Hjälp menus. Owns the open app::Workspace. Layout in ui/MainWindow.ui; the
/// pages are AnnualReportView, AgreementView and OverviewView.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `settings` must outlive the window (recent files, geometry, last database).
    explicit MainWindow(app::Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the database at `path` and shows it; on failure shows the Swedish reason in a
    /// message box, keeps what was open, and returns false.
    bool openDatabase(const QString &path, const storage::OpenOptions &options = {});
    /// Shows an already open workspace (e.g. the first start's demo database).
    void setWorkspace(std::unique_ptr<app::Workspace> workspace);
    app::Workspace *workspace() const { return m_workspace.get(); }

    /// Opens (or brings forward) the tab of `party`'s report of `year`; nullptr when none.
    AnnualReportView *openReport(const QString &party, int year);
    /// Opens (or brings forward) the tab of agreement `name`; nullptr when none.
    AgreementView *openAgreement(const QString &name);
    void showOverview();

    app::NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    NavigatorView *navigatorView() const;
    OverviewView *overviewView() const { return m_overview; }
    QTabWidget *documentTabs() const;
    bool isReadOnlyBannerVisible() const;
    /// "folkhalsobok.db · användare lisen · Skrivbar".
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void refresh();
    void updateStatus();
    void rebuildRecentMenu();
    void createNewDatabase();
    void chooseDatabaseToOpen();
    void showAbout();
    void closeDocumentTabs();
    void closeTab(int index);
    void addDocumentTab(QWidget *page, const QIcon &icon, const QString &title, const QString &toolTip);
    void openFromOverview(const QString &party, int year, const QString &agreement);
    QWidget *findTab(const QString &objectName) const;
    void remember(const QString &path);

    std::unique_ptr<Ui::MainWindow> m_ui;
    app::Settings &m_settings;
    std::unique_ptr<app::Workspace> m_workspace;
    app::NavigatorModel *m_navigatorModel = nullptr;
    OverviewView *m_overview = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace fhb::gui
