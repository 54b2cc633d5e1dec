// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetStore.h"

#include "storage/Database.h"
#include "DatasetImporter.h"
#include "DatasetLoader.h"

namespace fhb::storage {

DatasetStore::DatasetStore(Database &db) : m_db(db) {}

Result<Dataset> DatasetStore::load(const DatasetFilter &filter) const
{
    return DatasetLoader(m_db).load(filter);
}

Result<ImportSummary> DatasetStore::import(const Dataset &data, const ImportOptions &options)
{
    return DatasetImporter(m_db, options).run(data);
}

} // namespace fhb::storage
