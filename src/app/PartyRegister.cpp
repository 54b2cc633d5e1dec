// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyRegister.h"

#include "Logging.h"

#include "domain/Text.h"

namespace fhb::app {

QStringList reportingParties(const Dataset &data)
{
    QStringList names;
    for (const Party &p : data.parties)
        if (p.kind != PartyKind::Funder)
            names.append(p.name);
    names.sort(Qt::CaseInsensitive);
    return names;
}

PartyRegister::PartyRegister(storage::Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    // An empty register until the caller's own reload() says why the parties could not be read.
    if (const Status loaded = reload(); !loaded)
        qCWarning(lcApp) << "the parties could not be read:" << loaded.error();
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

Result<int> PartyRegister::add(const QString &typed, PartyKind kind, const QList<Membership> &members)
{
    const QString name = text::clean(typed);
    if (const QString problem = nameProblem(name, -1); !problem.isEmpty())
        return Result<int>::failure(problem);
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
    const QString name = text::clean(newName);
    if (const QString problem = nameProblem(name, row); !problem.isEmpty())
        return Status::failure(problem);
    return after(storage::PartyStore(m_db).rename(m_parties.at(row).id, name));
}

QString PartyRegister::nameProblem(const QString &name, int row) const
{
    if (const QString problem = text::problem(name, text::TextKind::Name); !problem.isEmpty())
        return tr("Namnet %1.").arg(problem);
    text::LookAlikes others;
    for (int i = 0; i < m_parties.size(); ++i)
        if (i != row)
            others.add(m_parties.at(i).name);
    if (const QString other = others.of(name); !other.isEmpty())
        return tr("Namnet liknar den befintliga parten '%1' och går inte att skilja från den. Använd den parten "
                  "eller välj ett namn som skiljer sig tydligt.").arg(other);
    return {};
}

Status PartyRegister::setMembers(int row, const QList<Membership> &members)
{
    if (row < 0 || row >= m_parties.size())
        return Status::failure(tr("Välj en länsdel i listan först."));
    return after(storage::PartyStore(m_db).setMembers(m_parties.at(row).id, members));
}

QString PartyRegister::membershipProblem(int row, int index, const Membership &member) const
{
    if (row < 0 || row >= m_parties.size() || m_parties.at(row).kind != PartyKind::CountyPart)
        return tr("Välj en länsdel i listan först.");
    const Party &countyPart = m_parties.at(row);
    if (member.fromYear < 1900 || member.fromYear > 2200 || member.toYear < 1900 || member.toYear > 2200)
        return tr("Åren %1–%2 går inte: ett medlemskap måste ligga mellan 1900 och 2200.").arg(member.fromYear).arg(member.toYear);
    if (member.fromYear > member.toYear)
        return tr("Det första året (%1) kommer efter det sista (%2). Ändra åren så att det första är före eller lika "
                  "med det sista.").arg(member.fromYear).arg(member.toYear);
    const int memberRow = rowOf(member.party);
    if (memberRow < 0 || m_parties.at(memberRow).kind != PartyKind::Municipality)
        return tr("%1 är inte en kommun. Bara kommuner kan vara medlemmar i en länsdel.").arg(member.party);
    for (int i = 0; i < countyPart.members.size(); ++i) {
        const Membership &other = countyPart.members.at(i);
        if (i != index && other.overlaps(member))
            return tr("%1 är redan medlem i %2 %3–%4. Välj år som inte överlappar, eller ändra det befintliga "
                      "medlemskapet.").arg(member.party, countyPart.name).arg(other.fromYear).arg(other.toYear);
    }
    for (const Party &part : m_parties) {
        if (part.id == countyPart.id || part.kind != PartyKind::CountyPart)
            continue;
        for (const Membership &other : part.members) {
            if (other.overlaps(member))
                return tr("%1 är redan medlem i %2 %3–%4. En kommun kan bara höra till en länsdel åt gången; välj år "
                          "som inte överlappar.").arg(member.party, part.name).arg(other.fromYear).arg(other.toYear);
        }
    }
    return {};
}

Status PartyRegister::addMember(int row, const Membership &member)
{
    if (const QString problem = membershipProblem(row, -1, member); !problem.isEmpty())
        return Status::failure(problem);
    QList<Membership> members = m_parties.at(row).members;
    members.append(member);
    return setMembers(row, members);
}

Status PartyRegister::changeMember(int row, int index, const Membership &member)
{
    if (row < 0 || row >= m_parties.size() || index < 0 || index >= m_parties.at(row).members.size())
        return Status::failure(tr("Välj ett medlemskap i listan först."));
    if (const QString problem = membershipProblem(row, index, member); !problem.isEmpty())
        return Status::failure(problem);
    QList<Membership> members = m_parties.at(row).members;
    members[index] = member;
    return setMembers(row, members);
}

Status PartyRegister::removeMember(int row, int index)
{
    if (row < 0 || row >= m_parties.size() || index < 0 || index >= m_parties.at(row).members.size())
        return Status::failure(tr("Välj ett medlemskap i listan först."));
    QList<Membership> members = m_parties.at(row).members;
    members.removeAt(index);
    return setMembers(row, members);
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
