// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigatorModel.h"

#include "Icons.h"
#include "StatusLook.h"

#include <QCollator>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace fhb::app {

struct NavigatorModel::Node {
    NodeKind kind = NodeKind::Group;
    QString label;
    QString toolTip;
    QString party;
    QString agreement;
    int year = 0;
    std::optional<ReportStatus> reportStatus;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(NodeKind childKind, const QString &childLabel)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->label = childLabel;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

NavigatorModel::NodeKind nodeKindOf(PartyKind kind)
{
    switch (kind) {
    case PartyKind::Funder: return NavigatorModel::NodeKind::Funder;
    case PartyKind::CountyPart: return NavigatorModel::NodeKind::CountyPart;
    case PartyKind::Municipality: return NavigatorModel::NodeKind::Municipality;
    case PartyKind::Organisation: return NavigatorModel::NodeKind::Organisation;
    }
    return NavigatorModel::NodeKind::Municipality;
}

IconId iconOf(NavigatorModel::NodeKind kind)
{
    using K = NavigatorModel::NodeKind;
    switch (kind) {
    case K::Funder: return IconId::Funder;
    case K::CountyPart: return IconId::CountyPart;
    case K::Municipality: return IconId::Municipality;
    case K::Organisation: return IconId::Organisation;
    case K::Agreement: return IconId::Agreement;
    case K::ReportYear: return IconId::Report;
    case K::Group: return IconId::Overview;
    }
    return IconId::Report;
}

QString yearSpan(int first, int last)
{
    return first == last ? QString::number(first)
                         : QString(QString::number(first) % u'\u2013' % QString::number(last));
}

// Swedish order: Å, Ä, Ö after Z, and "Örebro" after "Askersund".
QList<const Party *> sortedByName(QList<const Party *> parties)
{
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::sort(parties.begin(), parties.end(),
              [&](const Party *a, const Party *b) { return collator.compare(a->name, b->name) < 0; });
    return parties;
}

} // namespace

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::setDataset(const Dataset &data)
{
    beginResetModel();
    m_root = std::make_unique<Node>();

    QList<const Party *> funders;
    QList<const Party *> counterparties;
    QSet<QString> countyPartMembers;
    for (const Party &p : data.parties) {
        (p.kind == PartyKind::Funder ? funders : counterparties).append(&p);
        if (p.kind == PartyKind::CountyPart)
            for (const Membership &m : p.members)
                countyPartMembers.insert(m.party);
    }
    funders = sortedByName(funders);
    counterparties = sortedByName(counterparties);
    // County parts first, then municipalities, then organisations, as a reader scans a county.
    std::stable_sort(counterparties.begin(), counterparties.end(), [](const Party *a, const Party *b) {
        return int(nodeKindOf(a->kind)) < int(nodeKindOf(b->kind));
    });

    auto funderOf = [&](const Party &p) {
        const QList<const Agreement *> agreements = data.agreementsOf(p.name);
        return agreements.isEmpty() ? QString() : agreements.first()->funder;
    };
    QList<const Party *> placed;
    for (const Party *funder : funders) {
        Node *funderNode = m_root->add(NodeKind::Funder, funder->name);
        funderNode->party = funder->name;
        funderNode->toolTip = partyKindName(funder->kind);
        for (const Party *p : counterparties) {
            if (countyPartMembers.contains(p->name))
                continue;
            const QString own = funderOf(*p);
            if (own == funder->name || (own.isEmpty() && funders.size() == 1)) {
                addPartyNode(funderNode, *p, data, 0);
                placed.append(p);
            }
        }
    }
    Node *rest = m_root.get();
    for (const Party *p : counterparties) {
        if (countyPartMembers.contains(p->name) || placed.contains(p))
            continue;
        if (!funders.isEmpty() && rest == m_root.get()) {
            rest = m_root->add(NodeKind::Group, tr("Övriga parter"));
            rest->toolTip = tr("Parter utan avtal med någon av finansiärerna");
        }
        addPartyNode(rest, *p, data, 0);
    }
    endResetModel();
}

