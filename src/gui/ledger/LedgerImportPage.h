// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>

namespace fhb::gui {

/// A page of LedgerImportWizard whose Nästa/Slutför follows a check the wizard supplies
/// (the pages themselves are laid out in ui/LedgerImportWizard.ui).
class LedgerImportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LedgerImportPage(QWidget *parent = nullptr);

    /// Nästa/Slutför is enabled while `check` returns true (always without a check).
    void setCompleteCheck(std::function<bool()> check);
    /// Asks QWizard to call isComplete() again.
    void recheck();
    bool isComplete() const override;

private:
    std::function<bool()> m_check;
};

} // namespace fhb::gui
