// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetImporter.h"

#include "storage/Database.h"
#include "DatasetLoader.h"
#include "storage/ReportApprovals.h"
#include "RowWriter.h"
#include "storage/SqlSupport.h"
#include "domain/AgreementRules.h"
#include "domain/Text.h"

#include <QSet>

#include <algorithm>

namespace fhb::storage {

namespace {

/// The file's content is wrong at `path` (Invalid).
Status fail(const QString &path, const QString &reason)
{
    return Status::failure(path + QStringLiteral(": ") + reason);
}

/// Writing or reading `path` failed: the same kind, the message prefixed with the path.
Status fail(const QString &path, const Error &error)
{
    return Status::failure(error.kind, path + QStringLiteral(": ") + error.message);
}

Status checkYear(int year, const QString &path)
{
    if (year >= kFirstYear && year <= kLastYear)
        return {};
    return fail(path, DatasetImporter::tr("årtalet %1 ligger utanför %2–%3").arg(year).arg(kFirstYear).arg(kLastYear));
}

Status checkAmount(qint64 ore, const QString &path)
{
    return ore >= 0 ? Status() : fail(path, DatasetImporter::tr("beloppet får inte vara negativt"));
}

QString reportKey(const QString &party, int year)
{
    return party + u'\n' + QString::number(year);
}

QString reportSummary(const AnnualReport &r)
{
    return QStringLiteral("%1; %2 utgiftsrader, %3 öre; %4 intäktsrader, %5 öre")
        .arg(reportStatusKey(r.status))
        .arg(r.expenses.size())
        .arg(r.totalExpensesOre())
        .arg(r.revenues.size())
        .arg(r.totalRevenuesOre());
}

} // namespace

DatasetImporter::DatasetImporter(Database &db, const ImportOptions &options)
    : m_db(db), m_options(options), m_audit(db)
{
}

Result<ImportSummary> DatasetImporter::run(const Dataset &data)
{
    if (m_db.isReadOnly())
        return Result<ImportSummary>::failure(ErrorKind::ReadOnly, m_db.readOnlyReason());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<ImportSummary>::failure(ErrorKind::Busy, tr("Importen kunde inte påbörjas: databasen används av ett annat program. "
                                                 "Ingenting har importerats. Försök igen om en stund."));
    Status s = readDatabase();
    if (s)
        s = validateParties(data);
    if (s)
        s = validateAgreements(data);
    if (s)
        s = validateReports(data);
    if (!s)
        return Result<ImportSummary>::failure(s.fault());
    RowWriter writer(m_db, m_partyIds);
    s = writeParties(data, writer);
    if (s)
        s = writeAgreements(data, writer);
    if (s)
        s = writeReports(data, writer);
    if (s)
        s = m_audit.record({QStringLiteral("dataset"), std::nullopt, std::nullopt, QStringLiteral("import"), {}, {},
                            QStringLiteral("%1 parter, %2 överenskommelser, %3 årsredovisningar")
                                .arg(data.parties.size()).arg(data.agreements.size()).arg(data.reports.size())});
    // A dry run ends here: the transaction rolls back when it goes out of scope.
    if (s && !m_options.dryRun)
        s = transaction.commit();
    if (!s)
        return Result<ImportSummary>::failure(s.fault());
    return m_summary;
}

Status DatasetImporter::readDatabase()
{
    DatasetLoader loader(m_db);
    auto parties = loader.parties();
    if (!parties)
        return Status::failure(parties.fault());
    auto agreements = loader.agreements();
    if (!agreements)
        return Status::failure(agreements.fault());
    m_dbParties = parties.value();
    m_dbAgreements = agreements.value();
    for (const Party &p : std::as_const(m_dbParties)) {
        m_kinds.insert(p.name, p.kind);
        m_partyIds.insert(p.name, p.id);
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT r.id, p.name, r.year, r.status FROM annual_report r "
                                   "JOIN party p ON p.id = r.party_id")))
        return Status::failure(failureMessage(query.lastError(), tr("läsa databasens årsredovisningar")));
    while (query.next())
        m_dbReports.insert(reportKey(query.value(1).toString(), query.value(2).toInt()),
                           {query.value(0).toLongLong(),
                            reportStatusFromKey(query.value(3).toString()).value_or(ReportStatus::Draft)});
    if (const std::optional<Error> error = stepFailure(query, tr("läsa databasens årsredovisningar")))
        return Status::failure(*error);
    // Restoring a whole database into an empty one keeps its approvals; the GUI's report-file
    // import never does.
    m_restore = m_dbParties.isEmpty() && m_dbAgreements.isEmpty() && m_dbReports.isEmpty() && !m_options.replaceReports;
    return {};
}

