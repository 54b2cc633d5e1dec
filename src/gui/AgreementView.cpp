// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementView.h"

#include "TableSetup.h"
#include "app/CompensationScheduleModel.h"
#include "ui_AgreementView.h"

#include <QHeaderView>
#include <QLocale>

namespace fhb::gui {

namespace {

QString yearSpan(int first, int last)
{
    return QString(QString::number(first) % u'\u2013' % QString::number(last));
}

QString decisionText(const Decision &decision)
{
    QStringList parts;
    if (!decision.body.trimmed().isEmpty())
        parts.append(decision.body);
    if (decision.date.isValid())
        parts.append(QLocale().toString(decision.date, QStringLiteral("yyyy-MM-dd")));
    if (!decision.reference.trimmed().isEmpty())
        parts.append(decision.reference);
    return parts.isEmpty() ? AgreementView::tr("Inget beslut angivet") : parts.join(QStringLiteral(", "));
}

} // namespace

AgreementView::AgreementView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AgreementView>())
    , m_schedule(new app::CompensationScheduleModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setFont(scaledFont(this, 1.5, true));
    m_ui->scheduleView->setModel(m_schedule);
    setUpReadOnlyTable(m_ui->scheduleView);
    QHeaderView *header = m_ui->scheduleView->horizontalHeader();
    for (int column = 0; column < app::CompensationScheduleModel::SourceColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(app::CompensationScheduleModel::SourceColumn, QHeaderView::Stretch);
}

AgreementView::~AgreementView() = default;

void AgreementView::showAgreement(const Agreement &agreement)
{
    m_name = agreement.name;
    m_shortTitle = tr("Avtal %1 %2").arg(agreement.counterparty, yearSpan(agreement.firstYear, agreement.lastYear));
    setObjectName(QString(u"agreement:" % agreement.name));
    m_ui->titleLabel->setText(agreement.name);
    m_ui->counterpartyValue->setText(agreement.counterparty);
    m_ui->funderValue->setText(agreement.funder);
    m_ui->periodValue->setText(yearSpan(agreement.firstYear, agreement.lastYear));
    m_ui->decisionValue->setText(decisionText(agreement.decision));
    m_ui->baseCompensationValue->setText(
        agreement.baseCompensationOre
            ? tr("%1 för %2").arg(money::formatKr(*agreement.baseCompensationOre)).arg(agreement.firstYear)
            : tr("Ingen grundersättning; fastställda belopp per år"));
    m_ui->indexationValue->setText(agreement.indexationMode == IndexationMode::Chained
                                       ? tr("Pris- och lönekompensation (PLK), på föregående års belopp")
                                       : tr("Pris- och lönekompensation (PLK), från grundersättningen"));
    m_ui->ratioValue->setText(tr("%1 av ersättningen").arg(percent::format(agreement.cofundingRatioBp)));

    m_schedule->setAgreement(agreement);
    fitHeightToRows(m_ui->scheduleView);
    showCommitments(agreement);
    showObligations(agreement);
    m_ui->notesGroup->setVisible(!agreement.notes.trimmed().isEmpty());
    m_ui->notesText->setText(agreement.notes);
}

void AgreementView::showCommitments(const Agreement &agreement)
{
    m_ui->commitmentsGroup->setVisible(!agreement.commitments.isEmpty());
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const MemberCommitment &c : agreement.commitments)
        html += QString(u"<tr><td>" % c.party.toHtmlEscaped() % u"</td><td align=\"right\" style=\"padding-left:24px\">"
                        % money::formatKr(c.yearlyOre).toHtmlEscaped() % u"</td></tr>");
    m_ui->commitmentsText->setText(QString(html % u"</table>"));
}

void AgreementView::showObligations(const Agreement &agreement)
{
    if (agreement.obligations.isEmpty()) {
        m_ui->obligationsText->setText(tr("Avtalet har inga åtaganden."));
        return;
    }
    QString html;
    for (const Obligation &o : agreement.obligations) {
        html += QString(u"<p style=\"margin-bottom:4px\"><b>" % o.title.toHtmlEscaped() % u"</b>");
        QStringList years;
        for (auto it = o.years.cbegin(); it != o.years.cend(); ++it) {
            const QString mark = it->fulfilled ? tr("✓ uppfyllt") : tr("✗ inte uppfyllt");
            QString line = QString(QString::number(it.key()) % u": " % mark);
            if (!it->note.trimmed().isEmpty())
                line += QString(u" (" % it->note % u')');
            years.append(line.toHtmlEscaped());
        }
        html += years.isEmpty() ? QString(u"<br><i>" % tr("Inte uppföljt ännu.").toHtmlEscaped() % u"</i>")
                                : QString(u"<br>" % years.join(QStringLiteral("<br>")));
        html += QStringLiteral("</p>");
    }
    m_ui->obligationsText->setText(html);
}

} // namespace fhb::gui
