// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFileActions.h"

#include "gui/report/AnnualReportEditor.h"
#include "gui/widgets/FileDialogs.h"
#include "ReportFilesImportDialog.h"
#include "app/Icons.h"
#include "app/Session.h"
#include "app/Settings.h"
#include "app/exchange/ReportSubmissionFile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace fhb::gui {

using app::ReportFileImportPlan;

ReportFileActions::ReportFileActions(QWidget *window, app::Settings &settings, app::Session &session)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_session(session)
    , m_export(new QAction(app::icon(app::IconId::SendReport), QString(), this))
    , m_import(new QAction(app::icon(app::IconId::ImportFiles), QString(), this))
{
    m_export->setObjectName(QStringLiteral("actionExportForSubmission"));
    m_import->setObjectName(QStringLiteral("actionImportReports"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_export, &QAction::triggered, this, &ReportFileActions::exportForSubmission);
    connect(m_import, &QAction::triggered, this, &ReportFileActions::chooseFilesToImport);
    retranslate();
}

void ReportFileActions::retranslate()
{
    m_export->setText(tr("Exportera rapport för ins&kickning…"));
    m_export->setToolTip(tr("Spara årsredovisningen som en fil att skicka till regionen, som importerar den"));
    m_import->setText(tr("&Importera rapporter…"));
    m_import->setToolTip(tr("Importera årsredovisningar som kommuner och länsdelar har skickat som filer (Ctrl+Skift+O)"));
}

void ReportFileActions::setCurrentEditor(AnnualReportEditor *editor)
{
    m_editor = editor;
    updateActions();
}

void ReportFileActions::updateActions()
{
    const app::Workspace *workspace = m_session.workspace();
    m_export->setEnabled(m_editor && workspace);
    m_import->setEnabled(workspace && !workspace->isReadOnly());
}

QString ReportFileActions::proposedExportPath() const
{
    if (!m_editor)
        return {};
    return QDir(m_settings.exportDirectory()).filePath(app::ReportSubmissionFile::fileName(m_editor->year(), m_editor->party()));
}

bool ReportFileActions::exportForSubmission()
{
    if (!m_editor)
        return false;
    const QString path = askSaveFileName(m_window, tr("Exportera rapport för inskickning"), proposedExportPath(),
                                         tr("Rapportfil (*.json)"), QStringLiteral(".fhb.json"));
    return !path.isEmpty() && exportForSubmissionTo(path);
}

bool ReportFileActions::exportForSubmissionTo(const QString &path)
{
    app::Workspace *workspace = m_session.workspace();
    if (!m_editor || !workspace)
        return false;
    const Status written = app::ReportSubmissionFile::write(workspace->database(), m_editor->party(), m_editor->year(), path);
    if (!written) {
        QMessageBox::warning(m_window, tr("Rapportfilen kunde inte skapas"), written.error());
        return false;
    }
    m_settings.setLastExportDirectory(QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(tr("%1 är sparad för inskickning: %2. Skicka filen till regionen.")
                             .arg(m_editor->shortTitle(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

void ReportFileActions::chooseFilesToImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Importera rapporter"), m_settings.exportDirectory(),
                                                            tr("Rapportfiler (*.json);;Alla filer (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

std::optional<ReportFileImportPlan::Summary> ReportFileActions::importFiles(const QStringList &paths)
{
    app::Workspace *workspace = m_session.workspace();
    if (!workspace || workspace->isReadOnly()) {
        Q_EMIT statusMessage(workspace ? tr("Rapporterna kan inte importeras: databasen är öppnad skrivskyddad.")
                                       : tr("Öppna eller skapa en databas först: rapporterna importeras till den."));
        return std::nullopt;
    }
    ReportFileImportPlan plan;
    plan.plan(workspace->database(), paths);
    ReportFilesImportDialog dialog(plan, m_window);
    if (dialog.exec() != QDialog::Accepted || !plan.hasWork())
        return std::nullopt;
    m_settings.setLastExportDirectory(QFileInfo(paths.constFirst()).absolutePath());
    // An open editor of a report that is replaced would edit a report that no longer exists.
    for (const auto &[party, year] : plan.reportsToReplace())
        Q_EMIT reportAboutToBeReplaced(party, year);
    const ReportFileImportPlan::Summary summary = plan.import(workspace->database());
    if (summary.imported() > 0)
        Q_EMIT reportsImported();
    showSummary(summary);
    return summary;
}

void ReportFileActions::showSummary(const ReportFileImportPlan::Summary &summary)
{
    const QString line = summary.text();
    Q_EMIT statusMessage(QString(tr("Importen är klar: ") + line + u'.'));
    QString details;
    if (!summary.failures.isEmpty())
        details += QString(tr("Filer som inte importerades (ingenting i dem har ändrats):") + u'\n'
                           + summary.failures.join(u'\n') + u'\n');
    if (!summary.warnings.isEmpty())
        details += QString(tr("Att känna till:") + u'\n' + summary.warnings.join(u'\n'));
    QMessageBox box(summary.failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Importera rapporter"), QString(line.left(1).toUpper() + line.mid(1) + u'.'), QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("importSummaryBox"));
    if (!details.isEmpty())
        box.setInformativeText(details.trimmed());
    box.exec();
}

} // namespace fhb::gui
