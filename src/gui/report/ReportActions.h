// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QUndoGroup;
class QWidget;

namespace fhb::app {
class Session;
}

namespace fhb::gui {

class AnnualReportEditor;

/// The report actions of the main window: Ångra and Gör om bound to the undo stack of the
/// report in the current tab (through a QUndoGroup), and the workflow Skicka in (refused
/// with the reasons), Godkänn (after a confirmation) and Återöppna (asks for a reason).
/// Enables each action only when it applies to the current report.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    struct Workflow {
        QAction *submit = nullptr;
        QAction *approve = nullptr;
        QAction *reopen = nullptr;
    };
    /// `window` parents the dialogs; the workflow actions belong to the caller; `session`
    /// (whether its database is writable) outlives this.
    ReportActions(QWidget *window, app::Session &session, Workflow workflow);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoGroup *undoGroup() const { return m_group; }

    /// Adds the stack of `editor`'s document to the group.
    void addEditor(AnnualReportEditor *editor);
    /// The report of the current tab, or nullptr for other tabs.
    void setCurrentEditor(AnnualReportEditor *editor);
    AnnualReportEditor *currentEditor() const { return m_editor; }

    bool submit();
    bool approve();
    bool reopen();

    /// Sets the translated texts again (after a language change).
    void retranslate();

Q_SIGNALS:
    /// A report's status changed: the navigator and overview should be read again.
    void reportStatusChanged();
    void statusMessage(const QString &message);

private:
    void updateActions();
    bool statusChanged(const QString &message);

    QWidget *m_window;
    app::Session &m_session;
    Workflow m_workflow;
    QUndoGroup *m_group;
    QAction *m_undo;
    QAction *m_redo;
    QPointer<AnnualReportEditor> m_editor;
    QMetaObject::Connection m_statusConnection;
};

} // namespace fhb::gui
