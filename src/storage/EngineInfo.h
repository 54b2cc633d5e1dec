// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fhb::storage {

/// The SQLite library the program runs on (sqlite3_libversion), e.g. "3.40.1": for the About
/// box and bug reports, since Qt's driver uses the system library and not one of its own.
QString sqliteLibraryVersion();

} // namespace fhb::storage
