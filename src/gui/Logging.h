// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The desktop program's logging categories (docs/architecture.md, "Logging").
// Warnings are shown by default; QT_LOGGING_RULES="fhb.gui*.info=true" adds the info lines.
namespace fhb::gui {

Q_DECLARE_LOGGING_CATEGORY(lcGui)    ///< "fhb.gui": the window, databases opened, imports
Q_DECLARE_LOGGING_CATEGORY(lcGuiPdf) ///< "fhb.gui.pdf": PDF export, printing, batch export

} // namespace fhb::gui
