// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "AuditLog.h"
#include "Database.h"
#include "ReportRowTables.h"
#include "SqlSupport.h"
#include "storage/dataset/DatasetLoader.h"
#include "storage/dataset/RowWriter.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace fhb::storage {

struct ReportWriter::Guard {
    std::optional<Transaction> transaction;
    qint64 reportId = 0;
};

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

const QString kReportTable = QStringLiteral("annual_report");

} // namespace

ReportWriter::ReportWriter(Database &db) : m_db(db) {}

Status ReportWriter::failStatement(const QSqlQuery &query, const QString &what)
{
    return ReportRowTables::statementFailure(query, what);
}

Status ReportWriter::begin(Guard &guard, qint64 reportId, int expectedVersion, const ReportRow *value)
{
    if (value && ReportRowTables::hasNegativeAmount(*value))
        return Status::failure(ErrorKind::Invalid, tr("Ett belopp kan inte vara negativt."));
    guard.reportId = reportId;
    if (m_db.isReadOnly())
        return Status::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    guard.transaction.emplace(m_db);
    if (!guard.transaction->isActive())
        return Status::failure(ErrorKind::Busy, tr("Ändringen kunde inte sparas: databasen används av ett annat program "
                                                   "just nu. Försök igen om en stund."));
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT row_version FROM annual_report WHERE id = :id")))
        return failStatement(query, tr("läsa årsredovisningen"));
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query))
        return failStatement(query, tr("läsa årsredovisningen"));
    if (!query.next())
        return Status::failure(ErrorKind::NotFound, tr("Årsredovisningen finns inte längre i databasen. Någon annan kan "
                                                       "ha tagit bort den."));
    if (query.value(0).toInt() != expectedVersion)
        return Status::failure(ErrorKind::Conflict,
                               tr("Någon annan har ändrat årsredovisningen sedan du öppnade den, så din ändring "
                                  "sparades inte. Läs in årsredovisningen igen för att se den senaste versionen "
                                  "och gör sedan om ändringen."));
    return {};
}

Result<EditResult> ReportWriter::finish(Guard &guard, qint64 rowId)
{
    const auto version = rowVersion(guard.reportId);
    if (!version)
        return Result<EditResult>::failure(ErrorKind::Io, version.error());
    if (const Status s = guard.transaction->commit(); !s)
        return Result<EditResult>::failure(ErrorKind::Busy, s.error());
    return EditResult{*version, rowId};
}

Result<int> ReportWriter::rowVersion(qint64 reportId) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT row_version FROM annual_report WHERE id = :id")))
        return Result<int>::failure(ErrorKind::Io, tr("Årsredovisningen kunde inte läsas."));
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query))
        return Result<int>::failure(failureMessage(query.lastError(), tr("läsa årsredovisningen")));
    if (!query.next())
        return Result<int>::failure(ErrorKind::NotFound, tr("Årsredovisningen finns inte längre i databasen. Någon "
                                                            "annan kan ha tagit bort den."));
    return query.value(0).toInt();
}

Status ReportWriter::audit(const QString &table, qint64 entityId, qint64 reportId, const QString &action,
                           const QString &field, const QString &oldValue, const QString &newValue)
{
    const Status s = AuditLog(m_db).record({table, entityId, reportId, action, field, oldValue, newValue});
    return s ? s : Status::failure(ErrorKind::Io, s.error());
}

Status ReportWriter::updateColumns(const QString &sql, const QList<QPair<QString, QVariant>> &values, const QString &what)
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, sql))
        return failStatement(query, what);
    for (const auto &[name, value] : values)
        query.bindValue(name, value);
    if (!execPrepared(query))
        return failStatement(query, what);
    return {};
}

Result<QList<qint64>> ReportWriter::rowIds(qint64 reportId, ReportList list) const
{
    return ReportRowTables(m_db).ids(reportId, list);
}

