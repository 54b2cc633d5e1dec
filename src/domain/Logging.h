// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The domain's logging category (docs/architecture.md, "Logging").
// Warnings are shown by default; QT_LOGGING_RULES="fhb.domain.info=true" adds the info lines.
namespace fhb {

Q_DECLARE_LOGGING_CATEGORY(lcDomain) ///< "fhb.domain": money, rules, the ledger CSV parser

} // namespace fhb
