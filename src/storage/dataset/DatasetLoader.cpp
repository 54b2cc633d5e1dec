// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetLoader.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace fhb::storage {

namespace {

Error readFailure(const QSqlQuery &query)
{
    return failureMessage(query.lastError(), QCoreApplication::translate("Database", "läsa databasen"));
}

/// False, with `error` set, when the `while (query.next())` loop before it ended on a failed
/// step rather than after the last row.
bool complete(const QSqlQuery &query, Error *error)
{
    if (const std::optional<Error> failure = stepFailure(query, QCoreApplication::translate("Database", "läsa databasen"))) {
        *error = *failure;
        return false;
    }
    return true;
}

/// Runs a SELECT; on failure `error` gets why.
bool run(QSqlQuery &query, const QString &sql, Error *error,
         const std::function<void(QSqlQuery &)> &bind = {})
{
    query.setForwardOnly(true);
    if (!prepare(query, sql)) {
        *error = readFailure(query);
        return false;
    }
    if (bind)
        bind(query);
    if (!execPrepared(query)) {
        *error = readFailure(query);
        return false;
    }
    return true;
}

const QString kReportFilter = QStringLiteral(
    " (:id1 IS NULL OR r.id = :id2) AND (:party1 IS NULL OR p.name = :party2)"
    " AND (:year1 IS NULL OR r.year = :year2) ");

/// Binds `:id1` and `:id2` of an "(:id1 IS NULL OR x.id = :id2)" filter; nullopt selects all.
void bindId(QSqlQuery &query, std::optional<qint64> id)
{
    const QVariant value = id ? QVariant(*id) : QVariant();
    query.bindValue(QStringLiteral(":id1"), value);
    query.bindValue(QStringLiteral(":id2"), value);
}

void bindSelection(QSqlQuery &query, const ReportSelection &s)
{
    bindId(query, s.id);
    const QVariant party = s.party ? QVariant(*s.party) : QVariant();
    const QVariant year = s.year ? QVariant(*s.year) : QVariant();
    query.bindValue(QStringLiteral(":party1"), party);
    query.bindValue(QStringLiteral(":party2"), party);
    query.bindValue(QStringLiteral(":year1"), year);
    query.bindValue(QStringLiteral(":year2"), year);
}

/// The one row of a by-id read, or NotFound with `missing`.
template<typename T>
Result<T> single(const Result<QList<T>> &rows, const QString &missing)
{
    if (!rows)
        return Result<T>::failure(rows.fault());
    if (rows->isEmpty())
        return Result<T>::failure(ErrorKind::NotFound, missing);
    return rows->first();
}

} // namespace

DatasetLoader::DatasetLoader(const Database &db) : m_db(db) {}

Result<Party> DatasetLoader::party(qint64 id) const
{
    return single(parties(id), QCoreApplication::translate("Database",
        "Parten finns inte längre i databasen. Någon annan kan ha tagit bort den."));
}

Result<Agreement> DatasetLoader::agreement(qint64 id) const
{
    return single(agreements(id), QCoreApplication::translate("Database",
        "Avtalet finns inte längre i databasen. Någon annan kan ha tagit bort det."));
}

Result<AnnualReport> DatasetLoader::report(qint64 id) const
{
    return single(reports({id, std::nullopt, std::nullopt}), QCoreApplication::translate("Database",
        "Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den."));
}

