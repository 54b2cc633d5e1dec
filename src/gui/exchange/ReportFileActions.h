// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/exchange/ReportFileImportPlan.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace fhb::app {
class Session;
class Settings;
}

namespace fhb::gui {

class AnnualReportEditor;

/// Report files between municipality and region (docs/user-guide.md, "Skicka och ta emot
/// rapporter som filer"), in the Arkiv menu:
/// - "Exportera rapport för inskickning…" writes the current tab's report as an exchange
///   file (app::ReportSubmissionFile), atomically, to "Rapport {år} – {part}.json" in the last
///   export folder; enabled when a report is open.
/// - "Importera rapporter…" (Ctrl+Skift+O) asks for one or more .json files (or takes dropped
///   ones, importFiles()), shows what each would add, replace or refuse in
///   ReportFilesImportDialog and imports on confirmation, then shows a summary ("3 rapporter
///   importerade, 1 ersatt, 1 avvisad") in a message box and the status bar. Enabled when a
///   writable database is open.
/// Errors are shown in Swedish message boxes parented to `window`.
class ReportFileActions : public QObject
{
    Q_OBJECT
public:
    /// `session` gives the open workspace whenever needed; `settings` remembers the folder.
    /// Both outlive this.
    ReportFileActions(QWidget *window, app::Settings &settings, app::Session &session);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    /// The actions in menu order: for the Arkiv menu.
    QList<QAction *> menuActions() const { return {m_import, m_export}; }

    /// The report of the current tab (or nullptr); also re-reads whether importing is possible.
    void setCurrentEditor(AnnualReportEditor *editor);

    /// Where the export proposes to save: the last export folder (else the documents folder)
    /// and ReportSubmissionFile::fileName(). Empty without a current report.
    QString proposedExportPath() const;
    /// Asks where to save and writes the current report's exchange file there.
    bool exportForSubmission();
    /// Writes the current report's exchange file to `path`; tells the status bar or shows why not.
    bool exportForSubmissionTo(const QString &path);

    /// Asks for exchange files and imports them (importFiles()).
    void chooseFilesToImport();
    /// Plans the import of `paths`, shows the preview and imports on confirmation. Returns the
    /// summary, or nothing when cancelled or impossible (no writable database: said why).
    std::optional<app::ReportFileImportPlan::Summary> importFiles(const QStringList &paths);

    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Emitted (direct) before an import replaces `party`'s report of `year`: close its editor.
    void reportAboutToBeReplaced(const QString &party, int year);
    /// Reports were imported: the navigator, overview and editors should read the dataset again.
    void reportsImported();

private:
    void updateActions();
    void showSummary(const app::ReportFileImportPlan::Summary &summary);

    QWidget *m_window;
    app::Settings &m_settings;
    app::Session &m_session;
    QAction *m_export;
    QAction *m_import;
    QPointer<AnnualReportEditor> m_editor;
};

} // namespace fhb::gui
