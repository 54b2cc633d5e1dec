// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CofundingBalance.h"
#include "domain/Dataset.h"
#include "domain/Result.h"

namespace fhb::storage {

class Database;

/// What the co-funding balance needs, read without a single report line.
struct BalanceInputs {
    Dataset data;                ///< parties and agreements as DatasetStore::load gives them; no reports
    QList<ReportFigure> reports; ///< every report, ordered by party then year
};

/// Reads the co-funding balance's inputs with the report contributions summed in SQL, so
/// that the overview and `balance` of a large county need not load every expense line
/// (docs/performance.md). computeBalances(inputs.data, inputs.reports) equals
/// computeBalances(DatasetStore::load()).
class BalanceStore
{
public:
    explicit BalanceStore(const Database &db);

    Result<BalanceInputs> load() const;
    /// Each report's party, year, status and contribution (expenses − revenues, öre).
    Result<QList<ReportFigure>> reportFigures() const;

private:
    const Database &m_db;
};

} // namespace fhb::storage