Result<QList<Party>> DatasetLoader::parties(std::optional<qint64> id) const
{
    const auto bind = [&](QSqlQuery &q) { bindId(q, id); };
    Error error;
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral(
            "SELECT id, name, kind FROM party WHERE (:id1 IS NULL OR id = :id2) ORDER BY CASE kind "
            "WHEN 'funder' THEN 0 WHEN 'municipality' THEN 1 WHEN 'county-part' THEN 2 ELSE 3 END, name"), &error, bind))
        return Result<QList<Party>>::failure(error);
    QList<Party> parties;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        Party p;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.kind = partyKindFromKey(query.value(2).toString()).value_or(PartyKind::Organisation);
        index.insert(p.id, parties.size());
        parties.append(p);
    }
    if (!complete(query, &error))
        return Result<QList<Party>>::failure(error);
    if (!run(query, QStringLiteral(
            "SELECT m.county_part_id, p.name, m.from_year, m.to_year FROM county_part_member m "
            "JOIN party p ON p.id = m.member_id WHERE (:id1 IS NULL OR m.county_part_id = :id2) "
            "ORDER BY m.county_part_id, m.position"), &error, bind))
        return Result<QList<Party>>::failure(error);
    while (query.next()) {
        const qsizetype i = index.value(query.value(0).toLongLong(), -1);
        if (i >= 0)
            parties[i].members.append({query.value(1).toString(), query.value(2).toInt(), query.value(3).toInt()});
    }
    if (!complete(query, &error))
        return Result<QList<Party>>::failure(error);
    return parties;
}

Result<QList<Agreement>> DatasetLoader::agreements(std::optional<qint64> id) const
{
    Error error;
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral(
            "SELECT a.id, a.name, f.name, c.name, a.first_year, a.last_year, a.base_compensation_ore, "
            "a.indexation_mode, a.cofunding_ratio_bp, a.decision_body, a.decision_date, "
            "a.decision_reference, a.notes FROM agreement a JOIN party f ON f.id = a.funder_id "
            "JOIN party c ON c.id = a.counterparty_id WHERE (:id1 IS NULL OR a.id = :id2) ORDER BY a.name"),
            &error, [&](QSqlQuery &q) { bindId(q, id); }))
        return Result<QList<Agreement>>::failure(error);
    QList<Agreement> agreements;
    while (query.next()) {
        Agreement a;
        a.id = query.value(0).toLongLong();
        a.name = query.value(1).toString();
        a.funder = query.value(2).toString();
        a.counterparty = query.value(3).toString();
        a.firstYear = query.value(4).toInt();
        a.lastYear = query.value(5).toInt();
        if (!query.value(6).isNull())
            a.baseCompensationOre = query.value(6).toLongLong();
        a.indexationMode = indexationModeFromKey(query.value(7).toString()).value_or(IndexationMode::Chained);
        a.cofundingRatioBp = query.value(8).toInt();
        a.decision.body = query.value(9).toString();
        a.decision.date = dateFrom(query.value(10));
        a.decision.reference = query.value(11).toString();
        a.notes = query.value(12).toString();
        agreements.append(a);
    }
    if (!complete(query, &error))
        return Result<QList<Agreement>>::failure(error);
    if (const Status s = loadAgreementDetails(agreements, id); !s)
        return Result<QList<Agreement>>::failure(s.fault());
    return agreements;
}

