// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace fhb::app {

class AgreementDocument;

/// The member commitments of an agreement (county parts): Kommun, Åtagande per år (editable:
/// any money form; wrong input is refused with the parser's reason through
/// AgreementDocument::editRefused()). insertRows() adds commitments of 0 kr for members of
/// the counterparty that have none yet (the chosen member first, see setMemberToAdd(), then
/// the register's order); removeRows() removes commitments. Every edit is an undo command
/// of the document.
class CommitmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PartyColumn, YearlyColumn, ColumnCount };

    explicit CommitmentModel(AgreementDocument *document, QObject *parent = nullptr);
    /// Reads the document's agreement again (called by the document after each change).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Adds `count` commitments of 0 kr at `row`. Refused (false, the reason through
    /// AgreementDocument::editRefused()) when the counterparty is not a county part or fewer
    /// than `count` members lack a commitment.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    /// The member insertRows() adds first while it has no commitment (empty: the first missing).
    void setMemberToAdd(const QString &party) { m_memberToAdd = party; }
    QString memberToAdd() const { return m_memberToAdd; }

private:
    QPointer<AgreementDocument> m_document;
    QString m_memberToAdd;
    int m_rows = 0;
};

} // namespace fhb::app
