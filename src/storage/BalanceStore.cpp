// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceStore.h"

#include "Database.h"
#include "DatasetLoader.h"
#include "SqlSupport.h"

#include <QCoreApplication>

namespace fhb::storage {

BalanceStore::BalanceStore(const Database &db) : m_db(db) {}

Result<BalanceInputs> BalanceStore::load() const
{
    const DatasetLoader loader(m_db);
    Result<QList<Party>> parties = loader.parties();
    if (!parties)
        return Result<BalanceInputs>::failure(parties.error());
    Result<QList<Agreement>> agreements = loader.agreements();
    if (!agreements)
        return Result<BalanceInputs>::failure(agreements.error());
    Result<QList<ReportFigure>> figures = reportFigures();
    if (!figures)
        return Result<BalanceInputs>::failure(figures.error());
    BalanceInputs inputs;
    inputs.data.parties = std::move(parties.value());
    inputs.data.agreements = std::move(agreements.value());
    inputs.reports = std::move(figures.value());
    return inputs;
}

Result<QList<ReportFigure>> BalanceStore::reportFigures() const
{
    // Correlated sums use the (report_id, position) indexes: one pass over each report's lines.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!prepare(query, QStringLiteral(
            "SELECT p.name, r.year, r.status,"
            " COALESCE((SELECT SUM(e.amount_ore) FROM expense_line e WHERE e.report_id = r.id), 0)"
            " - COALESCE((SELECT SUM(v.amount_ore) FROM revenue_line v WHERE v.report_id = r.id), 0)"
            " FROM annual_report r JOIN party p ON p.id = r.party_id ORDER BY p.name, r.year"))
        || !execPrepared(query))
        return Result<QList<ReportFigure>>::failure(
            failureMessage(query.lastError(), QCoreApplication::translate("Database", "läsa databasen")));
    QList<ReportFigure> figures;
    while (query.next())
        figures.append({query.value(0).toString(), query.value(1).toInt(),
                        reportStatusFromKey(query.value(2).toString()).value_or(ReportStatus::Draft),
                        query.value(3).toLongLong()});
    return figures;
}

} // namespace fhb::storage