Status DatasetLoader::loadAgreementDetails(QList<Agreement> &agreements, std::optional<qint64> id) const
{
    const auto bind = [&](QSqlQuery &q) { bindId(q, id); };
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < agreements.size(); ++i)
        index.insert(agreements[i].id, i);
    auto each = [&](const QString &sql, const std::function<void(Agreement &, const QSqlQuery &)> &take) {
        Error error;
        QSqlQuery query(m_db.connection());
        if (!run(query, sql, &error, bind))
            return Status::failure(error);
        while (query.next()) {
            const qsizetype i = index.value(query.value(0).toLongLong(), -1);
            if (i >= 0)
                take(agreements[i], query);
        }
        if (!complete(query, &error))
            return Status::failure(error);
        return Status();
    };
    Status s = each(QStringLiteral("SELECT agreement_id, year, amount_ore FROM agreement_decided_amount "
                                   "WHERE (:id1 IS NULL OR agreement_id = :id2)"),
                    [](Agreement &a, const QSqlQuery &q) { a.decidedOre.insert(q.value(1).toInt(), q.value(2).toLongLong()); });
    if (s)
        s = each(QStringLiteral("SELECT agreement_id, year, plk_bp FROM agreement_plk "
                                "WHERE (:id1 IS NULL OR agreement_id = :id2)"),
                 [](Agreement &a, const QSqlQuery &q) { a.plkBp.insert(q.value(1).toInt(), q.value(2).toInt()); });
    if (s)
        s = each(QStringLiteral("SELECT c.agreement_id, p.name, c.yearly_ore FROM agreement_commitment c "
                                "JOIN party p ON p.id = c.party_id WHERE (:id1 IS NULL OR c.agreement_id = :id2) "
                                "ORDER BY c.agreement_id, c.position"),
                 [](Agreement &a, const QSqlQuery &q) { a.commitments.append({q.value(1).toString(), q.value(2).toLongLong()}); });
    QHash<qint64, std::pair<qsizetype, qsizetype>> obligationIndex; // obligation id -> (agreement, obligation)
    if (s)
        s = each(QStringLiteral("SELECT agreement_id, id, title FROM agreement_obligation "
                                "WHERE (:id1 IS NULL OR agreement_id = :id2) ORDER BY agreement_id, position"),
                 [&](Agreement &a, const QSqlQuery &q) {
                     obligationIndex.insert(q.value(1).toLongLong(), {index.value(a.id), a.obligations.size()});
                     a.obligations.append({q.value(2).toString(), {}});
                 });
    if (!s)
        return s;
    Error error;
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT y.obligation_id, y.year, y.fulfilled, y.note FROM obligation_year y "
                                   "JOIN agreement_obligation o ON o.id = y.obligation_id "
                                   "WHERE (:id1 IS NULL OR o.agreement_id = :id2)"), &error, bind))
        return Status::failure(error);
    while (query.next()) {
        const auto where = obligationIndex.value(query.value(0).toLongLong(), {-1, -1});
        if (where.first >= 0)
            agreements[where.first].obligations[where.second].years.insert(
                query.value(1).toInt(), {query.value(2).toInt() != 0, query.value(3).toString()});
    }
    if (!complete(query, &error))
        return Status::failure(error);
    return {};
}

Result<QList<AnnualReport>> DatasetLoader::reports(const ReportSelection &selection) const
{
    Error error;
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral(
            "SELECT r.id, r.row_version, p.name, r.year, r.period_start, r.period_end, r.status, "
            "r.on_behalf_of_name, r.on_behalf_of_title, r.prepared_by_name, r.prepared_by_title "
            "FROM annual_report r JOIN party p ON p.id = r.party_id WHERE") + kReportFilter
            + QStringLiteral("ORDER BY p.name, r.year"), &error,
            [&](QSqlQuery &q) { bindSelection(q, selection); }))
        return Result<QList<AnnualReport>>::failure(error);
    QList<AnnualReport> reports;
    while (query.next()) {
        AnnualReport r;
        r.id = query.value(0).toLongLong();
        r.rowVersion = query.value(1).toInt();
        r.party = query.value(2).toString();
        r.year = query.value(3).toInt();
        r.periodStart = dateFrom(query.value(4));
        r.periodEnd = dateFrom(query.value(5));
        r.status = reportStatusFromKey(query.value(6).toString()).value_or(ReportStatus::Draft);
        r.signature = {query.value(7).toString(), query.value(8).toString(),
                       query.value(9).toString(), query.value(10).toString()};
        reports.append(r);
    }
    if (!complete(query, &error))
        return Result<QList<AnnualReport>>::failure(error);
    if (const Status s = loadReportDetails(reports, selection); !s)
        return Result<QList<AnnualReport>>::failure(s.fault());
    return reports;
}

