// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QStringList>

namespace fhb::storage {

class Database;

/// The full integrity check of an open database for `folkhalsobok-cli check`: SQLite's
/// PRAGMA integrity_check (every page and index) and PRAGMA foreign_key_check.
/// Returns the problems as Swedish sentences (empty when the file is sound); fails only
/// when the checks themselves cannot run. Reads only; works on read-only databases.
Result<QStringList> integrityProblems(const Database &db);

} // namespace fhb::storage
