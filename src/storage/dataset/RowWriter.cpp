// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowWriter.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

namespace fhb::storage {

struct RowWriter::Queries {
    explicit Queries(const QSqlDatabase &db)
        : party(db), deleteMembers(db), member(db), agreement(db), updateAgreement(db), deleteDecided(db),
          decided(db), deletePlk(db), plk(db), deleteCommitments(db), commitment(db), deleteObligations(db),
          obligation(db), obligationYear(db), report(db), expense(db), revenue(db), paragraph(db),
          deleteReport(db)
    {
    }
    bool prepareAll();

    QSqlQuery party, deleteMembers, member, agreement, updateAgreement, deleteDecided, decided, deletePlk, plk,
        deleteCommitments, commitment, deleteObligations, obligation, obligationYear, report, expense,
        revenue, paragraph, deleteReport;
};

bool RowWriter::Queries::prepareAll()
{
    const QString agreementColumns = QStringLiteral(
        "name = :name, funder_id = :funder_id, counterparty_id = :counterparty_id, first_year = :first_year, "
        "last_year = :last_year, base_compensation_ore = :base, indexation_mode = :mode, "
        "cofunding_ratio_bp = :ratio, decision_body = :body, decision_date = :date, "
        "decision_reference = :reference, notes = :notes");
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&party, QStringLiteral("INSERT INTO party (name, kind) VALUES (:name, :kind)")},
        {&deleteMembers, QStringLiteral("DELETE FROM county_part_member WHERE county_part_id = :id")},
        {&member, QStringLiteral("INSERT INTO county_part_member (county_part_id, member_id, position, from_year, to_year) "
                                 "VALUES (:part, :member, :position, :from_year, :to_year)")},
        {&agreement, QStringLiteral("INSERT INTO agreement (name, funder_id, counterparty_id, first_year, last_year, "
                                    "base_compensation_ore, indexation_mode, cofunding_ratio_bp, decision_body, "
                                    "decision_date, decision_reference, notes) VALUES (:name, :funder_id, "
                                    ":counterparty_id, :first_year, :last_year, :base, :mode, :ratio, :body, :date, "
                                    ":reference, :notes)")},
        {&updateAgreement, QStringLiteral("UPDATE agreement SET ") + agreementColumns + QStringLiteral(" WHERE id = :id")},
        {&deleteDecided, QStringLiteral("DELETE FROM agreement_decided_amount WHERE agreement_id = :id")},
        {&decided, QStringLiteral("INSERT INTO agreement_decided_amount (agreement_id, year, amount_ore) VALUES (:id, :year, :amount)")},
        {&deletePlk, QStringLiteral("DELETE FROM agreement_plk WHERE agreement_id = :id")},
        {&plk, QStringLiteral("INSERT INTO agreement_plk (agreement_id, year, plk_bp) VALUES (:id, :year, :plk)")},
        {&deleteCommitments, QStringLiteral("DELETE FROM agreement_commitment WHERE agreement_id = :id")},
        {&commitment, QStringLiteral("INSERT INTO agreement_commitment (agreement_id, party_id, position, yearly_ore) "
                                     "VALUES (:id, :party, :position, :amount)")},
        {&deleteObligations, QStringLiteral("DELETE FROM agreement_obligation WHERE agreement_id = :id")},
        {&obligation, QStringLiteral("INSERT INTO agreement_obligation (agreement_id, position, title) VALUES (:id, :position, :title)")},
        {&obligationYear, QStringLiteral("INSERT INTO obligation_year (obligation_id, year, fulfilled, note) "
                                         "VALUES (:id, :year, :fulfilled, :note)")},
        {&report, QStringLiteral("INSERT INTO annual_report (party_id, year, period_start, period_end, status, "
                                 "on_behalf_of_name, on_behalf_of_title, prepared_by_name, prepared_by_title) "
                                 "VALUES (:party, :year, :start, :end, :status, :obn, :obt, :pbn, :pbt)")},
        {&expense, QStringLiteral("INSERT INTO expense_line (report_id, position, category, amount_ore, footnote) "
                                  "VALUES (:id, :position, :category, :amount, :footnote)")},
        {&revenue, QStringLiteral("INSERT INTO revenue_line (report_id, position, kind, source, amount_ore, note) "
                                  "VALUES (:id, :position, :kind, :source, :amount, :note)")},
        {&paragraph, QStringLiteral("INSERT INTO report_paragraph (report_id, kind, position, text) "
                                    "VALUES (:id, :kind, :position, :text)")},
        {&deleteReport, QStringLiteral("DELETE FROM annual_report WHERE id = :id")},
    };
    for (const auto &[query, sql] : statements)
        if (!prepare(*query, sql))
            return false;
    return true;
}

