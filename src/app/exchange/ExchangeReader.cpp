// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeReader.h"

#include "ExchangeFile.h"
#include "domain/CompensationSchedule.h"
#include "domain/Text.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace fhb::app {

namespace {

// The first problem aborts the whole parse; an exception carries it up
// through the nested readers without an error check after every field.

struct ParseFailure {
    QString path;
    QString reason;
};

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53 = kMaxAmountOre
constexpr int kFirstYear = 1900; // the years the database holds (resources/sql/001_initial.sql)
constexpr int kLastYear = 2200;

using fhb::text::TextKind;

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: return QString(u'"' + v.toString().left(40) + u'"');
    case QJsonValue::Array: return ExchangeReader::tr("en lista");
    case QJsonValue::Object: return ExchangeReader::tr("ett objekt");
    case QJsonValue::Undefined: break;
    }
    return ExchangeReader::tr("ingenting");
}

[[noreturn]] void fail(const QString &path, const QString &reason) { throw ParseFailure{path, reason}; }

QString child(const QString &path, const QString &key) { return path.isEmpty() ? key : QString(path + u'.' + key); }
QString child(const QString &path, const char *key) { return child(path, QString::fromLatin1(key)); }
QString index(const QString &path, qsizetype i) { return QString(path + u'[' + QString::number(i) + u']'); }

class ObjectReader
{
public:
    ObjectReader(const QJsonValue &value, QString path, std::initializer_list<const char *> known)
        : m_path(std::move(path))
    {
        if (!value.isObject())
            fail(m_path, ExchangeReader::tr("ska vara ett objekt (fick %1)").arg(describe(value)));
        m_object = value.toObject();
        QSet<QString> allowed;
        for (const char *k : known)
            allowed.insert(QString::fromLatin1(k));
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!allowed.contains(it.key()))
                fail(child(m_path, it.key()), ExchangeReader::tr("okänt fält"));
    }

    QString path(const char *key) const { return child(m_path, key); }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    QJsonValue required(const char *key) const
    {
        if (!has(key))
            fail(path(key), ExchangeReader::tr("fältet saknas"));
        return value(key);
    }

    /// A text field checked as `kind` (fhb::text::problem); names and one-line fields come back
    /// cleaned (NFC, trimmed), so that every input path stores the same form.
    QString text(const char *key, TextKind kind, bool required = false, bool nonEmpty = false) const
    {
        if (!has(key)) {
            if (required)
                fail(path(key), ExchangeReader::tr("fältet saknas"));
            return {};
        }
        return textOf(value(key), path(key), kind, nonEmpty);
    }

    static QString textOf(const QJsonValue &v, const QString &where, TextKind kind, bool nonEmpty = false)
    {
        if (!v.isString())
            fail(where, ExchangeReader::tr("ska vara en text (fick %1)").arg(describe(v)));
        const bool oneLine = kind == TextKind::Name || kind == TextKind::Line;
        const QString t = oneLine ? fhb::text::clean(v.toString()) : v.toString();
        if (nonEmpty && t.trimmed().isEmpty())
            fail(where, ExchangeReader::tr("får inte vara tomt"));
        if (const QString problem = fhb::text::problem(t, kind); !problem.isEmpty())
            fail(where, problem);
        return t;
    }

    static qint64 integerOf(const QJsonValue &v, const QString &where)
    {
        if (!v.isDouble())
            fail(where, ExchangeReader::tr("ska vara ett heltal (fick %1)").arg(describe(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d)
            fail(where, ExchangeReader::tr("ska vara ett heltal (fick %1)").arg(describe(v)));
        // The double is rounded (2^53 + 1 reads as 2^53): compare the integer QJsonDocument
        // keeps for an integer token (exchangeJsonProblem refuses the other spellings).
        const qint64 exact = v.toInteger(std::numeric_limits<qint64>::max());
        if (std::fabs(d) > kMaxExactInteger || exact > kMaxAmountOre || exact < -kMaxAmountOre)
            fail(where, ExchangeReader::tr("är för stort: högst 9007199254740992 (2^53) är tillåtet"));
        return exact;
    }

    qint64 integer(const char *key) const { return integerOf(required(key), path(key)); }

    qint64 amount(const char *key) const
    {
        const qint64 v = integer(key);
        if (v < 0)
            fail(path(key), ExchangeReader::tr("får inte vara negativt (fick %1)").arg(v));
        return v;
    }

    static int yearOf(qint64 v, const QString &where)
    {
        if (v < kFirstYear || v > kLastYear)
            fail(where, ExchangeReader::tr("ska vara ett år mellan %1 och %2 (fick %3)")
                            .arg(kFirstYear).arg(kLastYear).arg(v));
        return int(v);
    }
    int year(const char *key) const { return yearOf(integer(key), path(key)); }

    int boundedInt(const char *key, qint64 low, qint64 high) const
    {
        const qint64 v = integer(key);
        if (v < low || v > high)
            fail(path(key), ExchangeReader::tr("ska ligga mellan %1 och %2 (fick %3)").arg(low).arg(high).arg(v));
        return int(v);
    }

    QJsonArray array(const char *key, bool required = false) const
    {
        if (!has(key)) {
            if (required)
                fail(path(key), ExchangeReader::tr("fältet saknas"));
            return {};
        }
        const QJsonValue v = value(key);
        if (!v.isArray())
            fail(path(key), ExchangeReader::tr("ska vara en lista (fick %1)").arg(describe(v)));
        return v.toArray();
    }

    QDate date(const char *key) const
    {
        const QString t = text(key, TextKind::Line);
        if (t.isEmpty())
            return {};
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid() || t.size() != 10)
            fail(path(key), ExchangeReader::tr("ska vara ett datum ÅÅÅÅ-MM-DD eller \"\" (fick \"%1\")").arg(t));
        if (d.year() < kFirstYear || d.year() > kLastYear)
            fail(path(key), ExchangeReader::tr("ska vara ett datum mellan %1-01-01 och %2-12-31 (fick \"%3\")")
                                .arg(kFirstYear).arg(kLastYear).arg(t));
        return d;
    }

    template<typename Enum>
    Enum choice(const char *key, std::optional<Enum> (*fromKey)(QStringView), QString (*toKey)(Enum),
                std::initializer_list<Enum> all) const
    {
        const QString t = text(key, TextKind::Line, true);
        if (const std::optional<Enum> e = fromKey(t))
            return *e;
        QStringList names;
        for (Enum e : all)
            names << toKey(e);
        fail(path(key), ExchangeReader::tr("okänt värde \"%1\"; tillåtna värden: %2")
                            .arg(t, names.join(QStringLiteral(", "))));
    }

private:
    QString m_path;
    QJsonObject m_object;
};

