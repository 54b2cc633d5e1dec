// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "storage/dataset/DatasetLoader.h"
#include "storage/dataset/RowWriter.h"
#include "SqlSupport.h"

#include <QSet>

#include <algorithm>

namespace fhb::storage {

namespace {

QString membersText(const QList<Membership> &members)
{
    QStringList parts;
    for (const Membership &m : members)
        parts.append(QStringLiteral("%1 %2–%3").arg(m.party).arg(m.fromYear).arg(m.toYear));
    return parts.join(QStringLiteral("; "));
}

QString counted(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

/// "a", "a och b", "a, b och c".
QString joinedWithAnd(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.join(QString());
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + PartyStore::tr(" och ") + parts.last();
}

/// Refused when another party than `id` is called `name` (letter case aside).
Status nameFree(const QList<Party> &parties, qint64 id, const QString &name)
{
    for (const Party &p : parties)
        if (p.id != id && p.name.compare(name, Qt::CaseInsensitive) == 0)
            return Status::failure(PartyStore::tr("Det finns redan en part som heter ”%1”. Välj ett annat namn.").arg(p.name));
    return {};
}

} // namespace

PartyStore::PartyStore(Database &db) : m_db(db) {}

Result<QList<Party>> PartyStore::parties() const
{
    return DatasetLoader(m_db).parties();
}

Result<Party> PartyStore::party(qint64 id) const
{
    return DatasetLoader(m_db).party(id);
}

Status PartyStore::validateMembers(qint64 id, const QList<Membership> &members) const
{
    const auto all = parties();
    if (!all)
        return Status::failure(all.fault());
    for (const Membership &m : members) {
        const auto it = std::find_if(all->begin(), all->end(), [&](const Party &p) { return p.name == m.party; });
        if (it == all->end())
            return Status::failure(tr("Medlemmen ”%1” finns inte bland parterna. Lägg till kommunen först.").arg(m.party));
        if (it->id == id)
            return Status::failure(tr("En länsdel kan inte vara medlem i sig själv."));
        if (it->kind != PartyKind::Municipality)
            return Status::failure(tr("%1 är inte en kommun. Bara kommuner kan vara medlemmar i en länsdel.").arg(m.party));
        if (m.fromYear < 1900 || m.toYear > 2200 || m.fromYear > m.toYear)
            return Status::failure(tr("Medlemskapet för %1 (%2–%3) går inte: det första året måste komma före eller "
                                      "vara lika med det sista, mellan 1900 och 2200.")
                                       .arg(m.party).arg(m.fromYear).arg(m.toYear));
    }
    // The same rule as the parties dialog, here too, so that no writer (an import, a script)
    // can store a municipality twice in one county part for the same year.
    for (qsizetype i = 0; i < members.size(); ++i) {
        for (qsizetype j = i + 1; j < members.size(); ++j) {
            const Membership &a = members.at(i);
            const Membership &b = members.at(j);
            if (a.overlaps(b))
                return Status::failure(tr("%1 står två gånger som medlem för samma år (%2–%3 och %4–%5). "
                                          "Slå ihop medlemskapen eller välj år som inte överlappar.")
                                           .arg(a.party).arg(a.fromYear).arg(a.toYear).arg(b.fromYear).arg(b.toYear));
        }
    }
    // A municipality belongs to one county part at a time: otherwise its report would count
    // towards two agreements' co-funding (docs/reliability.md, "Tamper evidence and county parts").
    for (const Party &other : *all) {
        if (other.id == id || other.kind != PartyKind::CountyPart)
            continue;
        for (const Membership &o : other.members) {
            for (const Membership &m : members) {
                if (o.overlaps(m))
                    return Status::failure(tr("%1 är redan medlem i %2 %3–%4. En kommun kan bara höra till en länsdel "
                                              "åt gången; välj år som inte överlappar.")
                                               .arg(m.party, other.name).arg(o.fromYear).arg(o.toYear));
            }
        }
    }
    return {};
}

Result<qint64> PartyStore::add(const Party &input)
{
    using R = Result<qint64>;
    Party party = input;
    party.name = party.name.trimmed();
    if (m_db.isReadOnly())
        return R::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    if (party.name.isEmpty())
        return R::failure(tr("Skriv partens namn."));
    if (party.kind != PartyKind::CountyPart && !party.members.isEmpty())
        return R::failure(tr("Bara en länsdel kan ha medlemmar."));
    const auto all = parties();
    if (!all)
        return R::failure(all.fault());
    if (const Status s = nameFree(*all, 0, party.name); !s)
        return R::failure(s.fault());
    if (const Status s = validateMembers(0, party.members); !s)
        return R::failure(s.fault());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(ErrorKind::Busy, tr("Parten kunde inte sparas: databasen används av ett annat program just nu. "
                                            "Försök igen om en stund."));
    QHash<QString, qint64> ids;
    for (const Party &p : *all)
        ids.insert(p.name, p.id);
    RowWriter writer(m_db, ids);
    const auto id = writer.insertParty(party);
    Status s = id ? Status() : Status::failure(id.fault());
    if (s)
        s = AuditLog(m_db).record({QStringLiteral("party"), *id, std::nullopt, QStringLiteral("insert"), {}, {},
                                   QStringLiteral("%1 (%2)").arg(party.name, partyKindName(party.kind))});
    if (s)
        s = transaction.commit();
    if (!s)
        return R::failure(s.fault());
    return *id;
}

Status PartyStore::rename(qint64 id, const QString &newName)
{
    const QString name = newName.trimmed();
    if (m_db.isReadOnly())
        return Status::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    if (name.isEmpty())
        return Status::failure(tr("Skriv partens nya namn."));
    const auto current = party(id);
    if (!current)
        return Status::failure(current.fault());
    if (current->name == name)
        return {};
    const auto all = parties();
    if (!all)
        return Status::failure(all.fault());
    if (const Status s = nameFree(*all, id, name); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(ErrorKind::Busy, tr("Parten kunde inte byta namn: databasen används av ett annat program just nu. "
                                          "Försök igen om en stund."));
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("UPDATE party SET name = :name WHERE id = :id")))
        return Status::failure(ErrorKind::Io, tr("Parten kunde inte byta namn."));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":id"), id);
    if (!execPrepared(query))
        return Status::failure(failureMessage(query.lastError(), tr("byta namn på parten")));
    Status s = AuditLog(m_db).record({QStringLiteral("party"), id, std::nullopt, QStringLiteral("update"),
                                      QStringLiteral("name"), current->name, name});
    if (s)
        s = transaction.commit();
    return s;
}

