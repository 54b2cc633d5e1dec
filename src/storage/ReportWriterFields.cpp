// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ReportWriter, continued: field updates, creating and deleting reports, categories.
#include "ReportWriter.h"

#include "AuditLog.h"
#include "Database.h"
#include "storage/dataset/DatasetLoader.h"
#include "storage/dataset/RowWriter.h"
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

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString paragraphKindKey(ParagraphKind kind)
{
    return kind == ParagraphKind::Event ? QStringLiteral("event") : QStringLiteral("staff-resource");
}

QString rowGone()
{
    return tr("Raden finns inte längre i årsredovisningen. Läs in årsredovisningen igen.");
}

} // namespace

Result<ExpenseLine> ReportWriter::readExpense(qint64 reportId, int row) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT id, category, amount_ore, footnote FROM expense_line "
                                       "WHERE report_id = :report ORDER BY position, id LIMIT 1 OFFSET :row")))
        return Result<ExpenseLine>::failure(rowGone());
    query.bindValue(QStringLiteral(":report"), reportId);
    query.bindValue(QStringLiteral(":row"), row);
    if (row < 0 || !execPrepared(query) || !query.next())
        return Result<ExpenseLine>::failure(rowGone());
    return ExpenseLine{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                       query.value(3).toString()};
}

Result<RevenueLine> ReportWriter::readRevenue(qint64 reportId, int row) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT id, kind, source, amount_ore, note FROM revenue_line "
                                       "WHERE report_id = :report ORDER BY position, id LIMIT 1 OFFSET :row")))
        return Result<RevenueLine>::failure(rowGone());
    query.bindValue(QStringLiteral(":report"), reportId);
    query.bindValue(QStringLiteral(":row"), row);
    if (row < 0 || !execPrepared(query) || !query.next())
        return Result<RevenueLine>::failure(rowGone());
    return RevenueLine{query.value(0).toLongLong(),
                       revenueKindFromKey(query.value(1).toString()).value_or(RevenueKind::Other),
                       query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toString()};
}

Result<QString> ReportWriter::readParagraph(qint64 reportId, ParagraphKind kind, int row) const
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT text FROM report_paragraph WHERE report_id = :report AND kind = :kind "
                                       "ORDER BY position, id LIMIT 1 OFFSET :row")))
        return Result<QString>::failure(rowGone());
    query.bindValue(QStringLiteral(":report"), reportId);
    query.bindValue(QStringLiteral(":kind"), paragraphKindKey(kind));
    query.bindValue(QStringLiteral(":row"), row);
    if (row < 0 || !execPrepared(query) || !query.next())
        return Result<QString>::failure(rowGone());
    return query.value(0).toString();
}

Status ReportWriter::auditChange(LineTable table, qint64 entityId, qint64 reportId, const QString &field,
                                 const QString &oldValue, const QString &newValue)
{
    if (oldValue == newValue)
        return {};
    return audit(table, entityId, reportId, QStringLiteral("update"), field, oldValue, newValue);
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

Result<EditResult> ReportWriter::updateExpenseLine(qint64 reportId, int expectedVersion, int row, const ExpenseLine &line)
{
    if (line.amountOre < 0)
        return fail<EditResult>(EditFailure::Invalid, tr("Ett belopp kan inte vara negativt."));
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.error());
    const auto old = readExpense(reportId, row);
    if (!old)
        return fail<EditResult>(EditFailure::Invalid, old.error());
    if (old->sameContent(line))
        return finish(guard, old->id);
    if (const Status s = updateColumns(QStringLiteral("UPDATE expense_line SET category = :category, amount_ore = :amount, "
                                                      "footnote = :footnote WHERE id = :id"),
                                       {{QStringLiteral(":category"), textValue(line.category)},
                                        {QStringLiteral(":amount"), line.amountOre},
                                        {QStringLiteral(":footnote"), textValue(line.footnote)},
                                        {QStringLiteral(":id"), old->id}},
                                       tr("ändra utgiftsraden")); !s)
        return Result<EditResult>::failure(s.error());
    Status s = auditChange(LineTable::Expense, old->id, reportId, QStringLiteral("category"), old->category, line.category);
    if (s && old->amountOre != line.amountOre)
        s = auditChange(LineTable::Expense, old->id, reportId, QStringLiteral("amount_ore"), money::format(old->amountOre),
                        money::format(line.amountOre));
    if (s)
        s = auditChange(LineTable::Expense, old->id, reportId, QStringLiteral("footnote"), old->footnote, line.footnote);
    if (!s)
        return Result<EditResult>::failure(s.error());
    return finish(guard, old->id);
}

