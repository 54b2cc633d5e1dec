// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agreement.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace fhb::storage {

class Database;

/// Agreements as the agreement editor writes them: a whole agreement (every field, decided
/// amounts, PLK, commitments, obligations with their years) per call, in one transaction with
/// an audit row that names the differences (Agreement::differences). Agreements have no row
/// version; instead a save passes the agreement as the caller last read it (`before`) and is
/// refused (ErrorKind::Conflict) when the database holds something else.
/// `db` must outlive this object.
class AgreementStore
{
    Q_DECLARE_TR_FUNCTIONS(fhb::storage::AgreementStore)
public:
    explicit AgreementStore(Database &db);

    /// The agreement with storage id `id`; NotFound when there is none.
    Result<Agreement> agreement(qint64 id) const;
    /// All agreements, ordered by name.
    Result<QList<Agreement>> agreements() const;

    /// Stores a new agreement (`agreement.id` is ignored); the funder and the counterparty
    /// must exist, the name must be unique, the years valid. Returns the new id.
    Result<qint64> create(const Agreement &agreement);
    /// Overwrites agreement `after.id` with `after`, when the database still holds `before`
    /// (same content). A no-op when before and after have the same content.
    Status save(const Agreement &before, const Agreement &after);
    /// Deletes an agreement. Refused, with a message saying how many, while reports count
    /// towards it: reports of its counterparty (or of a member municipality in a year of
    /// membership) for a year inside its period. The deleted content is in the audit row.
    Status remove(qint64 id);
    /// How many reports count towards agreement `id` (see remove()).
    Result<int> dependentReportCount(qint64 id) const;

private:
    Status validate(const Agreement &agreement) const;
    Result<QHash<QString, qint64>> partyIds() const;

    Database &m_db;
};

} // namespace fhb::storage
