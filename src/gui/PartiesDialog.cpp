// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartiesDialog.h"

#include "gui/widgets/LanguageChange.h"
#include "gui/widgets/TableSetup.h"
#include "app/Icons.h"
#include "app/PartyRegister.h"
#include "ui_PartiesDialog.h"

#include <QDate>
#include <QHeaderView>

namespace fhb::gui {

PartiesDialog::PartiesDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartiesDialog>())
    , m_register(new app::PartyRegister(db, this))
{
    m_ui->setupUi(this);
    if (const Status loaded = m_register->reload(); !loaded)
        showMessage(loaded.error(), true);
    else
        m_ui->messageFrame->hide();
    m_ui->partiesView->setModel(m_register);
    setUpReadOnlyTable(m_ui->partiesView);
    QHeaderView *header = m_ui->partiesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(app::PartyRegister::MembersColumn, QHeaderView::Stretch);
    m_ui->partiesView->setWordWrap(true);
    fillKinds();

    connect(m_ui->addButton, &QPushButton::clicked, this, &PartiesDialog::addParty);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &PartiesDialog::renameParty);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PartiesDialog::removeParty);
    connect(m_ui->memberAddButton, &QPushButton::clicked, this, &PartiesDialog::addMember);
    connect(m_ui->memberChangeButton, &QPushButton::clicked, this, &PartiesDialog::changeMember);
    connect(m_ui->memberRemoveButton, &QPushButton::clicked, this, &PartiesDialog::removeMember);
    connect(m_ui->membersList, &QListWidget::currentRowChanged, this, [this] {
        fillMemberFields();
        updateButtons();
    });
    m_ui->fromYearSpin->setValue(QDate::currentDate().year());
    m_ui->toYearSpin->setValue(QDate::currentDate().year());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &PartiesDialog::updateButtons);
    connect(m_ui->partiesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = currentRow();
        if (row >= 0) {
            const Party &party = m_register->parties().at(row);
            m_ui->nameEdit->setText(party.name);
            m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(party.kind)));
        }
        // Say before the click why a party cannot be removed.
        const QString why = row >= 0 ? m_register->whyNotRemovable(row) : QString();
        m_ui->removeButton->setToolTip(why.isEmpty() ? tr("Ta bort den markerade parten") : why);
        fillMembers();
        updateButtons();
    });
    connect(m_register, &app::PartyRegister::changed, this, &PartiesDialog::partiesChanged);
    fillMembers();
    updateButtons();
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        fillKinds();
        fillMembers();
    });
}

PartiesDialog::~PartiesDialog() = default;

void PartiesDialog::fillKinds()
{
    const int current = m_ui->kindCombo->currentIndex();
    m_ui->kindCombo->clear();
    for (const auto &[name, kind] : app::PartyRegister::kindChoices())
        m_ui->kindCombo->addItem(name, int(kind));
    m_ui->kindCombo->setCurrentIndex(current >= 0 ? current : m_ui->kindCombo->findData(int(PartyKind::Municipality)));
}

