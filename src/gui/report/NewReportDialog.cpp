// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewReportDialog.h"

#include "app/PartyRegister.h"
#include "ui_NewReportDialog.h"

#include <QDate>
#include <QEvent>
#include <QPushButton>

namespace fhb::gui {

NewReportDialog::NewReportDialog(const Dataset &data, const QString &party, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewReportDialog>())
    , m_data(data)
{
    m_ui->setupUi(this);
    m_create = m_ui->buttonBox->addButton(tr("Skapa"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    m_ui->partyCombo->addItems(app::reportingParties(data));
    m_ui->yearSpin->setValue(QDate::currentDate().year() - 1);
    if (!party.isEmpty())
        setParty(party);
    connect(m_ui->partyCombo, &QComboBox::currentIndexChanged, this, &NewReportDialog::update);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &NewReportDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

NewReportDialog::~NewReportDialog() = default;

QString NewReportDialog::party() const
{
    return m_ui->partyCombo->currentText();
}

int NewReportDialog::year() const
{
    return m_ui->yearSpin->value();
}

storage::NewReportContent NewReportDialog::content() const
{
    if (m_ui->copyAmountsRadio->isChecked() && m_ui->copyAmountsRadio->isEnabled())
        return storage::NewReportContent::CopyLinesWithAmounts;
    if (m_ui->copyLinesRadio->isChecked() && m_ui->copyLinesRadio->isEnabled())
        return storage::NewReportContent::CopyLines;
    return storage::NewReportContent::Empty;
}

void NewReportDialog::setParty(const QString &party)
{
    const int index = m_ui->partyCombo->findText(party);
    if (index >= 0)
        m_ui->partyCombo->setCurrentIndex(index);
    // The year after the party's latest report is the likely one.
    const QList<const AnnualReport *> reports = m_data.reportsOf(party);
    if (!reports.isEmpty())
        m_ui->yearSpin->setValue(reports.last()->year + 1);
    update();
}

void NewReportDialog::setYear(int year)
{
    m_ui->yearSpin->setValue(year);
}

void NewReportDialog::setContent(storage::NewReportContent content)
{
    m_ui->emptyRadio->setChecked(content == storage::NewReportContent::Empty);
    m_ui->copyLinesRadio->setChecked(content == storage::NewReportContent::CopyLines);
    m_ui->copyAmountsRadio->setChecked(content == storage::NewReportContent::CopyLinesWithAmounts);
}

QString NewReportDialog::problem() const
{
    if (party().isEmpty())
        return tr("Det finns ingen part att skriva en årsredovisning för. Lägg först till parten under Arkiv → Parter.");
    if (m_data.report(party(), year()))
        return tr("%1 har redan en årsredovisning för %2. Öppna den i navigatorn i stället.").arg(party()).arg(year());
    return {};
}

void NewReportDialog::update()
{
    const AnnualReport *previous = nullptr;
    for (const AnnualReport *report : m_data.reportsOf(party()))
        if (report->year < year())
            previous = report;
    for (QRadioButton *radio : {m_ui->copyLinesRadio, m_ui->copyAmountsRadio})
        radio->setEnabled(previous != nullptr);
    if (!previous)
        m_ui->emptyRadio->setChecked(true);
    m_ui->copyNote->setText(
        previous ? tr("Raderna kopieras från årsredovisningen %1. Berättelsen och underskriften kopieras aldrig.")
                       .arg(previous->year)
                 : tr("%1 har ingen tidigare årsredovisning, så det finns inget att kopiera.").arg(party()));
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    m_create->setEnabled(why.isEmpty());
    m_create->setText(tr("Skapa"));
}

void NewReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        update();
    }
    QDialog::changeEvent(event);
}

} // namespace fhb::gui
