// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "storage/dataset/DatasetLoader.h"
#include "storage/dataset/RowWriter.h"
#include "SqlSupport.h"
#include "domain/AgreementRules.h"

#include <QSet>

namespace fhb::storage {

namespace {

QString describe(const Agreement &a)
{
    return QStringLiteral("%1: %2 – %3, %4–%5").arg(a.name, a.funder, a.counterparty).arg(a.firstYear).arg(a.lastYear);
}

QString yearMap(const QMap<int, qint64> &values, bool percentValues)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts.append(QStringLiteral("%1: %2").arg(it.key()).arg(percentValues ? percent::format(int(*it)) : money::format(*it)));
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral("; "));
}

/// (Swedish field name as Agreement::differences() spells it, readable value) per field.
QList<QPair<QString, QString>> fieldTexts(const Agreement &a)
{
    QMap<int, qint64> plk;
    for (auto it = a.plkBp.cbegin(); it != a.plkBp.cend(); ++it)
        plk.insert(it.key(), *it);
    QStringList commitments;
    for (const MemberCommitment &c : a.commitments)
        commitments.append(c.party + u' ' + money::format(c.yearlyOre));
    QStringList obligations;
    for (const Obligation &o : a.obligations) {
        QStringList years;
        for (auto it = o.years.cbegin(); it != o.years.cend(); ++it)
            years.append(QStringLiteral("%1 %2%3").arg(it.key())
                             .arg(it->fulfilled ? AgreementStore::tr("uppfyllt") : AgreementStore::tr("ej uppfyllt"),
                                  it->note.isEmpty() ? QString() : QStringLiteral(" (") + it->note + u')'));
        obligations.append(years.isEmpty() ? o.title : o.title + QStringLiteral(": ") + years.join(QStringLiteral(", ")));
    }
    return {
        {Agreement::tr("namn"), a.name},
        {Agreement::tr("finansiär"), a.funder},
        {Agreement::tr("motpart"), a.counterparty},
        {Agreement::tr("period"), QStringLiteral("%1–%2").arg(a.firstYear).arg(a.lastYear)},
        {Agreement::tr("grundersättning"), a.baseCompensationOre ? money::format(*a.baseCompensationOre) : QStringLiteral("–")},
        {Agreement::tr("fastställd ersättning"), yearMap(a.decidedOre, false)},
        {Agreement::tr("uppräkningssätt"), indexationModeKey(a.indexationMode)},
        {Agreement::tr("medfinansieringsgrad"), percent::format(a.cofundingRatioBp)},
        {Agreement::tr("uppräkning (PLK)"), yearMap(plk, true)},
        {Agreement::tr("medlemmarnas åtaganden"), commitments.isEmpty() ? QStringLiteral("–") : commitments.join(QStringLiteral("; "))},
        {Agreement::tr("åtaganden"), obligations.isEmpty() ? QStringLiteral("–") : obligations.join(QStringLiteral("; "))},
        {Agreement::tr("beslut"), QStringLiteral("%1 %2 %3").arg(a.decision.body, a.decision.date.toString(Qt::ISODate),
                                                           a.decision.reference).simplified()},
        {Agreement::tr("anteckningar"), a.notes},
    };
}

/// The differing fields' values of `before` and `after`, "namn: …; uppräkning (PLK): …".
std::pair<QString, QString> differingValues(const Agreement &before, const Agreement &after)
{
    const auto old = fieldTexts(before);
    const auto now = fieldTexts(after);
    QStringList oldParts;
    QStringList newParts;
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (old[i].second == now[i].second)
            continue;
        oldParts.append(old[i].first + QStringLiteral(": ") + old[i].second);
        newParts.append(now[i].first + QStringLiteral(": ") + now[i].second);
    }
    return {oldParts.join(QStringLiteral(" · ")), newParts.join(QStringLiteral(" · "))};
}

} // namespace

AgreementStore::AgreementStore(Database &db) : m_db(db) {}

Result<QList<Agreement>> AgreementStore::agreements() const
{
    return DatasetLoader(m_db).agreements();
}

Result<Agreement> AgreementStore::agreement(qint64 id) const
{
    return DatasetLoader(m_db).agreement(id);
}

Result<QHash<QString, qint64>> AgreementStore::partyIds() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!prepare(query, QStringLiteral("SELECT name, id FROM party")) || !execPrepared(query))
        return Result<QHash<QString, qint64>>::failure(failureMessage(query.lastError(), tr("läsa parterna")));
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    if (const std::optional<Error> error = stepFailure(query, tr("läsa parterna")))
        return Result<QHash<QString, qint64>>::failure(*error);
    return ids;
}

Status AgreementStore::validate(const Agreement &a) const
{
    const auto ids = partyIds();
    if (!ids)
        return Status::failure(ids.fault());
    if (!ids->contains(a.funder))
        return Status::failure(tr("Finansiären ”%1” finns inte bland parterna. Välj en finansiär ur listan.").arg(a.funder));
    if (!ids->contains(a.counterparty))
        return Status::failure(tr("Motparten ”%1” finns inte bland parterna. Välj en motpart ur listan.").arg(a.counterparty));
    for (const MemberCommitment &c : a.commitments)
        if (!ids->contains(c.party))
            return Status::failure(tr("Kommunen ”%1” i åtagandena finns inte bland parterna.").arg(c.party));
    if (const QList<Violation> broken = fhb::validate(a); !broken.isEmpty())
        return Status::failure(broken.first().message);
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT 1 FROM agreement WHERE name = :name AND id <> :id")))
        return Status::failure(ErrorKind::Io, tr("Avtalen kunde inte läsas."));
    query.bindValue(QStringLiteral(":name"), a.name);
    query.bindValue(QStringLiteral(":id"), a.id);
    if (!execPrepared(query))
        return Status::failure(failureMessage(query.lastError(), tr("läsa avtalen")));
    if (query.next())
        return Status::failure(tr("Det finns redan ett avtal som heter ”%1”. Välj ett annat namn.").arg(a.name));
    return {};
}

