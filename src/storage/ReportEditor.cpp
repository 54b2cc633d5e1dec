// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportEditor.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace fhb::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportEditor", text);
}

// Table and column names are fixed here; values are always bound.
struct TableSql {
    QString table;
    QString kindFilter; ///< " AND kind = :kind" for paragraphs
};

TableSql tableSql(int table)
{
    switch (table) {
    case 0: return {QStringLiteral("expense_line"), {}};
    case 1: return {QStringLiteral("revenue_line"), {}};
    default: return {QStringLiteral("report_paragraph"), QStringLiteral(" AND kind = :kind")};
    }
}

QString paragraphKindKey(ParagraphKind kind)
{
    return kind == ParagraphKind::Event ? QStringLiteral("event") : QStringLiteral("staff-resource");
}

QString expenseSummary(const ExpenseLine &line)
{
    QString text = line.category + QStringLiteral(", ") + money::format(line.amountOre);
    if (!line.footnote.isEmpty())
        text += QStringLiteral(" (") + line.footnote + u')';
    return text;
}

QString revenueSummary(const RevenueLine &line)
{
    QString text = line.source + QStringLiteral(" (") + revenueKindName(line.kind) + QStringLiteral("), ")
        + money::format(line.amountOre);
    if (!line.note.isEmpty())
        text += QStringLiteral(" (") + line.note + u')';
    return text;
}

} // namespace

ReportEditor::ReportEditor(Database &db) : m_db(db) {}

Status ReportEditor::failStatement(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    if (isLockedError(error))
        m_failure = EditFailure::Locked;
    else if (error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6"))
        m_failure = EditFailure::Busy;
    else
        m_failure = EditFailure::Other;
    return Status::failure(failureMessage(error, what));
}

Status ReportEditor::begin(Guard &guard, qint64 reportId, int expectedVersion)
{
    m_failure = EditFailure::None;
    guard.reportId = reportId;
    if (m_db.isReadOnly()) {
        m_failure = EditFailure::ReadOnly;
        return Status::failure(m_db.readOnlyReason());
    }
    guard.transaction.emplace(m_db);
    if (!guard.transaction->isActive()) {
        m_failure = EditFailure::Busy;
        return Status::failure(tr("Ändringen kunde inte sparas: databasen används av ett annat program just nu. "
                                  "Försök igen om en stund."));
    }
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT row_version FROM annual_report WHERE id = :id")))
        return failStatement(query, tr("läsa årsredovisningen"));
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query))
        return failStatement(query, tr("läsa årsredovisningen"));
    if (!query.next()) {
        m_failure = EditFailure::Missing;
        return Status::failure(tr("Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den."));
    }
    const int current = query.value(0).toInt();
    if (current != expectedVersion) {
        m_failure = EditFailure::Stale;
        return Status::failure(tr("Någon annan har ändrat årsredovisningen sedan du öppnade den, så din ändring "
                                  "sparades inte. Läs in årsredovisningen igen för att se den senaste versionen "
                                  "och gör sedan om ändringen."));
    }
    return {};
}

Result<EditResult> ReportEditor::finish(Guard &guard, qint64 rowId)
{
    const auto version = rowVersion(guard.reportId);
    if (!version)
        return fail<EditResult>(EditFailure::Other, version.error());
    if (const Status s = guard.transaction->commit(); !s)
        return fail<EditResult>(EditFailure::Busy, s.error());
    return EditResult{*version, rowId};
}

Result<int> ReportEditor::rowVersion(qint64 reportId) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT row_version FROM annual_report WHERE id = :id")))
        return Result<int>::failure(tr("Årsredovisningen kunde inte läsas."));
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query))
        return Result<int>::failure(failureMessage(query.lastError(), tr("läsa årsredovisningen")));
    if (!query.next())
        return Result<int>::failure(tr("Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den."));
    return query.value(0).toInt();
}

Status ReportEditor::audit(LineTable table, qint64 entityId, qint64 reportId, const QString &action,
                           const QString &field, const QString &oldValue, const QString &newValue)
{
    AuditLog log(m_db);
    const Status s = log.record({tableSql(int(table)).table, entityId, reportId, action, field, oldValue, newValue});
    if (!s)
        m_failure = EditFailure::Other;
    return s;
}

Status ReportEditor::auditReport(qint64 reportId, const QString &action, const QString &field,
                                 const QString &oldValue, const QString &newValue)
{
    AuditLog log(m_db);
    const Status s = log.record({QStringLiteral("annual_report"), reportId, reportId, action, field, oldValue, newValue});
    if (!s)
        m_failure = EditFailure::Other;
    return s;
}

