// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualReportView.h"

#include "TableSetup.h"
#include "app/CofundingBalanceModel.h"
#include "app/ExpenseLineModel.h"
#include "app/RevenueLineModel.h"
#include "app/StatusLook.h"
#include "ui_AnnualReportView.h"

#include <QHeaderView>
#include <QLocale>

namespace fhb::gui {

namespace {

QString paragraphsHtml(const QStringList &paragraphs, const QString &whenEmpty)
{
    if (paragraphs.isEmpty())
        return QString(u"<p><i>" % whenEmpty.toHtmlEscaped() % u"</i></p>");
    QString html;
    for (const QString &paragraph : paragraphs)
        html += QString(u"<p style=\"margin-bottom:8px\">" % paragraph.toHtmlEscaped() % u"</p>");
    return html;
}

QString nameAndTitle(const QString &name, const QString &title)
{
    return title.trimmed().isEmpty() ? name : QString(name % u", " % title);
}

QString contributionCaption(const Party *party)
{
    switch (party ? party->kind : PartyKind::Municipality) {
    case PartyKind::CountyPart: return AnnualReportView::tr("Länsdelens insats");
    case PartyKind::Organisation: return AnnualReportView::tr("Organisationens insats");
    default: return AnnualReportView::tr("Kommunens insats");
    }
}

} // namespace

AnnualReportView::AnnualReportView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AnnualReportView>())
    , m_expenses(new app::ExpenseLineModel(this))
    , m_revenues(new app::RevenueLineModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setFont(scaledFont(this, 1.5, true));
    m_ui->contributionCaption->setFont(scaledFont(this, 1.15, true));
    m_ui->contributionValue->setFont(scaledFont(this, 1.8, true));
    m_ui->cofundingCaption->setFont(scaledFont(this, 1.0, true));

    m_ui->expensesView->setModel(m_expenses);
    m_ui->revenuesView->setModel(m_revenues);
    for (QTableView *view : {m_ui->expensesView, m_ui->revenuesView})
        setUpReadOnlyTable(view);
    QHeaderView *expenseHeader = m_ui->expensesView->horizontalHeader();
    expenseHeader->setSectionResizeMode(app::ExpenseLineModel::CategoryColumn, QHeaderView::ResizeToContents);
    expenseHeader->setSectionResizeMode(app::ExpenseLineModel::AmountColumn, QHeaderView::ResizeToContents);
    expenseHeader->setSectionResizeMode(app::ExpenseLineModel::FootnoteColumn, QHeaderView::Stretch);
    QHeaderView *revenueHeader = m_ui->revenuesView->horizontalHeader();
    revenueHeader->setSectionResizeMode(app::RevenueLineModel::SourceColumn, QHeaderView::Stretch);
    revenueHeader->setSectionResizeMode(app::RevenueLineModel::KindColumn, QHeaderView::ResizeToContents);
    revenueHeader->setSectionResizeMode(app::RevenueLineModel::AmountColumn, QHeaderView::ResizeToContents);
}

AnnualReportView::~AnnualReportView() = default;

QString AnnualReportView::title() const
{
    return tr("Årsredovisning %1 — %2").arg(m_year).arg(m_party);
}

QString AnnualReportView::shortTitle() const
{
    return QString(m_party % u' ' % QString::number(m_year));
}

void AnnualReportView::showReport(const Dataset &data, const AnnualReport &report)
{
    m_party = report.party;
    m_year = report.year;
    setObjectName(QString(u"report:" % report.party % u':' % QString::number(report.year)));
    m_ui->titleLabel->setText(title());
    m_ui->reportStatusChip->setLook(app::reportStatusLook(report.status));
    const QLocale locale;
    m_ui->periodLabel->setText(tr("Period %1 – %2")
                                   .arg(locale.toString(report.periodStart, QStringLiteral("yyyy-MM-dd")),
                                        locale.toString(report.periodEnd, QStringLiteral("yyyy-MM-dd"))));

    m_expenses->setLines(report.expenses);
    m_revenues->setLines(report.revenues);
    fitHeightToRows(m_ui->expensesView);
    fitHeightToRows(m_ui->revenuesView);

    showSummary(data, report);
    showCofunding(data, report);
    showNarrative(report);
}

void AnnualReportView::showSummary(const Dataset &data, const AnnualReport &report)
{
    m_ui->totalExpensesValue->setText(money::formatKr(report.totalExpensesOre()));
    m_ui->totalRevenuesValue->setText(money::formatKr(report.totalRevenuesOre()));
    m_ui->contributionCaption->setText(contributionCaption(data.party(report.party)));
    m_ui->contributionValue->setText(money::formatKr(report.contributionOre()));
}

void AnnualReportView::showCofunding(const Dataset &data, const AnnualReport &report)
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
        note = tr("Insatsen räknas i %1s avtal %2 tillsammans med övriga medlemmar.")
                   .arg(row->counterparty, row->agreement);
    else
        note = tr("Enligt avtalet %1, medfinansieringsgrad %2.")
                   .arg(row->agreement, percent::format(row->cofundingRatioBp));
    m_ui->cofundingNote->setText(note);
    m_ui->compensationCaption->setText(row->isMemberRow ? tr("Ersättning (länsdelen)") : tr("Ersättning"));
    m_ui->requiredCaption->setText(row->isMemberRow ? tr("Krav (åtagande)") : tr("Krav"));
}

void AnnualReportView::showNarrative(const AnnualReport &report)
{
    m_ui->eventsText->setText(paragraphsHtml(report.events, tr("Inga händelser är beskrivna.")));
    m_ui->staffText->setText(paragraphsHtml(report.staffResources, tr("Personalresurserna är inte beskrivna.")));
    const Signature &signature = report.signature;
    m_ui->onBehalfOfLabel->setText(
        signature.onBehalfOfName.trimmed().isEmpty()
            ? tr("På uppdrag av: saknas")
            : tr("På uppdrag av %1").arg(nameAndTitle(signature.onBehalfOfName, signature.onBehalfOfTitle)));
    m_ui->preparedByLabel->setText(
        signature.preparedByName.trimmed().isEmpty()
            ? tr("Upprättad av: saknas")
            : tr("Upprättad av %1").arg(nameAndTitle(signature.preparedByName, signature.preparedByTitle)));
}

} // namespace fhb::gui
