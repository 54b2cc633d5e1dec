// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace fhb::app {
class Settings;
}

namespace fhb::gui {

class Translations;

/// Inställningar: the user interface language. OK stores the choice in app::Settings and
/// applies it at once through `translations` (every window re-translates itself).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `settings` and `translations` must outlive the dialog.
    SettingsDialog(app::Settings &settings, Translations &translations, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The language chosen in the combo box: "sv" or "en".
    QString chosenLanguage() const;
    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    app::Settings &m_settings;
    Translations &m_translations;
};

} // namespace fhb::gui
