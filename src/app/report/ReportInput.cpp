// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportInput.h"

#include "domain/Text.h"

#include <QCoreApplication>

// The sentences keep ReportDocument's translation context: the document says them.
namespace fhb::app {

namespace {

qsizetype lineCount(const AnnualReport &r)
{
    return r.expenses.size() + r.revenues.size() + r.events.size() + r.staffResources.size();
}

// The total with `amount` in place of line `replacing` (-1: added), in 128 bits.
template<typename Lines>
WideInt totalWith(const Lines &lines, Ore amount, int replacing)
{
    WideInt total = amount;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (i != replacing)
            total += lines.at(i).amountOre;
    return total;
}

// What an expense and a revenue line share: the line's amount, its list's total, the report's size.
template <typename Line>
QString amountProblem(const AnnualReport &report, const QList<Line> &lines, Ore amount, int replacing,
                      const QString &sumTooLarge)
{
    if (amount < 0 || amount > kMaxAmountOre)
        return QCoreApplication::translate("fhb::app::ReportDocument",
                "Beloppet är för stort: en rad får vara högst %1.").arg(money::formatKr(kMaxAmountOre));
    if (totalWith(lines, amount, replacing) > WideInt(kMaxAmountOre))
        return sumTooLarge.arg(money::formatKr(kMaxAmountOre));
    if (replacing < 0 && lineCount(report) >= kMaxReportLines)
        return QCoreApplication::translate("fhb::app::ReportDocument",
                "Årsredovisningen har redan %1 rader och stycken, det högsta som tillåts.").arg(kMaxReportLines);
    return {};
}

} // namespace

QString rowProblem(const AnnualReport &report, const ReportRow &value, int replacing)
{
    using text::TextKind;
    if (const auto *line = std::get_if<ExpenseLine>(&value)) {
        if (const QString p = text::problem(line->category, TextKind::Line); !p.isEmpty())
            return QCoreApplication::translate("fhb::app::ReportDocument", "Kategorin %1.").arg(p);
        if (const QString p = text::problem(line->footnote, TextKind::Footnote); !p.isEmpty())
            return QCoreApplication::translate("fhb::app::ReportDocument", "Fotnoten %1.").arg(p);
        return amountProblem(report, report.expenses, line->amountOre, replacing,
                             QCoreApplication::translate("fhb::app::ReportDocument",
                                     "Summan av utgifterna blir större än det högsta tillåtna beloppet %1."));
    }
    if (const auto *line = std::get_if<RevenueLine>(&value)) {
        if (const QString p = text::problem(line->source, TextKind::Line); !p.isEmpty())
            return QCoreApplication::translate("fhb::app::ReportDocument", "Källan %1.").arg(p);
        if (const QString p = text::problem(line->note, TextKind::Footnote); !p.isEmpty())
            return QCoreApplication::translate("fhb::app::ReportDocument", "Noten %1.").arg(p);
        return amountProblem(report, report.revenues, line->amountOre, replacing,
                             QCoreApplication::translate("fhb::app::ReportDocument",
                                     "Summan av intäkterna blir större än det högsta tillåtna beloppet %1."));
    }
    if (const QString p = text::problem(std::get<ReportParagraph>(value).text, TextKind::Paragraph); !p.isEmpty())
        return QCoreApplication::translate("fhb::app::ReportDocument", "Stycket %1.").arg(p);
    if (replacing < 0 && lineCount(report) >= kMaxReportLines)
        return QCoreApplication::translate("fhb::app::ReportDocument",
                "Årsredovisningen har redan %1 rader och stycken, det högsta som tillåts.").arg(kMaxReportLines);
    return {};
}

QString signatureProblem(const Signature &signature)
{
    for (const QString &field : {signature.onBehalfOfName, signature.onBehalfOfTitle, signature.preparedByName,
                                 signature.preparedByTitle})
        if (const QString p = fhb::text::problem(field, fhb::text::TextKind::Line); !p.isEmpty())
            return QCoreApplication::translate("fhb::app::ReportDocument", "Underskriften %1.").arg(p);
    return {};
}

} // namespace fhb::app
