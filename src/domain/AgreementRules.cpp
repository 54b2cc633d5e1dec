// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementRules.h"

#include <QSet>

namespace fhb {

namespace {

bool isYear(int year)
{
    return year >= kFirstYear && year <= kLastYear;
}

} // namespace

QList<Violation> AgreementRules::check(const Agreement &a)
{
    QList<Violation> found;
    const auto refuse = [&](const QString &path, const QString &message) { found.append({path, message}); };
    if (a.name.trimmed().isEmpty())
        refuse(QStringLiteral("name"), tr("Avtalet måste ha ett namn."));
    if (a.funder == a.counterparty)
        refuse(QStringLiteral("counterparty"), tr("Finansiären och motparten kan inte vara samma part."));
    if (!isYear(a.firstYear) || !isYear(a.lastYear) || a.firstYear > a.lastYear)
        refuse(isYear(a.firstYear) ? QStringLiteral("lastYear") : QStringLiteral("firstYear"),
               tr("Avtalsperioden %1–%2 går inte: det första året måste komma före eller vara lika med det sista, "
                  "mellan 1900 och 2200.").arg(a.firstYear).arg(a.lastYear));
    if (a.baseCompensationOre && *a.baseCompensationOre < 0)
        refuse(QStringLiteral("baseCompensationOre"), tr("Grundersättningen kan inte vara negativ."));
    if (a.cofundingRatioBp < 0 || a.cofundingRatioBp > 100000)
        refuse(QStringLiteral("cofundingRatioBp"), tr("Medfinansieringsgraden måste vara mellan 0 % och 1 000 %."));
    int k = 0;
    for (auto it = a.decidedOre.cbegin(); it != a.decidedOre.cend(); ++it, ++k) {
        if (!isYear(it.key()))
            refuse(QStringLiteral("decided[%1].year").arg(k),
                   tr("Den fastställda ersättningen gäller %1, som inte ligger mellan 1900 och 2200.").arg(it.key()));
        else if (*it < 0)
            refuse(QStringLiteral("decided[%1].amountOre").arg(k),
                   tr("Den fastställda ersättningen för %1 går inte att spara: beloppet kan inte vara negativt.")
                       .arg(it.key()));
    }
    k = 0;
    for (auto it = a.plkBp.cbegin(); it != a.plkBp.cend(); ++it, ++k) {
        if (!isYear(it.key()))
            refuse(QStringLiteral("indexation[%1].year").arg(k),
                   tr("Uppräkningen gäller %1, som inte ligger mellan 1900 och 2200.").arg(it.key()));
        else if (*it < -10000 || *it > 10000)
            refuse(QStringLiteral("indexation[%1].plkBp").arg(k),
                   tr("Uppräkningen för %1 måste vara mellan −100 % och 100 %.").arg(it.key()));
    }
    QSet<QString> members;
    for (qsizetype j = 0; j < a.commitments.size(); ++j) {
        const MemberCommitment &c = a.commitments[j];
        if (members.contains(c.party))
            refuse(QStringLiteral("commitments[%1].party").arg(j),
                   tr("%1 har två åtaganden i samma avtal. Ta bort det ena.").arg(c.party));
        else if (c.yearlyOre < 0)
            refuse(QStringLiteral("commitments[%1].yearlyOre").arg(j),
                   tr("Åtagandet för %1 kan inte vara negativt.").arg(c.party));
        members.insert(c.party);
    }
    for (qsizetype j = 0; j < a.obligations.size(); ++j) {
        const Obligation &o = a.obligations[j];
        if (o.title.trimmed().isEmpty())
            refuse(QStringLiteral("obligations[%1].title").arg(j), tr("Varje åtagande i checklistan måste ha en rubrik."));
        for (auto it = o.years.cbegin(); it != o.years.cend(); ++it)
            if (!isYear(it.key()))
                refuse(QStringLiteral("obligations[%1].fulfilled").arg(j),
                       tr("Uppföljningen av ”%1” gäller %2, som inte ligger mellan 1900 och 2200.").arg(o.title).arg(it.key()));
    }
    return found;
}

} // namespace fhb