Status DatasetImporter::checkParty(const QString &name, const QString &path, std::optional<PartyKind> kind) const
{
    const auto it = m_kinds.constFind(name);
    if (it == m_kinds.constEnd())
        return fail(path, tr("okänd part '%1' (den finns varken i filen eller i databasen)").arg(name));
    if (kind && *it != *kind)
        return fail(path, tr("'%1' är en part av slaget %2, men här krävs %3")
                              .arg(name, partyKindName(*it), partyKindName(*kind)));
    return {};
}

Status DatasetImporter::validateParties(const Dataset &data)
{
    QHash<QString, int> seen;
    text::LookAlikes existing;
    for (const Party &p : std::as_const(m_dbParties))
        existing.add(p.name);
    for (int i = 0; i < data.parties.size(); ++i) {
        const Party &p = data.parties[i];
        const QString path = QStringLiteral("parties[%1]").arg(i);
        if (p.name.trimmed().isEmpty())
            return fail(path + QStringLiteral(".name"), tr("namnet saknas"));
        if (const QString other = existing.of(p.name); !other.isEmpty())
            return fail(path + QStringLiteral(".name"), tr("liknar den befintliga parten '%1'; skriv namnet exakt som "
                                                           "i databasen").arg(other));
        if (seen.contains(p.name))
            return fail(path + QStringLiteral(".name"), tr("'%1' finns redan som parties[%2]").arg(p.name).arg(seen.value(p.name)));
        seen.insert(p.name, i);
        const auto known = m_kinds.constFind(p.name);
        if (known != m_kinds.constEnd() && *known != p.kind)
            return fail(path + QStringLiteral(".kind"), tr("'%1' finns redan i databasen som %2, inte som %3")
                                                           .arg(p.name, partyKindName(*known), partyKindName(p.kind)));
        m_kinds.insert(p.name, p.kind);
    }
    for (int i = 0; i < data.parties.size(); ++i) {
        const Party &p = data.parties[i];
        const QString path = QStringLiteral("parties[%1].members").arg(i);
        if (!p.members.isEmpty() && p.kind != PartyKind::CountyPart)
            return fail(path, tr("bara en länsdel kan ha medlemmar"));
        for (int j = 0; j < p.members.size(); ++j) {
            const Membership &m = p.members[j];
            const QString mp = path + QStringLiteral("[%1]").arg(j);
            Status s = checkParty(m.party, mp + QStringLiteral(".party"), PartyKind::Municipality);
            if (s)
                s = checkYear(m.fromYear, mp + QStringLiteral(".fromYear"));
            if (s)
                s = checkYear(m.toYear, mp + QStringLiteral(".toYear"));
            if (s && m.toYear < m.fromYear)
                s = fail(mp + QStringLiteral(".toYear"), tr("slutåret %1 ligger före startåret %2").arg(m.toYear).arg(m.fromYear));
            if (!s)
                return s;
        }
    }
    return validateMembershipOverlaps(data);
}

