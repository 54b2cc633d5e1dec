// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real folkhalsobok-cli binary, as a user would, for the CLI tests.
#include "../support/TestSupport.h"

#include <QProcess>

namespace fhb::test {

struct CliRun {
    int code = -1;
    QByteArray out; ///< standard output as written
    QString text;   ///< standard output with plain spaces (NBSP and U+202F as ' ')
    QString err;    ///< standard error as written
    QString errText; ///< standard error with plain spaces
};

inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(FHB_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForFinished(180000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliRun run;
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.text = plainSpaces(QString::fromUtf8(run.out));
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.errText = plainSpaces(run.err);
    return run;
}

} // namespace fhb::test
