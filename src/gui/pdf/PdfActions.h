// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArchiveInfoLabel.h"
#include "domain/Result.h"

#include <QObject>
#include <QPointer>

class QAction;
class QPrinter;
class QWidget;

namespace fhb::app {
class AnnualReportPdf;
class Session;
class Settings;
}

namespace fhb::gui {

class AnnualReportEditor;

/// The PDF actions of the main window (docs/pdf-report.md): Exportera PDF… (Ctrl+E),
/// Förhandsgranska… (Ctrl+Skift+P) and Skriv ut… (Ctrl+P) for the report in the current
/// tab, and Exportera alla årsredovisningar för ett år… (Ctrl+Skift+E) through
/// BatchExportDialog. Every action builds the report from the database with
/// app::loadAnnualReportPdf, so the paper, the file and the screen show the same content.
/// Also keeps the ArchiveInfoLabel (version and SHA-256 of an approved report) current.
/// Errors are shown in Swedish message boxes parented to `window`; successes go out
/// through statusMessage().
class PdfActions : public QObject
{
    Q_OBJECT
public:
    /// `session` gives the open workspace whenever needed; `settings` remembers the export
    /// folder. Both outlive this.
    PdfActions(QWidget *window, app::Settings &settings, app::Session &session);

    QAction *exportAction() const { return m_export; }
    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *batchExportAction() const { return m_batch; }
    /// The actions in menu order (nullptr where a separator belongs): for the Arkiv menu.
    QList<QAction *> menuActions() const;
    /// "Version 2 · SHA-256 …" of the current report, for the status bar; owned by the window.
    ArchiveInfoLabel *archiveInfoLabel() const { return m_archiveInfo; }

    /// The report of the current tab, or nullptr. Also re-reads whether a batch export is possible.
    void setCurrentEditor(AnnualReportEditor *editor);
    AnnualReportEditor *currentEditor() const { return m_editor; }

    /// The current report as its PDF, read from the database; fails with a Swedish sentence.
    Result<app::AnnualReportPdf> currentPdf() const;
    /// Where Exportera PDF… proposes to save: the last export folder (else the documents
    /// folder) and "Årsredovisning {år} – {part}.pdf". Empty without a current report.
    QString proposedFilePath() const;
    /// "Årsredovisning 2023 – Örebro kommun.pdf", with characters file systems refuse made "-".
    static QString proposedFileName(int year, const QString &party);

    /// Asks where to save (proposedFilePath()) and writes the current report there.
    bool exportPdf();
    /// Writes the current report to `path` atomically; tells the status bar or shows why not.
    bool exportPdfTo(const QString &path);
    /// Shows the print preview of the current report.
    void printPreview();
    /// Asks for a printer and prints the current report.
    bool print();
    /// Opens the batch export dialog.
    void batchExport();

    /// A QPrinter made ready for the report: A4, full-page mode (the report draws its own margins).
    static void preparePrinter(QPrinter &printer, const app::AnnualReportPdf &pdf);

    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateActions();
    void showFailure(const QString &title, const QString &reason);

    QWidget *m_window;
    app::Settings &m_settings;
    app::Session &m_session;
    QAction *m_export;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_batch;
    ArchiveInfoLabel *m_archiveInfo;
    QPointer<AnnualReportEditor> m_editor;
    QMetaObject::Connection m_changedConnection;
};

} // namespace fhb::gui