RowWriter::RowWriter(const Database &db, const QHash<QString, qint64> &partyIds)
    : m_db(db), m_partyIds(partyIds), m_q(std::make_unique<Queries>(db.connection()))
{
    if (!m_q->prepareAll())
        m_error = {ErrorKind::Corrupt,
                   tr("Databasen kunde inte förbereda skrivningen. Kontrollera att filen är en Folkhälsobok-databas.")};
}

RowWriter::~RowWriter() = default;

bool RowWriter::exec(QSqlQuery &query, const QString &what)
{
    if (execPrepared(query))
        return true;
    m_error = failureMessage(query.lastError(), what);
    return false;
}

Result<qint64> RowWriter::insertParty(const Party &party)
{
    QSqlQuery &q = m_q->party;
    q.bindValue(QStringLiteral(":name"), party.name);
    q.bindValue(QStringLiteral(":kind"), partyKindKey(party.kind));
    if (!exec(q, tr("spara parten")))
        return Result<qint64>::failure(m_error);
    const qint64 id = q.lastInsertId().toLongLong();
    if (const Status s = writeMembers(id, party.members); !s)
        return Result<qint64>::failure(s.fault());
    return id;
}

Status RowWriter::writeMembers(qint64 partyId, const QList<Membership> &members)
{
    m_q->deleteMembers.bindValue(QStringLiteral(":id"), partyId);
    if (!exec(m_q->deleteMembers, tr("spara länsdelens medlemmar")))
        return Status::failure(m_error);
    QSqlQuery &q = m_q->member;
    for (qsizetype i = 0; i < members.size(); ++i) {
        q.bindValue(QStringLiteral(":part"), partyId);
        q.bindValue(QStringLiteral(":member"), m_partyIds.value(members[i].party));
        q.bindValue(QStringLiteral(":position"), qint64(i));
        q.bindValue(QStringLiteral(":from_year"), members[i].fromYear);
        q.bindValue(QStringLiteral(":to_year"), members[i].toYear);
        if (!exec(q, tr("spara länsdelens medlemmar")))
            return Status::failure(m_error);
    }
    return {};
}

static void bindAgreement(QSqlQuery &q, const Agreement &a, const QHash<QString, qint64> &partyIds)
{
    q.bindValue(QStringLiteral(":name"), a.name);
    q.bindValue(QStringLiteral(":funder_id"), partyIds.value(a.funder));
    q.bindValue(QStringLiteral(":counterparty_id"), partyIds.value(a.counterparty));
    q.bindValue(QStringLiteral(":first_year"), a.firstYear);
    q.bindValue(QStringLiteral(":last_year"), a.lastYear);
    q.bindValue(QStringLiteral(":base"), a.baseCompensationOre ? QVariant(*a.baseCompensationOre) : QVariant());
    q.bindValue(QStringLiteral(":mode"), indexationModeKey(a.indexationMode));
    q.bindValue(QStringLiteral(":ratio"), a.cofundingRatioBp);
    q.bindValue(QStringLiteral(":body"), textValue(a.decision.body));
    q.bindValue(QStringLiteral(":date"), dateValue(a.decision.date));
    q.bindValue(QStringLiteral(":reference"), textValue(a.decision.reference));
    q.bindValue(QStringLiteral(":notes"), textValue(a.notes));
}

