// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementDocument.h"

#include "AgreementYearModel.h"
#include "ChangeAgreement.h"
#include "CommitmentModel.h"
#include "ObligationModel.h"
#include "domain/CompensationSchedule.h"
#include "domain/Text.h"

#include "storage/Database.h"
#include "storage/PartyStore.h"

#include <algorithm>

namespace fhb::app {

AgreementDocument::AgreementDocument(storage::Database &db, Agreement agreement, QObject *parent)
    : QObject(parent), m_db(db), m_store(db), m_agreement(std::move(agreement))
{
    m_yearModel = new AgreementYearModel(this, this);
    m_commitmentModel = new CommitmentModel(this, this);
    m_obligationModel = new ObligationModel(this, this);
}

void AgreementDocument::refreshModels()
{
    m_yearModel->refresh();
    m_commitmentModel->refresh();
    m_obligationModel->refresh();
}

AgreementDocument::~AgreementDocument()
{
    m_undoStack.clear();
}

Result<AgreementDocument *> AgreementDocument::open(storage::Database &db, qint64 agreementId, QObject *parent)
{
    const auto agreement = storage::AgreementStore(db).agreement(agreementId);
    if (!agreement)
        return Result<AgreementDocument *>::failure(agreement.fault());
    return new AgreementDocument(db, *agreement, parent);
}

Result<AgreementDocument *> AgreementDocument::create(storage::Database &db, const Agreement &agreement, QObject *parent)
{
    const auto id = storage::AgreementStore(db).create(agreement);
    if (!id)
        return Result<AgreementDocument *>::failure(id.fault());
    return open(db, *id, parent);
}

bool AgreementDocument::isEditable() const
{
    return !m_db.isReadOnly() && !m_stale;
}

QString AgreementDocument::notEditableReason() const
{
    if (m_db.isReadOnly())
        return m_db.readOnlyReason();
    if (m_stale)
        return tr("Någon annan har ändrat avtalet sedan du öppnade det. Läs in det igen innan du fortsätter att ändra.");
    return {};
}

Status AgreementDocument::refuse(const QString &reason)
{
    Q_EMIT editRefused(reason);
    return Status::failure(reason);
}

Status AgreementDocument::apply(const Agreement &before, const Agreement &after)
{
    if (!isEditable()) {
        Q_EMIT editRefused(notEditableReason());
        return Status::failure(m_db.isReadOnly() ? ErrorKind::ReadOnly : ErrorKind::Conflict, notEditableReason());
    }
    const Status s = m_store.save(before, after);
    if (!s) {
        if (s.errorKind() == ErrorKind::Conflict)
            m_stale = true;
        Q_EMIT editRefused(s.error());
        return s;
    }
    m_agreement = after;
    refreshModels();
    Q_EMIT changed();
    return {};
}

Status AgreementDocument::change(const Agreement &after, const QString &text)
{
    if (after.id != m_agreement.id)
        return refuse(tr("Ändringen gäller ett annat avtal."));
    if (after.sameContent(m_agreement))
        return {};
    for (const QString &line : {after.decision.body, after.decision.reference})
        if (const QString problem = text::problem(line, text::TextKind::Line); !problem.isEmpty())
            return refuse(tr("Beslutet %1.").arg(problem));
    if (const QString problem = text::problem(after.notes, text::TextKind::Paragraph); !problem.isEmpty())
        return refuse(tr("Anteckningarna %1.").arg(problem));
    for (const Obligation &o : after.obligations)
        if (const QString problem = text::problem(o.title, text::TextKind::Paragraph); !problem.isEmpty())
            return refuse(tr("Åtagandet %1.").arg(problem));
    if (const std::optional<int> year = CompensationSchedule(after).firstYearOutOfRange())
        return refuse(tr("Ersättningen för %1 blir större än det högsta tillåtna beloppet %2. Kontrollera "
                         "grundersättningen, de fastställda beloppen och uppräkningen.")
                          .arg(*year).arg(money::formatKr(kMaxAmountOre)));
    auto *command = new ChangeAgreement(this, m_agreement, after, text);
    if (const Status s = command->applyFirst(); !s) {
        delete command;
        return s;
    }
    m_undoStack.push(command);
    return {};
}

template<typename V>
Status AgreementDocument::set(V Agreement::*field, V value, const QString &text)
{
    Agreement a = m_agreement;
    a.*field = std::move(value);
    return change(a, text);
}

Status AgreementDocument::setName(const QString &name)
{
    Agreement a = m_agreement;
    a.name = text::clean(name);
    if (const QString problem = text::problem(a.name, text::TextKind::Name); !problem.isEmpty())
        return refuse(tr("Namnet %1.").arg(problem));
    return change(a, tr("Ändra namn"));
}

Status AgreementDocument::setFunder(const QString &funder)
{
    return set(&Agreement::funder, funder, tr("Ändra finansiär"));
}

Status AgreementDocument::setCounterparty(const QString &counterparty)
{
    return set(&Agreement::counterparty, counterparty, tr("Ändra motpart"));
}

Status AgreementDocument::setPeriod(int firstYear, int lastYear)
{
    Agreement a = m_agreement;
    a.firstYear = firstYear;
    a.lastYear = lastYear;
    return change(a, tr("Ändra avtalsperiod"));
}

Status AgreementDocument::setDecision(const Decision &decision)
{
    return set(&Agreement::decision, decision, tr("Ändra beslut"));
}

Status AgreementDocument::setNotes(const QString &notes)
{
    return set(&Agreement::notes, notes, tr("Ändra anteckningar"));
}

Status AgreementDocument::setBaseCompensation(std::optional<Ore> ore)
{
    return set(&Agreement::baseCompensationOre, ore, tr("Ändra grundersättning"));
}

template<typename V>
Status AgreementDocument::setYear(QMap<int, V> Agreement::*field, int year, std::optional<V> value, const QString &text)
{
    Agreement a = m_agreement;
    if (value)
        (a.*field).insert(year, *value);
    else
        (a.*field).remove(year);
    return change(a, text);
}

Status AgreementDocument::setDecidedAmount(int year, std::optional<Ore> ore)
{
    return setYear(&Agreement::decidedOre, year, ore, tr("Ändra fastställd ersättning %1").arg(year));
}

Status AgreementDocument::setIndexationMode(IndexationMode mode)
{
    return set(&Agreement::indexationMode, mode, tr("Ändra uppräkningssätt"));
}

Status AgreementDocument::setCofundingRatio(int basisPoints)
{
    return set(&Agreement::cofundingRatioBp, basisPoints, tr("Ändra medfinansieringsgrad"));
}

Status AgreementDocument::setPlk(int year, std::optional<int> basisPoints)
{
    return setYear(&Agreement::plkBp, year, basisPoints, tr("Ändra uppräkning %1").arg(year));
}

Status AgreementDocument::setCommitment(const QString &party, std::optional<Ore> yearlyOre)
{
    Agreement a = m_agreement;
    const auto it = std::find_if(a.commitments.begin(), a.commitments.end(),
                                 [&](const MemberCommitment &c) { return c.party == party; });
    if (!yearlyOre) {
        if (it != a.commitments.end())
            a.commitments.erase(it);
        return change(a, tr("Ta bort åtagande för %1").arg(party));
    }
    if (it != a.commitments.end())
        it->yearlyOre = *yearlyOre;
    else
        a.commitments.append({party, *yearlyOre});
    return change(a, tr("Ändra åtagande för %1").arg(party));
}

std::optional<Party> AgreementDocument::counterpartyParty() const
{
    const auto parties = storage::PartyStore(m_db).parties();
    if (!parties)
        return std::nullopt;
    for (const Party &p : *parties)
        if (p.name == m_agreement.counterparty)
            return p;
    return std::nullopt;
}

bool AgreementDocument::counterpartyIsCountyPart() const
{
    const std::optional<Party> counterparty = counterpartyParty();
    return counterparty && counterparty->kind == PartyKind::CountyPart;
}

QStringList AgreementDocument::membersWithoutCommitment() const
{
    const std::optional<Party> counterparty = counterpartyParty();
    if (!counterparty || counterparty->kind != PartyKind::CountyPart)
        return {};
    QStringList missing;
    for (const Membership &m : counterparty->members)
        if (m.fromYear <= m_agreement.lastYear && m.toYear >= m_agreement.firstYear
            && !m_agreement.commitmentOf(m.party) && !missing.contains(m.party))
            missing.append(m.party);
    return missing;
}

Status AgreementDocument::addCommitment(const QString &party, Ore yearlyOre, int position)
{
    const std::optional<Party> counterparty = counterpartyParty();
    if (!counterparty || counterparty->kind != PartyKind::CountyPart)
        return refuse(tr("Motparten %1 är ingen länsdel och har därför inga medlemmar med åtaganden. "
                         "Välj en länsdel som motpart för att lägga till åtaganden.").arg(m_agreement.counterparty));
    if (m_agreement.commitmentOf(party))
        return refuse(tr("%1 har redan ett åtagande i avtalet. Ändra beloppet i tabellen i stället.").arg(party));
    const bool member = std::any_of(counterparty->members.begin(), counterparty->members.end(), [&](const Membership &m) {
        return m.party == party && m.fromYear <= m_agreement.lastYear && m.toYear >= m_agreement.firstYear;
    });
    if (!member)
        return refuse(tr("%1 är inte medlem i %2 under avtalsperioden %3–%4. Lägg till medlemskapet under Parter först.")
                          .arg(party, m_agreement.counterparty)
                          .arg(m_agreement.firstYear)
                          .arg(m_agreement.lastYear));
    Agreement a = m_agreement;
    if (position < 0 || position > a.commitments.size())
        position = int(a.commitments.size());
    a.commitments.insert(position, {party, yearlyOre});
    return change(a, tr("Lägg till åtagande för %1").arg(party));
}

Status AgreementDocument::addObligation(const QString &title)
{
    Agreement a = m_agreement;
    a.obligations.append({title.trimmed(), {}});
    return change(a, tr("Lägg till åtagande"));
}

Status AgreementDocument::renameObligation(int index, const QString &title)
{
    if (index < 0 || index >= m_agreement.obligations.size())
        return refuse(tr("Åtagandet finns inte längre i avtalet."));
    Agreement a = m_agreement;
    a.obligations[index].title = title.trimmed();
    return change(a, tr("Byt namn på åtagande"));
}

Status AgreementDocument::removeObligation(int index)
{
    if (index < 0 || index >= m_agreement.obligations.size())
        return refuse(tr("Åtagandet finns inte längre i avtalet."));
    Agreement a = m_agreement;
    a.obligations.removeAt(index);
    return change(a, tr("Ta bort åtagande"));
}

Status AgreementDocument::setObligationYear(int index, int year, const ObligationYear &value)
{
    if (index < 0 || index >= m_agreement.obligations.size())
        return refuse(tr("Åtagandet finns inte längre i avtalet."));
    if (!m_agreement.covers(year))
        return refuse(tr("%1 ligger utanför avtalsperioden %2–%3.").arg(year).arg(m_agreement.firstYear).arg(m_agreement.lastYear));
    Agreement a = m_agreement;
    a.obligations[index].years.insert(year, value);
    return change(a, tr("Följ upp åtagande %1").arg(year));
}

Status AgreementDocument::remove()
{
    const Status s = m_store.remove(m_agreement.id);
    if (!s) {
        Q_EMIT editRefused(s.error());
        return s;
    }
    m_undoStack.clear();
    return {};
}

Status AgreementDocument::reload()
{
    const auto agreement = m_store.agreement(m_agreement.id);
    if (!agreement)
        return Status::failure(agreement.fault());
    m_undoStack.clear();
    m_agreement = *agreement;
    m_stale = false;
    refreshModels();
    Q_EMIT changed();
    return {};
}

} // namespace fhb::app