Result<EditResult> ReportWriter::updateRevenueLine(qint64 reportId, int expectedVersion, int row, const RevenueLine &line)
{
    if (line.amountOre < 0)
        return fail<EditResult>(EditFailure::Invalid, tr("Ett belopp kan inte vara negativt."));
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.error());
    const auto old = readRevenue(reportId, row);
    if (!old)
        return fail<EditResult>(EditFailure::Invalid, old.error());
    if (old->sameContent(line))
        return finish(guard, old->id);
    if (const Status s = updateColumns(QStringLiteral("UPDATE revenue_line SET kind = :kind, source = :source, "
                                                      "amount_ore = :amount, note = :note WHERE id = :id"),
                                       {{QStringLiteral(":kind"), revenueKindKey(line.kind)},
                                        {QStringLiteral(":source"), textValue(line.source)},
                                        {QStringLiteral(":amount"), line.amountOre},
                                        {QStringLiteral(":note"), textValue(line.note)},
                                        {QStringLiteral(":id"), old->id}},
                                       tr("ändra intäktsraden")); !s)
        return Result<EditResult>::failure(s.error());
    Status s = auditChange(LineTable::Revenue, old->id, reportId, QStringLiteral("kind"), revenueKindName(old->kind),
                           revenueKindName(line.kind));
    if (s)
        s = auditChange(LineTable::Revenue, old->id, reportId, QStringLiteral("source"), old->source, line.source);
    if (s && old->amountOre != line.amountOre)
        s = auditChange(LineTable::Revenue, old->id, reportId, QStringLiteral("amount_ore"), money::format(old->amountOre),
                        money::format(line.amountOre));
    if (s)
        s = auditChange(LineTable::Revenue, old->id, reportId, QStringLiteral("note"), old->note, line.note);
    if (!s)
        return Result<EditResult>::failure(s.error());
    return finish(guard, old->id);
}

Result<EditResult> ReportWriter::updateParagraph(qint64 reportId, int expectedVersion, ParagraphKind kind, int row,
                                                 const QString &text)
{
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.error());
    const auto ids = rowIds(LineTable::Paragraph, reportId, paragraphKindKey(kind));
    const auto old = readParagraph(reportId, kind, row);
    if (!ids || !old)
        return fail<EditResult>(EditFailure::Invalid, rowGone());
    const qint64 id = ids->at(row);
    if (*old == text)
        return finish(guard, id);
    if (const Status s = updateColumns(QStringLiteral("UPDATE report_paragraph SET text = :text WHERE id = :id"),
                                       {{QStringLiteral(":text"), textValue(text)}, {QStringLiteral(":id"), id}},
                                       tr("ändra stycket")); !s)
        return Result<EditResult>::failure(s.error());
    if (const Status s = audit(LineTable::Paragraph, id, reportId, QStringLiteral("update"), QStringLiteral("text"), *old, text); !s)
        return Result<EditResult>::failure(s.error());
    return finish(guard, id);
}

Result<EditResult> ReportWriter::setPeriod(qint64 reportId, int expectedVersion, const QDate &start, const QDate &end)
{
    if (start.isValid() && end.isValid() && start > end)
        return fail<EditResult>(EditFailure::Invalid, tr("Perioden kan inte sluta (%1) före den börjar (%2). "
                                                         "Ändra slutdatum eller startdatum.")
                                                          .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.error());
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT period_start, period_end FROM annual_report WHERE id = :id")))
        return Result<EditResult>::failure(failStatement(query, tr("läsa perioden")).error());
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query) || !query.next())
        return Result<EditResult>::failure(failStatement(query, tr("läsa perioden")).error());
    const QString oldStart = dateText(dateFrom(query.value(0)));
    const QString oldEnd = dateText(dateFrom(query.value(1)));
    if (oldStart == dateText(start) && oldEnd == dateText(end))
        return finish(guard);
    if (const Status s = updateColumns(QStringLiteral("UPDATE annual_report SET period_start = :start, period_end = :end "
                                                      "WHERE id = :id"),
                                       {{QStringLiteral(":start"), dateValue(start)}, {QStringLiteral(":end"), dateValue(end)},
                                        {QStringLiteral(":id"), reportId}},
                                       tr("ändra perioden")); !s)
        return Result<EditResult>::failure(s.error());
    Status s = oldStart == dateText(start) ? Status()
        : auditReport(reportId, QStringLiteral("update"), QStringLiteral("period_start"), oldStart, dateText(start));
    if (s && oldEnd != dateText(end))
        s = auditReport(reportId, QStringLiteral("update"), QStringLiteral("period_end"), oldEnd, dateText(end));
    if (!s)
        return Result<EditResult>::failure(s.error());
    return finish(guard);
}