Result<qint64> RowWriter::insertAgreement(const Agreement &agreement)
{
    bindAgreement(m_q->agreement, agreement, m_partyIds);
    if (!exec(m_q->agreement, tr("spara överenskommelsen")))
        return Result<qint64>::failure(m_error);
    const qint64 id = m_q->agreement.lastInsertId().toLongLong();
    if (const Status s = writeAgreementDetails(id, agreement); !s)
        return Result<qint64>::failure(s.fault());
    return id;
}

Status RowWriter::replaceAgreement(qint64 id, const Agreement &agreement)
{
    bindAgreement(m_q->updateAgreement, agreement, m_partyIds);
    m_q->updateAgreement.bindValue(QStringLiteral(":id"), id);
    if (!exec(m_q->updateAgreement, tr("spara överenskommelsen")))
        return Status::failure(m_error);
    for (QSqlQuery *q : {&m_q->deleteDecided, &m_q->deletePlk, &m_q->deleteCommitments, &m_q->deleteObligations}) {
        q->bindValue(QStringLiteral(":id"), id);
        if (!exec(*q, tr("spara överenskommelsen")))
            return Status::failure(m_error);
    }
    return writeAgreementDetails(id, agreement);
}

Status RowWriter::writeAgreementDetails(qint64 id, const Agreement &a)
{
    const QString what = tr("spara överenskommelsen");
    for (auto it = a.decidedOre.constBegin(); it != a.decidedOre.constEnd(); ++it) {
        m_q->decided.bindValue(QStringLiteral(":id"), id);
        m_q->decided.bindValue(QStringLiteral(":year"), it.key());
        m_q->decided.bindValue(QStringLiteral(":amount"), it.value());
        if (!exec(m_q->decided, what))
            return Status::failure(m_error);
    }
    for (auto it = a.plkBp.constBegin(); it != a.plkBp.constEnd(); ++it) {
        m_q->plk.bindValue(QStringLiteral(":id"), id);
        m_q->plk.bindValue(QStringLiteral(":year"), it.key());
        m_q->plk.bindValue(QStringLiteral(":plk"), it.value());
        if (!exec(m_q->plk, what))
            return Status::failure(m_error);
    }
    for (qsizetype i = 0; i < a.commitments.size(); ++i) {
        m_q->commitment.bindValue(QStringLiteral(":id"), id);
        m_q->commitment.bindValue(QStringLiteral(":party"), m_partyIds.value(a.commitments[i].party));
        m_q->commitment.bindValue(QStringLiteral(":position"), qint64(i));
        m_q->commitment.bindValue(QStringLiteral(":amount"), a.commitments[i].yearlyOre);
        if (!exec(m_q->commitment, what))
            return Status::failure(m_error);
    }
    for (qsizetype i = 0; i < a.obligations.size(); ++i) {
        m_q->obligation.bindValue(QStringLiteral(":id"), id);
        m_q->obligation.bindValue(QStringLiteral(":position"), qint64(i));
        m_q->obligation.bindValue(QStringLiteral(":title"), a.obligations[i].title);
        if (!exec(m_q->obligation, what))
            return Status::failure(m_error);
        const qint64 obligationId = m_q->obligation.lastInsertId().toLongLong();
        const auto &years = a.obligations[i].years;
        for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
            m_q->obligationYear.bindValue(QStringLiteral(":id"), obligationId);
            m_q->obligationYear.bindValue(QStringLiteral(":year"), it.key());
            m_q->obligationYear.bindValue(QStringLiteral(":fulfilled"), it->fulfilled ? 1 : 0);
            m_q->obligationYear.bindValue(QStringLiteral(":note"), textValue(it->note));
            if (!exec(m_q->obligationYear, what))
                return Status::failure(m_error);
        }
    }
    return {};
}

