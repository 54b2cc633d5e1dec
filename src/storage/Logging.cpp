// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace fhb::storage {

Q_LOGGING_CATEGORY(lcStorage, "fhb.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOutput, "fhb.storage.output", QtWarningMsg)

} // namespace fhb::storage
