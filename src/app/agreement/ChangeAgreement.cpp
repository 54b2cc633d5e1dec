// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeAgreement.h"

namespace fhb::app {

ChangeAgreement::ChangeAgreement(AgreementDocument *document, Agreement before, Agreement after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

Status ChangeAgreement::applyFirst()
{
    const Status s = m_document->apply(m_before, m_after);
    m_skipRedo = s.ok();
    return s;
}

void ChangeAgreement::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_document->apply(m_before, m_after))
        setObsolete(true);
}

void ChangeAgreement::undo()
{
    if (!m_document->apply(m_after, m_before))
        setObsolete(true);
}

} // namespace fhb::app