Result<QList<qint64>> ReportEditor::rowIds(LineTable table, qint64 reportId, const QString &kindKey) const
{
    const TableSql t = tableSql(int(table));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!prepare(query, QStringLiteral("SELECT id FROM ") + t.table + QStringLiteral(" WHERE report_id = :report")
                            + t.kindFilter + QStringLiteral(" ORDER BY position, id")))
        return Result<QList<qint64>>::failure(tr("Årsredovisningens rader kunde inte läsas."));
    query.bindValue(QStringLiteral(":report"), reportId);
    if (!t.kindFilter.isEmpty())
        query.bindValue(QStringLiteral(":kind"), kindKey);
    if (!execPrepared(query))
        return Result<QList<qint64>>::failure(failureMessage(query.lastError(), tr("läsa årsredovisningens rader")));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (const std::optional<Error> error = stepFailure(query, tr("läsa årsredovisningens rader")))
        return Result<QList<qint64>>::failure(*error);
    return ids;
}

Result<QList<qint64>> ReportEditor::paragraphIds(qint64 reportId, ParagraphKind kind) const
{
    return rowIds(LineTable::Paragraph, reportId, paragraphKindKey(kind));
}

// Gives every row of the list the position of its index, touching only rows that moved.
Status ReportEditor::renumber(LineTable table, const QList<qint64> &orderedIds, const QList<qint64> &oldOrder)
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("UPDATE ") + tableSql(int(table)).table
                            + QStringLiteral(" SET position = :position WHERE id = :id")))
        return failStatement(query, tr("ordna raderna"));
    for (qsizetype i = 0; i < orderedIds.size(); ++i) {
        if (i < oldOrder.size() && oldOrder.at(i) == orderedIds.at(i))
            continue;
        query.bindValue(QStringLiteral(":position"), qint64(i));
        query.bindValue(QStringLiteral(":id"), orderedIds.at(i));
        if (!execPrepared(query))
            return failStatement(query, tr("ordna raderna"));
    }
    return {};
}

bool ReportEditor::idIsFree(LineTable table, qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT 1 FROM ") + tableSql(int(table)).table + QStringLiteral(" WHERE id = :id")))
        return false;
    query.bindValue(QStringLiteral(":id"), id);
    return execPrepared(query) && !query.next();
}

Result<EditResult> ReportEditor::insertRow(qint64 reportId, int expectedVersion, LineTable table, int row,
                                           qint64 preferredId, const QString &kindKey, const QList<QVariant> &values,
                                           const QString &summary)
{
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.error());
    const auto ids = rowIds(table, reportId, kindKey);
    if (!ids)
        return fail<EditResult>(EditFailure::Other, ids.error());
    if (row < 0 || row > ids->size())
        return fail<EditResult>(EditFailure::Invalid, tr("Raden kan inte läggas till där: den platsen finns inte."));
    QString sql;
    switch (table) {
    case LineTable::Expense:
        sql = QStringLiteral("INSERT INTO expense_line (id, report_id, position, category, amount_ore, footnote) "
                             "VALUES (:id, :report, :position, :v0, :v1, :v2)");
        break;
    case LineTable::Revenue:
        sql = QStringLiteral("INSERT INTO revenue_line (id, report_id, position, kind, source, amount_ore, note) "
                             "VALUES (:id, :report, :position, :v0, :v1, :v2, :v3)");
        break;
    case LineTable::Paragraph:
        sql = QStringLiteral("INSERT INTO report_paragraph (id, report_id, kind, position, text) "
                             "VALUES (:id, :report, :kind, :position, :v0)");
        break;
    }
    QSqlQuery query(m_db.connection());
    if (!prepare(query, sql))
        return Result<EditResult>::failure(failStatement(query, tr("lägga till raden")).error());
    const bool reuse = preferredId > 0 && idIsFree(table, preferredId);
    query.bindValue(QStringLiteral(":id"), reuse ? QVariant(preferredId) : QVariant());
    query.bindValue(QStringLiteral(":report"), reportId);
    query.bindValue(QStringLiteral(":position"), qint64(ids->size()));
    if (table == LineTable::Paragraph)
        query.bindValue(QStringLiteral(":kind"), kindKey);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(QStringLiteral(":v") + QString::number(i), values.at(i));
    if (!execPrepared(query))
        return Result<EditResult>::failure(failStatement(query, tr("lägga till raden")).error());
    const qint64 newId = query.lastInsertId().toLongLong();
    QList<qint64> order = *ids;
    order.insert(row, newId);
    QList<qint64> old = *ids;
    old.append(newId);
    if (const Status s = renumber(table, order, old); !s)
        return Result<EditResult>::failure(s.error());
    if (const Status s = audit(table, newId, reportId, QStringLiteral("insert"), QStringLiteral("position"), {},
                               QString::number(row + 1) + QStringLiteral(": ") + summary); !s)
        return Result<EditResult>::failure(s.error());
    return finish(guard, newId);
}

