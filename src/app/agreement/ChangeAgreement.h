// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgreementDocument.h"

#include <QUndoCommand>

namespace fhb::app {

/// The undo command of AgreementDocument: saves the whole agreement `after` in redo() and
/// `before` in undo(). The document writes first and pushes only on success (applyFirst());
/// a refused redo()/undo() marks the command obsolete.
class ChangeAgreement : public QUndoCommand
{
public:
    ChangeAgreement(AgreementDocument *document, Agreement before, Agreement after, const QString &text);
    Status applyFirst();
    void redo() override;
    void undo() override;

private:
    AgreementDocument *m_document;
    Agreement m_before;
    Agreement m_after;
    bool m_skipRedo = false;
};

} // namespace fhb::app
