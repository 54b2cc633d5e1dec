// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace fhb::cli {

/// The command line of folkhalsobok-cli: `--db FILE COMMAND [ARGUMENTS] [OPTIONS]`, options
/// anywhere. Knows every command, which options and how many arguments each takes, and the
/// Swedish help text. Errors are Swedish sentences meant for standard error (exit code 2).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fhb::cli::CommandLine)
public:
    CommandLine();

    /// Parses `arguments` (argv, program name first) and checks that the command exists,
    /// takes the options given and gets the right number of arguments.
    Status parse(const QStringList &arguments);

    bool wantsHelp() const;
    bool wantsVersion() const;
    QString command() const { return m_command; }
    /// The arguments after the command (FILE for import, export, backup).
    QStringList arguments() const { return m_arguments; }
    QString database() const;
    bool isSet(const QString &option) const;
    QString value(const QString &option) const;
    /// The option's value as an integer in low..high; empty when the option is not set.
    Result<std::optional<int>> integer(const QString &option, int low, int high) const;

    /// The Swedish help listing every command and option.
    static QString helpText();

private:
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_arguments;
};

} // namespace fhb::cli
