// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace fhb {

Q_LOGGING_CATEGORY(lcDomain, "fhb.domain", QtWarningMsg)

} // namespace fhb