Status DatasetImporter::validateMembershipOverlaps(const Dataset &data) const
{
    // The members each county part will have after the import: the file's for a new part or
    // with --replace, otherwise the database's (writeParties keeps those).
    struct Placed {
        QString countyPart;
        Membership membership;
        QString path; ///< empty: already in the database
    };
    QHash<QString, QList<Placed>> byMunicipality;
    QSet<QString> fromFile;
    for (int i = 0; i < data.parties.size(); ++i) {
        const Party &p = data.parties[i];
        if (p.kind != PartyKind::CountyPart)
            continue;
        const bool isNew = std::none_of(m_dbParties.cbegin(), m_dbParties.cend(),
                                        [&](const Party &d) { return d.name == p.name; });
        if (!isNew && !m_options.replace)
            continue;
        fromFile.insert(p.name);
        for (int j = 0; j < p.members.size(); ++j)
            byMunicipality[p.members[j].party].append(
                {p.name, p.members[j], QStringLiteral("parties[%1].members[%2]").arg(i).arg(j)});
    }
    for (const Party &p : m_dbParties) {
        if (p.kind != PartyKind::CountyPart || fromFile.contains(p.name))
            continue;
        for (const Membership &m : p.members)
            byMunicipality[m.party].append({p.name, m, QString()});
    }
    for (auto it = byMunicipality.cbegin(); it != byMunicipality.cend(); ++it) {
        const QList<Placed> &placed = it.value();
        for (qsizetype a = 0; a < placed.size(); ++a) {
            for (qsizetype b = a + 1; b < placed.size(); ++b) {
                const Placed &x = placed[a];
                const Placed &y = placed[b];
                if (x.path.isEmpty() && y.path.isEmpty())
                    continue; // already so in the database: check reports it
                if (!x.membership.overlaps(y.membership))
                    continue;
                const Placed &here = y.path.isEmpty() ? x : y;
                const Placed &there = y.path.isEmpty() ? y : x;
                const QString where = there.path.isEmpty() ? tr("i databasen") : there.path;
                if (x.countyPart == y.countyPart)
                    return fail(here.path + QStringLiteral(".party"),
                                tr("%1 står två gånger som medlem i %2 för samma år (%3–%4 och %5–%6, %7)")
                                    .arg(it.key(), here.countyPart)
                                    .arg(here.membership.fromYear).arg(here.membership.toYear)
                                    .arg(there.membership.fromYear).arg(there.membership.toYear).arg(where));
                return fail(here.path + QStringLiteral(".party"),
                            tr("%1 är redan medlem i %2 %3–%4 (%5); en kommun kan bara höra till en länsdel åt gången")
                                .arg(it.key(), there.countyPart)
                                .arg(there.membership.fromYear).arg(there.membership.toYear).arg(where));
            }
        }
    }
    return {};
}

Status DatasetImporter::validateAgreements(const Dataset &data)
{
    QHash<QString, int> seen;
    text::LookAlikes existing;
    for (const Agreement &a : std::as_const(m_dbAgreements))
        existing.add(a.name);
    for (int i = 0; i < data.agreements.size(); ++i) {
        const Agreement &a = data.agreements[i];
        const QString path = QStringLiteral("agreements[%1]").arg(i);
        if (a.name.trimmed().isEmpty())
            return fail(path + QStringLiteral(".name"), tr("namnet saknas"));
        if (const QString other = existing.of(a.name); !other.isEmpty())
            return fail(path + QStringLiteral(".name"), tr("liknar den befintliga överenskommelsen '%1'; skriv namnet "
                                                           "exakt som i databasen").arg(other));
        if (seen.contains(a.name))
            return fail(path + QStringLiteral(".name"), tr("'%1' finns redan som agreements[%2]").arg(a.name).arg(seen.value(a.name)));
        seen.insert(a.name, i);
        if (const Status s = validateAgreement(a, path); !s)
            return s;
    }
    return {};
}

Status DatasetImporter::validateAgreement(const Agreement &a, const QString &path)
{
    Status s = checkParty(a.funder, path + QStringLiteral(".funder"), PartyKind::Funder);
    if (s)
        s = checkParty(a.counterparty, path + QStringLiteral(".counterparty"));
    if (const QList<Violation> broken = validate(a); s && !broken.isEmpty())
        s = fail(path + u'.' + broken.first().path, broken.first().message);
    for (int j = 0; s && j < a.commitments.size(); ++j)
        s = checkParty(a.commitments[j].party, path + QStringLiteral(".commitments[%1].party").arg(j));
    return s;
}

Status DatasetImporter::validateReports(const Dataset &data)
{
    QHash<QString, int> seen;
    for (int i = 0; i < data.reports.size(); ++i) {
        const AnnualReport &r = data.reports[i];
        const QString path = QStringLiteral("reports[%1]").arg(i);
        if (const Status s = validateReport(r, path); !s)
            return s;
        const QString key = reportKey(r.party, r.year);
        if (seen.contains(key))
            return fail(path, tr("årsredovisningen för %1 %2 finns redan som reports[%3]").arg(r.party).arg(r.year).arg(seen.value(key)));
        seen.insert(key, i);
        if (const Status s = decideReport(r, path); !s)
            return s;
    }
    return {};
}

