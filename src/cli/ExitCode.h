// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace fhb::cli {

/// The exit codes of docs/cli.md, "Exit codes".
enum class ExitCode {
    Ok = 0,           ///< success
    ProblemFound = 1, ///< the command ran and found what it was asked to find (balance --strict, check)
    Usage = 2,        ///< usage or input error: unknown command or option, bad value, bad file, an output
                      ///< that cannot be written or is refused (a database, a FIFO)
    Database = 3,     ///< database error: cannot open, corrupt, locked, read-only, newer schema; and a
                      ///< full disk, for the database and every output alike
};

inline int toInt(ExitCode code) { return static_cast<int>(code); }

} // namespace fhb::cli
