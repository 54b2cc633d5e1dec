// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeFile.h"

#include "ExchangeJsonScan.h"
#include "ExchangeReader.h"

#include <QJsonDocument>

#include <utility>
#include <vector>

namespace fhb::app {

namespace {

// QJsonDocument sorts keys alphabetically; we keep the documented order
// (format and version first, name before details) so files read well and diff well.

struct Node {
    enum class Type { Bool, Int, String, Array, Object } type = Type::String;
    bool boolean = false;
    qint64 integer = 0;
    QString text;
    std::vector<Node> items;
    struct Field;
    std::vector<Field> fields; // std::pair<QString, Node> here would need Node complete (clang + libstdc++)

    // Defined after Field, where std::vector<Field> may be instantiated.
    Node();
    ~Node();
    Node(const Node &);
    Node(Node &&) noexcept;
    [[maybe_unused]] Node &operator=(const Node &);
    [[maybe_unused]] Node &operator=(Node &&) noexcept;

    static Node of(bool v) { Node n; n.type = Type::Bool; n.boolean = v; return n; }
    static Node of(qint64 v) { Node n; n.type = Type::Int; n.integer = v; return n; }
    static Node of(int v) { return of(qint64(v)); }
    static Node of(const QString &v) { Node n; n.type = Type::String; n.text = v; return n; }
    static Node array() { Node n; n.type = Type::Array; return n; }
    static Node object() { Node n; n.type = Type::Object; return n; }
    Node &add(const QString &key, Node value);
    Node &add(const char *key, Node value) { return add(QString::fromLatin1(key), std::move(value)); }
    Node &append(Node value) { items.push_back(std::move(value)); return *this; }
};

struct Node::Field {
    QString first;
    Node second;
};

Node::Node() = default;
Node::~Node() = default;
Node::Node(const Node &) = default;
Node::Node(Node &&) noexcept = default;
Node &Node::operator=(const Node &) = default;
Node &Node::operator=(Node &&) noexcept = default;

Node &Node::add(const QString &key, Node value)
{
    fields.push_back(Field{key, std::move(value)});
    return *this;
}

// Runs of ordinary characters are encoded whole, so surrogate pairs stay intact.
void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) { out += QStringView(text).mid(runStart, end - runStart).toUtf8(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        QByteArray escape;
        switch (u) {
        case u'"': escape = "\\\""; break;
        case u'\\': escape = "\\\\"; break;
        case u'\n': escape = "\\n"; break;
        case u'\r': escape = "\\r"; break;
        case u'\t': escape = "\\t"; break;
        default:
            if (u < 0x20)
                escape = "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        }
        if (escape.isEmpty())
            continue;
        flush(i);
        out += escape;
        runStart = i + 1;
    }
    flush(text.size());
    out += '"';
}

void write(QByteArray &out, const Node &node, int depth)
{
    const QByteArray pad(2 * (depth + 1), ' ');
    const QByteArray closePad(2 * depth, ' ');
    switch (node.type) {
    case Node::Type::Bool: out += node.boolean ? "true" : "false"; return;
    case Node::Type::Int: out += QByteArray::number(node.integer); return;
    case Node::Type::String: writeString(out, node.text); return;
    case Node::Type::Array:
        if (node.items.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            out += pad;
            write(out, node.items[i], depth + 1);
            out += i + 1 < node.items.size() ? ",\n" : "\n";
        }
        out += closePad + ']';
        return;
    case Node::Type::Object:
        if (node.fields.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (std::size_t i = 0; i < node.fields.size(); ++i) {
            out += pad;
            writeString(out, node.fields[i].first);
            out += ": ";
            write(out, node.fields[i].second, depth + 1);
            out += i + 1 < node.fields.size() ? ",\n" : "\n";
        }
        out += closePad + '}';
        return;
    }
}

QString dateText(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

Node partyNode(const Party &party)
{
    Node n = Node::object();
    n.add("name", Node::of(party.name)).add("kind", Node::of(partyKindKey(party.kind)));
    if (party.kind == PartyKind::CountyPart) {
        Node members = Node::array();
        for (const Membership &m : party.members)
            members.append(Node::object()
                               .add("party", Node::of(m.party))
                               .add("fromYear", Node::of(m.fromYear))
                               .add("toYear", Node::of(m.toYear)));
        n.add("members", std::move(members));
    }
    return n;
}

Node obligationNode(const Obligation &obligation)
{
    Node fulfilled = Node::object();
    Node notes = Node::object();
    for (auto it = obligation.years.cbegin(); it != obligation.years.cend(); ++it) {
        fulfilled.add(QString::number(it.key()), Node::of(it.value().fulfilled));
        if (!it.value().note.isEmpty())
            notes.add(QString::number(it.key()), Node::of(it.value().note));
    }
    return Node::object()
        .add("title", Node::of(obligation.title))
        .add("fulfilled", std::move(fulfilled))
        .add("notes", std::move(notes));
}

Node agreementNode(const Agreement &a)
{
    Node n = Node::object();
    n.add("name", Node::of(a.name)).add("funder", Node::of(a.funder)).add("counterparty", Node::of(a.counterparty));
    n.add("firstYear", Node::of(a.firstYear)).add("lastYear", Node::of(a.lastYear));
    if (a.baseCompensationOre)
        n.add("baseCompensationOre", Node::of(*a.baseCompensationOre));
    Node decided = Node::array();
    for (auto it = a.decidedOre.cbegin(); it != a.decidedOre.cend(); ++it)
        decided.append(Node::object().add("year", Node::of(it.key())).add("amountOre", Node::of(it.value())));
    n.add("decided", std::move(decided));
    n.add("indexationMode", Node::of(indexationModeKey(a.indexationMode)));
    n.add("cofundingRatioBp", Node::of(a.cofundingRatioBp));
    Node indexation = Node::array();
    for (auto it = a.plkBp.cbegin(); it != a.plkBp.cend(); ++it)
        indexation.append(Node::object().add("year", Node::of(it.key())).add("plkBp", Node::of(it.value())));
    n.add("indexation", std::move(indexation));
    Node commitments = Node::array();
    for (const MemberCommitment &c : a.commitments)
        commitments.append(Node::object().add("party", Node::of(c.party)).add("yearlyOre", Node::of(c.yearlyOre)));
    n.add("commitments", std::move(commitments));
    Node obligations = Node::array();
    for (const Obligation &o : a.obligations)
        obligations.append(obligationNode(o));
    n.add("obligations", std::move(obligations));
    n.add("decision", Node::object()
                          .add("body", Node::of(a.decision.body))
                          .add("date", Node::of(dateText(a.decision.date)))
                          .add("reference", Node::of(a.decision.reference)));
    n.add("notes", Node::of(a.notes));
    return n;
}

Node textList(const QStringList &texts)
{
    Node n = Node::array();
    for (const QString &t : texts)
        n.append(Node::of(t));
    return n;
}

Node reportNode(const AnnualReport &r)
{
    Node n = Node::object();
    n.add("party", Node::of(r.party)).add("year", Node::of(r.year));
    n.add("periodStart", Node::of(dateText(r.periodStart))).add("periodEnd", Node::of(dateText(r.periodEnd)));
    n.add("status", Node::of(reportStatusKey(r.status)));
    Node expenses = Node::array();
    for (const ExpenseLine &e : r.expenses)
        expenses.append(Node::object()
                            .add("category", Node::of(e.category))
                            .add("amountOre", Node::of(e.amountOre))
                            .add("footnote", Node::of(e.footnote)));
    n.add("expenses", std::move(expenses));
    Node revenues = Node::array();
    for (const RevenueLine &line : r.revenues)
        revenues.append(Node::object()
                            .add("kind", Node::of(revenueKindKey(line.kind)))
                            .add("source", Node::of(line.source))
                            .add("amountOre", Node::of(line.amountOre))
                            .add("note", Node::of(line.note)));
    n.add("revenues", std::move(revenues));
    n.add("events", textList(r.events)).add("staffResources", textList(r.staffResources));
    n.add("signature", Node::object()
                           .add("onBehalfOfName", Node::of(r.signature.onBehalfOfName))
                           .add("onBehalfOfTitle", Node::of(r.signature.onBehalfOfTitle))
                           .add("preparedByName", Node::of(r.signature.preparedByName))
                           .add("preparedByTitle", Node::of(r.signature.preparedByTitle)));
    return n;
}

QString syntaxReason(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject: return ExchangeReader::tr("ett objekt avslutas inte med }");
    case QJsonParseError::MissingNameSeparator: return ExchangeReader::tr("kolon saknas efter ett fältnamn");
    case QJsonParseError::UnterminatedArray: return ExchangeReader::tr("en lista avslutas inte med ]");
    case QJsonParseError::MissingValueSeparator: return ExchangeReader::tr("kommatecken saknas mellan två värden");
    case QJsonParseError::IllegalValue: return ExchangeReader::tr("ogiltigt värde");
    case QJsonParseError::TerminationByNumber: return ExchangeReader::tr("filen tar slut mitt i ett tal");
    case QJsonParseError::IllegalNumber: return ExchangeReader::tr("ogiltigt tal");
    case QJsonParseError::IllegalEscapeSequence: return ExchangeReader::tr("ogiltig escape-sekvens i en text");
    case QJsonParseError::IllegalUTF8String: return ExchangeReader::tr("texten är inte giltig UTF-8");
    case QJsonParseError::UnterminatedString: return ExchangeReader::tr("en text avslutas inte med \"");
    case QJsonParseError::MissingObject: return ExchangeReader::tr("ett objekt förväntades");
    case QJsonParseError::DeepNesting: return ExchangeReader::tr("för djup nästling");
    case QJsonParseError::DocumentTooLarge: return ExchangeReader::tr("filen är för stor");
    case QJsonParseError::GarbageAtEnd: return ExchangeReader::tr("text efter filens slut");
    case QJsonParseError::NoError: break;
    }
    return ExchangeReader::tr("ogiltig JSON");
}

} // namespace

QString tooLargeMessage(qint64 bytes)
{
    return ExchangeReader::tr("filen är %1 MB; en utbytesfil får vara högst %2 MB. Dela upp den, till exempel en fil per år.")
        .arg((bytes + 1024 * 1024 - 1) / (1024 * 1024))
        .arg(kExchangeMaxBytes / (1024 * 1024));
}

QByteArray exchangeToJson(const Dataset &data)
{
    Node root = Node::object();
    root.add("format", Node::of(QString::fromLatin1(kExchangeFormat))).add("version", Node::of(kExchangeVersion));
    Node parties = Node::array();
    for (const Party &p : data.parties)
        parties.append(partyNode(p));
    Node agreements = Node::array();
    for (const Agreement &a : data.agreements)
        agreements.append(agreementNode(a));
    Node reports = Node::array();
    for (const AnnualReport &r : data.reports)
        reports.append(reportNode(r));
    root.add("parties", std::move(parties)).add("agreements", std::move(agreements)).add("reports", std::move(reports));
    // Only a database's approvals, so that a restore can keep them; absent when there are none.
    Node approvals = Node::array();
    for (const AnnualReport &r : data.reports) {
        for (const ReportApproval &a : r.approvals)
            approvals.append(Node::object()
                                 .add("party", Node::of(r.party))
                                 .add("year", Node::of(r.year))
                                 .add("version", Node::of(a.version))
                                 .add("fingerprint", Node::of(a.fingerprint))
                                 .add("approvedAt", Node::of(a.at.toUTC().toString(Qt::ISODateWithMs)))
                                 .add("approvedBy", Node::of(a.who)));
    }
    if (!approvals.items.empty())
        root.add("approvals", std::move(approvals));
    QByteArray out;
    write(out, root, 0);
    out += '\n';
    return out;
}

Result<Dataset> exchangeFromJson(const QByteArray &json)
{
    if (json.size() > kExchangeMaxBytes)
        return Result<Dataset>::failure(tooLargeMessage(json.size()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column of the byte offset; columns count characters, not bytes.
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        return Result<Dataset>::failure(
            ExchangeReader::tr("rad %1, kolumn %2: %3").arg(line).arg(column).arg(syntaxReason(error.error)));
    }
    if (!doc.isObject())
        return Result<Dataset>::failure(ExchangeReader::tr("filen ska innehålla ett JSON-objekt med \"format\" och \"version\""));
    if (const std::optional<QString> problem = exchangeJsonProblem(json))
        return Result<Dataset>::failure(*problem);
    return ExchangeReader::read(doc.object());
}

} // namespace fhb::app
