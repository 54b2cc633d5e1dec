// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QStringList>

namespace fhb::storage {

class Database;

/// The full integrity check of an open database for `folkhalsobok-cli check`: SQLite's
/// PRAGMA integrity_check (every page and index) and PRAGMA foreign_key_check; then the
/// tamper evidence (docs/reliability.md, "Tamper evidence and county parts"): every trigger of
/// the schema present with its exact text, the audit log's hash chain, every approved report
/// with its approval record and fingerprint; and no municipality in two county parts at once.
/// Returns the problems as Swedish sentences (empty when the file is sound); fails only
/// when the checks themselves cannot run. Reads only; works on read-only databases.
Result<QStringList> integrityProblems(const Database &db);

} // namespace fhb::storage