Result<EditResult> ReportWriter::insertRow(qint64 reportId, int expectedVersion, ReportList list, int row,
                                           const ReportRow &value)
{
    using R = Result<EditResult>;
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion, &value); !s)
        return R::failure(s.fault());
    const auto ids = rowIds(reportId, list);
    if (!ids)
        return R::failure(ids.fault());
    if (row < 0 || row > ids->size())
        return R::failure(ErrorKind::Invalid, tr("Raden kan inte läggas till där: den platsen finns inte."));
    using Tables = ReportRowTables;
    const QString table = Tables::table(list);
    const QList<Tables::Column> columns = Tables::columns(value);
    QStringList names = {QStringLiteral("id"), QStringLiteral("report_id"), QStringLiteral("position")};
    QStringList placeholders = {QStringLiteral(":id"), QStringLiteral(":report"), QStringLiteral(":position")};
    if (isNarrative(list)) {
        names.append(QStringLiteral("kind"));
        placeholders.append(QStringLiteral(":kind"));
    }
    for (qsizetype i = 0; i < columns.size(); ++i) {
        names.append(columns.at(i).name);
        placeholders.append(QStringLiteral(":v") + QString::number(i));
    }
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + names.join(QStringLiteral(", "))
                            + QStringLiteral(") VALUES (") + placeholders.join(QStringLiteral(", ")) + u')'))
        return R::failure(failStatement(query, tr("lägga till raden")).fault());
    const qint64 preferredId = fhb::rowId(value);
    const bool reuse = preferredId > 0 && Tables(m_db).idIsFree(list, preferredId);
    query.bindValue(QStringLiteral(":id"), reuse ? QVariant(preferredId) : QVariant());
    query.bindValue(QStringLiteral(":report"), reportId);
    query.bindValue(QStringLiteral(":position"), qint64(ids->size()));
    if (isNarrative(list))
        query.bindValue(QStringLiteral(":kind"), Tables::kindKey(list));
    for (qsizetype i = 0; i < columns.size(); ++i)
        query.bindValue(QStringLiteral(":v") + QString::number(i), columns.at(i).value);
    if (!execPrepared(query))
        return R::failure(failStatement(query, tr("lägga till raden")).fault());
    const qint64 newId = query.lastInsertId().toLongLong();
    QList<qint64> order = *ids;
    order.insert(row, newId);
    QList<qint64> old = *ids;
    old.append(newId);
    if (const Status s = ReportRowTables(m_db).renumber(list, order, old); !s)
        return R::failure(s.fault());
    if (const Status s = audit(table, newId, reportId, QStringLiteral("insert"), QStringLiteral("position"), {},
                               QString::number(row + 1) + QStringLiteral(": ") + ReportRowTables::summary(value)); !s)
        return R::failure(s.fault());
    return finish(guard, newId);
}

Result<EditResult> ReportWriter::updateRow(qint64 reportId, int expectedVersion, ReportList list, int row,
                                           const ReportRow &value)
{
    using R = Result<EditResult>;
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion, &value); !s)
        return R::failure(s.fault());
    const auto old = ReportRowTables(m_db).read(reportId, list, row);
    if (!old)
        return R::failure(ErrorKind::Invalid, old.error());
    const qint64 id = fhb::rowId(*old);
    if (sameContent(*old, value))
        return finish(guard, id);
    const QString table = ReportRowTables::table(list);
    const auto before = ReportRowTables::columns(*old);
    const auto after = ReportRowTables::columns(value);
    QStringList assignments;
    QList<QPair<QString, QVariant>> bound = {{QStringLiteral(":id"), id}};
    for (qsizetype i = 0; i < after.size(); ++i) {
        assignments.append(after.at(i).name + QStringLiteral(" = :v") + QString::number(i));
        bound.append({QStringLiteral(":v") + QString::number(i), after.at(i).value});
    }
    const QString what = list == ReportList::Expenses ? tr("ändra utgiftsraden")
        : list == ReportList::Revenues               ? tr("ändra intäktsraden")
                                                      : tr("ändra stycket");
    if (const Status s = updateColumns(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                                           + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = :id"),
                                       bound, what); !s)
        return R::failure(s.fault());
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (before.at(i).shown == after.at(i).shown)
            continue;
        if (const Status s = audit(table, id, reportId, QStringLiteral("update"), after.at(i).name, before.at(i).shown,
                                   after.at(i).shown); !s)
            return R::failure(s.fault());
    }
    return finish(guard, id);
}

