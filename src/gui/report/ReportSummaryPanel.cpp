// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSummaryPanel.h"

#include "gui/widgets/LanguageChange.h"
#include "app/Icons.h"
#include "gui/widgets/TableSetup.h"
#include "app/overview/CofundingBalanceModel.h"
#include "app/StatusLook.h"
#include "domain/Checks.h"
#include "ui_ReportSummaryPanel.h"


namespace fhb::gui {

namespace {
QString contributionCaption(const Party *party)
{
    switch (party ? party->kind : PartyKind::Municipality) {
    case PartyKind::CountyPart: return ReportSummaryPanel::tr("Länsdelens insats");
    case PartyKind::Organisation: return ReportSummaryPanel::tr("Organisationens insats");
    default: return ReportSummaryPanel::tr("Kommunens insats");
    }
}
} // namespace

ReportSummaryPanel::ReportSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportSummaryPanel>())
{
    m_ui->setupUi(this);
    m_ui->contributionCaption->setFont(scaledFont(this, 1.15, true));
    m_ui->contributionValue->setFont(scaledFont(this, 1.8, true));
    m_ui->cofundingCaption->setFont(scaledFont(this, 1.0, true));
    m_ui->consistencyIcon->setPixmap(app::icon(app::IconId::Warning).pixmap(16, 16));
    m_ui->consistencyWarning->hide();
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        if (m_report.year != 0)
            showReport(m_data, m_report);
    });
}

ReportSummaryPanel::~ReportSummaryPanel() = default;

void ReportSummaryPanel::showReport(const Dataset &data, const AnnualReport &report)
{
    m_data = data;
    m_report = report;
    m_ui->totalExpensesValue->setText(money::formatKr(report.totalExpensesOre()));
    m_ui->totalRevenuesValue->setText(money::formatKr(report.totalRevenuesOre()));
    m_ui->contributionCaption->setText(contributionCaption(data.party(report.party)));
    m_ui->contributionValue->setText(money::formatKr(report.contributionOre()));
    m_ui->contributionValue->setAccessibleName(
        QString(m_ui->contributionCaption->text() % u' ' % m_ui->contributionValue->text()));
    showCofunding(data, report);

    QStringList warnings;
    for (const Finding &finding : checks::compensationConsistency(data, report))
        warnings.append(finding.message);
    m_ui->consistencyText->setText(warnings.join(u'\n'));
    m_ui->consistencyWarning->setVisible(!warnings.isEmpty());
}

QString ReportSummaryPanel::consistencyWarning() const
{
    return m_ui->consistencyWarning->isHidden() ? QString() : m_ui->consistencyText->text();
}

void ReportSummaryPanel::showCofunding(const Dataset &data, const AnnualReport &report)
{
    const std::optional<BalanceRow> row = app::CofundingBalanceModel::rowForReport(data, report.party, report.year);
    m_ui->cofundingCaption->setText(tr("Medfinansiering %1").arg(report.year));
    const QList<QWidget *> details = {m_ui->cofundingChip, m_ui->compensationCaption, m_ui->compensationValue,
                                      m_ui->requiredCaption, m_ui->requiredValue,
                                      m_ui->agreementContributionCaption, m_ui->agreementContributionValue,
                                      m_ui->balanceCaption, m_ui->balanceValue};
    for (QWidget *widget : details)
        widget->setVisible(row.has_value());
    if (!row) {
        m_ui->cofundingNote->setText(tr("Inget avtal täcker %1 för %2, så medfinansieringen kontrolleras inte.")
                                         .arg(report.year).arg(report.party));
        return;
    }
    m_ui->cofundingChip->setLook(app::balanceStatusLook(row->status));
    m_ui->cofundingChip->setSuffix(row->preliminary ? tr("· preliminär") : QString());
    m_ui->compensationValue->setText(money::formatKr(row->compensationOre));
    m_ui->requiredValue->setText(money::formatKr(row->requiredOre));
    m_ui->agreementContributionValue->setText(money::formatKr(row->contributionOre));
    m_ui->balanceValue->setText(money::format(row->balanceOre, {.withUnit = true, .explicitPlus = true}));

    QString note;
    if (row->isMemberRow)
        note = tr("Kravet är %1s åtagande i avtalet %2.").arg(row->party, row->agreement);
    else if (row->party != report.party)
        note = tr("Insatsen räknas i %1s avtal %2 tillsammans med övriga medlemmar.").arg(row->counterparty, row->agreement);
    else
        note = tr("Enligt avtalet %1, medfinansieringsgrad %2.").arg(row->agreement, percent::format(row->cofundingRatioBp));
    m_ui->cofundingNote->setText(note);
    m_ui->compensationCaption->setText(row->isMemberRow ? tr("Ersättning (länsdelen)") : tr("Ersättning"));
    m_ui->requiredCaption->setText(row->isMemberRow ? tr("Krav (åtagande)") : tr("Krav"));
}

} // namespace fhb::gui
