// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace fhb::app {
class Session;
}

namespace fhb::gui {

class AnnualReportEditor;
class DocumentTabs;
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
    /// `session` gives the open workspace; `navigator` (may be null) the selection when no
    /// report tab is current; `documents` opens the report imported into. They outlive this.
    LedgerImportActions(QWidget *window, app::Session &session, NavigatorView *navigator, DocumentTabs &documents);

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
    app::Session &m_session;
    QPointer<NavigatorView> m_navigator;
    DocumentTabs &m_documents;
    QAction *m_import;
    QPointer<AnnualReportEditor> m_editor;
    LedgerImportWizard *m_wizard = nullptr; ///< only while it is open
};

} // namespace fhb::gui
