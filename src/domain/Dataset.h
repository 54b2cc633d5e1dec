// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Agreement.h"
#include "AnnualReport.h"
#include "Party.h"

namespace fhb {

/// Everything a database (or an exchange file) holds: parties, agreements and reports,
/// which refer to each other by party and agreement name.
struct Dataset {
    QList<Party> parties;
    QList<Agreement> agreements;
    QList<AnnualReport> reports;

    const Party *party(const QString &name) const;
    const Agreement *agreement(const QString &name) const;
    const AnnualReport *report(const QString &party, int year) const;
    /// Reports of one party, oldest year first.
    QList<const AnnualReport *> reportsOf(const QString &party) const;
    /// County parts that `member` belongs to in `year`.
    QList<const Party *> countyPartsOf(const QString &member, int year) const;
    /// Agreements whose counterparty is `party`.
    QList<const Agreement *> agreementsOf(const QString &party) const;
};

} // namespace fhb