Result<EditResult> ReportWriter::removeRow(qint64 reportId, int expectedVersion, ReportList list, int row)
{
    using R = Result<EditResult>;
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return R::failure(s.fault());
    const auto ids = rowIds(reportId, list);
    if (!ids)
        return R::failure(ids.fault());
    if (row < 0 || row >= ids->size())
        return R::failure(ErrorKind::Invalid, tr("Raden finns inte längre och kan inte tas bort."));
    const auto value = ReportRowTables(m_db).read(reportId, list, row);
    const QString summary = value ? ReportRowTables::summary(*value) : QString();
    const qint64 id = ids->at(row);
    const QString table = ReportRowTables::table(list);
    if (const Status s = updateColumns(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = :id"),
                                       {{QStringLiteral(":id"), id}}, tr("ta bort raden")); !s)
        return R::failure(s.fault());
    QList<qint64> order = *ids;
    order.removeAt(row);
    QList<qint64> old = *ids;
    old.removeAt(row);
    // Rows after the removed one keep their stale position until renumbered.
    for (qsizetype i = row; i < old.size(); ++i)
        old[i] = -1;
    if (const Status s = ReportRowTables(m_db).renumber(list, order, old); !s)
        return R::failure(s.fault());
    if (const Status s = audit(table, id, reportId, QStringLiteral("delete"), QStringLiteral("position"),
                               QString::number(row + 1) + QStringLiteral(": ") + summary, {}); !s)
        return R::failure(s.fault());
    return finish(guard, id);
}

Result<EditResult> ReportWriter::moveRow(qint64 reportId, int expectedVersion, ReportList list, int from, int to)
{
    using R = Result<EditResult>;
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return R::failure(s.fault());
    const auto ids = rowIds(reportId, list);
    if (!ids)
        return R::failure(ids.fault());
    if (from < 0 || from >= ids->size() || to < 0 || to >= ids->size())
        return R::failure(ErrorKind::Invalid, tr("Raden kan inte flyttas dit: den platsen finns inte."));
    if (from == to)
        return finish(guard);
    QList<qint64> order = *ids;
    order.move(from, to);
    if (const Status s = ReportRowTables(m_db).renumber(list, order, *ids); !s)
        return R::failure(s.fault());
    if (const Status s = audit(ReportRowTables::table(list), ids->at(from), reportId, QStringLiteral("update"),
                               QStringLiteral("position"), QString::number(from + 1), QString::number(to + 1)); !s)
        return R::failure(s.fault());
    return finish(guard);
}

Result<EditResult> ReportWriter::setPeriod(qint64 reportId, int expectedVersion, const QDate &start, const QDate &end)
{
    if (start.isValid() && end.isValid() && start > end)
        return Result<EditResult>::failure(ErrorKind::Invalid, tr("Perioden kan inte sluta (%1) före den börjar (%2). "
                                                         "Ändra slutdatum eller startdatum.")
                                                          .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.fault());
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT period_start, period_end FROM annual_report WHERE id = :id")))
        return Result<EditResult>::failure(failStatement(query, tr("läsa perioden")).fault());
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query) || !query.next())
        return Result<EditResult>::failure(failStatement(query, tr("läsa perioden")).fault());
    const QString oldStart = dateText(dateFrom(query.value(0)));
    const QString oldEnd = dateText(dateFrom(query.value(1)));
    if (oldStart == dateText(start) && oldEnd == dateText(end))
        return finish(guard);
    if (const Status s = updateColumns(QStringLiteral("UPDATE annual_report SET period_start = :start, period_end = :end "
                                                      "WHERE id = :id"),
                                       {{QStringLiteral(":start"), dateValue(start)}, {QStringLiteral(":end"), dateValue(end)},
                                        {QStringLiteral(":id"), reportId}},
                                       tr("ändra perioden")); !s)
        return Result<EditResult>::failure(s.fault());
    Status s = oldStart == dateText(start) ? Status()
        : audit(kReportTable, reportId, reportId, QStringLiteral("update"), QStringLiteral("period_start"), oldStart, dateText(start));
    if (s && oldEnd != dateText(end))
        s = audit(kReportTable, reportId, reportId, QStringLiteral("update"), QStringLiteral("period_end"), oldEnd, dateText(end));
    if (!s)
        return Result<EditResult>::failure(s.fault());
    return finish(guard);
}

