// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Agreement.h"

#include "EnumKey.h"

#include <QCoreApplication>

namespace fhb {

QString indexationModeKey(IndexationMode mode)
{
    return mode == IndexationMode::FromBase ? QStringLiteral("from-base") : QStringLiteral("chained");
}

std::optional<IndexationMode> indexationModeFromKey(QStringView key)
{
    return fromKey(key, {IndexationMode::Chained, IndexationMode::FromBase}, indexationModeKey);
}

std::optional<Ore> Agreement::commitmentOf(const QString &party) const
{
    for (const MemberCommitment &c : commitments)
        if (c.party == party)
            return c.yearlyOre;
    return std::nullopt;
}

bool Agreement::sameContent(const Agreement &other) const
{
    return differences(other).isEmpty();
}

QStringList Agreement::differences(const Agreement &o) const
{
    QStringList d;
    if (name != o.name) d << tr("namn");
    if (funder != o.funder) d << tr("finansiär");
    if (counterparty != o.counterparty) d << tr("motpart");
    if (firstYear != o.firstYear || lastYear != o.lastYear) d << tr("period");
    if (baseCompensationOre != o.baseCompensationOre) d << tr("grundersättning");
    if (decidedOre != o.decidedOre) d << tr("fastställd ersättning");
    if (indexationMode != o.indexationMode) d << tr("uppräkningssätt");
    if (cofundingRatioBp != o.cofundingRatioBp) d << tr("medfinansieringsgrad");
    if (plkBp != o.plkBp) d << tr("uppräkning (PLK)");
    if (commitments != o.commitments) d << tr("medlemmarnas åtaganden");
    if (obligations != o.obligations) d << tr("åtaganden");
    if (decision != o.decision) d << tr("beslut");
    if (notes != o.notes) d << tr("anteckningar");
    return d;
}

} // namespace fhb
