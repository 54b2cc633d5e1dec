// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerImportActions.h"

#include "gui/DocumentTabs.h"
#include "gui/NavigatorView.h"
#include "gui/report/AnnualReportEditor.h"
#include "LedgerImportWizard.h"
#include "app/Icons.h"
#include "app/NavigatorModel.h"
#include "app/Session.h"
#include "app/ledger/LedgerImport.h"
#include "app/report/ReportDocument.h"

#include <QAction>

namespace fhb::gui {

LedgerImportActions::LedgerImportActions(QWidget *window, app::Session &session, NavigatorView *navigator,
                                         DocumentTabs &documents)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_navigator(navigator)
    , m_documents(documents)
    , m_import(new QAction(this))
{
    m_import->setObjectName(QStringLiteral("actionImportLedger"));
    m_import->setIcon(app::icon(app::IconId::ImportFiles));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &LedgerImportActions::importLedger);
    retranslate();
    updateAction();
}

void LedgerImportActions::retranslate()
{
    m_import->setText(tr("&Importera från huvudbok (CSV)…"));
    m_import->setToolTip(tr("Lägg in utgiftsraderna från huvudbokens CSV-fil i en årsredovisning (Ctrl+Skift+I)"));
    m_import->setStatusTip(m_import->toolTip());
}

void LedgerImportActions::setCurrentEditor(AnnualReportEditor *editor)
{
    m_editor = editor;
    updateAction();
}

void LedgerImportActions::updateAction()
{
    const app::Workspace *workspace = m_session.workspace();
    m_import->setEnabled(workspace && !workspace->isReadOnly());
}

void LedgerImportActions::importLedgerFile(const QString &path)
{
    updateAction();
    app::Workspace *workspace = m_session.workspace();
    if (!m_import->isEnabled() || !workspace || m_wizard)
        return;
    LedgerImportWizard wizard(workspace->dataset(), m_window);
    // Preselect what the user is looking at: the current report, else the navigator's node.
    if (m_editor) {
        wizard.setParty(m_editor->party());
        wizard.setYear(m_editor->year());
    } else if (m_navigator && m_navigator->currentIndex().isValid()) {
        const QModelIndex node = m_navigator->currentIndex();
        const QString party = node.data(app::NavigatorModel::PartyRole).toString();
        const int year = node.data(app::NavigatorModel::YearRole).toInt();
        if (!party.isEmpty())
            wizard.setParty(party);
        if (year > 0)
            wizard.setYear(year);
    }
    if (!path.isEmpty())
        wizard.setFile(path);
    wizard.setImporter([this, &wizard] { return runImport(wizard); });
    m_wizard = &wizard;
    wizard.exec();
    m_wizard = nullptr;
}

Status LedgerImportActions::runImport(const LedgerImportWizard &wizard)
{
    app::Workspace *workspace = m_session.workspace();
    if (!workspace)
        return Status::failure(tr("Ingen databas är öppen."));
    const QString party = wizard.party();
    const int year = wizard.year();
    bool created = false;
    const auto reportId = app::LedgerImport::prepareReport(workspace->database(), party, year, &created);
    if (!reportId)
        return Status::failure(reportId.error());
    if (created)
        Q_EMIT datasetChanged();
    AnnualReportEditor *editor = m_documents.openReport(party, year);
    if (!editor)
        return Status::failure(tr("Årsredovisningen %1 för %2 kunde inte öppnas, så inga rader importerades.").arg(year).arg(party));
    const QList<ExpenseLine> lines = wizard.lines();
    if (const Status s = app::LedgerImport::importInto(*editor->document(), lines); !s)
        return s;
    Ore total = 0;
    for (const ExpenseLine &line : lines)
        total += line.amountOre;
    editor->focusField(QStringLiteral("expenses"));
    Q_EMIT statusMessage(tr("%1 rader (%2) importerades till %3. Ångra med Ctrl+Z.")
                             .arg(lines.size()).arg(money::formatKr(total), editor->shortTitle()));
    return {};
}

} // namespace fhb::gui
