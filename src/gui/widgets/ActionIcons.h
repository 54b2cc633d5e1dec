// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace fhb::gui {

/// Icons of the workbench's own actions (toolbar, menus, table buttons): the freedesktop
/// theme icon when the desktop has one, else our SVG in resources/icons.
enum class ActionIcon { NewReport, Undo, Redo, Submit, Approve, Reopen, Settings, Help, Parties, Add, Remove, Up, Down, Warning };

/// Never null: the resource fallback is compiled in.
QIcon actionIcon(ActionIcon id);

} // namespace fhb::gui