Status DatasetImporter::validateReport(const AnnualReport &r, const QString &path)
{
    Status s = checkParty(r.party, path + QStringLiteral(".party"));
    if (s)
        s = checkYear(r.year, path + QStringLiteral(".year"));
    if (s && r.periodStart.isValid() && r.periodEnd.isValid() && r.periodEnd < r.periodStart)
        s = fail(path + QStringLiteral(".periodEnd"), tr("slutdatumet ligger före startdatumet"));
    for (int j = 0; s && j < r.expenses.size(); ++j)
        s = checkAmount(r.expenses[j].amountOre, path + QStringLiteral(".expenses[%1].amountOre").arg(j));
    for (int j = 0; s && j < r.revenues.size(); ++j)
        s = checkAmount(r.revenues[j].amountOre, path + QStringLiteral(".revenues[%1].amountOre").arg(j));
    return s;
}

Status DatasetImporter::decideReport(const AnnualReport &r, const QString &path)
{
    const auto existing = m_dbReports.constFind(reportKey(r.party, r.year));
    if (existing == m_dbReports.constEnd()) {
        m_reportActions.append(ReportAction::Insert);
        return {};
    }
    auto stored = DatasetLoader(m_db).reports({existing->id, std::nullopt, std::nullopt});
    if (!stored)
        return fail(path, stored.fault());
    if (!stored->isEmpty() && stored->first().sameContent(r)) {
        m_reportActions.append(ReportAction::Skip);
        return {};
    }
    if (existing->status == ReportStatus::Approved)
        return fail(path, Error{ErrorKind::Locked, tr("årsredovisningen för %1 %2 är godkänd och låst i databasen och "
                                                      "kan inte ersättas. Be en controller att öppna den igen först.")
                                                       .arg(r.party).arg(r.year)});
    if (!m_options.replace && !m_options.replaceReports)
        return fail(path, Error{ErrorKind::Conflict, tr("det finns redan en annan årsredovisning för %1 %2 i databasen. "
                                                        "Välj att ersätta befintliga årsredovisningar för att ta filens.")
                                                         .arg(r.party).arg(r.year)});
    m_reportActions.append(ReportAction::Replace);
    return {};
}

Status DatasetImporter::writeParties(const Dataset &data, RowWriter &writer)
{
    // New parties first, all of them, so memberships can refer to any of them.
    for (int i = 0; i < data.parties.size(); ++i) {
        const Party &p = data.parties[i];
        if (m_partyIds.contains(p.name))
            continue;
        Party bare = p;
        bare.members.clear();
        const auto id = writer.insertParty(bare);
        if (!id)
            return fail(QStringLiteral("parties[%1]").arg(i), id.fault());
        m_partyIds.insert(p.name, id.value());
        ++m_summary.partiesAdded;
        if (const Status s = m_audit.record({QStringLiteral("party"), id.value(), std::nullopt, QStringLiteral("insert"),
                                             {}, {}, p.name + QStringLiteral(" (") + partyKindKey(p.kind) + u')'}); !s)
            return s;
    }
    for (int i = 0; i < data.parties.size(); ++i) {
        const Party &p = data.parties[i];
        const auto stored = std::find_if(m_dbParties.cbegin(), m_dbParties.cend(),
                                         [&](const Party &d) { return d.name == p.name; });
        const bool isNew = stored == m_dbParties.cend();
        if (!isNew)
            ++m_summary.partiesMatched;
        if (!isNew && stored->members == p.members)
            continue;
        if (isNew && p.members.isEmpty())
            continue;
        if (!isNew && !m_options.replace) {
            m_summary.warnings << tr("Länsdelen '%1' har andra medlemmar i filen än i databasen; databasens medlemmar behålls.").arg(p.name);
            continue;
        }
        if (const Status s = writer.writeMembers(m_partyIds.value(p.name), p.members); !s)
            return fail(QStringLiteral("parties[%1].members").arg(i), s.fault());
        if (const Status s = m_audit.record({QStringLiteral("party"), m_partyIds.value(p.name), std::nullopt,
                                             QStringLiteral("update"), QStringLiteral("members"),
                                             isNew ? QString() : QString::number(stored->members.size()),
                                             QString::number(p.members.size())}); !s)
            return s;
    }
    return {};
}

