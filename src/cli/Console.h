// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace fhb::cli {

/// Writes to the terminal in UTF-8, whatever the locale: standard output for results,
/// standard error for messages and warnings.
class Console
{
public:
    static void out(const QString &line);       ///< the line and a newline, to stdout
    static void outBytes(const QByteArray &bytes); ///< as is, to stdout
    static void err(const QString &line);       ///< the line and a newline, to stderr
};

} // namespace fhb::cli