QStringList readTexts(const ObjectReader &o, const char *key)
{
    QStringList out;
    const QJsonArray a = o.array(key);
    for (qsizetype i = 0; i < a.size(); ++i)
        out << ObjectReader::textOf(a.at(i), index(o.path(key), i), TextKind::Paragraph);
    return out;
}

Party readParty(const QJsonValue &v, const QString &path)
{
    const ObjectReader o(v, path, {"name", "kind", "members"});
    Party p;
    p.name = o.text("name", TextKind::Name, true, true);
    p.kind = o.choice<PartyKind>("kind", partyKindFromKey, partyKindKey,
                                 {PartyKind::Funder, PartyKind::Municipality, PartyKind::CountyPart, PartyKind::Organisation});
    const QJsonArray members = o.array("members");
    if (!members.isEmpty() && p.kind != PartyKind::CountyPart)
        fail(o.path("members"), ExchangeReader::tr("bara en länsdel (county-part) kan ha medlemmar"));
    for (qsizetype i = 0; i < members.size(); ++i) {
        const ObjectReader m(members.at(i), index(o.path("members"), i), {"party", "fromYear", "toYear"});
        Membership ms{m.text("party", TextKind::Name, true, true), m.year("fromYear"), m.year("toYear")};
        if (ms.toYear < ms.fromYear)
            fail(m.path("toYear"), ExchangeReader::tr("får inte vara före fromYear"));
        p.members << ms;
    }
    return p;
}

QMap<int, QJsonValue> yearMap(const ObjectReader &o, const char *key)
{
    QMap<int, QJsonValue> out;
    if (!o.has(key))
        return out;
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        fail(o.path(key), ExchangeReader::tr("ska vara ett objekt med år som nycklar (fick %1)").arg(describe(v)));
    const QJsonObject map = v.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || it.key().size() != 4)
            fail(child(o.path(key), it.key()), ExchangeReader::tr("nyckeln ska vara ett årtal som \"2024\""));
        out.insert(ObjectReader::yearOf(year, child(o.path(key), it.key())), it.value());
    }
    return out;
}

