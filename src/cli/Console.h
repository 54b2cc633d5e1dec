// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"
#include "storage/OutputFile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fhb::cli {

/// Writes to the terminal in UTF-8, whatever the locale: standard output for results,
/// standard error for messages and warnings. Every write to standard output is checked: the
/// first failure is kept, and outputFailed() reports it once.
class Console
{
public:
    static void out(const QString &line);       ///< the line and a newline, to stdout
    static void outBytes(const QByteArray &bytes); ///< as is, to stdout
    static void err(const QString &line);       ///< the line and a newline, to stderr

    /// Flushes standard output and, when any write to it failed, says so on standard error (the
    /// first time) and gives the exit code: 3 for a full disk, 2 otherwise (docs/cli.md). A
    /// closed pipe (`| head` with SIGPIPE ignored) gives 2 without a message.
    static std::optional<ExitCode> outputFailed();

    /// Says `message` on standard error and gives `code`.
    static ExitCode fail(ExitCode code, const QString &message);
    /// Says `error`'s message on standard error and gives the exit code of its kind.
    static ExitCode fail(const Error &error, Concerning about = Concerning::Input);

    /// Prints an output file's failure and gives its exit code: 3 for a full disk, 2 for
    /// anything else (a refused target, a folder that cannot be written).
    static ExitCode outputError(const storage::OutputStatus &status);
};

} // namespace fhb::cli
