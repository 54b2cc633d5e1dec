// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Party.h"

#include "EnumKey.h"

#include <QCoreApplication>

namespace fhb {

QString partyKindKey(PartyKind kind)
{
    switch (kind) {
    case PartyKind::Funder: return QStringLiteral("funder");
    case PartyKind::Municipality: return QStringLiteral("municipality");
    case PartyKind::CountyPart: return QStringLiteral("county-part");
    case PartyKind::Organisation: return QStringLiteral("organisation");
    }
    return {};
}

std::optional<PartyKind> partyKindFromKey(QStringView key)
{
    return fromKey(key, {PartyKind::Funder, PartyKind::Municipality, PartyKind::CountyPart, PartyKind::Organisation},
                   partyKindKey);
}

QString partyKindName(PartyKind kind)
{
    switch (kind) {
    case PartyKind::Funder: return QCoreApplication::translate("Party", "Finansiär");
    case PartyKind::Municipality: return QCoreApplication::translate("Party", "Kommun");
    case PartyKind::CountyPart: return QCoreApplication::translate("Party", "Länsdel");
    case PartyKind::Organisation: return QCoreApplication::translate("Party", "Organisation");
    }
    return {};
}

bool Party::isMemberInYear(const QString &member, int year) const
{
    for (const Membership &m : members)
        if (m.party == member && m.covers(year))
            return true;
    return false;
}

} // namespace fhb