Result<qint64> RowWriter::insertReport(const AnnualReport &r)
{
    QSqlQuery &q = m_q->report;
    q.bindValue(QStringLiteral(":party"), m_partyIds.value(r.party));
    q.bindValue(QStringLiteral(":year"), r.year);
    q.bindValue(QStringLiteral(":start"), dateValue(r.periodStart));
    q.bindValue(QStringLiteral(":end"), dateValue(r.periodEnd));
    const ReportStatus first = r.status == ReportStatus::Approved ? ReportStatus::Submitted : r.status;
    q.bindValue(QStringLiteral(":status"), reportStatusKey(first));
    q.bindValue(QStringLiteral(":obn"), textValue(r.signature.onBehalfOfName));
    q.bindValue(QStringLiteral(":obt"), textValue(r.signature.onBehalfOfTitle));
    q.bindValue(QStringLiteral(":pbn"), textValue(r.signature.preparedByName));
    q.bindValue(QStringLiteral(":pbt"), textValue(r.signature.preparedByTitle));
    if (!exec(q, tr("spara årsredovisningen")))
        return Result<qint64>::failure(m_error);
    const qint64 id = q.lastInsertId().toLongLong();
    if (const Status s = writeReportLines(id, r); !s)
        return Result<qint64>::failure(s.fault());
    return id;
}

Status RowWriter::writeReportLines(qint64 id, const AnnualReport &r)
{
    const QString what = tr("spara årsredovisningens rader");
    QSqlQuery &e = m_q->expense;
    for (qsizetype i = 0; i < r.expenses.size(); ++i) {
        e.bindValue(QStringLiteral(":id"), id);
        e.bindValue(QStringLiteral(":position"), qint64(i));
        e.bindValue(QStringLiteral(":category"), textValue(r.expenses[i].category));
        e.bindValue(QStringLiteral(":amount"), r.expenses[i].amountOre);
        e.bindValue(QStringLiteral(":footnote"), textValue(r.expenses[i].footnote));
        if (!exec(e, what))
            return Status::failure(m_error);
    }
    QSqlQuery &v = m_q->revenue;
    for (qsizetype i = 0; i < r.revenues.size(); ++i) {
        v.bindValue(QStringLiteral(":id"), id);
        v.bindValue(QStringLiteral(":position"), qint64(i));
        v.bindValue(QStringLiteral(":kind"), revenueKindKey(r.revenues[i].kind));
        v.bindValue(QStringLiteral(":source"), textValue(r.revenues[i].source));
        v.bindValue(QStringLiteral(":amount"), r.revenues[i].amountOre);
        v.bindValue(QStringLiteral(":note"), textValue(r.revenues[i].note));
        if (!exec(v, what))
            return Status::failure(m_error);
    }
    QSqlQuery &p = m_q->paragraph;
    for (const auto &[kind, texts] : {std::pair{QStringLiteral("event"), &r.events},
                                      std::pair{QStringLiteral("staff-resource"), &r.staffResources}}) {
        for (qsizetype i = 0; i < texts->size(); ++i) {
            p.bindValue(QStringLiteral(":id"), id);
            p.bindValue(QStringLiteral(":kind"), kind);
            p.bindValue(QStringLiteral(":position"), qint64(i));
            p.bindValue(QStringLiteral(":text"), textValue(texts->at(i)));
            if (!exec(p, what))
                return Status::failure(m_error);
        }
    }
    return {};
}

Status RowWriter::deleteReport(qint64 id)
{
    m_q->deleteReport.bindValue(QStringLiteral(":id"), id);
    if (!exec(m_q->deleteReport, tr("ta bort den gamla årsredovisningen")))
        return Status::failure(m_error);
    return {};
}

} // namespace fhb::storage
