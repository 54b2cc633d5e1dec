// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ReportWriter, continued: edits of many expense lines in one transaction (the ledger import).
#include "ReportWriter.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSet>

namespace fhb::storage {

namespace {

// The same context as the rest of ReportWriter, so shared sentences are translated once.
QString translated(const char *text)
{
    return QCoreApplication::translate("ReportEditor", text);
}

QString lineSummary(const ExpenseLine &line)
{
    QString text = line.category + QStringLiteral(", ") + money::format(line.amountOre);
    if (!line.footnote.isEmpty())
        text += QStringLiteral(" (") + line.footnote + u')';
    return text;
}

} // namespace

Result<BulkEditResult> ReportWriter::appendExpenseLines(qint64 reportId, int expectedVersion,
                                                        const QList<ExpenseLine> &lines)
{
    for (const ExpenseLine &line : lines)
        if (line.amountOre < 0)
            return fail<BulkEditResult>(EditFailure::Invalid, translated("Ett belopp kan inte vara negativt."));
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<BulkEditResult>::failure(s.error());
    const auto ids = rowIds(LineTable::Expense, reportId, {});
    if (!ids)
        return fail<BulkEditResult>(EditFailure::Other, ids.error());
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("INSERT INTO expense_line (id, report_id, position, category, amount_ore, footnote) "
                                       "VALUES (:id, :report, :position, :category, :amount, :footnote)")))
        return Result<BulkEditResult>::failure(failStatement(query, translated("lägga till raden")).error());
    BulkEditResult result;
    qint64 position = ids->size();
    for (const ExpenseLine &line : lines) {
        const bool reuse = line.id > 0 && idIsFree(LineTable::Expense, line.id);
        query.bindValue(QStringLiteral(":id"), reuse ? QVariant(line.id) : QVariant());
        query.bindValue(QStringLiteral(":report"), reportId);
        query.bindValue(QStringLiteral(":position"), position);
        query.bindValue(QStringLiteral(":category"), textValue(line.category));
        query.bindValue(QStringLiteral(":amount"), line.amountOre);
        query.bindValue(QStringLiteral(":footnote"), textValue(line.footnote));
        if (!execPrepared(query))
            return Result<BulkEditResult>::failure(failStatement(query, translated("lägga till raden")).error());
        const qint64 id = query.lastInsertId().toLongLong();
        ++position;
        if (const Status s = audit(LineTable::Expense, id, reportId, QStringLiteral("insert"), QStringLiteral("position"),
                                   {}, QString::number(position) + QStringLiteral(": ") + lineSummary(line)); !s)
            return Result<BulkEditResult>::failure(s.error());
        result.rowIds.append(id);
    }
    const auto done = finish(guard);
    if (!done)
        return Result<BulkEditResult>::failure(done.error());
    result.rowVersion = done->rowVersion;
    return result;
}

Result<BulkEditResult> ReportWriter::removeExpenseLines(qint64 reportId, int expectedVersion, const QList<qint64> &ids)
{
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<BulkEditResult>::failure(s.error());
    const auto current = rowIds(LineTable::Expense, reportId, {});
    if (!current)
        return fail<BulkEditResult>(EditFailure::Other, current.error());
    const QSet<qint64> removed(ids.cbegin(), ids.cend());
    for (const qint64 id : ids)
        if (!current->contains(id))
            return fail<BulkEditResult>(EditFailure::Invalid,
                                        translated("Raden finns inte längre och kan inte tas bort."));
    QSqlQuery read(m_db.connection());
    QSqlQuery remove(m_db.connection());
    if (!prepare(read, QStringLiteral("SELECT category, amount_ore, footnote FROM expense_line WHERE id = :id"))
        || !prepare(remove, QStringLiteral("DELETE FROM expense_line WHERE id = :id")))
        return Result<BulkEditResult>::failure(failStatement(remove, translated("ta bort raden")).error());
    for (const qint64 id : ids) {
        read.bindValue(QStringLiteral(":id"), id);
        ExpenseLine line;
        if (execPrepared(read) && read.next())
            line = {id, read.value(0).toString(), read.value(1).toLongLong(), read.value(2).toString()};
        read.finish();
        remove.bindValue(QStringLiteral(":id"), id);
        if (!execPrepared(remove))
            return Result<BulkEditResult>::failure(failStatement(remove, translated("ta bort raden")).error());
        const QString where = QString::number(current->indexOf(id) + 1);
        if (const Status s = audit(LineTable::Expense, id, reportId, QStringLiteral("delete"), QStringLiteral("position"),
                                   where + QStringLiteral(": ") + lineSummary(line), {}); !s)
            return Result<BulkEditResult>::failure(s.error());
    }
    QList<qint64> order;
    for (const qint64 id : *current)
        if (!removed.contains(id))
            order.append(id);
    if (const Status s = renumber(LineTable::Expense, order, *current); !s)
        return Result<BulkEditResult>::failure(s.error());
    const auto done = finish(guard);
    if (!done)
        return Result<BulkEditResult>::failure(done.error());
    return BulkEditResult{done->rowVersion, ids};
}

} // namespace fhb::storage