int PartiesDialog::currentRow() const
{
    const QModelIndex index = m_ui->partiesView->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void PartiesDialog::updateButtons()
{
    const bool hasName = !m_ui->nameEdit->text().trimmed().isEmpty();
    m_ui->addButton->setEnabled(hasName);
    m_ui->renameButton->setEnabled(hasName && currentRow() >= 0);
    m_ui->removeButton->setEnabled(currentRow() >= 0);
    const int row = currentRow();
    const bool countyPart = row >= 0 && m_register->parties().at(row).kind == PartyKind::CountyPart;
    m_ui->membersGroup->setEnabled(countyPart);
    m_ui->memberAddButton->setEnabled(countyPart && m_ui->memberCombo->count() > 0);
    m_ui->memberChangeButton->setEnabled(countyPart && currentMember() >= 0);
    m_ui->memberRemoveButton->setEnabled(countyPart && currentMember() >= 0);
}

int PartiesDialog::currentMember() const
{
    return m_ui->membersList->currentRow();
}

void PartiesDialog::fillMembers()
{
    const int row = currentRow();
    const bool countyPart = row >= 0 && m_register->parties().at(row).kind == PartyKind::CountyPart;
    const QString chosen = m_ui->memberCombo->currentText();
    {
        const QSignalBlocker blocker(m_ui->memberCombo);
        m_ui->memberCombo->clear();
        m_ui->memberCombo->addItems(m_register->municipalityNames());
        if (const int found = m_ui->memberCombo->findText(chosen); found >= 0)
            m_ui->memberCombo->setCurrentIndex(found);
    }
    const QSignalBlocker blocker(m_ui->membersList);
    m_ui->membersList->clear();
    m_ui->membersGroup->setTitle(countyPart ? tr("Medlemmar i %1").arg(m_register->parties().at(row).name)
                                            : tr("Medlemmar (välj en länsdel i listan)"));
    if (!countyPart)
        return;
    for (const Membership &m : m_register->parties().at(row).members)
        m_ui->membersList->addItem(QStringLiteral("%1 %2–%3").arg(m.party).arg(m.fromYear).arg(m.toYear));
}

Membership PartiesDialog::memberInForm() const
{
    return {m_ui->memberCombo->currentText(), m_ui->fromYearSpin->value(), m_ui->toYearSpin->value()};
}

void PartiesDialog::fillMemberFields()
{
    const int row = currentRow();
    const int member = currentMember();
    if (row < 0 || member < 0 || member >= m_register->parties().at(row).members.size())
        return;
    const Membership &m = m_register->parties().at(row).members.at(member);
    m_ui->memberCombo->setCurrentIndex(m_ui->memberCombo->findText(m.party));
    m_ui->fromYearSpin->setValue(m.fromYear);
    m_ui->toYearSpin->setValue(m.toYear);
}

bool PartiesDialog::memberResult(const Status &status, const QString &countyPart, int member, const QString &done)
{
    if (!status) {
        showMessage(status.error(), true);
        return false;
    }
    const int row = m_register->rowOf(countyPart);
    if (row >= 0)
        m_ui->partiesView->setCurrentIndex(m_register->index(row, 0));
    fillMembers();
    if (member >= 0 && m_ui->membersList->count() > 0)
        m_ui->membersList->setCurrentRow(qMin(member, m_ui->membersList->count() - 1));
    updateButtons();
    showMessage(done, false);
    return true;
}

bool PartiesDialog::addMember()
{
    const int row = currentRow();
    if (row < 0)
        return false;
    const QString countyPart = m_register->parties().at(row).name;
    const Membership member = memberInForm();
    const int added = int(m_register->parties().at(row).members.size());
    return memberResult(m_register->addMember(row, member), countyPart, added,
                        tr("%1 är medlem i %2 %3–%4.").arg(member.party, countyPart).arg(member.fromYear).arg(member.toYear));
}

bool PartiesDialog::changeMember()
{
    const int row = currentRow();
    if (row < 0)
        return false;
    const QString countyPart = m_register->parties().at(row).name;
    const Membership member = memberInForm();
    const int index = currentMember();
    return memberResult(m_register->changeMember(row, index, member), countyPart, index,
                        tr("Medlemskapet är ändrat: %1 %2–%3.").arg(member.party).arg(member.fromYear).arg(member.toYear));
}

bool PartiesDialog::removeMember()
{
    const int row = currentRow();
    const int index = currentMember();
    if (row < 0 || index < 0 || index >= m_register->parties().at(row).members.size())
        return false;
    const QString countyPart = m_register->parties().at(row).name;
    const QString member = m_register->parties().at(row).members.at(index).party;
    return memberResult(m_register->removeMember(row, index), countyPart, index,
                        tr("%1 är inte längre medlem i %2.").arg(member, countyPart));
}

void PartiesDialog::showMessage(const QString &text, bool refused)
{
    m_ui->messageText->setText(text);
    m_ui->messageIcon->setPixmap(app::icon(refused ? app::IconId::StatusShort : app::IconId::StatusOk).pixmap(16, 16));
    m_ui->messageFrame->setVisible(!text.isEmpty());
}

QString PartiesDialog::message() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageText->text();
}

bool PartiesDialog::addParty()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    const auto kind = PartyKind(m_ui->kindCombo->currentData().toInt());
    const Result<int> row = m_register->add(name, kind);
    if (!row) {
        showMessage(row.error(), true);
        return false;
    }
    m_ui->partiesView->setCurrentIndex(m_register->index(row.value(), 0));
    showMessage(tr("%1 är tillagd.").arg(name), false);
    return true;
}

bool PartiesDialog::renameParty()
{
    const int row = currentRow();
    if (row < 0)
        return false;
    const QString oldName = m_register->parties().at(row).name;
    const QString newName = m_ui->nameEdit->text().trimmed();
    if (const Status renamed = m_register->rename(row, newName); !renamed) {
        showMessage(renamed.error(), true);
        return false;
    }
    const int newRow = m_register->rowOf(newName);
    if (newRow >= 0)
        m_ui->partiesView->setCurrentIndex(m_register->index(newRow, 0));
    showMessage(tr("%1 heter nu %2.").arg(oldName, newName), false);
    return true;
}

bool PartiesDialog::removeParty()
{
    const int row = currentRow();
    if (row < 0)
        return false;
    const QString name = m_register->parties().at(row).name;
    if (const Status removed = m_register->remove(row); !removed) {
        showMessage(removed.error(), true);
        return false;
    }
    showMessage(tr("%1 är borttagen.").arg(name), false);
    return true;
}

} // namespace fhb::gui
