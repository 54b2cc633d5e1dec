// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/EngineInfo.h"

// What the About box and bug reports say about the storage engine, for the layers above app,
// which never include storage.
namespace fhb::app {

using storage::sqliteLibraryVersion;

/// The schema version this program creates and understands.
inline int latestSchemaVersion()
{
    return storage::Database::latestSchemaVersion();
}

} // namespace fhb::app
