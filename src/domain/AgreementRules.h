// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Agreement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fhb {

/// Years an agreement, a decided amount, a PLK or a membership may name.
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2200;

/// One broken rule: where, as a field path of the exchange file ("commitments[1].yearlyOre"),
/// and why, as a Swedish sentence.
struct Violation {
    QString path;
    QString message;
};

/// The rules an agreement keeps on its own, without the party register: a name, a funder
/// other than the counterparty, a period inside 1900–2200, amounts that are not negative, a
/// co-funding ratio of 0–100000 basis points, PLK within ±10000 basis points, one commitment
/// per member and a title for every obligation. Empty when the agreement keeps them all.
/// Whether the parties exist is the store's to check.
class AgreementRules
{
    Q_DECLARE_TR_FUNCTIONS(fhb::AgreementRules)
public:
    static QList<Violation> check(const Agreement &agreement);
};

inline QList<Violation> validate(const Agreement &agreement) { return AgreementRules::check(agreement); }

} // namespace fhb
