// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace fhb::storage {

class Database;

/// What an upgrade needs beyond its SQL script (resources/sql): the parts SQLite cannot do,
/// run in the same transaction, right after the script of `version`. Version 3 chains the
/// audit rows written before it and records an approval with fingerprint for every report
/// that was already approved.
Status completeUpgrade(const Database &db, int version);

} // namespace fhb::storage