Obligation readObligation(const QJsonValue &v, const QString &path)
{
    const ObjectReader o(v, path, {"title", "fulfilled", "notes"});
    Obligation ob;
    ob.title = o.text("title", TextKind::Paragraph, true, true);
    const QMap<int, QJsonValue> fulfilled = yearMap(o, "fulfilled");
    for (auto it = fulfilled.cbegin(); it != fulfilled.cend(); ++it) {
        if (!it.value().isBool())
            fail(child(o.path("fulfilled"), QString::number(it.key())),
                 ExchangeReader::tr("ska vara true eller false (fick %1)").arg(describe(it.value())));
        ob.years[it.key()].fulfilled = it.value().toBool();
    }
    const QMap<int, QJsonValue> notes = yearMap(o, "notes");
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        ob.years[it.key()].note = ObjectReader::textOf(it.value(), child(o.path("notes"), QString::number(it.key())),
                                                       TextKind::Paragraph);
    }
    return ob;
}

void readYearAmounts(const ObjectReader &o, const char *key, const char *valueKey, bool amount,
                     const std::function<void(int, qint64)> &store)
{
    const QJsonArray a = o.array(key);
    QSet<int> seen;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const ObjectReader e(a.at(i), index(o.path(key), i), {"year", valueKey});
        const int year = e.year("year");
        if (seen.contains(year))
            fail(e.path("year"), ExchangeReader::tr("året %1 finns redan i listan").arg(year));
        seen.insert(year);
        store(year, amount ? e.amount(valueKey) : e.boundedInt(valueKey, -10000, 10000));
    }
}

Agreement readAgreement(const QJsonValue &v, const QString &path)
{
    const ObjectReader o(v, path, {"name", "funder", "counterparty", "firstYear", "lastYear", "baseCompensationOre",
                                   "decided", "indexationMode", "cofundingRatioBp", "indexation", "commitments",
                                   "obligations", "decision", "notes"});
    Agreement a;
    a.name = o.text("name", TextKind::Name, true, true);
    a.funder = o.text("funder", TextKind::Name, true, true);
    a.counterparty = o.text("counterparty", TextKind::Name, true, true);
    a.firstYear = o.year("firstYear");
    a.lastYear = o.year("lastYear");
    if (a.lastYear < a.firstYear)
        fail(o.path("lastYear"), ExchangeReader::tr("får inte vara före firstYear (%1)").arg(a.firstYear));
    if (o.has("baseCompensationOre") && !o.value("baseCompensationOre").isNull())
        a.baseCompensationOre = o.amount("baseCompensationOre");
    readYearAmounts(o, "decided", "amountOre", true, [&](int y, qint64 ore) { a.decidedOre.insert(y, ore); });
    if (o.has("indexationMode"))
        a.indexationMode = o.choice<IndexationMode>("indexationMode", indexationModeFromKey, indexationModeKey,
                                                    {IndexationMode::Chained, IndexationMode::FromBase});
    if (o.has("cofundingRatioBp"))
        a.cofundingRatioBp = o.boundedInt("cofundingRatioBp", 0, 100000);
    readYearAmounts(o, "indexation", "plkBp", false, [&](int y, qint64 bp) { a.plkBp.insert(y, int(bp)); });
    const QJsonArray commitments = o.array("commitments");
    for (qsizetype i = 0; i < commitments.size(); ++i) {
        const ObjectReader c(commitments.at(i), index(o.path("commitments"), i), {"party", "yearlyOre"});
        a.commitments << MemberCommitment{c.text("party", TextKind::Name, true, true), c.amount("yearlyOre")};
    }
    const QJsonArray obligations = o.array("obligations");
    for (qsizetype i = 0; i < obligations.size(); ++i)
        a.obligations << readObligation(obligations.at(i), index(o.path("obligations"), i));
    if (o.has("decision")) {
        const ObjectReader d(o.value("decision"), o.path("decision"), {"body", "date", "reference"});
        a.decision = Decision{d.text("body", TextKind::Line), d.date("date"), d.text("reference", TextKind::Line)};
    }
    a.notes = o.text("notes", TextKind::Paragraph);
    // Every year's compensation must stay a number: a schedule whose indexation runs past the
    // bound would otherwise be stored and then wrap or vanish from the balance.
    if (const std::optional<int> year = CompensationSchedule(a).firstYearOutOfRange())
        fail(o.path(o.has("indexation") ? "indexation" : "baseCompensationOre"),
             ExchangeReader::tr("ersättningen för %1 blir större än det högsta tillåtna beloppet 9007199254740992 öre (2^53)")
                 .arg(*year));
    return a;
}

