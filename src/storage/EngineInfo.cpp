// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineInfo.h"

#include <sqlite3.h>

namespace fhb::storage {

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace fhb::storage
