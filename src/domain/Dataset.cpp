// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dataset.h"

#include <algorithm>

namespace fhb {

const Party *Dataset::party(const QString &name) const
{
    for (const Party &p : parties)
        if (p.name == name)
            return &p;
    return nullptr;
}

const Agreement *Dataset::agreement(const QString &name) const
{
    for (const Agreement &a : agreements)
        if (a.name == name)
            return &a;
    return nullptr;
}

const AnnualReport *Dataset::report(const QString &partyName, int year) const
{
    for (const AnnualReport &r : reports)
        if (r.party == partyName && r.year == year)
            return &r;
    return nullptr;
}

QList<const AnnualReport *> Dataset::reportsOf(const QString &partyName) const
{
    QList<const AnnualReport *> result;
    for (const AnnualReport &r : reports)
        if (r.party == partyName)
            result.append(&r);
    std::sort(result.begin(), result.end(), [](auto a, auto b) { return a->year < b->year; });
    return result;
}

QList<const Party *> Dataset::countyPartsOf(const QString &member, int year) const
{
    QList<const Party *> result;
    for (const Party &p : parties)
        if (p.kind == PartyKind::CountyPart && p.isMemberInYear(member, year))
            result.append(&p);
    return result;
}

QList<const Agreement *> Dataset::agreementsOf(const QString &partyName) const
{
    QList<const Agreement *> result;
    for (const Agreement &a : agreements)
        if (a.counterparty == partyName)
            result.append(&a);
    return result;
}

} // namespace fhb
