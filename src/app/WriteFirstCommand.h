// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QUndoCommand>

namespace fhb::app {

/// An undo command whose edit is written to the database before it reaches the undo stack.
/// The document calls applyFirst() and pushes the command only when that write succeeded, so
/// a refused edit never reaches the stack; the redo() that QUndoStack::push() makes then does
/// nothing. A later redo() or undo() the database refuses marks the command obsolete, so
/// QUndoStack drops it; the document has then already said why (editRefused()) and changed
/// nothing.
class WriteFirstCommand : public QUndoCommand
{
public:
    /// The document's first write: apply() once.
    Status applyFirst();
    void redo() final;
    void undo() final;

protected:
    explicit WriteFirstCommand(const QString &text = {});
    /// Writes the edit; revert() writes the state before it back.
    virtual Status apply() = 0;
    virtual Status revert() = 0;

private:
    bool m_skipRedo = false;
};

} // namespace fhb::app
