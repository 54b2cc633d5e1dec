// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets: a failed invariant aborts with a message, which libFuzzer
// reports as a crash and saves the input for (scripts/fuzz.sh, docs/reliability.md).
#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace fhb::fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz invariant broken: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

inline void require(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

/// The fuzzer's bytes without a copy (valid during the call only).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace fhb::fuzz