AnnualReport readReport(const QJsonValue &v, const QString &path)
{
    const ObjectReader o(v, path, {"party", "year", "periodStart", "periodEnd", "status", "expenses", "revenues",
                                   "events", "staffResources", "signature"});
    AnnualReport r;
    r.party = o.text("party", TextKind::Name, true, true);
    r.year = o.year("year");
    r.periodStart = o.date("periodStart");
    r.periodEnd = o.date("periodEnd");
    if (r.periodStart.isValid() && r.periodEnd.isValid() && r.periodEnd < r.periodStart)
        fail(o.path("periodEnd"), ExchangeReader::tr("får inte vara före periodStart"));
    if (o.has("status"))
        r.status = o.choice<ReportStatus>("status", reportStatusFromKey, reportStatusKey,
                                          {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Approved});
    const QJsonArray expenses = o.array("expenses");
    const QJsonArray revenues = o.array("revenues");
    const QJsonArray events = o.array("events");
    const QJsonArray staff = o.array("staffResources");
    if (expenses.size() + revenues.size() + events.size() + staff.size() > kMaxReportLines)
        fail(path, ExchangeReader::tr("rapporten har fler än %1 rader och stycken").arg(kMaxReportLines));
    // The running totals stay within the bound, so that no sum made of them can wrap.
    const auto addToTotal = [](Ore &total, Ore amount, const ObjectReader &e, const QString &what) {
        if (total > kMaxAmountOre - amount)
            fail(e.path("amountOre"), ExchangeReader::tr("summan av %1 blir större än det högsta tillåtna beloppet "
                                                         "9007199254740992 öre (2^53)").arg(what));
        total += amount;
    };
    Ore expenseTotal = 0;
    for (qsizetype i = 0; i < expenses.size(); ++i) {
        const ObjectReader e(expenses.at(i), index(o.path("expenses"), i), {"category", "amountOre", "footnote"});
        ExpenseLine line;
        line.category = e.text("category", TextKind::Line, true, true);
        line.amountOre = e.amount("amountOre");
        line.footnote = e.text("footnote", TextKind::Footnote);
        addToTotal(expenseTotal, line.amountOre, e, ExchangeReader::tr("utgifterna"));
        r.expenses << line;
    }
    Ore revenueTotal = 0;
    for (qsizetype i = 0; i < revenues.size(); ++i) {
        const ObjectReader e(revenues.at(i), index(o.path("revenues"), i), {"kind", "source", "amountOre", "note"});
        RevenueLine line;
        line.kind = e.choice<RevenueKind>("kind", revenueKindFromKey, revenueKindKey,
                                          {RevenueKind::RegionalCompensation, RevenueKind::Other});
        line.source = e.text("source", TextKind::Line, true, true);
        line.amountOre = e.amount("amountOre");
        line.note = e.text("note", TextKind::Footnote);
        addToTotal(revenueTotal, line.amountOre, e, ExchangeReader::tr("intäkterna"));
        r.revenues << line;
    }
    r.events = readTexts(o, "events");
    r.staffResources = readTexts(o, "staffResources");
    if (o.has("signature")) {
        const ObjectReader s(o.value("signature"), o.path("signature"),
                             {"onBehalfOfName", "onBehalfOfTitle", "preparedByName", "preparedByTitle"});
        r.signature = Signature{s.text("onBehalfOfName", TextKind::Line), s.text("onBehalfOfTitle", TextKind::Line),
                                s.text("preparedByName", TextKind::Line), s.text("preparedByTitle", TextKind::Line)};
    }
    return r;
}

// Names that a reader cannot tell apart (case, spacing, invisible characters) are one name
// to a person but two to the program: refused within a file as they are against the database.
void checkLookAlikes(const QStringList &names, const QString &list, const QString &what)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString key = fhb::text::lookAlikeKey(names.at(i));
        const auto it = first.constFind(key);
        if (it != first.constEnd() && names.at(it.value()) != names.at(i))
            fail(child(index(list, i), "name"),
                 ExchangeReader::tr("liknar %1 '%2' i %3").arg(what, names.at(it.value()), index(list, it.value())));
        first.insert(key, i);
    }
}

