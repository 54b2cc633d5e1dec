// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceOutput.h"

#include "app/export/TableExport.h"

#include <QStringList>

#include <algorithm>

namespace fhb::cli {

namespace {

// A row whose figures are too large to trust shows none ("–", an empty cell, null in JSON).
QString figure(const BalanceRow &row, const QString &text)
{
    return row.status == BalanceStatus::TooLarge ? QStringLiteral("\u2013") : text;
}

QString plainFigure(const BalanceRow &row, Ore ore)
{
    return row.status == BalanceStatus::TooLarge ? QString() : money::formatPlain(ore);
}

QByteArray jsonFigure(const BalanceRow &row, Ore ore)
{
    return row.status == BalanceStatus::TooLarge ? QByteArray("null") : QByteArray::number(ore);
}

QString statusText(const BalanceRow &row)
{
    QString text = balanceStatusName(row.status);
    if (row.preliminary)
        text += u' ' + BalanceOutput::tr("(preliminär)");
    return text;
}

QString partyText(const BalanceRow &row)
{
    return row.isMemberRow ? QString(QStringLiteral("  ") + row.party + u' ' + BalanceOutput::tr("(medlem)")) : row.party;
}

QString reportStatuses(const BalanceRow &row)
{
    QStringList names;
    for (ReportStatus s : row.reportStatuses)
        names << reportStatusName(s);
    names.removeDuplicates();
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", "));
}

QByteArray jsonString(const QString &text)
{
    QString escaped;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\')
            escaped += QString(u'\\' + QString(c));
        else if (u < 0x20)
            escaped += QStringLiteral("\\u%1").arg(unsigned(u), 4, 16, QChar(u'0'));
        else
            escaped += c;
    }
    return QString(u'"' + escaped + u'"').toUtf8();
}

} // namespace

std::optional<BalanceOutput::Format> BalanceOutput::formatFromName(const QString &name)
{
    if (name == QLatin1String("text"))
        return Format::Text;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QByteArray BalanceOutput::render(const QList<BalanceRow> &rows, Format format)
{
    switch (format) {
    case Format::Text: return text(rows);
    case Format::Csv: return csv(rows);
    case Format::Json: return json(rows);
    }
    return {};
}

QByteArray BalanceOutput::text(const QList<BalanceRow> &rows)
{
    if (rows.isEmpty())
        return QString(tr("Inga rader: det finns inga kända år som matchar urvalet.") + u'\n').toUtf8();
    const QStringList header{tr("Överenskommelse"), tr("Part"), tr("År"), tr("Ersättning (kr)"), tr("Krav (kr)"),
                             tr("Insats (kr)"), tr("Saldo (kr)"), tr("Status"), tr("Rapport")};
    const QList<bool> rightAligned{false, false, false, true, true, true, true, false, false};
    QList<QStringList> table{header};
    for (const BalanceRow &r : rows)
        table << QStringList{r.isMemberRow ? QString() : r.agreement, partyText(r), QString::number(r.year),
                             money::format(r.compensationOre), money::format(r.requiredOre),
                             figure(r, money::format(r.contributionOre)),
                             figure(r, money::format(r.balanceOre, {.explicitPlus = true})), statusText(r),
                             reportStatuses(r)};
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : table)
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    QString out;
    for (qsizetype i = 0; i < table.size(); ++i) {
        QStringList cells;
        for (qsizetype c = 0; c < header.size(); ++c)
            cells << (rightAligned.at(c) ? table[i][c].rightJustified(widths[c]) : table[i][c].leftJustified(widths[c]));
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
        if (i == 0) {
            qsizetype total = 2 * (header.size() - 1);
            for (qsizetype w : widths)
                total += w;
            out += QString(total, u'-') + u'\n';
        }
    }
    return out.toUtf8();
}

QByteArray BalanceOutput::csv(const QList<BalanceRow> &rows)
{
    QString out = QStringList{tr("Överenskommelse"), tr("Motpart"), tr("Part"), tr("År"), tr("Ersättning"),
                              tr("Krav"), tr("Insats"), tr("Saldo"), tr("Preliminär"), tr("Status")}
                      .join(u';')
                + QStringLiteral("\r\n");
    for (const BalanceRow &r : rows) {
        // Names go through the overview export's rule (quoting, never a formula); numbers
        // ("-18211") are written as they are.
        const auto text = [](const QString &cell) { return app::TableExport::csvTextCell(cell); };
        const QStringList cells{text(r.agreement), text(r.counterparty), text(r.party), QString::number(r.year),
                                money::formatPlain(r.compensationOre), money::formatPlain(r.requiredOre),
                                plainFigure(r, r.contributionOre), plainFigure(r, r.balanceOre),
                                text(r.preliminary ? tr("ja") : tr("nej")), text(balanceStatusName(r.status))};
        out += cells.join(u';') + QStringLiteral("\r\n");
    }
    return "\xEF\xBB\xBF" + out.toUtf8();
}

QByteArray BalanceOutput::json(const QList<BalanceRow> &rows)
{
    if (rows.isEmpty())
        return "{\n  \"rows\": []\n}\n";
    QByteArray out = "{\n  \"rows\": [\n";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BalanceRow &r = rows.at(i);
        out += "    {\"agreement\": " + jsonString(r.agreement) + ", \"counterparty\": " + jsonString(r.counterparty)
             + ", \"party\": " + jsonString(r.party) + ", \"year\": " + QByteArray::number(r.year)
             + ", \"compensationOre\": " + QByteArray::number(r.compensationOre)
             + ", \"requiredOre\": " + QByteArray::number(r.requiredOre)
             + ", \"contributionOre\": " + jsonFigure(r, r.contributionOre)
             + ", \"balanceOre\": " + jsonFigure(r, r.balanceOre)
             + ", \"preliminary\": " + (r.preliminary ? "true" : "false")
             + ", \"status\": " + jsonString(balanceStatusKey(r.status)) + '}';
        out += i + 1 < rows.size() ? ",\n" : "\n";
    }
    return out + "  ]\n}\n";
}

} // namespace fhb::cli
