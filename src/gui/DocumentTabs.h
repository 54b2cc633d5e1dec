// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QIcon;
class QTabWidget;
class QWidget;

namespace fhb::app {
class ReportDocument;
class Session;
}

namespace fhb::gui {

class AgreementEditor;
class AnnualReportEditor;
class NavigatorView;
class OverviewView;
class ReportActions;

/// The main window's document tabs: the overview first (it never closes), then one tab per
/// open report (AnnualReportEditor) or agreement (AgreementEditor), found again by its object
/// name ("report:Örebro kommun:2023", "agreement:…") so that each opens once. Opens what the
/// navigator and the overview ask for, closes a tab on Ctrl+W and every tab before the
/// session's workspace changes (their documents refer to its database). Failures to read are
/// shown in Swedish message boxes parented to `window`.
class DocumentTabs : public QObject
{
    Q_OBJECT
public:
    /// `tabs` (in `window`) receives `overview` as its first page. `session`, `reportActions`
    /// (undo group and workflow of the editors) and `navigator` outlive this.
    DocumentTabs(QWidget *window, QTabWidget *tabs, OverviewView *overview, app::Session &session,
                 ReportActions &reportActions, NavigatorView *navigator);

    QTabWidget *tabWidget() const { return m_tabs; }
    /// The report editor of the current tab, or nullptr.
    AnnualReportEditor *currentReportEditor() const;
    /// Every open report editor, in tab order.
    QList<AnnualReportEditor *> reportEditors() const;

    /// Opens (or brings forward) the editor of `party`'s report of `year`; nullptr when none
    /// (or when it cannot be read: the reason is shown).
    AnnualReportEditor *openReport(const QString &party, int year);
    /// Asks for party, year and what to copy, creates the report and opens it.
    AnnualReportEditor *createReport();
    /// Opens (or brings forward) the editor of agreement `name`; nullptr when none (or when it
    /// cannot be read: the reason is shown).
    AgreementEditor *openAgreement(const QString &name);
    void showOverview();

    /// Closes the tab at `index`; never the overview's.
    void closeTab(int index);
    /// Closes the editor of `party`'s report of `year`, if open.
    void closeReport(const QString &party, int year);
    /// Closes every tab but the overview's, deleting the editors at once.
    void closeAll();

    void retranslate();

Q_SIGNALS:
    /// An open document was edited: the navigator and overview should follow soon.
    void documentEdited();
    /// A report was created: the workspace and navigator must be read again (synchronously).
    void datasetChanged();
    /// The findings of the current report editor changed.
    void currentFindingsChanged();
    void statusMessage(const QString &message, int timeout);

private:
    void addTab(QWidget *page, const QIcon &icon, const QString &title, const QString &toolTip);
    AnnualReportEditor *addReportEditor(app::ReportDocument *document);
    void openFromOverview(const QString &party, int year, const QString &agreement);
    QWidget *findTab(const QString &objectName) const;
    /// The tab named `objectName` made current; nullptr when there is none.
    QWidget *bringForward(const QString &objectName);

    QWidget *m_window;
    QTabWidget *m_tabs;
    OverviewView *m_overview;
    app::Session &m_session;
    ReportActions &m_reportActions;
    NavigatorView *m_navigator;
};

} // namespace fhb::gui
