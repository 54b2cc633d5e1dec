// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetStore.h"

#include "domain/Dataset.h"
#include "domain/Result.h"

#include <optional>

// Internal: reads parties, agreements and reports into domain objects.
namespace fhb::storage {

/// Which reports to read; every set field narrows the selection.
struct ReportSelection {
    std::optional<qint64> id;
    std::optional<QString> party;
    std::optional<int> year;
};

class DatasetLoader
{
public:
    explicit DatasetLoader(const Database &db);

    /// All parties (or only party `id`), ordered by kind then name, with their members.
    Result<QList<Party>> parties(std::optional<qint64> id = std::nullopt) const;
    /// All agreements (or only agreement `id`), ordered by name.
    Result<QList<Agreement>> agreements(std::optional<qint64> id = std::nullopt) const;
    /// Party, agreement or report `id`; NotFound when it is not (or no longer) in the database.
    Result<Party> party(qint64 id) const;
    Result<Agreement> agreement(qint64 id) const;
    Result<AnnualReport> report(qint64 id) const;
    /// The selected reports with lines and paragraphs, ordered by party then year.
    Result<QList<AnnualReport>> reports(const ReportSelection &selection) const;
    /// DatasetStore::load.
    Result<Dataset> load(const DatasetFilter &filter) const;

private:
    Status loadAgreementDetails(QList<Agreement> &agreements, std::optional<qint64> id) const;
    Status loadReportDetails(QList<AnnualReport> &reports, const ReportSelection &selection) const;

    const Database &m_db;
};

} // namespace fhb::storage
