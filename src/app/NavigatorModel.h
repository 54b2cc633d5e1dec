// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace fhb::app {

/// The navigator tree, read-only: funder → county parts → member municipalities → report
/// years. A counterparty that belongs to no county part sits directly under the funder of
/// its agreement; every counterparty also lists its agreements. When a dataset has no
/// funder, parties are top-level; with several funders, a party without agreement that
/// belongs to no county part goes under "Övriga parter".
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { Funder, CountyPart, Municipality, Organisation, Agreement, ReportYear, Group };
    Q_ENUM(NodeKind)

    enum Role {
        NodeKindRole = Qt::UserRole + 1, ///< NodeKind as int
        PartyRole,     ///< the party's name (for party and report-year nodes)
        YearRole,      ///< report year, 0 for other nodes
        AgreementRole, ///< agreement name, for agreement nodes
    };

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    /// Rebuilds the tree from `data` (copies what it shows; keeps no reference).
    void setDataset(const Dataset &data);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    NodeKind kindOf(const QModelIndex &index) const;
    /// The first node showing `party`'s report of `year`; invalid when none.
    QModelIndex findReport(const QString &party, int year) const;
    /// The first node showing the agreement `name`; invalid when none.
    QModelIndex findAgreement(const QString &name) const;
    /// The first node showing `party`; invalid when none.
    QModelIndex findParty(const QString &party) const;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    template<typename Predicate>
    QModelIndex findFirst(Predicate predicate) const;

    void addPartyNode(Node *parent, const Party &party, const Dataset &data, int depth);

    std::unique_ptr<Node> m_root;
};

} // namespace fhb::app
