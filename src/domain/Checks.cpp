// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checks.h"

#include "CompensationSchedule.h"

#include <QCoreApplication>

#include <limits>

namespace fhb {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("Checks", "Fel");
    case Severity::Warning: return QCoreApplication::translate("Checks", "Varning");
    case Severity::Info: return QCoreApplication::translate("Checks", "Information");
    }
    return {};
}

namespace checks {

namespace {

Finding about(const AnnualReport &r, Severity severity, const char *code, QString message, const char *field)
{
    Finding f;
    f.severity = severity;
    f.code = QString::fromLatin1(code);
    f.message = std::move(message);
    f.party = r.party;
    f.year = r.year;
    f.field = QString::fromLatin1(field);
    return f;
}

} // namespace

QList<Finding> arithmetic(const AnnualReport &r)
{
    QList<Finding> found;
    WideInt expenses = 0;
    WideInt revenues = 0;
    for (qsizetype i = 0; i < r.expenses.size(); ++i) {
        expenses += r.expenses.at(i).amountOre;
        if (r.expenses.at(i).amountOre < 0)
            found << about(r, Severity::Error, "arithmetic.negative-expense",
                           QCoreApplication::translate("Checks", "Utgiftsrad %1 (%2) har ett negativt belopp.")
                               .arg(i + 1).arg(r.expenses.at(i).category),
                           "expenses");
    }
    for (qsizetype i = 0; i < r.revenues.size(); ++i) {
        revenues += r.revenues.at(i).amountOre;
        if (r.revenues.at(i).amountOre < 0)
            found << about(r, Severity::Error, "arithmetic.negative-revenue",
                           QCoreApplication::translate("Checks", "Intäktsrad %1 (%2) har ett negativt belopp.")
                               .arg(i + 1).arg(r.revenues.at(i).source),
                           "revenues");
    }
    if (expenses > WideInt(kMaxAmountOre) || revenues > WideInt(kMaxAmountOre))
        found << about(r, Severity::Error, "arithmetic.overflow",
                       QCoreApplication::translate("Checks", "Summan av raderna är för stor för att räknas säkert."), "expenses");
    return found;
}

QList<Finding> completeness(const AnnualReport &r)
{
    QList<Finding> found;
    if (r.expenses.isEmpty())
        found << about(r, Severity::Error, "completeness.no-expenses",
                       QCoreApplication::translate("Checks", "Rapporten har ingen utgiftsrad. Lägg till minst en utgift innan den skickas in."),
                       "expenses");
    const QDate yearStart(r.year, 1, 1);
    const QDate yearEnd(r.year, 12, 31);
    if (!r.periodStart.isValid() || !r.periodEnd.isValid())
        found << about(r, Severity::Error, "completeness.period-missing",
                       QCoreApplication::translate("Checks", "Rapportens period saknar start- eller slutdatum."), "period");
    else if (r.periodStart > r.periodEnd)
        found << about(r, Severity::Error, "completeness.period-reversed",
                       QCoreApplication::translate("Checks", "Perioden börjar (%1) efter att den slutar (%2).")
                           .arg(r.periodStart.toString(Qt::ISODate), r.periodEnd.toString(Qt::ISODate)),
                       "period");
    else if (r.periodStart < yearStart || r.periodEnd > yearEnd)
        found << about(r, Severity::Error, "completeness.period-outside-year",
                       QCoreApplication::translate("Checks", "Perioden %1 – %2 ligger inte inom år %3.")
                           .arg(r.periodStart.toString(Qt::ISODate), r.periodEnd.toString(Qt::ISODate))
                           .arg(r.year),
                       "period");
    if (!r.signature.isComplete())
        found << about(r, Severity::Error, "completeness.signature-missing",
                       QCoreApplication::translate("Checks", "Underskrift saknas: ange både \"På uppdrag av\" och vem som har upprättat rapporten."),
                       "signature");
    if (r.events.size() < 3)
        found << about(r, Severity::Warning, "completeness.few-events",
                       QCoreApplication::translate("Checks", "Färre än tre viktiga händelser (%1 angivna).")
                           .arg(r.events.size()), "events");
    return found;
}

QList<Finding> compensationConsistency(const Dataset &data, const AnnualReport &r)
{
    QList<Finding> found;
    for (const Agreement *a : data.agreementsOf(r.party)) {
        if (!a->covers(r.year))
            continue;
        const YearCompensation comp = CompensationSchedule(*a).year(r.year);
        if (!comp.isKnown())
            continue;
        const Ore reported = r.regionalCompensationOre();
        if (reported == *comp.ore)
            continue;
        Finding f = about(r, Severity::Warning, "consistency.compensation",
                          QCoreApplication::translate("Checks", "Redovisad ersättning från regionen (%1) skiljer sig från avtalets ersättning för %2 (%3)%4.")
                              .arg(money::formatKr(reported))
                              .arg(r.year)
                              .arg(money::formatKr(*comp.ore))
                              .arg(comp.preliminary ? QCoreApplication::translate("Checks", ", preliminär") : QString()),
                          "revenues");
        f.agreement = a->name;
        found << f;
    }
    return found;
}

QList<Finding> cofunding(const QList<BalanceRow> &rows)
{
    QList<Finding> found;
    for (const BalanceRow &row : rows) {
        if (row.status == BalanceStatus::Ok && !row.tooLarge)
            continue;
        Finding f;
        f.party = row.party;
        f.year = row.year;
        f.agreement = row.agreement;
        if (row.tooLarge) {
            f.severity = Severity::Error;
            f.code = QStringLiteral("cofunding.too-large");
            f.message = QCoreApplication::translate("Checks", "%1 %2: beloppen är för stora för att räknas (högst %3 per rapport); saldot kan inte "
                                                              "visas. Kontrollera rapporternas rader.")
                            .arg(row.party).arg(row.year).arg(money::formatKr(kMaxAmountOre));
        } else if (row.status == BalanceStatus::MissingReport) {
            f.severity = Severity::Warning;
            f.code = QStringLiteral("cofunding.missing-report");
            f.message = QCoreApplication::translate("Checks", "%1 saknar årsredovisning för %2 (avtal %3).")
                            .arg(row.party).arg(row.year).arg(row.agreement);
        } else {
            f.severity = Severity::Error;
            f.code = row.isMemberRow ? QStringLiteral("cofunding.member-short") : QStringLiteral("cofunding.short");
            f.message = QCoreApplication::translate("Checks", "%1 %2: insatsen %3 når inte kravet %4; det fattas %5.")
                            .arg(row.party)
                            .arg(row.year)
                            .arg(money::formatKr(row.contributionOre), money::formatKr(row.requiredOre),
                                 money::formatKr(-row.balanceOre));
        }
        found << f;
    }
    return found;
}

QList<Finding> obligations(const Agreement &a, int currentYear)
{
    QList<Finding> found;
    for (const Obligation &o : a.obligations) {
        for (int year = a.firstYear; year <= a.lastYear && year < currentYear; ++year) {
            if (o.years.value(year).fulfilled)
                continue;
            Finding f;
            f.severity = Severity::Warning;
            f.code = QStringLiteral("obligations.not-fulfilled");
            f.message = QCoreApplication::translate("Checks", "Åtagandet \"%1\" är inte markerat som uppfyllt för %2 (avtal %3).")
                            .arg(o.title)
                            .arg(year)
                            .arg(a.name);
            f.party = a.counterparty;
            f.year = year;
            f.agreement = a.name;
            found << f;
        }
    }
    return found;
}

QList<Finding> forReport(const Dataset &data, const AnnualReport &report)
{
    QList<Finding> found = arithmetic(report) + completeness(report) + compensationConsistency(data, report);
    QList<BalanceRow> rows;
    for (const Agreement &a : data.agreements) {
        if (!a.covers(report.year))
            continue;
        const Party *counterparty = data.party(a.counterparty);
        if (a.counterparty == report.party || (counterparty && counterparty->isMemberInYear(report.party, report.year)))
            rows += computeBalances(data, {report.year, a.name});
    }
    for (const BalanceRow &row : rows)
        if (row.party == report.party || !row.isMemberRow)
            found += cofunding({row});
    return found;
}

QList<Finding> all(const Dataset &data, int currentYear)
{
    QList<Finding> found;
    for (const AnnualReport &r : data.reports)
        found += arithmetic(r) + completeness(r) + compensationConsistency(data, r);
    // A report for a year that has not ended yet cannot be missing: it is not due.
    for (const Finding &f : cofunding(computeBalances(data)))
        if (f.code != QStringLiteral("cofunding.missing-report") || f.year < currentYear)
            found += f;
    for (const Agreement &a : data.agreements)
        found += obligations(a, currentYear);
    return found;
}

bool hasErrors(const QList<Finding> &findings)
{
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

} // namespace checks
} // namespace fhb
