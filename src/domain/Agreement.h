// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fhb {

/// How indexation builds on earlier years.
enum class IndexationMode {
    Chained,  ///< comp(Y) = round(comp(Y-1) × (1 + PLK(Y))), on the previous rounded amount
    FromBase, ///< comp(Y) = round(base × Π(1 + PLK)), rounded once
};
QString indexationModeKey(IndexationMode mode); ///< "chained" / "from-base"
std::optional<IndexationMode> indexationModeFromKey(QStringView key);

/// What a member municipality of a county part commits to put in each year.
struct MemberCommitment {
    QString party;
    Ore yearlyOre = 0;
    bool operator==(const MemberCommitment &) const = default;
};

/// Whether an obligation was met in one year, with a free note.
struct ObligationYear {
    bool fulfilled = false;
    QString note;
    bool operator==(const ObligationYear &) const = default;
};

/// An åtagande, followed up per year.
struct Obligation {
    QString title;
    QMap<int, ObligationYear> years;
    bool operator==(const Obligation &) const = default;
};

/// Who decided the agreement, when, and under what reference ("Kommunstyrelsen", "KS §…").
struct Decision {
    QString body;
    QDate date;
    QString reference;
    bool operator==(const Decision &) const = default;
};

/// An överenskommelse between a funder and one counterparty. Parties by name.
struct Agreement {
    qint64 id = 0; ///< storage id; 0 when not stored
    QString name;
    QString funder;
    QString counterparty;
    int firstYear = 0;
    int lastYear = 0;
    std::optional<Ore> baseCompensationOre; ///< compensation of firstYear, when known
    QMap<int, Ore> decidedOre;              ///< fastställd ersättning per year; always wins
    IndexationMode indexationMode = IndexationMode::Chained;
    int cofundingRatioBp = 10000; ///< required own contribution as a share of comp, 10000 = 100 %
    QMap<int, int> plkBp;         ///< pris- och lönekompensation per year, hundredths of a percent
    QList<MemberCommitment> commitments;
    QList<Obligation> obligations;
    Decision decision;
    QString notes;

    bool covers(int year) const { return year >= firstYear && year <= lastYear; }
    std::optional<Ore> commitmentOf(const QString &party) const;
    /// Content equality, ignoring the storage id.
    bool sameContent(const Agreement &other) const;
    /// Swedish names of the fields that differ from `other` ("grundersättning", "uppräkning 2025", …).
    QStringList differences(const Agreement &other) const;

    Q_DECLARE_TR_FUNCTIONS(fhb::Agreement) // last: it ends in `private:`
};

} // namespace fhb
