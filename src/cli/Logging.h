// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The command line's logging category (docs/architecture.md, "Logging"): the command run
// and its exit code.
// Warnings are shown by default; QT_LOGGING_RULES="fhb.cli.info=true" adds the info lines.
namespace fhb::cli {

Q_DECLARE_LOGGING_CATEGORY(lcCli) ///< "fhb.cli"

} // namespace fhb::cli
