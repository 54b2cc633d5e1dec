// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace fhb::app {

/// What QJsonDocument lets through without a word, found in the bytes of a file that parsed:
/// a key given twice in one object (QJsonDocument keeps the last), a raw control character
/// (NUL too) inside a string, and a number with a fraction or exponent at or beyond 2^53,
/// whose value a double can no longer hold exactly. Returns "<JSON path>: <Swedish reason>"
/// for the first one, e.g. "reports[0].status: fältet finns två gånger"; empty when none.
std::optional<QString> exchangeJsonProblem(QByteArrayView json);

} // namespace fhb::app
