// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agreement.h"
#include "domain/Party.h"
#include "domain/Result.h"
#include "storage/AgreementStore.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

class AgreementYearModel;
class CommitmentModel;
class ObligationModel;

/// One agreement open for editing, with its own QUndoStack. Every setter builds the changed
/// agreement and pushes one ChangeAgreement command, which saves the whole agreement at once
/// (storage::AgreementStore::save: one transaction, an audit row naming the differences);
/// undo saves the previous agreement back. A save is refused when the database no longer
/// holds what this document last read (someone else changed it: reload()). A refused edit is
/// never pushed; a refused undo/redo marks its command obsolete and changes nothing.
/// `db` must outlive the document. Amounts in öre, percentages in basis points.
class AgreementDocument : public QObject
{
    Q_OBJECT
public:
    static Result<AgreementDocument *> open(storage::Database &db, qint64 agreementId, QObject *parent = nullptr);
    /// Stores `agreement` as a new agreement and opens it.
    static Result<AgreementDocument *> create(storage::Database &db, const Agreement &agreement, QObject *parent = nullptr);
    ~AgreementDocument() override;

    const Agreement &agreement() const { return m_agreement; }
    qint64 agreementId() const { return m_agreement.id; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /// Per year of the period: PLK and decided amount (editable), compensation, required, preliminary.
    AgreementYearModel *yearModel() const { return m_yearModel; }
    /// Member commitments (Kommun, Åtagande per år), editable.
    CommitmentModel *commitmentModel() const { return m_commitmentModel; }
    /// Obligations with fulfilment and note per year, editable.
    ObligationModel *obligationModel() const { return m_obligationModel; }
    bool isEditable() const;
    QString notEditableReason() const;

    // Edits: each is one undo command; on failure nothing changes and the reason is returned
    // (its kind: Conflict when someone else changed the agreement, ReadOnly, Invalid, …) and
    // emitted through editRefused(). Setting the current value is a no-op.
    Status setName(const QString &name);
    Status setFunder(const QString &funder);
    Status setCounterparty(const QString &counterparty);
    Status setPeriod(int firstYear, int lastYear);
    Status setDecision(const Decision &decision);
    Status setNotes(const QString &notes);
    Status setBaseCompensation(std::optional<Ore> ore);
    /// Fastställd ersättning of `year`; nullopt removes it.
    Status setDecidedAmount(int year, std::optional<Ore> ore);
    Status setIndexationMode(IndexationMode mode);
    Status setCofundingRatio(int basisPoints);
    /// PLK of `year` in basis points (310 = 3,10 %); nullopt removes it (the year turns preliminary).
    Status setPlk(int year, std::optional<int> basisPoints);
    /// Adds, changes (same party) or, with nullopt, removes a member commitment.
    Status setCommitment(const QString &party, std::optional<Ore> yearlyOre);
    /// Members of the counterparty (a county part, read from the party register) whose
    /// membership overlaps the agreement's period and that have no commitment yet, in the
    /// register's order. Empty when the counterparty is not a county part.
    QStringList membersWithoutCommitment() const;
    /// Whether the counterparty is a county part in the party register (only those have commitments).
    bool counterpartyIsCountyPart() const;
    /// Adds a commitment of `yearlyOre` öre for member `party` at `position` (-1 or past the
    /// end: last) as one command. Refused with a Swedish reason, nothing stored, when the
    /// counterparty is not a county part, `party` is not one of its members during the
    /// period, or it already has a commitment.
    Status addCommitment(const QString &party, Ore yearlyOre = 0, int position = -1);
    Status addObligation(const QString &title);
    Status renameObligation(int index, const QString &title);
    Status removeObligation(int index);
    /// Fulfilment and note of obligation `index` for `year`.
    Status setObligationYear(int index, int year, const ObligationYear &value);
    /// Any other change: replaces the whole agreement (`after.id` must be this agreement's)
    /// as one command named `text`.
    Status change(const Agreement &after, const QString &text);
    /// Refuses with `reason` without changing anything (for rejected input in a model).
    Status refuse(const QString &reason);

    /// Deletes the agreement (refused while reports count towards it). Not undoable.
    Status remove();
    /// Reads the agreement again; clears the undo stack.
    Status reload();

Q_SIGNALS:
    void changed();
    void editRefused(const QString &reason);

private:
    friend class ChangeAgreement;
    AgreementDocument(storage::Database &db, Agreement agreement, QObject *parent);
    /// change() with one field of the agreement set to `value`.
    template<typename V>
    Status set(V Agreement::*field, V value, const QString &text);
    /// change() with `year`'s value of a per-year field set, or removed for nullopt.
    template<typename V>
    Status setYear(QMap<int, V> Agreement::*field, int year, std::optional<V> value, const QString &text);
    /// Saves `after` over `before` and updates the document (used by the command).
    Status apply(const Agreement &before, const Agreement &after);
    void refreshModels();
    /// The counterparty as the register holds it now; nullopt when missing or unreadable.
    std::optional<Party> counterpartyParty() const;

    storage::Database &m_db;
    storage::AgreementStore m_store;
    Agreement m_agreement;
    QUndoStack m_undoStack;
    AgreementYearModel *m_yearModel = nullptr;
    CommitmentModel *m_commitmentModel = nullptr;
    ObligationModel *m_obligationModel = nullptr;
    bool m_stale = false;
};

} // namespace fhb::app
