// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewMatrixModel.h"

#include "app/StatusLook.h"

#include <QFont>
#include <QSet>

#include <algorithm>

namespace fhb::app {

namespace {

/// Whole kronor for the matrix ("+1 627 000"); the roles keep the exact öre.
QString wholeKronor(Ore ore, bool explicitPlus)
{
    return money::format(divideRoundHalfAway(WideInt(ore), 100) * 100, {.explicitPlus = explicitPlus});
}

QString reportStatusesText(const QList<ReportStatus> &statuses)
{
    QStringList words;
    for (ReportStatus s : statuses)
        words << reportStatusName(s);
    return words.join(QStringLiteral(", "));
}

QColor tint(const QColor &colour)
{
    QColor c = colour;
    c.setAlpha(40); // a light wash that reads on light and dark palettes; the icon and word carry the meaning
    return c;
}

} // namespace

OverviewMatrixModel::OverviewMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OverviewMatrixModel::setDataset(const Dataset &data)
{
    setBalances(data, computeBalances(data));
}

void OverviewMatrixModel::setBalances(const Dataset &data, QList<BalanceRow> rows)
{
    beginResetModel();
    m_balances = std::move(rows);
    m_agreementLabels.clear();
    QSet<QString> countyParts;
    for (const Agreement &a : data.agreements) {
        m_agreementLabels.insert(a.name, QString(a.counterparty % u' ' % QString::number(a.firstYear) % u'\u2013'
                                                 % QString::number(a.lastYear)));
        const Party *p = data.party(a.counterparty);
        if (p && p->kind == PartyKind::CountyPart)
            countyParts.insert(p->name);
    }
    m_countyParts = QStringList(countyParts.begin(), countyParts.end());
    std::sort(m_countyParts.begin(), m_countyParts.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });

    m_firstYear = 0;
    m_lastYear = 0;
    for (const BalanceRow &b : std::as_const(m_balances)) {
        m_firstYear = m_firstYear == 0 ? b.year : std::min(m_firstYear, b.year);
        m_lastYear = std::max(m_lastYear, b.year);
    }
    const int years = m_balances.isEmpty() ? 0 : m_lastYear - m_firstYear + 1;

    // computeBalances groups rows by agreement: one agreement line, then its members in the
    // order they first appear (the commitments' order).
    m_lines.clear();
    QHash<QString, qsizetype> memberLines; // member → line, within the current agreement
    qsizetype agreementLine = -1;
    for (qsizetype i = 0; i < m_balances.size(); ++i) {
        const BalanceRow &b = m_balances.at(i);
        if (agreementLine < 0 || m_lines.at(agreementLine).agreement != b.agreement) {
            Line line;
            line.agreement = b.agreement;
            line.counterparty = b.counterparty;
            line.party = b.counterparty;
            line.label = m_agreementLabels.value(b.agreement, b.agreement);
            line.cells = QList<qsizetype>(years, -1);
            m_lines.append(line);
            agreementLine = m_lines.size() - 1;
            memberLines.clear();
        }
        qsizetype target = agreementLine;
        if (b.isMemberRow) {
            target = memberLines.value(b.party, -1);
            if (target < 0) {
                Line line = m_lines.at(agreementLine);
                line.kind = RowKind::Member;
                line.party = b.party;
                line.label = b.party;
                line.cells.fill(-1);
                m_lines.append(line);
                target = m_lines.size() - 1;
                memberLines.insert(b.party, target);
            }
        }
        m_lines[target].cells[b.year - m_firstYear] = i;
    }
    if (!m_filter.countyPart.isEmpty() && !m_countyParts.contains(m_filter.countyPart))
        m_filter.countyPart.clear();
    rebuild();
    endResetModel();
}