Status DatasetImporter::writeAgreements(const Dataset &data, RowWriter &writer)
{
    for (int i = 0; i < data.agreements.size(); ++i) {
        const Agreement &a = data.agreements[i];
        const QString path = QStringLiteral("agreements[%1]").arg(i);
        const auto stored = std::find_if(m_dbAgreements.cbegin(), m_dbAgreements.cend(),
                                         [&](const Agreement &d) { return d.name == a.name; });
        if (stored == m_dbAgreements.cend()) {
            const auto id = writer.insertAgreement(a);
            if (!id)
                return fail(path, id.fault());
            ++m_summary.agreementsAdded;
            if (const Status s = m_audit.record({QStringLiteral("agreement"), id.value(), std::nullopt,
                                                 QStringLiteral("insert"), {}, {}, a.name}); !s)
                return s;
            continue;
        }
        const QStringList differences = stored->differences(a);
        if (differences.isEmpty()) {
            ++m_summary.agreementsMatched;
            continue;
        }
        if (!m_options.replace) {
            ++m_summary.agreementsMatched;
            m_summary.warnings << tr("Överenskommelsen '%1' skiljer sig från databasens (%2); databasens version behålls. "
                                     "Välj att ersätta för att ta filens version.").arg(a.name, differences.join(QStringLiteral(", ")));
            continue;
        }
        if (const Status s = writer.replaceAgreement(stored->id, a); !s)
            return fail(path, s.fault());
        ++m_summary.agreementsReplaced;
        if (const Status s = m_audit.record({QStringLiteral("agreement"), stored->id, std::nullopt, QStringLiteral("replace"),
                                             differences.join(QStringLiteral(", ")), {}, a.name}); !s)
            return s;
    }
    return {};
}

Status DatasetImporter::writeReports(const Dataset &data, RowWriter &writer)
{
    for (int i = 0; i < data.reports.size(); ++i) {
        const AnnualReport &r = data.reports[i];
        const QString path = QStringLiteral("reports[%1]").arg(i);
        const ReportAction action = m_reportActions.value(i);
        if (action == ReportAction::Skip) {
            ++m_summary.reportsUnchanged;
            continue;
        }
        QString old;
        if (action == ReportAction::Replace) {
            const ExistingReport existing = m_dbReports.value(reportKey(r.party, r.year));
            auto stored = DatasetLoader(m_db).reports({existing.id, std::nullopt, std::nullopt});
            if (stored && !stored->isEmpty())
                old = reportSummary(stored->first());
            if (const Status s = writer.deleteReport(existing.id); !s)
                return fail(path, s.fault());
            if (const Status s = m_audit.record({QStringLiteral("annual_report"), existing.id, existing.id,
                                                 QStringLiteral("delete"), {}, old, {}}); !s)
                return s;
        }
        const auto id = writer.insertReport(r);
        if (!id)
            return fail(path, id.fault());
        AnnualReport stored = r;
        if (r.status == ReportStatus::Approved) {
            // A received file never approves: only a restore into an empty database keeps
            // approvals, and then only where the content still has its approved fingerprint.
            bool approved = false;
            if (m_restore) {
                const auto done = approveReport(m_db, id.value(), r.approvals, &r);
                if (!done)
                    return fail(path, done.fault());
                approved = done.value();
                if (!approved)
                    m_summary.warnings << tr("%1: årsredovisningen för %2 %3 har ändrats sedan den godkändes "
                                             "(fingeravtrycket stämmer inte) och kommer in som inskickad.")
                                              .arg(path, r.party).arg(r.year);
            } else {
                m_summary.warnings << tr("%1: årsredovisningen för %2 %3 är godkänd i filen men kommer in som inskickad. "
                                         "Bara en controller kan godkänna den här.")
                                          .arg(path, r.party).arg(r.year);
            }
            if (!approved) {
                stored.status = ReportStatus::Submitted;
                ++m_summary.reportsArrivedSubmitted;
            }
        }
        action == ReportAction::Replace ? ++m_summary.reportsReplaced : ++m_summary.reportsAdded;
        if (const Status s = m_audit.record({QStringLiteral("annual_report"), id.value(), id.value(),
                                             action == ReportAction::Replace ? QStringLiteral("replace") : QStringLiteral("import"),
                                             {}, old, r.party + u' ' + QString::number(r.year) + QStringLiteral(": ") + reportSummary(stored)}); !s)
            return s;
    }
    return {};
}

} // namespace fhb::storage