Result<EditResult> ReportWriter::setSignature(qint64 reportId, int expectedVersion, const Signature &signature)
{
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.fault());
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT on_behalf_of_name, on_behalf_of_title, prepared_by_name, prepared_by_title "
                                       "FROM annual_report WHERE id = :id")))
        return Result<EditResult>::failure(failStatement(query, tr("läsa underskriften")).fault());
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query) || !query.next())
        return Result<EditResult>::failure(failStatement(query, tr("läsa underskriften")).fault());
    const QStringList columns = {QStringLiteral("on_behalf_of_name"), QStringLiteral("on_behalf_of_title"),
                                 QStringLiteral("prepared_by_name"), QStringLiteral("prepared_by_title")};
    const QStringList values = {signature.onBehalfOfName, signature.onBehalfOfTitle, signature.preparedByName,
                                signature.preparedByTitle};
    QStringList old;
    for (int i = 0; i < 4; ++i)
        old.append(query.value(i).toString());
    if (old == values)
        return finish(guard);
    if (const Status s = updateColumns(QStringLiteral("UPDATE annual_report SET on_behalf_of_name = :obn, "
                                                      "on_behalf_of_title = :obt, prepared_by_name = :pbn, "
                                                      "prepared_by_title = :pbt WHERE id = :id"),
                                       {{QStringLiteral(":obn"), textValue(values[0])}, {QStringLiteral(":obt"), textValue(values[1])},
                                        {QStringLiteral(":pbn"), textValue(values[2])}, {QStringLiteral(":pbt"), textValue(values[3])},
                                        {QStringLiteral(":id"), reportId}},
                                       tr("ändra underskriften")); !s)
        return Result<EditResult>::failure(s.fault());
    for (int i = 0; i < 4; ++i) {
        if (old[i] == values[i])
            continue;
        if (const Status s = audit(kReportTable, reportId, reportId, QStringLiteral("update"), columns[i], old[i], values[i]); !s)
            return Result<EditResult>::failure(s.fault());
    }
    return finish(guard);
}

// The year of the party's latest report before `year` (nullopt: none); refused when the
// party already has a report for `year`.
Result<std::optional<int>> ReportWriter::earlierReportYear(const QString &party, qint64 partyId, int year)
{
    using R = Result<std::optional<int>>;
    QSqlQuery existing(m_db.connection());
    if (!prepare(existing, QStringLiteral("SELECT year FROM annual_report WHERE party_id = :party AND year <= :year "
                                          "ORDER BY year DESC")))
        return R::failure(failStatement(existing, tr("skapa årsredovisningen")).fault());
    existing.bindValue(QStringLiteral(":party"), partyId);
    existing.bindValue(QStringLiteral(":year"), year);
    if (!execPrepared(existing))
        return R::failure(failStatement(existing, tr("skapa årsredovisningen")).fault());
    std::optional<int> previousYear;
    while (existing.next()) {
        const int y = existing.value(0).toInt();
        if (y == year)
            return Result<std::optional<int>>::failure(ErrorKind::Invalid, tr("%1 har redan en årsredovisning för %2. Öppna den i stället.")
                                                                      .arg(party).arg(year));
        if (!previousYear)
            previousYear = y;
    }
    if (existing.lastError().type() != QSqlError::NoError)
        return R::failure(failStatement(existing, tr("skapa årsredovisningen")).fault());
    return previousYear;
}

