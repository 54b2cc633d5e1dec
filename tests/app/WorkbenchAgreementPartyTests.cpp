// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbenchSupport.h"

#include "app/agreement/AgreementDocument.h"
#include "app/agreement/AgreementYearModel.h"
#include "app/agreement/CommitmentModel.h"
#include "app/agreement/ObligationModel.h"
#include "app/report/HistoryModel.h"
#include "app/ModelRoles.h"
#include "app/report/ParagraphListModel.h"
#include "app/PartyRegister.h"
#include "storage/AgreementStore.h"
#include "storage/AuditLog.h"
#include "storage/PartyStore.h"

#include <algorithm>

using namespace fhb;
using namespace fhb::test;

namespace {

qint64 agreementId(const storage::Database &db)
{
    return rawValue(db, QStringLiteral("SELECT id FROM agreement")).toLongLong();
}

std::unique_ptr<app::AgreementDocument> openAgreement(storage::Database &db)
{
    auto doc = app::AgreementDocument::open(db, agreementId(db));
    INFO(doc.error().toStdString());
    REQUIRE(doc);
    return std::unique_ptr<app::AgreementDocument>(*doc);
}

} // namespace

TEST_CASE("an agreement edit saves the whole agreement with its differences and undo restores it", "[workbench]")
{
    Workbench bench;
    auto doc = openAgreement(*bench.db);
    const QString before = dumpTables(*bench.db);
    REQUIRE(doc->setPlk(2026, 250).ok());
    REQUIRE(doc->setDecision({QStringLiteral("Regionstyrelsen"), QDate(2023, 11, 1), QStringLiteral("RS §4")}).ok());
    REQUIRE(doc->setCommitment(QStringLiteral("Askersunds kommun"), 15000000).ok());
    REQUIRE(doc->addObligation(QStringLiteral("Använd mallen")).ok());
    REQUIRE(doc->setObligationYear(1, 2024, {true, QStringLiteral("gjort")}).ok());
    REQUIRE(doc->setCofundingRatio(8000).ok());
    REQUIRE(doc->setDecidedAmount(2027, 150000000).ok());
    const QString after = dumpTables(*bench.db);
    const auto stored = storage::AgreementStore(*bench.db).agreement(doc->agreementId());
    REQUIRE(stored);
    CHECK(stored->sameContent(doc->agreement()));
    CHECK(stored->plkBp.value(2026) == 250);
    CHECK(stored->obligations.at(1).years.value(2024).fulfilled);

    const auto log = storage::AuditLog(*bench.db).entries();
    REQUIRE(log);
    const storage::AuditEntry &first = log->at(log->size() - 7);
    CHECK(first.entity == QStringLiteral("agreement"));
    CHECK(first.action == QStringLiteral("update"));
    CHECK(first.field == QStringLiteral("uppräkning (PLK)"));
    CHECK(plainSpaces(first.oldValue) == QStringLiteral("uppräkning (PLK): 2025: 3,10 %"));
    CHECK(plainSpaces(first.newValue) == QStringLiteral("uppräkning (PLK): 2025: 3,10 %; 2026: 2,50 %"));

    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    CHECK(dumpTables(*bench.db) == before);
    CHECK(doc->agreement().sameContent(sampleAgreement()));
    while (doc->undoStack()->canRedo())
        doc->undoStack()->redo();
    CHECK(dumpTables(*bench.db) == after);
}

TEST_CASE("an agreement changed by someone else refuses the next save", "[workbench]")
{
    Workbench bench;
    auto mine = openAgreement(*bench.db);
    auto theirs = openAgreement(*bench.db);
    REQUIRE(theirs->setNotes(QStringLiteral("deras anteckning")).ok());
    Recorder refused(mine.get(), &app::AgreementDocument::editRefused);
    const Status refusedSave = mine->setNotes(QStringLiteral("min anteckning"));
    CHECK_FALSE(refusedSave.ok());
    CHECK(refusedSave.errorKind() == ErrorKind::Conflict);
    CHECK(refused.count() == 1);
    CHECK(mine->undoStack()->count() == 0);
    REQUIRE(mine->reload().ok());
    CHECK(mine->agreement().notes == QStringLiteral("deras anteckning"));
    CHECK(mine->setNotes(QStringLiteral("min anteckning")).ok());
}

