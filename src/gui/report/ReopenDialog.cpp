// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReopenDialog.h"

#include "gui/widgets/LanguageChange.h"
#include "ui_ReopenDialog.h"

#include <QPushButton>

namespace fhb::gui {

ReopenDialog::ReopenDialog(const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReopenDialog>())
    , m_subject(subject)
{
    m_ui->setupUi(this);
    retranslate();
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canConfirm()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->reasonEdit->setFocus();
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        retranslate();
    });
}

ReopenDialog::~ReopenDialog() = default;

void ReopenDialog::retranslate()
{
    m_ui->explanation->setText(
        tr("%1 är godkänd och låst. Återöppnad blir den ett utkast som kan ändras och måste godkännas igen. "
           "Skriv varför den öppnas: orsaken sparas i historiken tillsammans med ditt namn och tiden.")
            .arg(m_subject));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Återöppna"));
}

QString ReopenDialog::reason() const
{
    return m_ui->reasonEdit->toPlainText().trimmed();
}

bool ReopenDialog::canConfirm() const
{
    return !reason().isEmpty();
}

} // namespace fhb::gui