Result<qint64> ReportWriter::createReport(const QString &party, int year, NewReportContent content)
{
    if (m_db.isReadOnly())
        return Result<qint64>::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    if (year < 1900 || year > 2200)
        return Result<qint64>::failure(ErrorKind::Invalid, tr("Året %1 kan inte användas: skriv ett år mellan 1900 och 2200.").arg(year));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<qint64>::failure(ErrorKind::Busy, tr("Årsredovisningen kunde inte skapas: databasen används av ett annat "
                                                  "program just nu. Försök igen om en stund."));
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT id FROM party WHERE name = :name")))
        return Result<qint64>::failure(failStatement(query, tr("skapa årsredovisningen")).fault());
    query.bindValue(QStringLiteral(":name"), party);
    if (!execPrepared(query))
        return Result<qint64>::failure(failStatement(query, tr("skapa årsredovisningen")).fault());
    if (!query.next())
        return Result<qint64>::failure(ErrorKind::Invalid, tr("Parten ”%1” finns inte i databasen. Lägg till den under Parter först.").arg(party));
    const qint64 partyId = query.value(0).toLongLong();
    const auto previousYear = earlierReportYear(party, partyId, year);
    if (!previousYear)
        return Result<qint64>::failure(previousYear.fault());
    AnnualReport report = AnnualReport::forYear(party, year);
    QString copied;
    if (content != NewReportContent::Empty) {
        if (!*previousYear)
            return Result<qint64>::failure(ErrorKind::Invalid, tr("%1 har ingen tidigare årsredovisning att kopiera från. "
                                                         "Skapa en tom årsredovisning i stället.").arg(party));
        const auto previous = DatasetLoader(m_db).reports({std::nullopt, party, **previousYear});
        if (!previous || previous->isEmpty())
            return Result<qint64>::failure(ErrorKind::Io, previous ? tr("Den tidigare årsredovisningen kunde inte läsas.") : previous.error());
        const bool amounts = content == NewReportContent::CopyLinesWithAmounts;
        for (ExpenseLine line : previous->first().expenses) {
            line.id = 0;
            line.amountOre = amounts ? line.amountOre : 0;
            report.expenses.append(line);
        }
        for (RevenueLine line : previous->first().revenues) {
            line.id = 0;
            line.amountOre = amounts ? line.amountOre : 0;
            report.revenues.append(line);
        }
        copied = amounts ? tr("rader och belopp kopierade från %1").arg(**previousYear)
                         : tr("rader kopierade från %1, utan belopp").arg(**previousYear);
    }
    const QHash<QString, qint64> ids = {{party, partyId}};
    RowWriter writer(m_db, ids);
    const auto id = writer.insertReport(report);
    if (!id)
        return Result<qint64>::failure(ErrorKind::Io, id.error());
    const QString summary = copied.isEmpty() ? QStringLiteral("%1 %2").arg(party).arg(year)
                                             : QStringLiteral("%1 %2 (%3)").arg(party).arg(year).arg(copied);
    if (const Status s = audit(kReportTable, *id, *id, QStringLiteral("insert"), {}, {}, summary); !s)
        return Result<qint64>::failure(s.fault());
    if (const Status s = transaction.commit(); !s)
        return Result<qint64>::failure(ErrorKind::Busy, s.error());
    return *id;
}

Status ReportWriter::deleteReport(qint64 reportId, int expectedVersion)
{
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return s;
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT p.name, r.year FROM annual_report r JOIN party p ON p.id = r.party_id "
                                       "WHERE r.id = :id")))
        return failStatement(query, tr("ta bort årsredovisningen"));
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query) || !query.next())
        return failStatement(query, tr("ta bort årsredovisningen"));
    const QString summary = QStringLiteral("%1 %2").arg(query.value(0).toString()).arg(query.value(1).toInt());
    if (const Status s = updateColumns(QStringLiteral("DELETE FROM annual_report WHERE id = :id"),
                                       {{QStringLiteral(":id"), reportId}}, tr("ta bort årsredovisningen")); !s)
        return s;
    if (const Status s = audit(kReportTable, reportId, reportId, QStringLiteral("delete"), {}, summary, {}); !s)
        return s;
    if (const Status s = guard.transaction->commit(); !s)
        return Status::failure(ErrorKind::Busy, s.error());
    return {};
}

QStringList ReportWriter::expenseCategories() const
{
    QStringList result = standardExpenseCategories();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!prepare(query, QStringLiteral("SELECT DISTINCT category FROM expense_line")) || !execPrepared(query))
        return result;
    QStringList own;
    while (query.next()) {
        const QString category = query.value(0).toString().trimmed();
        if (!category.isEmpty() && !result.contains(category) && !own.contains(category))
            own.append(category);
    }
    if (query.lastError().type() != QSqlError::NoError) // suggestions only: the standard ones still help
        return result;
    std::sort(own.begin(), own.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return result + own;
}

