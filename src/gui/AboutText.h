// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fhb::app {
class Workspace;
}

namespace fhb::gui {

/// What the About box says (rich text): the program's version, its licence, the Qt and SQLite
/// it runs on, and the open database with its schema version, so that a bug report or a call
/// to the region's IT has every version at hand. `workspace` may be null (no database open).
class AboutText
{
    Q_DECLARE_TR_FUNCTIONS(fhb::gui::AboutText)
public:
    static QString html(app::Workspace *workspace);
};

} // namespace fhb::gui
