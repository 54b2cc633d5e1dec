// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionIcons.h"

namespace fhb::gui {

namespace {
struct Spec {
    const char16_t *file;
    const char16_t *themeName; ///< nullptr: always our own
};

Spec specOf(ActionIcon id)
{
    switch (id) {
    case ActionIcon::NewReport: return {u"report-new", nullptr};
    case ActionIcon::Undo: return {u"edit-undo", u"edit-undo"};
    case ActionIcon::Redo: return {u"edit-redo", u"edit-redo"};
    case ActionIcon::Submit: return {u"report-submit", nullptr};
    case ActionIcon::Approve: return {u"report-approve", nullptr};
    case ActionIcon::Reopen: return {u"report-reopen", nullptr};
    case ActionIcon::Settings: return {u"settings", u"preferences-system"};
    case ActionIcon::Help: return {u"help-contents", u"help-contents"};
    case ActionIcon::Parties: return {u"parties", nullptr};
    case ActionIcon::Add: return {u"list-add", u"list-add"};
    case ActionIcon::Remove: return {u"list-remove", u"list-remove"};
    case ActionIcon::Up: return {u"go-up", u"go-up"};
    case ActionIcon::Down: return {u"go-down", u"go-down"};
    case ActionIcon::Warning: return {u"warning", nullptr};
    }
    return {u"report", nullptr};
}
} // namespace

QIcon actionIcon(ActionIcon id)
{
    const Spec spec = specOf(id);
    const QIcon own(QString(u":/icons/" % QString::fromUtf16(spec.file) % u".svg"));
    return spec.themeName ? QIcon::fromTheme(QString::fromUtf16(spec.themeName), own) : own;
}

} // namespace fhb::gui
