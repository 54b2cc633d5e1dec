// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace fhb::app {
class Workspace;
}

namespace fhb::gui {

class AnnualReportEditor;
class LedgerImportWizard;
class NavigatorView;

/// Arkiv → Importera från huvudbok (CSV)… (Ctrl+Skift+I): runs LedgerImportWizard with the
/// party and year of the current report (or the navigator's selection) preselected, then
/// imports into that party's draft through app::LedgerImport — creating the draft when there
/// is none — as ONE undoable step of the report's document, and shows the report.
/// importLedgerFile() opens the wizard on a given file (a file dropped on the window).
class LedgerImportActions : public QObject
{
    Q_OBJECT
public:
    /// Opens (or brings forward) the editor of a report; nullptr when it cannot.
    using ReportOpener = std::function<AnnualReportEditor *(const QString &party, int year)>;

    /// `workspace` returns the open workspace or nullptr; `navigator` (may be null) gives
    /// the selection when no report tab is current. Both outlive this object.
    LedgerImportActions(QWidget *window, std::function<app::Workspace *()> workspace, NavigatorView *navigator,
                        ReportOpener openReport);

    QAction *importAction() const { return m_import; }
    /// The report of the current tab, or nullptr; also re-reads whether importing is possible.
    void setCurrentEditor(AnnualReportEditor *editor);
    /// The wizard while it is open (for tests), else nullptr.
    LedgerImportWizard *wizard() const { return m_wizard; }

    void retranslate();

public Q_SLOTS:
    /// Opens the wizard on `path` (empty: the user chooses the file on the first page).
    void importLedgerFile(const QString &path);
    void importLedger() { importLedgerFile({}); }

Q_SIGNALS:
    /// A report was created: the workspace and navigator must be read again (synchronously).
    void datasetChanged();
    void statusMessage(const QString &message);

private:
    Status runImport(const LedgerImportWizard &wizard);
    void updateAction();

    QWidget *m_window;
    std::function<app::Workspace *()> m_workspace;
    QPointer<NavigatorView> m_navigator;
    ReportOpener m_openReport;
    QAction *m_import;
    QPointer<AnnualReportEditor> m_editor;
    LedgerImportWizard *m_wizard = nullptr; ///< only while it is open
};

} // namespace fhb::gui
