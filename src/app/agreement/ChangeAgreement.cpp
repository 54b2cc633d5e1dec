// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeAgreement.h"

namespace fhb::app {

ChangeAgreement::ChangeAgreement(AgreementDocument *document, Agreement before, Agreement after, const QString &text)
    : WriteFirstCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

} // namespace fhb::app
