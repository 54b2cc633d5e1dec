// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CofundingBalance.h"

#include "CompensationSchedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace fhb {

QString balanceStatusKey(BalanceStatus status)
{
    switch (status) {
    case BalanceStatus::Ok: return QStringLiteral("ok");
    case BalanceStatus::Short: return QStringLiteral("short");
    case BalanceStatus::MissingReport: return QStringLiteral("missing-report");
    case BalanceStatus::TooLarge: return QStringLiteral("too-large");
    }
    return {};
}

QString balanceStatusName(BalanceStatus status)
{
    switch (status) {
    case BalanceStatus::Ok: return QCoreApplication::translate("CofundingBalance", "Uppfyller kravet");
    case BalanceStatus::Short: return QCoreApplication::translate("CofundingBalance", "Under kravet");
    case BalanceStatus::MissingReport: return QCoreApplication::translate("CofundingBalance", "Rapport saknas");
    case BalanceStatus::TooLarge: return QCoreApplication::translate("CofundingBalance", "Beloppen är för stora");
    }
    return {};
}

bool showsFigures(BalanceStatus status)
{
    return status == BalanceStatus::Ok || status == BalanceStatus::Short;
}

std::optional<qint64> cofundingRatioHundredths(Ore contribution, Ore compensation)
{
    if (compensation == 0)
        return std::nullopt;
    return divideRoundHalfAway(WideInt(contribution) * 100, compensation);
}

namespace {

// Adds a report's contribution without wrapping; an overflow marks the row too large.
void addContribution(BalanceRow &row, const ReportFigure &report)
{
    const std::optional<Ore> sum = checkedAdd(row.contributionOre, report.contributionOre);
    if (!sum || report.tooLarge)
        row.tooLarge = true;
    else
        row.contributionOre = *sum;
}

void settle(BalanceRow &row, bool anyReport)
{
    Ore balance = 0;
    if (__builtin_sub_overflow(row.contributionOre, row.requiredOre, &balance))
        row.tooLarge = true;
    // A too-large row shows no figures and never counts as meeting the requirement.
    if (row.tooLarge) {
        row.contributionOre = 0;
        row.balanceOre = 0;
        row.status = BalanceStatus::TooLarge;
        return;
    }
    row.balanceOre = balance;
    if (!anyReport)
        row.status = BalanceStatus::MissingReport;
    else
        row.status = row.balanceOre >= 0 ? BalanceStatus::Ok : BalanceStatus::Short;
}

} // namespace

QList<ReportFigure> reportFigures(const QList<AnnualReport> &reports)
{
    QList<ReportFigure> figures;
    figures.reserve(reports.size());
    for (const AnnualReport &r : reports)
        figures.append(r.totalsInRange() ? ReportFigure{r.party, r.year, r.status, r.contributionOre(), false}
                                         : ReportFigure{r.party, r.year, r.status, 0, true});
    return figures;
}

QList<BalanceRow> computeBalances(const Dataset &data, const BalanceFilter &filter)
{
    return computeBalances(data, reportFigures(data.reports), filter);
}

QList<BalanceRow> computeBalances(const Dataset &data, const QList<ReportFigure> &reports, const BalanceFilter &filter)
{
    QList<const Agreement *> agreements;
    for (const Agreement &a : data.agreements)
        if (!filter.agreement || a.name == *filter.agreement)
            agreements.append(&a);
    std::sort(agreements.begin(), agreements.end(), [](auto a, auto b) { return a->name < b->name; });

    QHash<QPair<QString, int>, const ReportFigure *> reportIndex;
    reportIndex.reserve(reports.size());
    for (const ReportFigure &r : reports)
        reportIndex.insert({r.party, r.year}, &r);
    auto reportOf = [&](const QString &party, int year) { return reportIndex.value({party, year}, nullptr); };

    QList<BalanceRow> rows;
    for (const Agreement *agreement : agreements) {
        const Party *counterparty = data.party(agreement->counterparty);
        const CompensationSchedule schedule(*agreement);
        for (const YearCompensation &comp : schedule.years()) {
            if (!comp.isKnown() || (filter.year && comp.year != *filter.year))
                continue;
            BalanceRow row;
            row.agreement = agreement->name;
            row.counterparty = agreement->counterparty;
            row.party = agreement->counterparty;
            row.year = comp.year;
            row.compensationOre = *comp.ore;
            row.requiredOre = CompensationSchedule::required(*comp.ore, agreement->cofundingRatioBp);
            row.preliminary = comp.preliminary;
            row.cofundingRatioBp = agreement->cofundingRatioBp;

            bool anyReport = false;
            // Each party's report counts once per row, even if a county part lists a member twice.
            QSet<QString> counted;
            auto count = [&](const QString &partyName) {
                if (counted.contains(partyName))
                    return;
                counted.insert(partyName);
                if (const ReportFigure *r = reportOf(partyName, comp.year)) {
                    addContribution(row, *r);
                    row.reportStatuses.append(r->status);
                    anyReport = true;
                }
            };
            count(agreement->counterparty);
            if (counterparty) {
                for (const Membership &m : counterparty->members)
                    if (m.covers(comp.year))
                        count(m.party);
            }
            settle(row, anyReport);
            rows.append(row);

            if (!counterparty)
                continue;
            for (const MemberCommitment &commitment : agreement->commitments) {
                if (!counterparty->isMemberInYear(commitment.party, comp.year))
                    continue;
                BalanceRow member;
                member.agreement = agreement->name;
                member.counterparty = agreement->counterparty;
                member.party = commitment.party;
                member.year = comp.year;
                member.isMemberRow = true;
                member.compensationOre = *comp.ore;
                member.requiredOre = commitment.yearlyOre;
                member.preliminary = comp.preliminary;
                member.cofundingRatioBp = agreement->cofundingRatioBp;
                const ReportFigure *r = reportOf(commitment.party, comp.year);
                if (r) {
                    addContribution(member, *r);
                    member.reportStatuses.append(r->status);
                }
                settle(member, r != nullptr);
                rows.append(member);
            }
        }
    }
    return rows;
}

} // namespace fhb
