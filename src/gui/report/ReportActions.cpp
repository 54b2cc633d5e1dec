// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActions.h"

#include "app/Icons.h"
#include "AnnualReportEditor.h"
#include "ReopenDialog.h"
#include "app/Session.h"
#include "app/report/ReportDocument.h"
#include "app/Workspace.h"

#include <QAction>
#include <QMessageBox>
#include <QUndoGroup>
#include <QWidget>

namespace fhb::gui {

ReportActions::ReportActions(QWidget *window, app::Session &session, Workflow workflow)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_workflow(workflow)
    , m_group(new QUndoGroup(this))
    , m_undo(new QAction(app::icon(app::IconId::Undo), QString(), this))
    , m_redo(new QAction(app::icon(app::IconId::Redo), QString(), this))
{
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, m_group, &QUndoGroup::undo);
    connect(m_redo, &QAction::triggered, m_group, &QUndoGroup::redo);
    for (auto signal : {&QUndoGroup::canUndoChanged, &QUndoGroup::canRedoChanged})
        connect(m_group, signal, this, &ReportActions::updateActions);
    for (auto signal : {&QUndoGroup::undoTextChanged, &QUndoGroup::redoTextChanged})
        connect(m_group, signal, this, &ReportActions::updateActions);
    connect(m_group, &QUndoGroup::activeStackChanged, this, &ReportActions::updateActions);
    connect(m_workflow.submit, &QAction::triggered, this, &ReportActions::submit);
    connect(m_workflow.approve, &QAction::triggered, this, &ReportActions::approve);
    connect(m_workflow.reopen, &QAction::triggered, this, &ReportActions::reopen);
    retranslate();
}

void ReportActions::addEditor(AnnualReportEditor *editor)
{
    m_group->addStack(editor->document()->undoStack());
}

void ReportActions::setCurrentEditor(AnnualReportEditor *editor)
{
    disconnect(m_statusConnection);
    m_editor = editor;
    m_group->setActiveStack(editor ? editor->document()->undoStack() : nullptr);
    if (editor)
        m_statusConnection = connect(editor->document(), &app::ReportDocument::changed, this, &ReportActions::updateActions);
    updateActions();
}

void ReportActions::retranslate()
{
    m_undo->setToolTip(tr("Ångra den senaste ändringen (Ctrl+Z)"));
    m_redo->setToolTip(tr("Gör om det som ångrades (Ctrl+Skift+Z)"));
    updateActions();
}

void ReportActions::updateActions()
{
    const QString undoText = m_group->undoText();
    const QString redoText = m_group->redoText();
    m_undo->setText(undoText.isEmpty() ? tr("&Ångra") : tr("&Ångra %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Gör om") : tr("&Gör om %1").arg(redoText));
    m_undo->setIconText(tr("Ångra"));
    m_redo->setIconText(tr("Gör om"));
    m_undo->setEnabled(m_group->canUndo());
    m_redo->setEnabled(m_group->canRedo());

    const app::ReportDocument *document = m_editor ? m_editor->document() : nullptr;
    const bool writable = document && m_session.workspace() && !m_session.workspace()->isReadOnly();
    const ReportStatus status = document ? document->report().status : ReportStatus::Draft;
    m_workflow.submit->setEnabled(writable && status == ReportStatus::Draft);
    m_workflow.approve->setEnabled(writable && status == ReportStatus::Submitted);
    m_workflow.reopen->setEnabled(writable && status == ReportStatus::Approved);
}

// After a step of the workflow: say so, and let the navigator and the actions follow.
bool ReportActions::statusChanged(const QString &message)
{
    Q_EMIT statusMessage(message);
    Q_EMIT reportStatusChanged();
    updateActions();
    return true;
}

bool ReportActions::submit()
{
    if (!m_editor)
        return false;
    const Status done = m_editor->document()->submit();
    if (!done) {
        // The document's reason already lists every error and says what to do.
        QMessageBox box(QMessageBox::Warning, tr("%1 kan inte skickas in").arg(m_editor->shortTitle()), done.error(),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(tr("Panelen Kontroller visar samma fel: klicka på ett av dem för att gå till fältet."));
        box.exec();
        return false;
    }
    return statusChanged(tr("%1 är inskickad.").arg(m_editor->shortTitle()));
}

bool ReportActions::approve()
{
    if (!m_editor)
        return false;
    const QString subject = m_editor->shortTitle();
    const auto answer = QMessageBox::question(
        m_window, tr("Godkänn årsredovisningen"),
        tr("Godkänn %1?\n\nEn godkänd årsredovisning är låst: ingen kan ändra den förrän en controller "
           "återöppnar den och anger varför.").arg(subject),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    const Status done = m_editor->document()->approve();
    if (!done) {
        QMessageBox::warning(m_window, tr("Årsredovisningen kunde inte godkännas"), done.error());
        return false;
    }
    return statusChanged(tr("%1 är godkänd och låst.").arg(subject));
}

bool ReportActions::reopen()
{
    if (!m_editor)
        return false;
    const QString subject = m_editor->shortTitle();
    ReopenDialog dialog(subject, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status done = m_editor->document()->reopen(dialog.reason());
    if (!done) {
        QMessageBox::warning(m_window, tr("Årsredovisningen kunde inte återöppnas"), done.error());
        return false;
    }
    return statusChanged(tr("%1 är återöppnad som utkast. Orsaken är sparad i historiken.").arg(subject));
}

} // namespace fhb::gui