Result<EditResult> ReportEditor::removeRow(qint64 reportId, int expectedVersion, LineTable table,
                                           const QString &kindKey, int row, const QString &summary)
{
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.error());
    const auto ids = rowIds(table, reportId, kindKey);
    if (!ids)
        return fail<EditResult>(EditFailure::Other, ids.error());
    if (row < 0 || row >= ids->size())
        return fail<EditResult>(EditFailure::Invalid, tr("Raden finns inte längre och kan inte tas bort."));
    const qint64 id = ids->at(row);
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("DELETE FROM ") + tableSql(int(table)).table + QStringLiteral(" WHERE id = :id")))
        return Result<EditResult>::failure(failStatement(query, tr("ta bort raden")).error());
    query.bindValue(QStringLiteral(":id"), id);
    if (!execPrepared(query))
        return Result<EditResult>::failure(failStatement(query, tr("ta bort raden")).error());
    QList<qint64> order = *ids;
    order.removeAt(row);
    QList<qint64> old = *ids;
    old.removeAt(row);
    // Rows after the removed one keep their stale position until renumbered.
    for (qsizetype i = row; i < old.size(); ++i)
        old[i] = -1;
    if (const Status s = renumber(table, order, old); !s)
        return Result<EditResult>::failure(s.error());
    if (const Status s = audit(table, id, reportId, QStringLiteral("delete"), QStringLiteral("position"),
                               QString::number(row + 1) + QStringLiteral(": ") + summary, {}); !s)
        return Result<EditResult>::failure(s.error());
    return finish(guard, id);
}

Result<EditResult> ReportEditor::moveRow(qint64 reportId, int expectedVersion, LineTable table,
                                         const QString &kindKey, int from, int to)
{
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.error());
    const auto ids = rowIds(table, reportId, kindKey);
    if (!ids)
        return fail<EditResult>(EditFailure::Other, ids.error());
    if (from < 0 || from >= ids->size() || to < 0 || to >= ids->size())
        return fail<EditResult>(EditFailure::Invalid, tr("Raden kan inte flyttas dit: den platsen finns inte."));
    if (from == to)
        return finish(guard);
    QList<qint64> order = *ids;
    order.move(from, to);
    if (const Status s = renumber(table, order, *ids); !s)
        return Result<EditResult>::failure(s.error());
    if (const Status s = audit(table, ids->at(from), reportId, QStringLiteral("update"), QStringLiteral("position"),
                               QString::number(from + 1), QString::number(to + 1)); !s)
        return Result<EditResult>::failure(s.error());
    return finish(guard);
}

Result<EditResult> ReportEditor::insertExpenseLine(qint64 reportId, int expectedVersion, int row, const ExpenseLine &line)
{
    if (line.amountOre < 0)
        return fail<EditResult>(EditFailure::Invalid, tr("Ett belopp kan inte vara negativt."));
    return insertRow(reportId, expectedVersion, LineTable::Expense, row, line.id, {},
                     {textValue(line.category), line.amountOre, textValue(line.footnote)}, expenseSummary(line));
}

Result<EditResult> ReportEditor::insertRevenueLine(qint64 reportId, int expectedVersion, int row, const RevenueLine &line)
{
    if (line.amountOre < 0)
        return fail<EditResult>(EditFailure::Invalid, tr("Ett belopp kan inte vara negativt."));
    return insertRow(reportId, expectedVersion, LineTable::Revenue, row, line.id, {},
                     {revenueKindKey(line.kind), textValue(line.source), line.amountOre, textValue(line.note)},
                     revenueSummary(line));
}

Result<EditResult> ReportEditor::insertParagraph(qint64 reportId, int expectedVersion, ParagraphKind kind, int row,
                                                 const QString &text, qint64 preferredId)
{
    return insertRow(reportId, expectedVersion, LineTable::Paragraph, row, preferredId, paragraphKindKey(kind),
                     {textValue(text)}, text);
}

Result<EditResult> ReportEditor::removeExpenseLine(qint64 reportId, int expectedVersion, int row)
{
    const auto line = readExpense(reportId, row);
    return removeRow(reportId, expectedVersion, LineTable::Expense, {}, row, line ? expenseSummary(*line) : QString());
}

Result<EditResult> ReportEditor::removeRevenueLine(qint64 reportId, int expectedVersion, int row)
{
    const auto line = readRevenue(reportId, row);
    return removeRow(reportId, expectedVersion, LineTable::Revenue, {}, row, line ? revenueSummary(*line) : QString());
}

Result<EditResult> ReportEditor::removeParagraph(qint64 reportId, int expectedVersion, ParagraphKind kind, int row)
{
    const auto text = readParagraph(reportId, kind, row);
    return removeRow(reportId, expectedVersion, LineTable::Paragraph, paragraphKindKey(kind), row, text.valueOr({}));
}

Result<EditResult> ReportEditor::moveExpenseLine(qint64 reportId, int expectedVersion, int from, int to)
{
    return moveRow(reportId, expectedVersion, LineTable::Expense, {}, from, to);
}

Result<EditResult> ReportEditor::moveRevenueLine(qint64 reportId, int expectedVersion, int from, int to)
{
    return moveRow(reportId, expectedVersion, LineTable::Revenue, {}, from, to);
}

Result<EditResult> ReportEditor::moveParagraph(qint64 reportId, int expectedVersion, ParagraphKind kind, int from, int to)
{
    return moveRow(reportId, expectedVersion, LineTable::Paragraph, paragraphKindKey(kind), from, to);
}

} // namespace fhb::storage
