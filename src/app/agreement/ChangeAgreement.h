// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgreementDocument.h"

#include "app/WriteFirstCommand.h"

namespace fhb::app {

/// The undo command of AgreementDocument: saves the whole agreement `after` in redo() and
/// `before` in undo(), written first (WriteFirstCommand).
class ChangeAgreement : public WriteFirstCommand
{
public:
    ChangeAgreement(AgreementDocument *document, Agreement before, Agreement after, const QString &text);

private:
    Status apply() override { return m_document->apply(m_before, m_after); }
    Status revert() override { return m_document->apply(m_after, m_before); }

    AgreementDocument *m_document;
    Agreement m_before;
    Agreement m_after;
};

} // namespace fhb::app
