// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include <memory>

namespace fhb::storage {
class Database;
}

namespace fhb::cli {

/// Runs one parsed command of folkhalsobok-cli (docs/cli.md): results to standard output,
/// Swedish messages to standard error, and the exit code of docs/cli.md.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(fhb::cli::Commands)
public:
    explicit Commands(const CommandLine &commandLine);
    ExitCode run();

private:
    ExitCode init();
    ExitCode importFile();
    ExitCode exportFile();
    ExitCode balance();
    ExitCode check();
    ExitCode backup();
    ExitCode generate();

    /// Opens the --db file; prints the reason and returns nullptr (exit code 3) when it cannot.
    std::unique_ptr<storage::Database> open(bool forWriting) const;
    /// Creates a new database at --db; refuses an existing file (exit code 2 via `code`).
    std::unique_ptr<storage::Database> create(ExitCode *code) const;
    /// Removes a database file this command created and could not fill.
    void discard(std::unique_ptr<storage::Database> db) const;
    /// Writes `bytes` to `path` ("-": standard output); prints why not and gives the exit code.
    ExitCode writeOutput(const QString &path, const QByteArray &bytes) const;

    const CommandLine &m_line;
};

} // namespace fhb::cli
