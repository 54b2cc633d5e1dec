// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"
#include "domain/Party.h"
#include "domain/Result.h"
#include "storage/PartyStore.h"

#include <QAbstractTableModel>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

/// The names of the parties that write annual reports (every kind but the funder), sorted
/// case-insensitively: the party choice of a new report or a ledger import.
QStringList reportingParties(const Dataset &data);

/// The parties dialog's model and service: every party with Namn, Slag, Medlemmar (for a
/// county part: "Askersunds kommun 2024–2029, …"), Årsredovisningar, Avtal. Changes are not
/// undoable (each is committed and audited at once); after each the list is read again
/// and changed() is emitted so the navigator can reload. Errors are Swedish sentences.
/// `db` must outlive the register.
class PartyRegister : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, MembersColumn, ReportsColumn, AgreementsColumn, ColumnCount };
    static constexpr int PartyIdRole = Qt::UserRole + 1;  ///< qint64 storage id
    static constexpr int KindKeyRole = Qt::UserRole + 2;  ///< "funder", "municipality", …

    explicit PartyRegister(storage::Database &db, QObject *parent = nullptr);

    /// Reads the parties again.
    Status reload();
    const QList<Party> &parties() const { return m_parties; }
    /// The row of the party named `name`, or -1.
    int rowOf(const QString &name) const;
    /// Municipalities that can be members of a county part, by name.
    QStringList municipalityNames() const;
    /// (Swedish name, PartyKind) pairs for a kind combo.
    static QList<QPair<QString, PartyKind>> kindChoices();

    /// Adds a party; returns its row after reloading.
    Result<int> add(const QString &name, PartyKind kind, const QList<Membership> &members = {});
    Status rename(int row, const QString &newName);
    Status setMembers(int row, const QList<Membership> &members);
    /// Adds member `member` (a municipality with its years) to county part `row`.
    /// Refused with a Swedish reason, nothing stored, when the years are outside 1900–2200 or
    /// fromYear > toYear, the member is not a municipality, or it is already a member in any
    /// of the years. Committed and audited at once (PartyStore::setMembers).
    Status addMember(int row, const Membership &member);
    /// Replaces member `index` of county part `row` (same checks as addMember()).
    Status changeMember(int row, int index, const Membership &member);
    /// Removes member `index` of county part `row`.
    Status removeMember(int row, int index);
    /// The reason `member` may not be member `index` (-1: a new one) of county part `row`;
    /// empty when it may.
    QString membershipProblem(int row, int index, const Membership &member) const;
    /// Refused while reports, agreements, commitments or memberships refer to it: the
    /// message says what, e.g. "Örebro kommun har 3 årsredovisningar och 1 avtal …".
    Status remove(int row);
    /// Whether remove(row) would be refused, and why (empty when it would not).
    QString whyNotRemovable(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The register changed in the database.
    void changed();

private:
    Status after(const Status &status);
    /// Why `name` (cleaned) may not be the name of party `row` (-1: a new one): text::problem,
    /// or a look-alike of another party; empty when it may.
    QString nameProblem(const QString &name, int row) const;

    storage::Database &m_db;
    QList<Party> m_parties;
    QList<storage::PartyUsage> m_usage;
};

} // namespace fhb::app
