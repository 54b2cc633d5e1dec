// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteFirstCommand.h"

namespace fhb::app {

WriteFirstCommand::WriteFirstCommand(const QString &text) : QUndoCommand(text) {}

Status WriteFirstCommand::applyFirst()
{
    const Status s = apply();
    m_skipRedo = s.ok();
    return s;
}

void WriteFirstCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!apply())
        setObsolete(true);
}

void WriteFirstCommand::undo()
{
    if (!revert())
        setObsolete(true);
}

} // namespace fhb::app
