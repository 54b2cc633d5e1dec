// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualReport.h"

#include "EnumKey.h"

#include <QCoreApplication>

#include <algorithm>

namespace fhb {

QString reportStatusKey(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft: return QStringLiteral("draft");
    case ReportStatus::Submitted: return QStringLiteral("submitted");
    case ReportStatus::Approved: return QStringLiteral("approved");
    }
    return {};
}

std::optional<ReportStatus> reportStatusFromKey(QStringView key)
{
    return fromKey(key, {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Approved}, reportStatusKey);
}

QString reportStatusName(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft: return QCoreApplication::translate("AnnualReport", "Utkast");
    case ReportStatus::Submitted: return QCoreApplication::translate("AnnualReport", "Inskickad");
    case ReportStatus::Approved: return QCoreApplication::translate("AnnualReport", "Godkänd");
    }
    return {};
}

QString revenueKindKey(RevenueKind kind)
{
    return kind == RevenueKind::RegionalCompensation ? QStringLiteral("regional-compensation") : QStringLiteral("other");
}

std::optional<RevenueKind> revenueKindFromKey(QStringView key)
{
    return fromKey(key, {RevenueKind::RegionalCompensation, RevenueKind::Other}, revenueKindKey);
}

QString revenueKindName(RevenueKind kind)
{
    return kind == RevenueKind::RegionalCompensation
        ? QCoreApplication::translate("AnnualReport", "Regional ersättning")
        : QCoreApplication::translate("AnnualReport", "Övrig intäkt");
}

QStringList standardExpenseCategories()
{
    return {QCoreApplication::translate("AnnualReport", "Lönekostnader"),
            QCoreApplication::translate("AnnualReport", "Folkhälsoinsatser"),
            QCoreApplication::translate("AnnualReport", "Övrigt")};
}

AnnualReport AnnualReport::forYear(const QString &party, int year)
{
    AnnualReport r;
    r.party = party;
    r.year = year;
    r.periodStart = QDate(year, 1, 1);
    r.periodEnd = QDate(year, 12, 31);
    return r;
}

namespace {

// Sums in 128 bits: a list of qint64 amounts cannot overflow it.
template<typename Lines, typename Take>
WideInt wideSum(const Lines &lines, Take take)
{
    WideInt sum = 0;
    for (const auto &l : lines)
        sum += take(l);
    return sum;
}

Ore bounded(WideInt sum)
{
    return sum > WideInt(kMaxAmountOre) ? kMaxAmountOre : sum < -WideInt(kMaxAmountOre) ? -kMaxAmountOre : Ore(sum);
}

WideInt expenseSum(const AnnualReport &r) { return wideSum(r.expenses, [](const ExpenseLine &l) { return l.amountOre; }); }
WideInt revenueSum(const AnnualReport &r) { return wideSum(r.revenues, [](const RevenueLine &l) { return l.amountOre; }); }

} // namespace

Ore AnnualReport::totalExpensesOre() const { return bounded(expenseSum(*this)); }

Ore AnnualReport::totalRevenuesOre() const { return bounded(revenueSum(*this)); }

Ore AnnualReport::regionalCompensationOre() const
{
    return bounded(wideSum(revenues, [](const RevenueLine &l) {
        return l.kind == RevenueKind::RegionalCompensation ? l.amountOre : Ore(0);
    }));
}

bool AnnualReport::totalsInRange() const
{
    const auto lineOk = [](Ore ore) { return inAmountRange(ore); };
    return std::all_of(expenses.begin(), expenses.end(), [&](const ExpenseLine &l) { return lineOk(l.amountOre); })
        && std::all_of(revenues.begin(), revenues.end(), [&](const RevenueLine &l) { return lineOk(l.amountOre); })
        && inAmountRange(expenseSum(*this)) && inAmountRange(revenueSum(*this));
}

bool AnnualReport::hasRegionalCompensationLine() const
{
    return std::any_of(revenues.begin(), revenues.end(),
                       [](const RevenueLine &l) { return l.kind == RevenueKind::RegionalCompensation; });
}

bool AnnualReport::sameContent(const AnnualReport &o) const
{
    auto sameLines = [](const auto &a, const auto &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const auto &x, const auto &y) { return x.sameContent(y); });
    };
    return party == o.party && year == o.year && periodStart == o.periodStart && periodEnd == o.periodEnd
        && status == o.status && sameLines(expenses, o.expenses) && sameLines(revenues, o.revenues)
        && events == o.events && staffResources == o.staffResources && signature == o.signature;
}

} // namespace fhb
