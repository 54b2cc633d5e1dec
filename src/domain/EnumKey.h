// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace fhb {

/// The one of `values` whose exchange-format key (`keyOf`) is `key`; nullopt for any other text.
template<typename E>
std::optional<E> fromKey(QStringView key, std::initializer_list<E> values, QString (*keyOf)(E))
{
    for (E value : values)
        if (key == keyOf(value))
            return value;
    return std::nullopt;
}

} // namespace fhb
