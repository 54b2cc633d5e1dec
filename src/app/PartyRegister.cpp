// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyRegister.h"

namespace fhb::app {

PartyRegister::PartyRegister(storage::Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

Status PartyRegister::reload()
{
    storage::PartyStore store(m_db);
    const auto parties = store.parties();
    if (!parties)
        return Status::failure(parties.error());
    QList<storage::PartyUsage> usage;
    for (const Party &p : *parties) {
        const auto u = store.usage(p.id);
        if (!u)
            return Status::failure(u.error());
        usage.append(*u);
    }
    beginResetModel();
    m_parties = *parties;
    m_usage = usage;
    endResetModel();
    return {};
}

int PartyRegister::rowOf(const QString &name) const
{
    for (int i = 0; i < m_parties.size(); ++i)
        if (m_parties.at(i).name == name)
            return i;
    return -1;
}

QStringList PartyRegister::municipalityNames() const
{
    QStringList names;
    for (const Party &p : m_parties)
        if (p.kind == PartyKind::Municipality)
            names.append(p.name);
    return names;
}

QList<QPair<QString, PartyKind>> PartyRegister::kindChoices()
{
    QList<QPair<QString, PartyKind>> choices;
    for (PartyKind kind : {PartyKind::Funder, PartyKind::Municipality, PartyKind::CountyPart, PartyKind::Organisation})
        choices.append({partyKindName(kind), kind});
    return choices;
}

Status PartyRegister::after(const Status &status)
{
    if (!status)
        return status;
    const Status reloaded = reload();
    Q_EMIT changed();
    return reloaded;
}

Result<int> PartyRegister::add(const QString &name, PartyKind kind, const QList<Membership> &members)
{
    const auto id = storage::PartyStore(m_db).add({0, name, kind, members});
    if (!id)
        return Result<int>::failure(id.error());
    if (const Status s = after({}); !s)
        return Result<int>::failure(s.error());
    return rowOf(name.trimmed());
}

Status PartyRegister::rename(int row, const QString &newName)
{
    if (row < 0 || row >= m_parties.size())
        return Status::failure(tr("Välj en part i listan först."));
    return after(storage::PartyStore(m_db).rename(m_parties.at(row).id, newName));
}

Status PartyRegister::setMembers(int row, const QList<Membership> &members)
{
    if (row < 0 || row >= m_parties.size())
        return Status::failure(tr("Välj en länsdel i listan först."));
    return after(storage::PartyStore(m_db).setMembers(m_parties.at(row).id, members));
}

Status PartyRegister::remove(int row)
{
    if (row < 0 || row >= m_parties.size())
        return Status::failure(tr("Välj en part i listan först."));
    return after(storage::PartyStore(m_db).remove(m_parties.at(row).id));
}

QString PartyRegister::whyNotRemovable(int row) const
{
    if (row < 0 || row >= m_parties.size() || !m_usage.at(row).isUsed())
        return {};
    const storage::PartyUsage &u = m_usage.at(row);
    QStringList what;
    if (u.reports > 0)
        what.append(u.reports == 1 ? tr("1 årsredovisning") : tr("%1 årsredovisningar").arg(u.reports));
    if (u.agreements > 0)
        what.append(u.agreements == 1 ? tr("1 avtal") : tr("%1 avtal").arg(u.agreements));
    if (u.commitments > 0)
        what.append(u.commitments == 1 ? tr("1 åtagande") : tr("%1 åtaganden").arg(u.commitments));
    if (!u.countyParts.isEmpty())
        what.append(tr("medlem i %1").arg(u.countyParts.join(QStringLiteral(", "))));
    return tr("Används: %1").arg(what.join(QStringLiteral(", ")));
}

int PartyRegister::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parties.size());
}

int PartyRegister::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartyRegister::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_parties.size())
        return {};
    const Party &p = m_parties.at(index.row());
    const storage::PartyUsage &u = m_usage.at(index.row());
    if (role == PartyIdRole)
        return p.id;
    if (role == KindKeyRole)
        return partyKindKey(p.kind);
    if (role == Qt::TextAlignmentRole)
        return int((index.column() >= ReportsColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn: return p.name;
    case KindColumn: return partyKindName(p.kind);
    case MembersColumn: {
        QStringList members;
        for (const Membership &m : p.members)
            members.append(QStringLiteral("%1 %2–%3").arg(m.party).arg(m.fromYear).arg(m.toYear));
        return members.join(QStringLiteral(", "));
    }
    case ReportsColumn: return u.reports;
    case AgreementsColumn: return u.agreements;
    default: return {};
    }
}

QVariant PartyRegister::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Namn");
    case KindColumn: return tr("Slag");
    case MembersColumn: return tr("Medlemmar");
    case ReportsColumn: return tr("Årsredovisningar");
    case AgreementsColumn: return tr("Avtal");
    default: return {};
    }
}

} // namespace fhb::app
