// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfActions.h"

#include "gui/Logging.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/widgets/FileDialogs.h"
#include "ArchiveInfoLabel.h"
#include "BatchExportDialog.h"
#include "app/Icons.h"
#include "app/Session.h"
#include "app/Settings.h"
#include "app/pdf/AnnualReportExport.h"
#include "app/report/ReportDocument.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace fhb::gui {

using app::IconId;

PdfActions::PdfActions(QWidget *window, app::Settings &settings, app::Session &session)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_session(session)
    , m_export(new QAction(app::icon(IconId::ExportPdf), QString(), this))
    , m_preview(new QAction(app::icon(IconId::PrintPreview), QString(), this))
    , m_print(new QAction(app::icon(IconId::Print), QString(), this))
    , m_batch(new QAction(app::icon(IconId::ExportPdf), QString(), this))
    , m_archiveInfo(new ArchiveInfoLabel(window))
{
    m_export->setObjectName(QStringLiteral("actionExportPdf"));
    m_preview->setObjectName(QStringLiteral("actionPrintPreview"));
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_batch->setObjectName(QStringLiteral("actionBatchExportPdf"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_print->setShortcut(QKeySequence::Print);
    m_batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &PdfActions::exportPdf);
    connect(m_preview, &QAction::triggered, this, &PdfActions::printPreview);
    connect(m_print, &QAction::triggered, this, &PdfActions::print);
    connect(m_batch, &QAction::triggered, this, &PdfActions::batchExport);
    retranslate();
}

QList<QAction *> PdfActions::menuActions() const
{
    return {m_export, m_batch, nullptr, m_preview, m_print};
}

void PdfActions::retranslate()
{
    m_export->setText(tr("&Exportera PDF…"));
    m_export->setIconText(tr("Exportera PDF"));
    m_export->setToolTip(tr("Spara årsredovisningen som PDF/A-fil för arkivet och regionen (Ctrl+E)"));
    m_batch->setText(tr("Exportera &alla årsredovisningar för ett år…"));
    m_batch->setToolTip(tr("Skriv en PDF-fil per årsredovisning för ett år till en mapp (Ctrl+Skift+E)"));
    m_preview->setText(tr("&Förhandsgranska…"));
    m_preview->setToolTip(tr("Visa årsredovisningen som den blir utskriven (Ctrl+Skift+P)"));
    m_print->setText(tr("Skriv &ut…"));
    m_print->setToolTip(tr("Skriv ut årsredovisningen (Ctrl+P)"));
    updateActions();
}

void PdfActions::setCurrentEditor(AnnualReportEditor *editor)
{
    disconnect(m_changedConnection);
    m_editor = editor;
    if (editor)
        m_changedConnection = connect(editor->document(), &app::ReportDocument::changed, this, &PdfActions::updateActions);
    updateActions();
}

void PdfActions::updateActions()
{
    const bool haveReport = m_editor;
    m_export->setEnabled(haveReport);
    m_preview->setEnabled(haveReport);
    m_print->setEnabled(haveReport);
    const app::Workspace *workspace = m_session.workspace();
    m_batch->setEnabled(workspace && !workspace->dataset().reports.isEmpty());

    // Only an approved report has an identity; reading it costs a query, so drafts skip it.
    if (!m_editor || m_editor->document()->report().status != ReportStatus::Approved) {
        m_archiveInfo->clearReport();
        return;
    }
    const Result<app::AnnualReportPdf> pdf = currentPdf();
    if (pdf) {
        m_archiveInfo->showReport(*pdf);
        return;
    }
    qCWarning(lcGuiPdf) << "archive details not shown:" << pdf.error();
    m_archiveInfo->clearReport();
}

Result<app::AnnualReportPdf> PdfActions::currentPdf() const
{
    if (!m_editor)
        return Result<app::AnnualReportPdf>::failure(tr("Öppna en årsredovisning först: det finns ingen att skriva ut."));
    return app::loadAnnualReportPdf(m_editor->document()->database(), m_editor->party(), m_editor->year());
}

QString PdfActions::proposedFileName(int year, const QString &party)
{
    return app::AnnualReportPdf::fileName(year, party);
}

QString PdfActions::proposedFilePath() const
{
    if (!m_editor)
        return {};
    return QDir(m_settings.exportDirectory()).filePath(proposedFileName(m_editor->year(), m_editor->party()));
}

bool PdfActions::exportPdf()
{
    if (!m_editor)
        return false;
    const QString path = askSaveFileName(m_window, tr("Exportera årsredovisningen som PDF"), proposedFilePath(),
                                         tr("PDF-dokument (*.pdf)"), QStringLiteral(".pdf"));
    return !path.isEmpty() && exportPdfTo(path);
}

bool PdfActions::exportPdfTo(const QString &path)
{
    const Result<app::AnnualReportPdf> pdf = currentPdf();
    const Status written = pdf ? pdf->write(path) : Status::failure(pdf.error());
    if (!written) {
        showFailure(tr("PDF-filen kunde inte skapas"), written.error());
        return false;
    }
    m_settings.setLastExportDirectory(QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(tr("Årsredovisningen är sparad som PDF: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

void PdfActions::preparePrinter(QPrinter &printer, const app::AnnualReportPdf &pdf)
{
    // The report draws its own margins and footer: the printer must not add any.
    // (A page layout carries its own mode, so full-page mode is set after it.)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer.setFullPage(true);
    printer.setDocName(pdf.title());
    printer.setCreator(QStringLiteral("Folkhälsobok"));
}

void PdfActions::printPreview()
{
    const Result<app::AnnualReportPdf> pdf = currentPdf();
    if (!pdf) {
        showFailure(tr("Förhandsgranskningen kunde inte visas"), pdf.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *pdf);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Förhandsgranska – %1").arg(pdf->title()));
    dialog.resize(900, 1000);
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&pdf, &failure](QPrinter *device) {
        if (const Status painted = pdf->paint(*device); !painted)
            failure = painted.error();
    });
    dialog.exec();
    if (!failure.isEmpty())
        showFailure(tr("Årsredovisningen kunde inte skrivas ut"), failure);
}

bool PdfActions::print()
{
    const Result<app::AnnualReportPdf> pdf = currentPdf();
    if (!pdf) {
        showFailure(tr("Årsredovisningen kunde inte skrivas ut"), pdf.error());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *pdf);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Skriv ut – %1").arg(pdf->title()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The dialog sets the printer up again from its own fields, full-page mode included.
    preparePrinter(printer, *pdf);
    if (const Status painted = pdf->paint(printer); !painted) {
        showFailure(tr("Årsredovisningen kunde inte skrivas ut"), painted.error());
        return false;
    }
    Q_EMIT statusMessage(tr("%1 är skickad till skrivaren.").arg(pdf->title()));
    return true;
}

void PdfActions::batchExport()
{
    app::Workspace *workspace = m_session.workspace();
    if (!workspace)
        return;
    BatchExportDialog dialog(workspace->database(), workspace->dataset(), m_settings, m_window);
    dialog.exec();
    if (!dialog.summary().written.isEmpty())
        Q_EMIT statusMessage(tr("De exporterade PDF-filerna finns i %1").arg(QDir::toNativeSeparators(dialog.summary().directory)));
}

void PdfActions::showFailure(const QString &title, const QString &reason)
{
    qCWarning(lcGuiPdf) << title << reason;
    QMessageBox::warning(m_window, title, reason);
}

} // namespace fhb::gui
