// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>

namespace fhb::cli {

namespace {

int stdoutError = 0;       ///< the errno of the first failed write to stdout
bool stdoutReported = false;

bool write(std::FILE *stream, const QByteArray &bytes)
{
    errno = 0;
    const bool written = std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream) == std::size_t(bytes.size());
    const bool flushed = std::fflush(stream) == 0;
    return written && flushed;
}

void writeOut(const QByteArray &bytes)
{
    if (!write(stdout, bytes) && stdoutError == 0)
        stdoutError = errno != 0 ? errno : EIO;
}

} // namespace

void Console::out(const QString &line) { writeOut(QString(line + u'\n').toUtf8()); }
void Console::outBytes(const QByteArray &bytes) { writeOut(bytes); }
void Console::err(const QString &line) { write(stderr, QString(line + u'\n').toUtf8()); }

std::optional<ExitCode> Console::outputFailed()
{
    errno = 0;
    if ((std::fflush(stdout) != 0 || std::ferror(stdout)) && stdoutError == 0)
        stdoutError = errno != 0 ? errno : EIO;
    if (stdoutError == 0)
        return std::nullopt;
    if (!stdoutReported && stdoutError != EPIPE)
        err(QCoreApplication::translate("Console", "Standard ut kunde inte skrivas: %1. Utdata är ofullständiga.")
                .arg(storage::OutputFile::reason(stdoutError, QString())));
    stdoutReported = true;
    return exitCodeFor(storage::errorKindOf(storage::OutputFile::kindOf(stdoutError)), Concerning::Output);
}

ExitCode Console::fail(ExitCode code, const QString &message)
{
    err(message);
    return code;
}

ExitCode Console::fail(const Error &error, Concerning about)
{
    return fail(exitCodeFor(error.kind, about), error.message);
}

ExitCode Console::outputError(const storage::OutputStatus &status)
{
    return fail(status.fault(), Concerning::Output);
}

} // namespace fhb::cli