Result<BulkEditResult> ReportWriter::appendExpenseLines(qint64 reportId, int expectedVersion,
                                                        const QList<ExpenseLine> &lines)
{
    for (const ExpenseLine &line : lines)
        if (line.amountOre < 0)
            return Result<BulkEditResult>::failure(ErrorKind::Invalid, tr("Ett belopp kan inte vara negativt."));
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<BulkEditResult>::failure(s.fault());
    const auto ids = rowIds(reportId, ReportList::Expenses);
    if (!ids)
        return Result<BulkEditResult>::failure(ErrorKind::Io, ids.error());
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("INSERT INTO expense_line (id, report_id, position, category, amount_ore, footnote) "
                                       "VALUES (:id, :report, :position, :category, :amount, :footnote)")))
        return Result<BulkEditResult>::failure(failStatement(query, tr("lägga till raden")).fault());
    BulkEditResult result;
    qint64 position = ids->size();
    for (const ExpenseLine &line : lines) {
        const bool reuse = line.id > 0 && ReportRowTables(m_db).idIsFree(ReportList::Expenses, line.id);
        query.bindValue(QStringLiteral(":id"), reuse ? QVariant(line.id) : QVariant());
        query.bindValue(QStringLiteral(":report"), reportId);
        query.bindValue(QStringLiteral(":position"), position);
        query.bindValue(QStringLiteral(":category"), textValue(line.category));
        query.bindValue(QStringLiteral(":amount"), line.amountOre);
        query.bindValue(QStringLiteral(":footnote"), textValue(line.footnote));
        if (!execPrepared(query))
            return Result<BulkEditResult>::failure(failStatement(query, tr("lägga till raden")).fault());
        const qint64 id = query.lastInsertId().toLongLong();
        ++position;
        if (const Status s = audit(QStringLiteral("expense_line"), id, reportId, QStringLiteral("insert"), QStringLiteral("position"),
                                   {}, QString::number(position) + QStringLiteral(": ") + ReportRowTables::summary(line)); !s)
            return Result<BulkEditResult>::failure(s.fault());
        result.rowIds.append(id);
    }
    const auto done = finish(guard);
    if (!done)
        return Result<BulkEditResult>::failure(done.fault());
    result.rowVersion = done->rowVersion;
    return result;
}

Result<BulkEditResult> ReportWriter::removeExpenseLines(qint64 reportId, int expectedVersion, const QList<qint64> &ids)
{
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<BulkEditResult>::failure(s.fault());
    const auto current = rowIds(reportId, ReportList::Expenses);
    if (!current)
        return Result<BulkEditResult>::failure(ErrorKind::Io, current.error());
    const QSet<qint64> removed(ids.cbegin(), ids.cend());
    for (const qint64 id : ids)
        if (!current->contains(id))
            return Result<BulkEditResult>::failure(ErrorKind::Invalid,
                                        tr("Raden finns inte längre och kan inte tas bort."));
    QSqlQuery read(m_db.connection());
    QSqlQuery remove(m_db.connection());
    if (!prepare(read, QStringLiteral("SELECT category, amount_ore, footnote FROM expense_line WHERE id = :id"))
        || !prepare(remove, QStringLiteral("DELETE FROM expense_line WHERE id = :id")))
        return Result<BulkEditResult>::failure(failStatement(remove, tr("ta bort raden")).fault());
    for (const qint64 id : ids) {
        read.bindValue(QStringLiteral(":id"), id);
        ExpenseLine line;
        if (execPrepared(read) && read.next())
            line = {id, read.value(0).toString(), read.value(1).toLongLong(), read.value(2).toString()};
        read.finish();
        remove.bindValue(QStringLiteral(":id"), id);
        if (!execPrepared(remove))
            return Result<BulkEditResult>::failure(failStatement(remove, tr("ta bort raden")).fault());
        const QString where = QString::number(current->indexOf(id) + 1);
        if (const Status s = audit(QStringLiteral("expense_line"), id, reportId, QStringLiteral("delete"), QStringLiteral("position"),
                                   where + QStringLiteral(": ") + ReportRowTables::summary(line), {}); !s)
            return Result<BulkEditResult>::failure(s.fault());
    }
    QList<qint64> order;
    for (const qint64 id : *current)
        if (!removed.contains(id))
            order.append(id);
    if (const Status s = ReportRowTables(m_db).renumber(ReportList::Expenses, order, *current); !s)
        return Result<BulkEditResult>::failure(s.fault());
    const auto done = finish(guard);
    if (!done)
        return Result<BulkEditResult>::failure(done.fault());
    return BulkEditResult{done->rowVersion, ids};
}


} // namespace fhb::storage
