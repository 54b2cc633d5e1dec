// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Party.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace fhb::storage {

class Database;

/// How much of the database refers to one party: why it may not be deleted.
struct PartyUsage {
    int reports = 0;        ///< annual reports filed by the party
    int agreements = 0;     ///< agreements where it is funder or counterparty
    int commitments = 0;    ///< member commitments of agreements naming it
    QStringList countyParts; ///< county parts it is (or was) a member of
    bool isUsed() const { return reports > 0 || agreements > 0 || commitments > 0 || !countyParts.isEmpty(); }
};

/// The register of parties (funders, municipalities, county parts, organisations): each
/// change is one transaction with its audit row. `db` must outlive this object.
class PartyStore
{
    Q_DECLARE_TR_FUNCTIONS(fhb::storage::PartyStore)
public:
    explicit PartyStore(Database &db);

    /// All parties, ordered by kind then name, with their members.
    Result<QList<Party>> parties() const;
    /// Adds a party (name unique and not blank; members only for a county part, each an
    /// existing municipality). Returns the new id.
    Result<qint64> add(const Party &party);
    /// Renames party `id`; reports and agreements follow (they refer to the id).
    Status rename(qint64 id, const QString &newName);
    /// Replaces the member list of county part `id` (members with their years).
    Status setMembers(qint64 id, const QList<Membership> &members);
    /// What refers to party `id`.
    Result<PartyUsage> usage(qint64 id) const;
    /// Deletes party `id`. Refused while anything refers to it, with a message saying what,
    /// e.g. "Örebro kommun har 3 årsredovisningar och 1 avtal och kan därför inte tas bort. …".
    Status remove(qint64 id);

private:
    Status validateMembers(qint64 id, const QList<Membership> &members) const;
    Result<Party> party(qint64 id) const;

    Database &m_db;
};

} // namespace fhb::storage
