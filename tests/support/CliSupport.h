// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real folkhalsobok-cli binary, as a user would, for the CLI tests.
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>

#include <sys/resource.h>

namespace fhb::test {

struct CliRun {
    int code = -1;
    QByteArray out; ///< standard output as written
    QString text;   ///< standard output with plain spaces (NBSP and U+202F as ' ')
    QString err;    ///< standard error as written
    QString errText; ///< standard error with plain spaces
};

/// How the program is started, beyond its arguments.
struct CliLaunch {
    rlim_t fileSizeLimit = RLIM_INFINITY; ///< a disk that is full after this many bytes (EFBIG)
    QString stdoutFile;                   ///< standard output to this file instead of a pipe
    QStringList environment;              ///< NAME=value added to the program's environment
};

inline CliRun runCli(const QStringList &arguments, const CliLaunch &launch = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(FHB_CLI_PATH));
    process.setArguments(arguments);
    if (!launch.stdoutFile.isEmpty())
        process.setStandardOutputFile(launch.stdoutFile);
    if (!launch.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : launch.environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(env);
    }
    if (const rlim_t limit = launch.fileSizeLimit; limit != RLIM_INFINITY)
        process.setChildProcessModifier([limit] {
            std::signal(SIGXFSZ, SIG_IGN); // writes past the limit fail with EFBIG instead
            rlimit r{};
            ::getrlimit(RLIMIT_FSIZE, &r);
            r.rlim_cur = limit;
            ::setrlimit(RLIMIT_FSIZE, &r);
        });
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
