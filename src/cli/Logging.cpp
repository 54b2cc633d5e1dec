// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace fhb::cli {

Q_LOGGING_CATEGORY(lcCli, "fhb.cli", QtWarningMsg)

} // namespace fhb::cli
