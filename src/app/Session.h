// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Workspace.h"

#include <QObject>

#include <memory>

namespace fhb::app {

/// How a database is opened (create it, read-only, …): storage's options, named here so that
/// the gui needs no storage header.
using OpenOptions = storage::OpenOptions;

/// The program's open workspace, if any. The main window, its action classes and the tests
/// hold the one Session and ask it for the workspace when they need it, so they always see
/// the current one. Replacing the workspace emits workspaceAboutToChange() while the old one
/// still lives (editors whose documents refer to its database close then), destroys it, and
/// emits workspaceChanged().
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /// The open workspace, or nullptr.
    Workspace *workspace() const { return m_workspace.get(); }

    /// Opens the database at `path` (Workspace::open) and makes it the session's workspace. On
    /// failure the current workspace stays and the Error says why in Swedish; its kind is Busy
    /// when another program writes in the file, so that the caller can offer it read-only.
    Status open(const QString &path, const OpenOptions &options = {}, Workspace::Load load = Workspace::Load::Everything);
    /// Makes `workspace` (may be null) the session's workspace; the old one is destroyed.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    /// Closes the open workspace, if any.
    void close() { setWorkspace(nullptr); }

Q_SIGNALS:
    /// The workspace is about to be replaced or closed; workspace() is still the old one.
    void workspaceAboutToChange();
    /// `workspace` (may be null) is now the session's workspace.
    void workspaceChanged(fhb::app::Workspace *workspace);

private:
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace fhb::app