void OverviewMatrixModel::setFilter(const OverviewFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

const BalanceRow *OverviewMatrixModel::cell(const Line &line, int year) const
{
    const int i = year - m_firstYear;
    if (i < 0 || i >= line.cells.size() || line.cells.at(i) < 0)
        return nullptr;
    return &m_balances.at(line.cells.at(i));
}

bool OverviewMatrixModel::lineMatches(const Line &line) const
{
    for (int year = m_from; year <= m_to; ++year)
        if (const BalanceRow *b = cell(line, year); b && m_filter.keeps(b->status))
            return true;
    return false;
}

void OverviewMatrixModel::rebuild()
{
    m_from = m_balances.isEmpty() ? 0 : std::max(m_firstYear, m_filter.fromYear.value_or(m_firstYear));
    m_to = m_balances.isEmpty() ? -1 : std::min(m_lastYear, m_filter.toYear.value_or(m_lastYear));
    m_shown.clear();
    m_totals.clear();
    for (qsizetype i = 0; i < m_lines.size();) {
        qsizetype end = i + 1; // the agreement line i and its member lines i+1..end-1
        while (end < m_lines.size() && m_lines.at(end).kind == RowKind::Member)
            ++end;
        const Line &agreement = m_lines.at(i);
        if (m_filter.countyPart.isEmpty() || agreement.counterparty == m_filter.countyPart) {
            QList<qsizetype> members;
            for (qsizetype m = i + 1; m < end; ++m)
                if (lineMatches(m_lines.at(m)))
                    members.append(m);
            // The agreement row also heads members that match when it does not itself.
            if (lineMatches(agreement) || !members.isEmpty()) {
                m_shown.append(i);
                m_shown.append(members);
            }
        }
        i = end;
    }
    for (qsizetype i : std::as_const(m_shown)) {
        const Line &line = m_lines.at(i);
        if (line.kind != RowKind::Agreement)
            continue;
        for (int year = m_from; year <= m_to; ++year) {
            const BalanceRow *b = cell(line, year);
            if (!b)
                continue;
            Total &t = m_totals[year];
            t.compensationOre += b->compensationOre;
            t.requiredOre += b->requiredOre;
            t.contributionOre += b->contributionOre;
            t.balanceOre += b->balanceOre;
            ++t.agreements;
            t.ok += b->status == BalanceStatus::Ok ? 1 : 0;
            // A row whose figures are too large does not meet the requirement either.
            t.shortfalls += b->status == BalanceStatus::Short || b->status == BalanceStatus::TooLarge ? 1 : 0;
            t.missing += b->status == BalanceStatus::MissingReport ? 1 : 0;
            t.preliminary = t.preliminary || b->preliminary;
        }
    }
}

QString OverviewMatrixModel::summary(int year) const
{
    const Total total = m_totals.value(year);
    if (total.agreements == 0)
        return tr("%1: inget av de visade avtalen löper det året.").arg(year);
    QString text = tr("%1: %2 av %3 avtal uppfyller kravet").arg(year).arg(total.ok).arg(total.agreements);
    QStringList rest;
    if (total.shortfalls > 0)
        rest << tr("%1 under kravet").arg(total.shortfalls);
    if (total.missing > 0)
        rest << tr("%1 saknar rapport").arg(total.missing);
    if (!rest.isEmpty())
        text += QStringLiteral(", ") + rest.join(QStringLiteral(", "));
    return text + u'.';
}

int OverviewMatrixModel::lastReportedYear() const
{
    for (int year = m_to; year >= m_from; --year) {
        const Total total = m_totals.value(year);
        if (total.ok + total.shortfalls > 0)
            return year;
    }
    return 0;
}

QList<BalanceRow> OverviewMatrixModel::balancesOf(int row) const
{
    QList<BalanceRow> rows;
    if (row < 0 || row >= m_shown.size())
        return rows;
    for (qsizetype i : m_lines.at(m_shown.at(row)).cells)
        if (i >= 0)
            rows.append(m_balances.at(i));
    return rows;
}

OverviewMatrixModel::RowKind OverviewMatrixModel::rowKind(int row) const
{
    if (row >= 0 && row < m_shown.size())
        return m_lines.at(m_shown.at(row)).kind;
    return RowKind::Total;
}

int OverviewMatrixModel::rowOf(const QString &agreement, const QString &party) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        const Line &line = m_lines.at(m_shown.at(row));
        if (line.agreement != agreement)
            continue;
        if (party.isEmpty() ? line.kind == RowKind::Agreement : line.party == party)
            return row;
    }
    return -1;
}