void NavigatorModel::addPartyNode(Node *parent, const Party &party, const Dataset &data, int depth)
{
    Node *node = parent->add(nodeKindOf(party.kind), party.name);
    node->party = party.name;
    node->toolTip = partyKindName(party.kind);

    QList<const Agreement *> agreements = data.agreementsOf(party.name);
    std::sort(agreements.begin(), agreements.end(),
              [](const Agreement *a, const Agreement *b) { return a->firstYear < b->firstYear; });
    for (const Agreement *a : agreements) {
        Node *child = node->add(NodeKind::Agreement, tr("Avtal %1").arg(yearSpan(a->firstYear, a->lastYear)));
        child->agreement = a->name;
        child->party = party.name;
        child->toolTip = a->name;
    }
    for (const AnnualReport *r : data.reportsOf(party.name)) {
        Node *child = node->add(NodeKind::ReportYear,
                                QString(QString::number(r->year) % u" \u00b7 " % reportStatusName(r->status)));
        child->party = party.name;
        child->year = r->year;
        child->reportStatus = r->status;
        child->toolTip = tr("Årsredovisning %1 — %2").arg(r->year).arg(party.name);
    }
    if (party.kind != PartyKind::CountyPart || depth > 0)
        return;

    QList<const Party *> members;
    QList<Party> unknownMembers; // named in a membership but not stored as parties
    unknownMembers.reserve(party.members.size());
    for (const Membership &m : party.members) {
        if (std::any_of(members.begin(), members.end(), [&](const Party *p) { return p->name == m.party; }))
            continue;
        if (const Party *known = data.party(m.party)) {
            members.append(known);
        } else {
            unknownMembers.append(Party{0, m.party, PartyKind::Municipality, {}});
            members.append(&unknownMembers.last());
        }
    }
    for (const Party *member : sortedByName(members)) {
        addPartyNode(node, *member, data, depth + 1);
        Node *memberNode = node->children.back().get();
        QStringList spans;
        for (const Membership &m : party.members)
            if (m.party == member->name)
                spans.append(yearSpan(m.fromYear, m.toYear));
        memberNode->toolTip = tr("%1, medlem i %2 %3")
                                  .arg(partyKindName(member->kind), party.name, spans.join(QStringLiteral(", ")));
    }
}

NavigatorModel::Node *NavigatorModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole: return node->label;
    case Qt::ToolTipRole: return node->toolTip;
    case Qt::DecorationRole:
        return icon(node->reportStatus ? reportStatusLook(*node->reportStatus).icon : iconOf(node->kind));
    case NodeKindRole: return int(node->kind);
    case PartyRole: return node->party;
    case YearRole: return node->year;
    case AgreementRole: return node->agreement;
    default: return {};
    }
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

NavigatorModel::NodeKind NavigatorModel::kindOf(const QModelIndex &index) const
{
    return nodeOf(index)->kind;
}

template<typename Predicate>
QModelIndex NavigatorModel::findFirst(Predicate predicate) const
{
    std::function<const Node *(const Node *)> visit = [&](const Node *node) -> const Node * {
        for (const auto &child : node->children) {
            if (predicate(*child))
                return child.get();
            if (const Node *found = visit(child.get()))
                return found;
        }
        return nullptr;
    };
    return indexOf(visit(m_root.get()));
}

QModelIndex NavigatorModel::findReport(const QString &party, int year) const
{
    return findFirst([&](const Node &n) { return n.kind == NodeKind::ReportYear && n.party == party && n.year == year; });
}

QModelIndex NavigatorModel::findAgreement(const QString &name) const
{
    return findFirst([&](const Node &n) { return n.kind == NodeKind::Agreement && n.agreement == name; });
}

QModelIndex NavigatorModel::findParty(const QString &party) const
{
    return findFirst([&](const Node &n) {
        return n.kind != NodeKind::Agreement && n.kind != NodeKind::ReportYear && n.kind != NodeKind::Group
               && n.party == party;
    });
}

} // namespace fhb::app
