// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRowTables.h"

#include "Database.h"
#include "SqlSupport.h"

namespace fhb::storage {

ReportRowTables::ReportRowTables(const Database &db) : m_db(db) {}

// Table and column names are fixed here; values are always bound.
QString ReportRowTables::table(ReportList list)
{
    switch (list) {
    case ReportList::Expenses: return QStringLiteral("expense_line");
    case ReportList::Revenues: return QStringLiteral("revenue_line");
    default: return QStringLiteral("report_paragraph");
    }
}

QString ReportRowTables::kindKey(ReportList list)
{
    switch (list) {
    case ReportList::Events: return QStringLiteral("event");
    case ReportList::StaffResources: return QStringLiteral("staff-resource");
    default: return {};
    }
}

QList<ReportRowTables::Column> ReportRowTables::columns(const ReportRow &row)
{
    if (const auto *line = std::get_if<ExpenseLine>(&row))
        return {{QStringLiteral("category"), textValue(line->category), line->category},
                {QStringLiteral("amount_ore"), line->amountOre, money::format(line->amountOre)},
                {QStringLiteral("footnote"), textValue(line->footnote), line->footnote}};
    if (const auto *line = std::get_if<RevenueLine>(&row))
        return {{QStringLiteral("kind"), revenueKindKey(line->kind), revenueKindName(line->kind)},
                {QStringLiteral("source"), textValue(line->source), line->source},
                {QStringLiteral("amount_ore"), line->amountOre, money::format(line->amountOre)},
                {QStringLiteral("note"), textValue(line->note), line->note}};
    const auto &paragraph = std::get<ReportParagraph>(row);
    return {{QStringLiteral("text"), textValue(paragraph.text), paragraph.text}};
}

QString ReportRowTables::summary(const ReportRow &row)
{
    if (const auto *line = std::get_if<ExpenseLine>(&row)) {
        QString text = line->category + QStringLiteral(", ") + money::format(line->amountOre);
        if (!line->footnote.isEmpty())
            text += QStringLiteral(" (") + line->footnote + u')';
        return text;
    }
    if (const auto *line = std::get_if<RevenueLine>(&row)) {
        QString text = line->source + QStringLiteral(" (") + revenueKindName(line->kind) + QStringLiteral("), ")
            + money::format(line->amountOre);
        if (!line->note.isEmpty())
            text += QStringLiteral(" (") + line->note + u')';
        return text;
    }
    return std::get<ReportParagraph>(row).text;
}

bool ReportRowTables::hasNegativeAmount(const ReportRow &row)
{
    if (const auto *line = std::get_if<ExpenseLine>(&row))
        return line->amountOre < 0;
    if (const auto *line = std::get_if<RevenueLine>(&row))
        return line->amountOre < 0;
    return false;
}

Status ReportRowTables::statementFailure(const QSqlQuery &query, const QString &what)
{
    return Status::failure(failureMessage(query.lastError(), what));
}

QString ReportRowTables::whereList(ReportList list) const
{
    return QStringLiteral(" WHERE report_id = :report") + (isNarrative(list) ? QStringLiteral(" AND kind = :kind") : QString());
}

Result<QList<qint64>> ReportRowTables::ids(qint64 reportId, ReportList list) const
{
    using R = Result<QList<qint64>>;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!prepare(query, QStringLiteral("SELECT id FROM ") + table(list) + whereList(list) + QStringLiteral(" ORDER BY position, id")))
        return R::failure(ErrorKind::Io, tr("Årsredovisningens rader kunde inte läsas."));
    query.bindValue(QStringLiteral(":report"), reportId);
    if (isNarrative(list))
        query.bindValue(QStringLiteral(":kind"), kindKey(list));
    if (!execPrepared(query))
        return R::failure(failureMessage(query.lastError(), tr("läsa årsredovisningens rader")));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (const std::optional<Error> error = stepFailure(query, tr("läsa årsredovisningens rader")))
        return R::failure(*error);
    return ids;
}

Result<ReportRow> ReportRowTables::read(qint64 reportId, ReportList list, int row) const
{
    const QString gone = tr("Raden finns inte längre i årsredovisningen. Läs in årsredovisningen igen.");
    QStringList names;
    for (const Column &column : columns(emptyRow(list)))
        names.append(column.name);
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT id, ") + names.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
                            + table(list) + whereList(list) + QStringLiteral(" ORDER BY position, id LIMIT 1 OFFSET :row")))
        return Result<ReportRow>::failure(gone);
    query.bindValue(QStringLiteral(":report"), reportId);
    if (isNarrative(list))
        query.bindValue(QStringLiteral(":kind"), kindKey(list));
    query.bindValue(QStringLiteral(":row"), row);
    if (row < 0 || !execPrepared(query) || !query.next())
        return Result<ReportRow>::failure(gone);
    const qint64 id = query.value(0).toLongLong();
    switch (list) {
    case ReportList::Expenses:
        return ReportRow(ExpenseLine{id, query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toString()});
    case ReportList::Revenues:
        return ReportRow(RevenueLine{id, revenueKindFromKey(query.value(1).toString()).value_or(RevenueKind::Other),
                                     query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toString()});
    default:
        return ReportRow(ReportParagraph{id, query.value(1).toString()});
    }
}

Status ReportRowTables::renumber(ReportList list, const QList<qint64> &orderedIds, const QList<qint64> &oldOrder) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("UPDATE ") + table(list) + QStringLiteral(" SET position = :position WHERE id = :id")))
        return statementFailure(query, tr("ordna raderna"));
    for (qsizetype i = 0; i < orderedIds.size(); ++i) {
        if (i < oldOrder.size() && oldOrder.at(i) == orderedIds.at(i))
            continue;
        query.bindValue(QStringLiteral(":position"), qint64(i));
        query.bindValue(QStringLiteral(":id"), orderedIds.at(i));
        if (!execPrepared(query))
            return statementFailure(query, tr("ordna raderna"));
    }
    return {};
}

bool ReportRowTables::idIsFree(ReportList list, qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT 1 FROM ") + table(list) + QStringLiteral(" WHERE id = :id")))
        return false;
    query.bindValue(QStringLiteral(":id"), id);
    return execPrepared(query) && !query.next();
}

} // namespace fhb::storage