// An approval record (docs/exchange-format.md, "approvals"): kept only when a whole database is
// restored into an empty one (storage/DatasetStore.h).
void readApproval(const QJsonValue &v, const QString &path, Dataset &data)
{
    const ObjectReader o(v, path, {"party", "year", "version", "fingerprint", "approvedAt", "approvedBy"});
    const QString party = o.text("party", TextKind::Name, true, true);
    const int year = o.year("year");
    ReportApproval a;
    a.version = o.boundedInt("version", 1, 100000);
    a.fingerprint = o.text("fingerprint", TextKind::Line, true);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(a.fingerprint).hasMatch())
        fail(o.path("fingerprint"), ExchangeReader::tr("ska vara 64 hexadecimala siffror (0–9, a–f)"));
    const QString at = o.text("approvedAt", TextKind::Line, true);
    a.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!a.at.isValid() || !at.endsWith(u'Z'))
        fail(o.path("approvedAt"), ExchangeReader::tr("ska vara en tidpunkt i UTC, till exempel 2026-03-01T09:30:00.000Z (fick \"%1\")")
                                       .arg(at.left(40)));
    a.who = o.text("approvedBy", TextKind::Line, true, true);
    const auto report = std::find_if(data.reports.begin(), data.reports.end(),
                                     [&](const AnnualReport &r) { return r.party == party && r.year == year; });
    if (report == data.reports.end())
        fail(o.path("year"), ExchangeReader::tr("filen har ingen rapport för %1 %2").arg(party).arg(year));
    report->approvals.append(a);
}

// Names must be unique within a file: references are by name, so a duplicate is ambiguous.
void checkUnique(const QStringList &keys, const QString &list, const char *field, const QString &what)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto it = first.constFind(keys.at(i));
        if (it != first.constEnd())
            fail(child(index(list, i), field), ExchangeReader::tr("%1 finns redan i %2")
                                                   .arg(what, index(list, it.value())));
        first.insert(keys.at(i), i);
    }
}

Dataset readDataset(const QJsonObject &root)
{
    const ObjectReader o(root, QString(), {"format", "version", "parties", "agreements", "reports", "approvals"});
    const QString format = o.text("format", TextKind::Line, true);
    if (format != QLatin1String(kExchangeFormat))
        fail(QStringLiteral("format"), ExchangeReader::tr("ska vara \"%1\" (fick \"%2\")")
                                           .arg(QLatin1String(kExchangeFormat), format));
    const qint64 version = ObjectReader::integerOf(o.required("version"), QStringLiteral("version"));
    if (version != kExchangeVersion)
        fail(QStringLiteral("version"), ExchangeReader::tr("version %1 stöds inte; det här programmet läser version %2")
                                            .arg(version).arg(kExchangeVersion));
    Dataset data;
    QStringList partyKeys, agreementKeys, reportKeys;
    const QJsonArray parties = o.array("parties");
    for (qsizetype i = 0; i < parties.size(); ++i) {
        data.parties << readParty(parties.at(i), index(QStringLiteral("parties"), i));
        partyKeys << data.parties.last().name;
    }
    checkUnique(partyKeys, QStringLiteral("parties"), "name", ExchangeReader::tr("Namnet"));
    checkLookAlikes(partyKeys, QStringLiteral("parties"), ExchangeReader::tr("parten"));
    const QJsonArray agreements = o.array("agreements");
    for (qsizetype i = 0; i < agreements.size(); ++i) {
        data.agreements << readAgreement(agreements.at(i), index(QStringLiteral("agreements"), i));
        agreementKeys << data.agreements.last().name;
    }
    checkUnique(agreementKeys, QStringLiteral("agreements"), "name", ExchangeReader::tr("Namnet"));
    checkLookAlikes(agreementKeys, QStringLiteral("agreements"), ExchangeReader::tr("överenskommelsen"));
    const QJsonArray reports = o.array("reports");
    for (qsizetype i = 0; i < reports.size(); ++i) {
        data.reports << readReport(reports.at(i), index(QStringLiteral("reports"), i));
        reportKeys << QString(data.reports.last().party + u'\n' + QString::number(data.reports.last().year));
    }
    checkUnique(reportKeys, QStringLiteral("reports"), "year", ExchangeReader::tr("En rapport för samma part och år"));
    const QJsonArray approvals = o.array("approvals");
    for (qsizetype i = 0; i < approvals.size(); ++i)
        readApproval(approvals.at(i), index(QStringLiteral("approvals"), i), data);
    return data;
}

} // namespace

Result<Dataset> ExchangeReader::read(const QJsonObject &root)
{
    try {
        return readDataset(root);
    } catch (const ParseFailure &failure) {
        return Result<Dataset>::failure(QString(failure.path + QStringLiteral(": ") + failure.reason));
    }
}

} // namespace fhb::app