Status DatasetLoader::loadReportDetails(QList<AnnualReport> &reports, const ReportSelection &selection) const
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < reports.size(); ++i)
        index.insert(reports[i].id, i);
    const QString from = QStringLiteral(" JOIN annual_report r ON r.id = x.report_id "
                                        "JOIN party p ON p.id = r.party_id WHERE") + kReportFilter;
    auto each = [&](const QString &columns, const QString &table, const QString &order,
                    const std::function<void(AnnualReport &, const QSqlQuery &)> &take) {
        Error error;
        QSqlQuery query(m_db.connection());
        if (!run(query, QStringLiteral("SELECT x.report_id, ") + columns + QStringLiteral(" FROM ") + table
                     + QStringLiteral(" x") + from + QStringLiteral("ORDER BY x.report_id, ") + order,
                 &error, [&](QSqlQuery &q) { bindSelection(q, selection); }))
            return Status::failure(error);
        while (query.next()) {
            const qsizetype i = index.value(query.value(0).toLongLong(), -1);
            if (i >= 0)
                take(reports[i], query);
        }
        if (!complete(query, &error))
            return Status::failure(error);
        return Status();
    };
    Status s = each(QStringLiteral("x.id, x.category, x.amount_ore, x.footnote"), QStringLiteral("expense_line"),
                    QStringLiteral("x.position"), [](AnnualReport &r, const QSqlQuery &q) {
                        r.expenses.append({q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                                           q.value(4).toString()});
                    });
    if (s)
        s = each(QStringLiteral("x.id, x.kind, x.source, x.amount_ore, x.note"), QStringLiteral("revenue_line"),
                 QStringLiteral("x.position"), [](AnnualReport &r, const QSqlQuery &q) {
                     r.revenues.append({q.value(1).toLongLong(),
                                        revenueKindFromKey(q.value(2).toString()).value_or(RevenueKind::Other),
                                        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()});
                 });
    if (s)
        s = each(QStringLiteral("x.kind, x.text"), QStringLiteral("report_paragraph"),
                 QStringLiteral("x.kind, x.position"), [](AnnualReport &r, const QSqlQuery &q) {
                     (q.value(1).toString() == QLatin1String("event") ? r.events : r.staffResources)
                         .append(q.value(2).toString());
                 });
    if (s)
        s = each(QStringLiteral("x.version, x.fingerprint, x.approved_at, x.approved_by"), QStringLiteral("report_approval"),
                 QStringLiteral("x.id"), [](AnnualReport &r, const QSqlQuery &q) {
                     r.approvals.append({q.value(1).toInt(), q.value(2).toString(),
                                         QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs),
                                         q.value(4).toString()});
                 });
    return s;
}

Result<Dataset> DatasetLoader::load(const DatasetFilter &filter) const
{
    auto parties = this->parties();
    if (!parties)
        return Result<Dataset>::failure(parties.fault());
    auto agreements = this->agreements();
    if (!agreements)
        return Result<Dataset>::failure(agreements.fault());
    auto reports = this->reports({std::nullopt, filter.party, filter.year});
    if (!reports)
        return Result<Dataset>::failure(reports.fault());
    Dataset data;
    data.reports = reports.value();
    if (!filter.party) {
        data.parties = parties.value();
        data.agreements = agreements.value();
        return data;
    }
    const QString &name = *filter.party;
    const auto known = std::find_if(parties->begin(), parties->end(), [&](const Party &p) { return p.name == name; });
    if (known == parties->end())
        return Result<Dataset>::failure(ErrorKind::NotFound, QCoreApplication::translate("Database",
            "Parten '%1' finns inte i databasen. Kontrollera namnet.").arg(name));
    // The party's agreements, and every party they or the included county parts refer to.
    QSet<QString> needed{name};
    for (const Agreement &a : agreements.value()) {
        if (a.counterparty != name && !a.commitmentOf(name))
            continue;
        data.agreements.append(a);
        needed << a.funder << a.counterparty;
        for (const MemberCommitment &c : a.commitments)
            needed << c.party;
    }
    for (const Party &p : parties.value())
        if (needed.contains(p.name))
            for (const Membership &m : p.members)
                needed << m.party;
    for (const Party &p : parties.value())
        if (needed.contains(p.name))
            data.parties.append(p);
    return data;
}

} // namespace fhb::storage
