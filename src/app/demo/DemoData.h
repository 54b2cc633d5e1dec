// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"
#include "domain/Result.h"

namespace fhb::storage {
class Database;
}

namespace fhb::app {

/// The demo data: the seed documents as an exchange file (resources/demo/demo.json, embedded
/// as ":/demo/demo.json"), read by the same parser as any imported file. Holds Region Örebro
/// län, its twelve municipalities in their county parts, two organisations, the Sydnärke
/// agreement 2024–2029 and the Örebro kommun agreement 2018–2023, and Örebro kommun's annual
/// report 2023 (expenses 3 637 000 kr, revenues 1 005 000 kr). Fails only if the embedded
/// file is missing or invalid, which is a build error.
Result<Dataset> demoDataset();

/// Imports demoDataset() into `db` through DatasetStore::import (all or nothing).
/// Meant for a new, empty database; on a database that already holds the same parties
/// they are matched, not duplicated. The error is a Swedish sentence.
Status loadDemoData(storage::Database &db);

} // namespace fhb::app