int OverviewMatrixModel::yearOf(int column) const
{
    return column <= 0 ? 0 : m_from + column - 1;
}

int OverviewMatrixModel::columnOf(int year) const
{
    return year >= m_from && year <= m_to ? year - m_from + 1 : -1;
}

int OverviewMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_shown.isEmpty())
        return 0;
    return int(m_shown.size()) + 1; // the totals row
}

int OverviewMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + std::max(0, m_to - m_from + 1);
}

QVariant OverviewMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int year = yearOf(section);
    const bool preliminary = year != 0 && m_totals.value(year).preliminary;
    switch (role) {
    case Qt::DisplayRole: return year == 0 ? tr("Avtal") : QString::number(year);
    case Qt::TextAlignmentRole: return int((year == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::DecorationRole: return preliminary ? QVariant(icon(preliminaryLook().icon)) : QVariant();
    case Qt::ToolTipRole:
        if (year == 0)
            return tr("Avtalen och, indragna under en länsdels avtal, medlemskommunernas åtaganden");
        return preliminary ? tr("%1 · preliminär: pris- och lönekompensationen är inte beslutad för alla avtal, "
                                "så ersättningen och kravet kan ändras.").arg(year)
                           : tr("Saldo %1: insats minus krav, i kronor").arg(year);
    case YearRole: return year;
    default: return {};
    }
}

QVariant OverviewMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int year = yearOf(index.column());
    if (index.row() == m_shown.size()) {
        if (role == RowKindRole)
            return int(RowKind::Total);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (year == 0) {
            const bool everything = m_filter.countyPart.isEmpty() && m_filter.show == OverviewFilter::Show::All;
            switch (role) {
            case Qt::DisplayRole:
            case Qt::AccessibleTextRole: return everything ? tr("Hela länet") : tr("Summa av visade avtal");
            case Qt::ToolTipRole: return tr("Summan av avtalsraderna ovan per år; medlemsraderna räknas inte två gånger.");
            case YearRole: return 0;
            default: return {};
            }
        }
        return totalData(year, role);
    }
    const Line &line = m_lines.at(m_shown.at(index.row()));
    if (role == RowKindRole)
        return int(line.kind);
    if (role == AgreementRole)
        return line.agreement;
    if (role == PartyRole)
        return line.party;
    return year == 0 ? nameData(line, role) : cellData(line, year, role);
}

QVariant OverviewMatrixModel::nameData(const Line &line, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return line.label;
    case Qt::AccessibleTextRole:
        return line.kind == RowKind::Member ? tr("%1, medlem i %2").arg(line.party, line.label) : line.label;
    case Qt::ToolTipRole:
        return line.kind == RowKind::Member
            ? tr("%1: kommunens åtagande i avtalet %2").arg(line.party, line.agreement)
            : line.agreement;
    case Qt::FontRole:
        if (line.kind == RowKind::Agreement) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return icon(line.kind == RowKind::Member ? IconId::Municipality : IconId::Agreement);
    case YearRole: return 0;
    default: return {};
    }
}

QVariant OverviewMatrixModel::cellData(const Line &line, int year, int role) const
{
    const BalanceRow *b = cell(line, year);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == YearRole)
        return year;
    if (!b) {
        if (role == Qt::DisplayRole)
            return QString();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("%1 %2: avtalet löper inte det året.").arg(line.label).arg(year);
        return {};
    }
    const StatusLook look = balanceStatusLook(b->status);
    // Figures too large to trust are not shown, nor written into an export: the status says why.
    const bool figures = b->status != BalanceStatus::TooLarge;
    switch (role) {
    case Qt::DisplayRole: return figures ? wholeKronor(b->balanceOre, true) : look.word;
    case Qt::DecorationRole: return icon(look.icon);
    case Qt::BackgroundRole: return tint(look.colour);
    case Qt::ToolTipRole: return cellToolTip(line, *b);
    case Qt::AccessibleTextRole:
        return figures ? tr("%1 %2: saldo %3, %4").arg(line.label).arg(year).arg(money::formatKr(b->balanceOre), look.word)
                       : QString(line.label + u' ' + QString::number(year) + QStringLiteral(": ") + look.word);
    case AmountOreRole: return figures ? QVariant(b->balanceOre) : QVariant();
    case StatusRole: return int(b->status);
    case StatusColourRole: return look.colour;
    case PreliminaryRole: return b->preliminary;
    case CompensationOreRole: return b->compensationOre;
    case RequiredOreRole: return b->requiredOre;
    case ContributionOreRole: return b->contributionOre;
    default: return {};
    }
}

