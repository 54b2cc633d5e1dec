// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetStore.h"

#include "storage/Database.h"
#include "DatasetImporter.h"
#include "DatasetLoader.h"
#include "storage/Logging.h"

namespace fhb::storage {

DatasetStore::DatasetStore(Database &db) : m_db(db) {}

Result<Dataset> DatasetStore::load(const DatasetFilter &filter) const
{
    return DatasetLoader(m_db).load(filter);
}

Result<ImportSummary> DatasetStore::import(const Dataset &data, const ImportOptions &options)
{
    Result<ImportSummary> summary = DatasetImporter(m_db, options).run(data);
    if (summary)
        qCInfo(lcStorage) << "imported into" << m_db.path() << ": parties added" << summary->partiesAdded
                          << "agreements added" << summary->agreementsAdded << "replaced"
                          << summary->agreementsReplaced << "reports added" << summary->reportsAdded << "replaced"
                          << summary->reportsReplaced << "unchanged" << summary->reportsUnchanged;
    else
        qCWarning(lcStorage) << "import into" << m_db.path() << "refused";
    return summary;
}

} // namespace fhb::storage
