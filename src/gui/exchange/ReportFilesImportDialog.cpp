// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFilesImportDialog.h"

#include "gui/widgets/LanguageChange.h"
#include "gui/widgets/TableSetup.h"
#include "app/exchange/ReportFileImportPlan.h"
#include "ui_ReportFilesImportDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace fhb::gui {

using app::ReportFileImportPlan;

ReportFilesImportDialog::ReportFilesImportDialog(ReportFileImportPlan &plan, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportFilesImportDialog>()), m_plan(plan)
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    setUpReadOnlyTable(m_ui->planView);
    m_ui->planView->setModel(&m_plan);
    QHeaderView *header = m_ui->planView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_plan, &QAbstractItemModel::dataChanged, this, &ReportFilesImportDialog::updateState);
    retranslate();
    // The first replaceable report is where a choice is needed: start there.
    const QList<ReportFileImportPlan::Row> &rows = m_plan.rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).outcome == ReportFileImportPlan::Outcome::Replace) {
            m_ui->planView->setCurrentIndex(m_plan.index(i, ReportFileImportPlan::OutcomeColumn));
            break;
        }
    }
    m_ui->planView->setFocus();
    resize(960, 420);
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        retranslate();
    });
}

ReportFilesImportDialog::~ReportFilesImportDialog() = default;

QTableView *ReportFilesImportDialog::planView() const
{
    return m_ui->planView;
}

void ReportFilesImportDialog::retranslate()
{
    m_importButton->setText(tr("&Importera"));
    m_importButton->setToolTip(tr("Importera rapporterna som läggs till eller ersätts"));
    updateState();
}

void ReportFilesImportDialog::updateState()
{
    m_importButton->setEnabled(m_plan.hasWork());
    m_importButton->setDefault(m_plan.hasWork());
    QString text = m_plan.overview();
    if (!m_plan.hasWork())
        text += u'\n' + tr("Det finns inget att importera med de val som är gjorda.");
    else if (m_plan.count(ReportFileImportPlan::Outcome::Replace) > 0)
        text += u'\n' + tr("Markera en rapport och tryck på blanksteg för att kryssa i eller ur den.");
    m_ui->overviewLabel->setText(text);
}

} // namespace fhb::gui