Status PartyStore::setMembers(qint64 id, const QList<Membership> &members)
{
    if (m_db.isReadOnly())
        return Status::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    const auto current = party(id);
    if (!current)
        return Status::failure(current.fault());
    if (current->kind != PartyKind::CountyPart)
        return Status::failure(tr("%1 är ingen länsdel och kan inte ha medlemmar.").arg(current->name));
    if (current->members == members)
        return {};
    if (const Status s = validateMembers(id, members); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(ErrorKind::Busy, tr("Medlemmarna kunde inte sparas: databasen används av ett annat program just nu. "
                                          "Försök igen om en stund."));
    const auto all = parties();
    if (!all)
        return Status::failure(all.fault());
    QHash<QString, qint64> ids;
    for (const Party &p : *all)
        ids.insert(p.name, p.id);
    RowWriter writer(m_db, ids);
    Status s = writer.writeMembers(id, members);
    if (s)
        s = AuditLog(m_db).record({QStringLiteral("party"), id, std::nullopt, QStringLiteral("update"),
                                   QStringLiteral("members"), membersText(current->members), membersText(members)});
    if (s)
        s = transaction.commit();
    return s;
}

Result<PartyUsage> PartyStore::usage(qint64 id) const
{
    PartyUsage usage;
    const std::pair<int *, QString> counts[] = {
        {&usage.reports, QStringLiteral("SELECT count(*) FROM annual_report WHERE party_id = :id")},
        {&usage.agreements, QStringLiteral("SELECT count(*) FROM agreement WHERE funder_id = :id OR counterparty_id = :id")},
        {&usage.commitments, QStringLiteral("SELECT count(*) FROM agreement_commitment WHERE party_id = :id")},
    };
    for (const auto &[target, sql] : counts) {
        QSqlQuery query(m_db.connection());
        if (!prepare(query, sql))
            return Result<PartyUsage>::failure(ErrorKind::Io, tr("Partens användning kunde inte läsas."));
        query.bindValue(QStringLiteral(":id"), id);
        if (!execPrepared(query) || !query.next())
            return Result<PartyUsage>::failure(failureMessage(query.lastError(), tr("läsa partens användning")));
        *target = query.value(0).toInt();
    }
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT DISTINCT p.name FROM county_part_member m JOIN party p "
                                       "ON p.id = m.county_part_id WHERE m.member_id = :id ORDER BY p.name")))
        return Result<PartyUsage>::failure(ErrorKind::Io, tr("Partens användning kunde inte läsas."));
    query.bindValue(QStringLiteral(":id"), id);
    if (!execPrepared(query))
        return Result<PartyUsage>::failure(failureMessage(query.lastError(), tr("läsa partens användning")));
    while (query.next())
        usage.countyParts.append(query.value(0).toString());
    if (const std::optional<Error> error = stepFailure(query, tr("läsa partens användning")))
        return Result<PartyUsage>::failure(*error);
    return usage;
}

