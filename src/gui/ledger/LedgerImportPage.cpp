// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerImportPage.h"

namespace fhb::gui {

LedgerImportPage::LedgerImportPage(QWidget *parent) : QWizardPage(parent) {}

void LedgerImportPage::setCompleteCheck(std::function<bool()> check)
{
    m_check = std::move(check);
    recheck();
}

void LedgerImportPage::recheck()
{
    Q_EMIT completeChanged();
}

bool LedgerImportPage::isComplete() const
{
    return m_check ? m_check() : true;
}

} // namespace fhb::gui
