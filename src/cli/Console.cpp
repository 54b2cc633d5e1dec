// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <cstdio>

namespace fhb::cli {

namespace {

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QString &line) { write(stdout, QString(line + u'\n').toUtf8()); }
void Console::outBytes(const QByteArray &bytes) { write(stdout, bytes); }
void Console::err(const QString &line) { write(stderr, QString(line + u'\n').toUtf8()); }

} // namespace fhb::cli