Result<EditResult> ReportWriter::setSignature(qint64 reportId, int expectedVersion, const Signature &signature)
{
    Guard guard;
    if (const Status s = begin(guard, reportId, expectedVersion); !s)
        return Result<EditResult>::failure(s.error());
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT on_behalf_of_name, on_behalf_of_title, prepared_by_name, prepared_by_title "
                                       "FROM annual_report WHERE id = :id")))
        return Result<EditResult>::failure(failStatement(query, tr("läsa underskriften")).error());
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!execPrepared(query) || !query.next())
        return Result<EditResult>::failure(failStatement(query, tr("läsa underskriften")).error());
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
        return Result<EditResult>::failure(s.error());
    for (int i = 0; i < 4; ++i) {
        if (old[i] == values[i])
            continue;
        if (const Status s = auditReport(reportId, QStringLiteral("update"), columns[i], old[i], values[i]); !s)
            return Result<EditResult>::failure(s.error());
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
        return R::failure(failStatement(existing, tr("skapa årsredovisningen")).error());
    existing.bindValue(QStringLiteral(":party"), partyId);
    existing.bindValue(QStringLiteral(":year"), year);
    if (!execPrepared(existing))
        return R::failure(failStatement(existing, tr("skapa årsredovisningen")).error());
    std::optional<int> previousYear;
    while (existing.next()) {
        const int y = existing.value(0).toInt();
        if (y == year)
            return fail<std::optional<int>>(EditFailure::Invalid, tr("%1 har redan en årsredovisning för %2. Öppna den i stället.")
                                                                      .arg(party).arg(year));
        if (!previousYear)
            previousYear = y;
    }
    if (existing.lastError().type() != QSqlError::NoError)
        return R::failure(failStatement(existing, tr("skapa årsredovisningen")).error());
    return previousYear;
}

Result<qint64> ReportWriter::createReport(const QString &party, int year, NewReportContent content)
{
    m_failure = EditFailure::None;
    if (m_db.isReadOnly())
        return fail<qint64>(EditFailure::ReadOnly, m_db.readOnlyReason());
    if (year < 1900 || year > 2200)
        return fail<qint64>(EditFailure::Invalid, tr("Året %1 kan inte användas: skriv ett år mellan 1900 och 2200.").arg(year));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail<qint64>(EditFailure::Busy, tr("Årsredovisningen kunde inte skapas: databasen används av ett annat "
                                                  "program just nu. Försök igen om en stund."));
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT id FROM party WHERE name = :name")))
        return Result<qint64>::failure(failStatement(query, tr("skapa årsredovisningen")).error());
    query.bindValue(QStringLiteral(":name"), party);
    if (!execPrepared(query))
        return Result<qint64>::failure(failStatement(query, tr("skapa årsredovisningen")).error());
    if (!query.next())
        return fail<qint64>(EditFailure::Invalid, tr("Parten ”%1” finns inte i databasen. Lägg till den under Parter först.").arg(party));
    const qint64 partyId = query.value(0).toLongLong();
    const auto previousYear = earlierReportYear(party, partyId, year);
    if (!previousYear)
        return Result<qint64>::failure(previousYear.error());
    AnnualReport report = AnnualReport::forYear(party, year);
    QString copied;
    if (content != NewReportContent::Empty) {
        if (!*previousYear)
            return fail<qint64>(EditFailure::Invalid, tr("%1 har ingen tidigare årsredovisning att kopiera från. "
                                                         "Skapa en tom årsredovisning i stället.").arg(party));
        const auto previous = DatasetLoader(m_db).reports({std::nullopt, party, **previousYear});
        if (!previous || previous->isEmpty())
            return fail<qint64>(EditFailure::Other, previous ? tr("Den tidigare årsredovisningen kunde inte läsas.") : previous.error());
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
        return fail<qint64>(EditFailure::Other, id.error());
    const QString summary = copied.isEmpty() ? QStringLiteral("%1 %2").arg(party).arg(year)
                                             : QStringLiteral("%1 %2 (%3)").arg(party).arg(year).arg(copied);
    if (const Status s = auditReport(*id, QStringLiteral("insert"), {}, {}, summary); !s)
        return Result<qint64>::failure(s.error());
    if (const Status s = transaction.commit(); !s)
        return fail<qint64>(EditFailure::Busy, s.error());
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
    if (const Status s = auditReport(reportId, QStringLiteral("delete"), {}, summary, {}); !s)
        return s;
    if (const Status s = guard.transaction->commit(); !s) {
        m_failure = EditFailure::Busy;
        return s;
    }
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

} // namespace fhb::storage
