// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceStore.h"

#include "Database.h"
#include "storage/dataset/DatasetLoader.h"
#include "SqlSupport.h"

#include <QCoreApplication>

namespace fhb::storage {

BalanceStore::BalanceStore(const Database &db) : m_db(db) {}

Result<BalanceInputs> BalanceStore::load() const
{
    const DatasetLoader loader(m_db);
    Result<QList<Party>> parties = loader.parties();
    if (!parties)
        return Result<BalanceInputs>::failure(parties.fault());
    Result<QList<Agreement>> agreements = loader.agreements();
    if (!agreements)
        return Result<BalanceInputs>::failure(agreements.fault());
    Result<QList<ReportFigure>> figures = reportFigures();
    if (!figures)
        return Result<BalanceInputs>::failure(figures.fault());
    BalanceInputs inputs;
    inputs.data.parties = std::move(parties.value());
    inputs.data.agreements = std::move(agreements.value());
    inputs.reports = std::move(figures.value());
    return inputs;
}

namespace {

// Each report's expense and revenue totals, summed in SQL. Plain SUM() is the fast path: the
// import and the editors keep every total within the bound (domain/Money.h), so it cannot pass
// 2^63. A file changed outside the program can, and then SQLite's SUM() stops the whole query
// with "integer overflow"; `split` sums each amount as its high and low 32 bits instead, so
// that neither sum can overflow (fewer than 2^31 lines of any 64-bit value), and the exact
// total is put together here in 128 bits. Correlated sums use the (report_id, position)
// indexes: one pass over each report's lines.
Result<QList<ReportFigure>> readFigures(const Database &db, bool split)
{
    const QString sums = split ? QStringLiteral(
        " COALESCE((SELECT SUM(x.amount_ore / 4294967296) FROM %1 x WHERE x.report_id = r.id), 0),"
        " COALESCE((SELECT SUM(x.amount_ore % 4294967296) FROM %1 x WHERE x.report_id = r.id), 0)")
                               : QStringLiteral(" COALESCE((SELECT SUM(x.amount_ore) FROM %1 x WHERE x.report_id = r.id), 0)");
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    const QString what = QCoreApplication::translate("Database", "läsa databasen");
    if (!prepare(query, QStringLiteral("SELECT p.name, r.year, r.status,") + sums.arg(QStringLiteral("expense_line"))
                            + u',' + sums.arg(QStringLiteral("revenue_line"))
                            + QStringLiteral(" FROM annual_report r JOIN party p ON p.id = r.party_id"
                                             " ORDER BY p.name, r.year"))
        || !execPrepared(query))
        return Result<QList<ReportFigure>>::failure(failureMessage(query.lastError(), what));
    const int width = split ? 2 : 1;
    const auto total = [&](int column) {
        return split ? WideInt(query.value(column).toLongLong()) * 4294967296 + query.value(column + 1).toLongLong()
                     : WideInt(query.value(column).toLongLong());
    };
    QList<ReportFigure> figures;
    while (query.next()) {
        const WideInt expenses = total(3);
        const WideInt revenues = total(3 + width);
        ReportFigure figure{query.value(0).toString(), query.value(1).toInt(),
                            reportStatusFromKey(query.value(2).toString()).value_or(ReportStatus::Draft), 0, false};
        // Totals past the bound only come from a file changed outside the program: the
        // balance says "too large" for it instead of a wrapped figure.
        if (inAmountRange(expenses) && inAmountRange(revenues))
            figure.contributionOre = Ore(expenses - revenues);
        else
            figure.tooLarge = true;
        figures.append(figure);
    }
    if (const std::optional<Error> error = stepFailure(query, what))
        return Result<QList<ReportFigure>>::failure(*error);
    return figures;
}

} // namespace

Result<QList<ReportFigure>> BalanceStore::reportFigures() const
{
    Result<QList<ReportFigure>> figures = readFigures(m_db, false);
    // A failed plain sum is most likely the overflow above: the split sums say what is there,
    // or fail with their own reason.
    return figures ? figures : readFigures(m_db, true);
}

} // namespace fhb::storage
