// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace fhb::gui {

Q_LOGGING_CATEGORY(lcGui, "fhb.gui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGuiPdf, "fhb.gui.pdf", QtWarningMsg)

} // namespace fhb::gui
