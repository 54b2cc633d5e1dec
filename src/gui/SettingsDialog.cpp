// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "gui/widgets/LanguageChange.h"
#include "gui/i18n/Translations.h"
#include "app/Settings.h"
#include "ui_SettingsDialog.h"


namespace fhb::gui {

SettingsDialog::SettingsDialog(app::Settings &settings, Translations &translations, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_translations(translations)
{
    m_ui->setupUi(this);
    // Each language is named in its own words, so a user who cannot read the current one
    // still finds theirs.
    for (const QString &language : Translations::languages())
        m_ui->languageCombo->addItem(Translations::nativeName(language), language);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(m_settings.language()));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    onLanguageChange(this, [this] { m_ui->retranslateUi(this); });
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::chosenLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(chosenLanguage());
    m_translations.setLanguage(chosenLanguage());
    QDialog::accept();
}

} // namespace fhb::gui