QVariant OverviewMatrixModel::totalData(int year, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == YearRole)
        return year;
    const auto found = m_totals.constFind(year);
    if (found == m_totals.cend())
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    const Total &t = *found;
    switch (role) {
    case Qt::DisplayRole: return wholeKronor(t.balanceOre, true);
    case Qt::ToolTipRole: return totalToolTip(year, t);
    case Qt::AccessibleTextRole:
        return tr("Summa %1: saldo %2. %3").arg(year).arg(money::formatKr(t.balanceOre), summary(year));
    case AmountOreRole: return t.balanceOre;
    case PreliminaryRole: return t.preliminary;
    case CompensationOreRole: return t.compensationOre;
    case RequiredOreRole: return t.requiredOre;
    case ContributionOreRole: return t.contributionOre;
    default: return {};
    }
}

QString OverviewMatrixModel::cellToolTip(const Line &line, const BalanceRow &b) const
{
    QStringList lines;
    lines << (line.kind == RowKind::Member ? tr("%1 i %2 · %3").arg(b.party, line.label).arg(b.year)
                                           : QString(line.label % QStringLiteral(" \u00b7 ") % QString::number(b.year)));
    lines << (b.preliminary ? tr("Ersättning: %1 (preliminär)").arg(money::formatKr(b.compensationOre))
                            : tr("Ersättning: %1").arg(money::formatKr(b.compensationOre)));
    if (line.kind == RowKind::Member) {
        lines << tr("Krav (kommunens åtagande): %1").arg(money::formatKr(b.requiredOre));
    } else {
        const std::optional<qint64> achieved = cofundingRatioHundredths(b.contributionOre, b.compensationOre);
        lines << tr("Medfinansieringsgrad: krav %1, uppnått %2")
                     .arg(percent::format(b.cofundingRatioBp),
                          achieved && showsFigures(b.status)
                              ? money::format(*achieved, {.alwaysOre = true}) : QStringLiteral("\u2013"));
        lines << tr("Krav: %1").arg(money::formatKr(b.requiredOre));
    }
    if (b.status == BalanceStatus::TooLarge) {
        lines << tr("Insats och saldo: beloppen är för stora för att visas; databasen har ändrats utanför programmet");
    } else {
        lines << (b.status == BalanceStatus::MissingReport ? tr("Insats: ingen rapport")
                                                           : tr("Insats: %1").arg(money::formatKr(b.contributionOre)));
        lines << tr("Saldo: %1").arg(money::format(b.balanceOre, {.withUnit = true, .explicitPlus = true}));
    }
    lines << tr("Status: %1").arg(balanceStatusName(b.status));
    if (b.reportStatuses.isEmpty())
        lines << tr("Rapport: saknas");
    else if (b.reportStatuses.size() == 1)
        lines << tr("Rapport: %1").arg(reportStatusName(b.reportStatuses.first()));
    else
        lines << tr("Rapporter (%1): %2").arg(b.reportStatuses.size()).arg(reportStatusesText(b.reportStatuses));
    return lines.join(u'\n');
}

QString OverviewMatrixModel::totalToolTip(int year, const Total &t) const
{
    QStringList lines;
    lines << tr("Summa av visade avtal · %1").arg(year);
    lines << (t.preliminary ? tr("Ersättning: %1 (delvis preliminär)").arg(money::formatKr(t.compensationOre))
                            : tr("Ersättning: %1").arg(money::formatKr(t.compensationOre)));
    lines << tr("Krav: %1").arg(money::formatKr(t.requiredOre));
    lines << tr("Insats: %1").arg(money::formatKr(t.contributionOre));
    lines << tr("Saldo: %1").arg(money::format(t.balanceOre, {.withUnit = true, .explicitPlus = true}));
    lines << summary(year);
    return lines.join(u'\n');
}

} // namespace fhb::app
