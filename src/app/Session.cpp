// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

namespace fhb::app {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session() = default;

Status Session::open(const QString &path, const OpenOptions &options, Workspace::Load load)
{
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, options, load);
    if (!opened)
        return Status::failure(opened.fault());
    setWorkspace(std::move(opened.value()));
    return {};
}

void Session::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    Q_EMIT workspaceAboutToChange();
    m_workspace = std::move(workspace);
    Q_EMIT workspaceChanged(m_workspace.get());
}

} // namespace fhb::app