Result<qint64> AgreementStore::create(const Agreement &input)
{
    Agreement agreement = input;
    agreement.id = 0;
    if (m_db.isReadOnly())
        return Result<qint64>::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    if (const Status s = validate(agreement); !s)
        return Result<qint64>::failure(s.fault());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<qint64>::failure(ErrorKind::Busy, tr("Avtalet kunde inte sparas: databasen används av ett annat "
                                                           "program just nu. Försök igen om en stund."));
    const auto ids = partyIds();
    if (!ids)
        return Result<qint64>::failure(ids.fault());
    RowWriter writer(m_db, *ids);
    const auto id = writer.insertAgreement(agreement);
    Status s = id ? Status() : Status::failure(id.fault());
    if (s)
        s = AuditLog(m_db).record({QStringLiteral("agreement"), *id, std::nullopt, QStringLiteral("insert"), {}, {},
                                   describe(agreement)});
    if (s)
        s = transaction.commit();
    if (!s)
        return Result<qint64>::failure(s.fault());
    return *id;
}

Status AgreementStore::save(const Agreement &before, const Agreement &after)
{
    if (m_db.isReadOnly())
        return Status::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    if (after.id == 0 || after.id != before.id)
        return Status::failure(tr("Avtalet kunde inte sparas: det är inte samma avtal."));
    if (before.sameContent(after))
        return {};
    if (const Status s = validate(after); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(ErrorKind::Busy, tr("Avtalet kunde inte sparas: databasen används av ett annat program "
                                                   "just nu. Försök igen om en stund."));
    const auto current = agreement(after.id);
    if (!current)
        return Status::failure(current.fault());
    if (!current->sameContent(before))
        return Status::failure(ErrorKind::Conflict, tr("Någon annan har ändrat avtalet sedan du öppnade det, så din ändring "
                                                       "sparades inte. Läs in avtalet igen och gör sedan om ändringen."));
    const auto ids = partyIds();
    if (!ids)
        return Status::failure(ids.fault());
    RowWriter writer(m_db, *ids);
    Status s = writer.replaceAgreement(after.id, after);
    const auto [oldText, newText] = differingValues(before, after);
    if (s)
        s = AuditLog(m_db).record({QStringLiteral("agreement"), after.id, std::nullopt, QStringLiteral("update"),
                                   before.differences(after).join(QStringLiteral(", ")), oldText, newText});
    if (s)
        s = transaction.commit();
    return s;
}

Result<int> AgreementStore::dependentReportCount(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral(
            "SELECT count(*) FROM annual_report r JOIN agreement a ON a.id = :id "
            "WHERE r.year BETWEEN a.first_year AND a.last_year AND (r.party_id = a.counterparty_id "
            "OR EXISTS (SELECT 1 FROM county_part_member m WHERE m.county_part_id = a.counterparty_id "
            "AND m.member_id = r.party_id AND r.year BETWEEN m.from_year AND m.to_year))")))
        return Result<int>::failure(ErrorKind::Io, tr("Avtalets årsredovisningar kunde inte räknas."));
    query.bindValue(QStringLiteral(":id"), id);
    if (!execPrepared(query) || !query.next())
        return Result<int>::failure(failureMessage(query.lastError(), tr("räkna avtalets årsredovisningar")));
    return query.value(0).toInt();
}

Status AgreementStore::remove(qint64 id)
{
    if (m_db.isReadOnly())
        return Status::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(ErrorKind::Busy, tr("Avtalet kunde inte tas bort: databasen används av ett annat program "
                                                   "just nu. Försök igen om en stund."));
    const auto current = agreement(id);
    if (!current)
        return Status::failure(current.fault());
    const auto count = dependentReportCount(id);
    if (!count)
        return Status::failure(count.fault());
    if (*count > 0)
        return Status::failure(
                    tr("Avtalet ”%1” kan inte tas bort: %2 för åren %3–%4 räknas mot det. "
                       "Ändra avtalet i stället, eller ta först bort årsredovisningarna.")
                        .arg(current->name,
                             *count == 1 ? tr("1 årsredovisning") : tr("%1 årsredovisningar").arg(*count))
                        .arg(current->firstYear).arg(current->lastYear));
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("DELETE FROM agreement WHERE id = :id")))
        return Status::failure(ErrorKind::Io, tr("Avtalet kunde inte tas bort."));
    query.bindValue(QStringLiteral(":id"), id);
    if (!execPrepared(query))
        return Status::failure(failureMessage(query.lastError(), tr("ta bort avtalet")));
    Status s = AuditLog(m_db).record({QStringLiteral("agreement"), id, std::nullopt, QStringLiteral("delete"), {},
                                      describe(*current), {}});
    if (s)
        s = transaction.commit();
    return s;
}

} // namespace fhb::storage