Status PartyStore::remove(qint64 id)
{
    if (m_db.isReadOnly())
        return Status::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(ErrorKind::Busy, tr("Parten kunde inte tas bort: databasen används av ett annat program just nu. "
                                          "Försök igen om en stund."));
    const auto current = party(id);
    if (!current)
        return Status::failure(current.fault());
    const auto used = usage(id);
    if (!used)
        return Status::failure(used.fault());
    if (used->isUsed()) {
        QStringList what;
        if (used->reports > 0)
            what.append(counted(used->reports, tr("1 årsredovisning"), tr("%1 årsredovisningar")));
        if (used->agreements > 0)
            what.append(counted(used->agreements, tr("1 avtal"), tr("%1 avtal")));
        if (used->commitments > 0)
            what.append(counted(used->commitments, tr("1 åtagande i ett avtal"), tr("%1 åtaganden i avtal")));
        QString text = what.isEmpty() ? QString() : tr("%1 har %2").arg(current->name, joinedWithAnd(what));
        if (!used->countyParts.isEmpty())
            text = text.isEmpty() ? tr("%1 är medlem i %2").arg(current->name, joinedWithAnd(used->countyParts))
                                  : tr("%1 och är medlem i %2").arg(text, joinedWithAnd(used->countyParts));
        return Status::failure(tr("%1 och kan därför inte tas bort. Ta bort eller flytta dem först, "
                                             "eller behåll parten.").arg(text));
    }
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("DELETE FROM party WHERE id = :id")))
        return Status::failure(ErrorKind::Io, tr("Parten kunde inte tas bort."));
    query.bindValue(QStringLiteral(":id"), id);
    if (!execPrepared(query))
        return Status::failure(failureMessage(query.lastError(), tr("ta bort parten")));
    Status s = AuditLog(m_db).record({QStringLiteral("party"), id, std::nullopt, QStringLiteral("delete"), {},
                                      QStringLiteral("%1 (%2)").arg(current->name, partyKindName(current->kind)), {}});
    if (s)
        s = transaction.commit();
    return s;
}

} // namespace fhb::storage
