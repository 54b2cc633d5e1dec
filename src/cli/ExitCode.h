// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

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

/// What a failure is about: the same kind of failure means another exit code for an output
/// than for the database (docs/cli.md, "Exit codes").
enum class Concerning {
    Input,    ///< what the user gave (a value, a file's content, a name) or the database's answer
    Output,   ///< a file or standard output the command writes
    Database, ///< opening or creating the database file
};

/// The exit code of a failure of `kind`: a full disk is always 3. For an output every other
/// failure is 2. Opening the database fails with 3, except for a target that exists already
/// (Conflict: `init`, `generate`). Otherwise the user's input is 2 (Invalid, NotFound,
/// Conflict, Locked: an approved report) and the database's trouble 3 (Busy, ReadOnly,
/// Corrupt, Io).
constexpr ExitCode exitCodeFor(ErrorKind kind, Concerning about = Concerning::Input)
{
    if (kind == ErrorKind::DiskFull)
        return ExitCode::Database;
    switch (about) {
    case Concerning::Output:
        return ExitCode::Usage;
    case Concerning::Database:
        return kind == ErrorKind::Conflict ? ExitCode::Usage : ExitCode::Database;
    case Concerning::Input:
        break;
    }
    switch (kind) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::Locked:
        return ExitCode::Usage;
    case ErrorKind::Busy:
    case ErrorKind::ReadOnly:
    case ErrorKind::DiskFull:
    case ErrorKind::Corrupt:
    case ErrorKind::Io:
        break;
    }
    return ExitCode::Database;
}

} // namespace fhb::cli
