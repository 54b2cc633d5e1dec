// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fhb {

enum class PartyKind { Funder, Municipality, CountyPart, Organisation };

/// Exchange-format names: "funder", "municipality", "county-part", "organisation".
QString partyKindKey(PartyKind kind);
std::optional<PartyKind> partyKindFromKey(QStringView key);
/// Swedish display name: "Finansiär", "Kommun", "Länsdel", "Organisation".
QString partyKindName(PartyKind kind);

/// A municipality's membership of a county part, valid for whole years fromYear..toYear.
struct Membership {
    QString party; ///< the member's name
    int fromYear = 0;
    int toYear = 0;
    bool covers(int year) const { return year >= fromYear && year <= toYear; }
    /// The same municipality in a year of both: a municipality belongs to one county part at a
    /// time, and to a county part once per year (docs/reliability.md, "Tamper evidence and
    /// county parts"). The one C++ statement of the rule; the database's triggers guard it too.
    bool overlaps(const Membership &other) const
    {
        return party == other.party && fromYear <= other.toYear && other.fromYear <= toYear;
    }
    bool operator==(const Membership &) const = default;
};

/// A funder, municipality, county part or organisation. Parties are referred to by
/// name across the domain (names are unique), as in the exchange file.
struct Party {
    qint64 id = 0; ///< storage id; 0 when not stored
    QString name;
    PartyKind kind = PartyKind::Municipality;
    QList<Membership> members; ///< only for county parts

    bool isMemberInYear(const QString &member, int year) const;
    bool sameContent(const Party &other) const { return name == other.name && kind == other.kind && members == other.members; }
};

} // namespace fhb
