// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentTabs.h"

#include "NavigatorView.h"
#include "gui/agreement/AgreementEditor.h"
#include "gui/overview/OverviewView.h"
#include "gui/report/AnnualReportEditor.h"
#include "gui/report/NewReportDialog.h"
#include "gui/report/ReportActions.h"
#include "app/Icons.h"
#include "app/Session.h"
#include "app/agreement/AgreementDocument.h"
#include "app/report/ReportDocument.h"

#include <QMessageBox>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoGroup>

namespace fhb::gui {

using app::IconId;

namespace {
QString reportTabName(const QString &party, int year)
{
    return QString(u"report:" % party % u':' % QString::number(year));
}
} // namespace

DocumentTabs::DocumentTabs(QWidget *window, QTabWidget *tabs, OverviewView *overview, app::Session &session,
                           ReportActions &reportActions, NavigatorView *navigator)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_overview(overview)
    , m_session(session)
    , m_reportActions(reportActions)
    , m_navigator(navigator)
{
    m_tabs->addTab(m_overview, app::icon(IconId::Overview), tr("Översikt"));
    // The overview is always there: it has no close button.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DocumentTabs::closeTab);
    auto *closeCurrent = new QShortcut(QKeySequence::Close, window);
    connect(closeCurrent, &QShortcut::activated, this, [this] { closeTab(m_tabs->currentIndex()); });
    connect(m_navigator, &NavigatorView::reportRequested, this,
            [this](const QString &party, int year) { openReport(party, year); });
    connect(m_navigator, &NavigatorView::agreementRequested, this, [this](const QString &name) { openAgreement(name); });
    connect(m_overview, &OverviewView::balanceRowActivated, this, &DocumentTabs::openFromOverview);
    connect(&m_session, &app::Session::workspaceAboutToChange, this, &DocumentTabs::closeAll);
}

void DocumentTabs::retranslate()
{
    m_tabs->setTabText(0, tr("Översikt"));
}

AnnualReportEditor *DocumentTabs::currentReportEditor() const
{
    return qobject_cast<AnnualReportEditor *>(m_tabs->currentWidget());
}

QList<AnnualReportEditor *> DocumentTabs::reportEditors() const
{
    QList<AnnualReportEditor *> editors;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *editor = qobject_cast<AnnualReportEditor *>(m_tabs->widget(i)))
            editors.append(editor);
    return editors;
}

void DocumentTabs::closeAll()
{
    // Deleted at once, not later: their documents must not outlive the database.
    for (int i = m_tabs->count() - 1; i > 0; --i) {
        QWidget *page = m_tabs->widget(i);
        m_tabs->removeTab(i);
        delete page;
    }
}

void DocumentTabs::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page || page == m_overview)
        return;
    m_tabs->removeTab(index);
    page->deleteLater();
}

void DocumentTabs::closeReport(const QString &party, int year)
{
    closeTab(m_tabs->indexOf(findTab(reportTabName(party, year))));
}

QWidget *DocumentTabs::findTab(const QString &objectName) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == objectName)
            return m_tabs->widget(i);
    return nullptr;
}

QWidget *DocumentTabs::bringForward(const QString &objectName)
{
    QWidget *page = findTab(objectName);
    if (page)
        m_tabs->setCurrentWidget(page);
    return page;
}

void DocumentTabs::addTab(QWidget *page, const QIcon &icon, const QString &title, const QString &toolTip)
{
    const int index = m_tabs->addTab(page, icon, title);
    m_tabs->setTabToolTip(index, toolTip);
    m_tabs->setCurrentIndex(index);
}

AnnualReportEditor *DocumentTabs::addReportEditor(app::ReportDocument *document)
{
    auto *editor = new AnnualReportEditor(document, m_session.workspace()->dataset(), m_tabs);
    m_reportActions.addEditor(editor);
    connect(editor, &AnnualReportEditor::findingsChanged, this, [this, editor] {
        if (editor == currentReportEditor())
            Q_EMIT currentFindingsChanged();
    });
    connect(editor, &AnnualReportEditor::statusMessage, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 10000); });
    connect(editor, &AnnualReportEditor::reopenRequested, this, [this, editor] {
        if (editor == currentReportEditor())
            m_reportActions.reopen();
    });
    connect(document, &app::ReportDocument::changed, this, &DocumentTabs::documentEdited);
    addTab(editor, app::icon(IconId::Report), editor->shortTitle(), editor->title());
    return editor;
}

AnnualReportEditor *DocumentTabs::openReport(const QString &party, int year)
{
    app::Workspace *workspace = m_session.workspace();
    const AnnualReport *report = workspace ? workspace->dataset().report(party, year) : nullptr;
    if (!report)
        return nullptr;
    if (auto *open = qobject_cast<AnnualReportEditor *>(bringForward(reportTabName(party, year))))
        return open;
    Result<app::ReportDocument *> opened = app::ReportDocument::open(workspace->database(), report->id);
    if (!opened) {
        QMessageBox::warning(m_window, tr("Årsredovisningen kunde inte öppnas"), opened.error());
        return nullptr;
    }
    return addReportEditor(opened.value());
}

AnnualReportEditor *DocumentTabs::createReport()
{
    app::Workspace *workspace = m_session.workspace();
    if (!workspace)
        return nullptr;
    const AnnualReportEditor *current = currentReportEditor();
    NewReportDialog dialog(workspace->dataset(), current ? current->party() : QString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    Result<app::ReportDocument *> created =
        app::ReportDocument::create(workspace->database(), dialog.party(), dialog.year(), dialog.content());
    if (!created) {
        QMessageBox::warning(m_window, tr("Årsredovisningen kunde inte skapas"), created.error());
        return nullptr;
    }
    Q_EMIT datasetChanged();
    AnnualReportEditor *editor = addReportEditor(created.value());
    {
        const QSignalBlocker blocker(m_navigator->selectionModel());
        m_navigator->selectReport(editor->party(), editor->year());
    }
    Q_EMIT statusMessage(tr("%1 är skapad som utkast.").arg(editor->shortTitle()), 8000);
    return editor;
}

AgreementEditor *DocumentTabs::openAgreement(const QString &name)
{
    app::Workspace *workspace = m_session.workspace();
    const Agreement *agreement = workspace ? workspace->dataset().agreement(name) : nullptr;
    if (!agreement)
        return nullptr;
    if (auto *open = qobject_cast<AgreementEditor *>(bringForward(QString(u"agreement:" % name))))
        return open;
    Result<app::AgreementDocument *> opened = app::AgreementDocument::open(workspace->database(), agreement->id);
    if (!opened) {
        QMessageBox::warning(m_window, tr("Avtalet kunde inte öppnas"), opened.error());
        return nullptr;
    }
    auto *editor = new AgreementEditor(opened.value(), workspace->dataset(), m_tabs);
    m_reportActions.undoGroup()->addStack(editor->document()->undoStack());
    connect(editor->document(), &app::AgreementDocument::changed, this, &DocumentTabs::documentEdited);
    connect(editor, &AgreementEditor::statusMessage, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 10000); });
    addTab(editor, app::icon(IconId::Agreement), editor->shortTitle(), agreement->name);
    return editor;
}

void DocumentTabs::showOverview()
{
    m_tabs->setCurrentWidget(m_overview);
}

void DocumentTabs::openFromOverview(const QString &party, int year, const QString &agreement)
{
    if (openReport(party, year))
        m_navigator->selectReport(party, year);
    else if (openAgreement(agreement))
        m_navigator->selectAgreement(agreement);
}

} // namespace fhb::gui