TEST_CASE("an invalid agreement edit is refused and not pushed", "[workbench]")
{
    Workbench bench;
    auto doc = openAgreement(*bench.db);
    CHECK_FALSE(doc->setPeriod(2030, 2024).ok());
    CHECK_FALSE(doc->setCounterparty(QStringLiteral("Region Örebro län")).ok());
    CHECK_FALSE(doc->setFunder(QStringLiteral("Okänd region")).ok());
    CHECK_FALSE(doc->setName(QStringLiteral("  ")).ok());
    CHECK(doc->undoStack()->count() == 0);
    CHECK(doc->agreement().sameContent(sampleAgreement()));
}

TEST_CASE("the agreement year model shows the compensation and marks preliminary years", "[workbench]")
{
    Workbench bench;
    auto doc = openAgreement(*bench.db);
    app::AgreementYearModel *years = doc->yearModel();
    REQUIRE(years->rowCount() == 6);
    CHECK(plainSpaces(years->index(1, app::AgreementYearModel::CompensationColumn).data().toString())
          == QStringLiteral("1 436 222"));
    CHECK(years->index(2, 0).data(app::AgreementYearModel::PreliminaryRole).toBool());
    CHECK(years->index(2, app::AgreementYearModel::CompensationColumn).data().toString().contains(QStringLiteral("preliminär")));
    Recorder refused(doc.get(), &app::AgreementDocument::editRefused);
    CHECK_FALSE(years->setData(years->index(2, app::AgreementYearModel::PlkColumn), QStringLiteral("tre")));
    CHECK(refused.count() == 1);
    REQUIRE(years->setData(years->index(2, app::AgreementYearModel::PlkColumn), QStringLiteral("2,50")));
    CHECK(doc->agreement().plkBp.value(2026) == 250);
    CHECK_FALSE(years->index(2, 0).data(app::AgreementYearModel::PreliminaryRole).toBool());
    REQUIRE(years->setData(years->index(3, app::AgreementYearModel::DecidedColumn), QStringLiteral("1,5 mnkr")));
    CHECK(doc->agreement().decidedOre.value(2027) == 150000000);
    CHECK_FALSE(years->flags(years->index(0, app::AgreementYearModel::PlkColumn)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("the agreement's amount cells answer and take öre through the shared amount role", "[workbench]")
{
    Workbench bench;
    auto doc = openAgreement(*bench.db);
    app::AgreementYearModel *years = doc->yearModel();
    CHECK(years->index(1, app::AgreementYearModel::CompensationColumn).data(app::AmountOreRole).toLongLong() == 143622200);
    CHECK_FALSE(years->index(1, app::AgreementYearModel::YearColumn).data(app::AmountOreRole).isValid());
    CHECK_FALSE(years->index(3, app::AgreementYearModel::DecidedColumn).data(app::AmountOreRole).isValid());
    REQUIRE(years->setData(years->index(3, app::AgreementYearModel::DecidedColumn), qint64(150000000), app::AmountOreRole));
    CHECK(doc->agreement().decidedOre.value(2027) == 150000000);
    CHECK(years->index(3, app::AgreementYearModel::DecidedColumn).data(app::AmountOreRole).toLongLong() == 150000000);
    CHECK_FALSE(years->setData(years->index(3, app::AgreementYearModel::PlkColumn), qint64(5), app::AmountOreRole));

    app::CommitmentModel *commitments = doc->commitmentModel();
    const QModelIndex yearly = commitments->index(0, app::CommitmentModel::YearlyColumn);
    REQUIRE(commitments->setData(yearly, qint64(7500000), app::AmountOreRole));
    CHECK(yearly.data(app::AmountOreRole).toLongLong() == 7500000);
    CHECK_FALSE(commitments->index(0, app::CommitmentModel::PartyColumn).data(app::AmountOreRole).isValid());
    CHECK(doc->undoStack()->count() == 2);
}

TEST_CASE("an agreement that reports count towards cannot be deleted", "[workbench]")
{
    Workbench bench;
    storage::AgreementStore store(*bench.db);
    const qint64 id = agreementId(*bench.db);
    REQUIRE(storage::ReportWriter(*bench.db).createReport(QStringLiteral("Askersunds kommun"), 2025));
    const Status refused = store.remove(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("1 årsredovisning")));
    Agreement other = sampleAgreement();
    other.name = QStringLiteral("RF-SISU 2030");
    other.counterparty = QStringLiteral("RF-SISU Örebro län");
    other.commitments.clear();
    const auto created = store.create(other);
    REQUIRE(created);
    CHECK(store.remove(*created).ok());
    CHECK_FALSE(store.agreement(*created));
}

TEST_CASE("a party with reports or agreements cannot be deleted and the message says why", "[workbench]")
{
    Workbench bench;
    app::PartyRegister parties(*bench.db);
    const int orebro = parties.rowOf(QStringLiteral("Örebro kommun"));
    REQUIRE(orebro >= 0);
    REQUIRE(storage::ReportWriter(*bench.db).createReport(QStringLiteral("Örebro kommun"), 2024));
    REQUIRE(storage::ReportWriter(*bench.db).createReport(QStringLiteral("Örebro kommun"), 2025));
    Agreement own = sampleAgreement();
    own.name = QStringLiteral("Överenskommelse Örebro");
    own.counterparty = QStringLiteral("Örebro kommun");
    own.commitments.clear();
    REQUIRE(storage::AgreementStore(*bench.db).create(own));
    REQUIRE(parties.reload().ok());
    const Status refused = parties.remove(parties.rowOf(QStringLiteral("Örebro kommun")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(QStringLiteral("Örebro kommun har 3 årsredovisningar och 1 avtal")));
    const Status member = parties.remove(parties.rowOf(QStringLiteral("Askersunds kommun")));
    REQUIRE_FALSE(member.ok());
    CHECK(member.error().contains(QStringLiteral("medlem i Sydnärke")));

    Recorder changed(&parties, &app::PartyRegister::changed);
    const auto added = parties.add(QStringLiteral("Laxå kommun"), PartyKind::Municipality);
    REQUIRE(added);
    CHECK(parties.parties().at(*added).name == QStringLiteral("Laxå kommun"));
    CHECK_FALSE(parties.add(QStringLiteral("laxå kommun"), PartyKind::Municipality));
    REQUIRE(parties.remove(parties.rowOf(QStringLiteral("Laxå kommun"))).ok());
    CHECK(parties.rowOf(QStringLiteral("Laxå kommun")) == -1);
    CHECK(changed.count() == 2);
}

TEST_CASE("renaming a party keeps its reports and members follow the county part", "[workbench]")
{
    Workbench bench;
    app::PartyRegister parties(*bench.db);
    REQUIRE(parties.rename(parties.rowOf(QStringLiteral("Örebro kommun")), QStringLiteral("Örebro stad")).ok());
    CHECK(storage::ReportStore(*bench.db).findReport(QStringLiteral("Örebro stad"), 2023));
    REQUIRE(parties.add(QStringLiteral("Kumla kommun"), PartyKind::Municipality));
    const int sydnarke = parties.rowOf(QStringLiteral("Sydnärke"));
    const QList<Membership> members = {{QStringLiteral("Askersunds kommun"), 2024, 2029},
                                       {QStringLiteral("Kumla kommun"), 2024, 2026}};
    REQUIRE(parties.setMembers(sydnarke, members).ok());
    CHECK(parties.parties().at(parties.rowOf(QStringLiteral("Sydnärke"))).members == members);
    CHECK_FALSE(parties.setMembers(parties.rowOf(QStringLiteral("Sydnärke")),
                                   {{QStringLiteral("RF-SISU Örebro län"), 2024, 2025}}).ok());
    CHECK_FALSE(parties.setMembers(parties.rowOf(QStringLiteral("Kumla kommun")), members).ok());
    const auto log = storage::AuditLog(*bench.db).entries();
    REQUIRE(log);
    CHECK(log->last().field == QStringLiteral("members"));
    CHECK(log->last().newValue.contains(QStringLiteral("Kumla kommun 2024–2026")));
}

TEST_CASE("the parties store refuses one municipality twice in a county part for the same year", "[workbench]")
{
    Workbench bench;
    storage::PartyStore store(*bench.db);
    const auto all = store.parties();
    REQUIRE(all);
    const auto sydnarke = std::find_if(all->begin(), all->end(), [](const Party &p) { return p.name == QStringLiteral("Sydnärke"); });
    REQUIRE(sydnarke != all->end());
    const QList<Membership> before = sydnarke->members;
    const QList<Membership> overlapping = {{QStringLiteral("Askersunds kommun"), 2024, 2026},
                                           {QStringLiteral("Askersunds kommun"), 2026, 2029}};
    const Status refused = store.setMembers(sydnarke->id, overlapping);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("2024–2026 och 2026–2029")));
    const QList<Membership> consecutive = {{QStringLiteral("Askersunds kommun"), 2024, 2025},
                                           {QStringLiteral("Askersunds kommun"), 2026, 2029}};
    CHECK(store.setMembers(sydnarke->id, consecutive).ok());
    const auto after = store.parties();
    REQUIRE(after);
    CHECK(std::find_if(after->begin(), after->end(), [](const Party &p) { return p.name == QStringLiteral("Sydnärke"); })->members
          == consecutive);
    CHECK(before != consecutive);
}

TEST_CASE("the history model lists the report's changes newest first", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    app::HistoryModel history;
    history.setDocument(doc.get());
    const int before = history.rowCount();
    REQUIRE(doc->setRow(ReportList::Expenses, 1, ExpenseLine{0, QStringLiteral("Folkhälsoinsatser"), 16000000, {}}).ok());
    REQUIRE(history.rowCount() == before + 1);
    CHECK(history.index(0, app::HistoryModel::WhatColumn).data().toString() == QStringLiteral("Utgift: belopp"));
    CHECK(plainSpaces(history.index(0, app::HistoryModel::OldColumn).data().toString()) == QStringLiteral("154 000"));
    CHECK(plainSpaces(history.index(0, app::HistoryModel::NewColumn).data().toString()) == QStringLiteral("160 000"));
    CHECK_FALSE(history.index(0, app::HistoryModel::WhoColumn).data().toString().isEmpty());
    REQUIRE(doc->submit().ok());
    CHECK(history.index(0, app::HistoryModel::WhatColumn).data().toString() == QStringLiteral("Status"));
    CHECK(history.index(0, app::HistoryModel::NewColumn).data().toString() == reportStatusName(ReportStatus::Submitted));
}

TEST_CASE("the paragraph model turns edits into commands", "[workbench]")
{
    Workbench bench;
    auto doc = bench.open();
    auto *events = new app::ParagraphListModel(doc.get(), ReportList::Events);
    REQUIRE(events->rowCount() == 3);
    REQUIRE(events->insertRows(3, 1));
    REQUIRE(events->setData(events->index(3), QStringLiteral("Fjärde")));
    REQUIRE(events->moveRows({}, 3, 1, {}, 0));
    CHECK(doc->report().events.first() == QStringLiteral("Fjärde"));
    REQUIRE(events->removeRows(1, 1));
    CHECK(events->paragraphs() == doc->report().events);
    CHECK(doc->undoStack()->count() == 4);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK(events->paragraphs().last() == QStringLiteral("Fjärde"));
    CHECK(events->paragraphs() == doc->report().events);
}

TEST_CASE("commitments and obligations are edited through their models as undoable commands", "[workbench]")
{
    Workbench bench;
    auto doc = openAgreement(*bench.db);
    app::CommitmentModel *commitments = doc->commitmentModel();
    REQUIRE(commitments->rowCount() == 1);
    Recorder refused(doc.get(), &app::AgreementDocument::editRefused);
    CHECK_FALSE(commitments->setData(commitments->index(0, app::CommitmentModel::YearlyColumn), QStringLiteral("12x")));
    CHECK(refused.count() == 1);
    REQUIRE(commitments->setData(commitments->index(0, app::CommitmentModel::YearlyColumn), QStringLiteral("150 tkr")));
    CHECK(doc->agreement().commitments.at(0).yearlyOre == 15000000);

    app::ObligationModel *obligations = doc->obligationModel();
    REQUIRE(obligations->columnCount() == 7);
    CHECK(obligations->yearOf(1) == 2024);
    CHECK(obligations->index(0, 1).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(obligations->index(0, 2).data().toString() == QStringLiteral("–"));
    REQUIRE(obligations->setData(obligations->index(0, 2), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(obligations->setData(obligations->index(0, 2), QStringLiteral("enkäten genomförd"), Qt::EditRole));
    CHECK(doc->agreement().obligations.at(0).years.value(2025) == ObligationYear{true, QStringLiteral("enkäten genomförd")});
    CHECK(obligations->index(0, 2).data().toString() == QStringLiteral("Uppfyllt"));
    REQUIRE(obligations->insertRows(1, 1));
    CHECK(obligations->rowCount() == 2);
    REQUIRE(obligations->setData(obligations->index(1, 0), QStringLiteral("Använd mallen")));
    REQUIRE(obligations->removeRows(0, 1));
    CHECK(doc->agreement().obligations.size() == 1);
    CHECK(doc->agreement().obligations.at(0).title == QStringLiteral("Använd mallen"));
    CHECK(doc->undoStack()->count() == 6);
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    CHECK(doc->agreement().sameContent(sampleAgreement()));
    CHECK(obligations->rowCount() == 1);
    const auto stored = storage::AgreementStore(*bench.db).agreement(doc->agreementId());
    REQUIRE(stored);
    CHECK(stored->sameContent(sampleAgreement()));
}

TEST_CASE("a commitment is added for a member without one as an undoable command", "[workbench]")
{
    Workbench bench;
    app::PartyRegister parties(*bench.db);
    REQUIRE(parties.add(QStringLiteral("Kumla kommun"), PartyKind::Municipality));
    REQUIRE(parties.addMember(parties.rowOf(QStringLiteral("Sydnärke")), {QStringLiteral("Kumla kommun"), 2024, 2026}).ok());
    auto doc = openAgreement(*bench.db);
    const QString before = dumpTables(*bench.db);
    CHECK(doc->counterpartyIsCountyPart());
    CHECK(doc->membersWithoutCommitment() == QStringList{QStringLiteral("Kumla kommun")});
    app::CommitmentModel *commitments = doc->commitmentModel();
    REQUIRE(commitments->insertRows(0, 1));
    REQUIRE(commitments->rowCount() == 2);
    CHECK(commitments->index(0, app::CommitmentModel::PartyColumn).data().toString() == QStringLiteral("Kumla kommun"));
    CHECK(commitments->index(0, app::CommitmentModel::YearlyColumn).data(app::AmountOreRole).toLongLong() == 0);
    REQUIRE(commitments->setData(commitments->index(0, app::CommitmentModel::YearlyColumn), QStringLiteral("75 tkr")));
    const auto stored = storage::AgreementStore(*bench.db).agreement(doc->agreementId());
    REQUIRE(stored);
    REQUIRE(stored->commitments.size() == 2);
    CHECK(stored->commitments.at(0) == MemberCommitment{QStringLiteral("Kumla kommun"), 7500000});
    CHECK(doc->membersWithoutCommitment().isEmpty());
    CHECK(doc->undoStack()->count() == 2);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Ändra åtagande för Kumla kommun"));

    Recorder refused(doc.get(), &app::AgreementDocument::editRefused);
    CHECK_FALSE(commitments->insertRows(2, 1));
    REQUIRE(refused.count() == 1);
    CHECK(refused.texts.last().startsWith(QStringLiteral("Alla medlemmar i Sydnärke har redan ett åtagande")));
    CHECK_FALSE(doc->addCommitment(QStringLiteral("Askersunds kommun")).ok());
    CHECK(refused.texts.last().contains(QStringLiteral("har redan ett åtagande")));
    CHECK(doc->undoStack()->count() == 2);

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK(dumpTables(*bench.db) == before);
    CHECK(doc->agreement().sameContent(sampleAgreement()));
    CHECK(doc->membersWithoutCommitment() == QStringList{QStringLiteral("Kumla kommun")});
}

TEST_CASE("a commitment is refused for a party that is not a member or a counterparty that is not a county part", "[workbench]")
{
    Workbench bench;
    auto doc = openAgreement(*bench.db);
    Recorder refused(doc.get(), &app::AgreementDocument::editRefused);
    CHECK_FALSE(doc->addCommitment(QStringLiteral("Örebro kommun"), 100).ok());
    CHECK(refused.texts.last().contains(QStringLiteral("inte medlem i Sydnärke")));

    Agreement other = sampleAgreement();
    other.name = QStringLiteral("RF-SISU 2030");
    other.counterparty = QStringLiteral("RF-SISU Örebro län");
    other.commitments.clear();
    const auto created = app::AgreementDocument::create(*bench.db, other);
    REQUIRE(created);
    std::unique_ptr<app::AgreementDocument> organisation(*created);
    Recorder organisationRefused(organisation.get(), &app::AgreementDocument::editRefused);
    CHECK_FALSE(organisation->counterpartyIsCountyPart());
    CHECK(organisation->membersWithoutCommitment().isEmpty());
    CHECK_FALSE(organisation->commitmentModel()->insertRows(0, 1));
    REQUIRE(organisationRefused.count() == 1);
    CHECK(organisationRefused.texts.last().contains(QStringLiteral("ingen länsdel")));
    CHECK(organisation->agreement().commitments.isEmpty());
    CHECK(organisation->undoStack()->count() == 0);
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("members of a county part are added changed and removed with their years and each change is audited", "[workbench]")
{
    Workbench bench;
    app::PartyRegister parties(*bench.db);
    REQUIRE(parties.add(QStringLiteral("Kumla kommun"), PartyKind::Municipality));
    const auto sydnarke = [&] { return parties.rowOf(QStringLiteral("Sydnärke")); };
    const auto members = [&] { return parties.parties().at(sydnarke()).members; };
    const int audits = auditCount(*bench.db);
    Recorder changed(&parties, &app::PartyRegister::changed);

    REQUIRE(parties.addMember(sydnarke(), {QStringLiteral("Kumla kommun"), 2024, 2026}).ok());
    CHECK(members().size() == 2);
    CHECK(members().at(1) == Membership{QStringLiteral("Kumla kommun"), 2024, 2026});
    REQUIRE(parties.changeMember(sydnarke(), 1, {QStringLiteral("Kumla kommun"), 2025, 2029}).ok());
    CHECK(members().at(1) == Membership{QStringLiteral("Kumla kommun"), 2025, 2029});
    // The same municipality again, in years that do not overlap, is a second membership.
    REQUIRE(parties.addMember(sydnarke(), {QStringLiteral("Kumla kommun"), 2031, 2032}).ok());
    REQUIRE(parties.removeMember(sydnarke(), 2).ok());
    CHECK(members().size() == 2);
    CHECK(auditCount(*bench.db) == audits + 4);
    CHECK(changed.count() == 4);
    const auto log = storage::AuditLog(*bench.db).entries();
    REQUIRE(log);
    CHECK(log->last().field == QStringLiteral("members"));
    CHECK(log->last().oldValue.contains(QStringLiteral("Kumla kommun 2031–2032")));
    CHECK_FALSE(log->last().newValue.contains(QStringLiteral("2031")));

    const Status backwards = parties.addMember(sydnarke(), {QStringLiteral("Örebro kommun"), 2027, 2025});
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().contains(QStringLiteral("Det första året (2027) kommer efter det sista (2025)")));
    const Status early = parties.addMember(sydnarke(), {QStringLiteral("Örebro kommun"), 1899, 2025});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("mellan 1900 och 2200")));
    CHECK_FALSE(parties.changeMember(sydnarke(), 0, {QStringLiteral("Askersunds kommun"), 2024, 2201}).ok());
    const Status organisation = parties.addMember(sydnarke(), {QStringLiteral("RF-SISU Örebro län"), 2024, 2025});
    REQUIRE_FALSE(organisation.ok());
    CHECK(organisation.error().contains(QStringLiteral("är inte en kommun")));
    const Status overlap = parties.addMember(sydnarke(), {QStringLiteral("Askersunds kommun"), 2029, 2030});
    REQUIRE_FALSE(overlap.ok());
    CHECK(overlap.error().contains(QStringLiteral("Askersunds kommun är redan medlem i Sydnärke 2024–2029")));
    const Status overlapOnChange = parties.changeMember(sydnarke(), 1, {QStringLiteral("Askersunds kommun"), 2020, 2024});
    REQUIRE_FALSE(overlapOnChange.ok());
    CHECK_FALSE(parties.addMember(parties.rowOf(QStringLiteral("Örebro kommun")), {QStringLiteral("Kumla kommun"), 2024, 2025}).ok());
    CHECK_FALSE(parties.removeMember(sydnarke(), 5).ok());
    CHECK(auditCount(*bench.db) == audits + 4);
    CHECK(members().at(0) == Membership{QStringLiteral("Askersunds kommun"), 2024, 2029});
    CHECK(members().at(1) == Membership{QStringLiteral("Kumla kommun"), 2025, 2029});
}
