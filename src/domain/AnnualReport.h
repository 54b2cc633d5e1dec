// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fhb {

enum class ReportStatus { Draft, Submitted, Approved };
QString reportStatusKey(ReportStatus status); ///< "draft", "submitted", "approved"
std::optional<ReportStatus> reportStatusFromKey(QStringView key);
QString reportStatusName(ReportStatus status); ///< "Utkast", "Inskickad", "Godkänd"

enum class RevenueKind { RegionalCompensation, Other };
QString revenueKindKey(RevenueKind kind); ///< "regional-compensation", "other"
std::optional<RevenueKind> revenueKindFromKey(QStringView key);
QString revenueKindName(RevenueKind kind);

/// The most lines one report holds: expense and revenue lines and paragraphs together
/// (docs/data-model.md, "Bounds"); as many as one ledger CSV may bring.
constexpr qsizetype kMaxReportLines = 100000;

/// The standard expense categories of the seed report, in its order.
QStringList standardExpenseCategories();

struct ExpenseLine {
    qint64 id = 0;
    QString category;
    Ore amountOre = 0; ///< zero or more
    QString footnote;
    bool sameContent(const ExpenseLine &o) const { return category == o.category && amountOre == o.amountOre && footnote == o.footnote; }
};

struct RevenueLine {
    qint64 id = 0;
    RevenueKind kind = RevenueKind::Other;
    QString source;
    Ore amountOre = 0; ///< zero or more
    QString note;
    bool sameContent(const RevenueLine &o) const { return kind == o.kind && source == o.source && amountOre == o.amountOre && note == o.note; }
};

/// "På uppdrag av" and the preparer.
struct Signature {
    QString onBehalfOfName;
    QString onBehalfOfTitle;
    QString preparedByName;
    QString preparedByTitle;
    bool isComplete() const { return !onBehalfOfName.trimmed().isEmpty() && !preparedByName.trimmed().isEmpty(); }
    bool operator==(const Signature &) const = default;
};

/// An årsredovisning of one party for one year. Totals are always derived.
/// A recorded approval (storage table report_approval, docs/data-model.md): which version of
/// the report was approved, with which fingerprint (the SHA-256 of app/ReportFingerprint.h),
/// by whom and when. Not part of the report's content.
struct ReportApproval {
    int version = 1;
    QString fingerprint; ///< 64 lowercase hexadecimal digits
    QDateTime at;        ///< UTC
    QString who;
    bool operator==(const ReportApproval &) const = default;
};

struct AnnualReport {
    qint64 id = 0;       ///< storage id; 0 when not stored
    int rowVersion = 0;  ///< storage row version; 0 when not stored
    QString party;
    int year = 0;
    QDate periodStart;
    QDate periodEnd;
    ReportStatus status = ReportStatus::Draft;
    QList<ExpenseLine> expenses;
    QList<RevenueLine> revenues;
    QStringList events;         ///< "Tre viktiga händelser", one paragraph each
    QStringList staffResources; ///< "Beskrivning av personalresurser", one paragraph each
    Signature signature;
    QList<ReportApproval> approvals; ///< oldest first; not compared by sameContent

    /// A draft for `party` and `year` covering the whole calendar year.
    static AnnualReport forYear(const QString &party, int year);

    /// Totals are summed without overflow; a total beyond kMaxAmountOre (only possible for a
    /// report that bypassed the import and editor bounds) is given as kMaxAmountOre and
    /// totalsInRange() is false, which checks::arithmetic reports as an error.
    Ore totalExpensesOre() const;
    Ore totalRevenuesOre() const;
    /// Every line and both totals within ±kMaxAmountOre (negative lines are checks::arithmetic's).
    bool totalsInRange() const;
    /// Kommunens insats = total expenses − total revenues; may be negative.
    Ore contributionOre() const { return totalExpensesOre() - totalRevenuesOre(); }
    /// The sum of revenue lines of the kind regional compensation.
    Ore regionalCompensationOre() const;
    bool hasRegionalCompensationLine() const;
    bool isLocked() const { return status == ReportStatus::Approved; }
    /// Content equality, ignoring storage ids and row version.
    bool sameContent(const AnnualReport &other) const;
};

} // namespace fhb
