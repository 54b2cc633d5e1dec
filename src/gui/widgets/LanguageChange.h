// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace fhb::gui {

/// Calls `retranslate` each time `widget` receives QEvent::LanguageChange (a translator was
/// installed or removed), before the widget's own changeEvent(): the one place the widgets
/// of the program watch for a new language, in place of a changeEvent() override each.
void onLanguageChange(QWidget *widget, std::function<void()> retranslate);

} // namespace fhb::gui
