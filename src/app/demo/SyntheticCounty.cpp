// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticCounty.h"

#include "domain/CompensationSchedule.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace fhb::app {

namespace {

const char *const kPrefixes[] = {"Björk", "Ek", "Gran", "Tall", "Al", "Lind", "Ask", "Sjö", "Berg", "Dal",
                                 "Å", "Mo", "Hög", "Nor", "Sunn", "Väst", "Öst", "Syd", "Kvarn", "Bro",
                                 "Hammar", "Lund", "Stor", "Lill", "Mal", "Sand", "Sten", "Skog", "Ny", "Gull",
                                 "Rön", "Hassel", "Al", "Vik", "Näs", "Hult", "Torp", "Ängs", "Myr", "Fors"};
const char *const kSuffixes[] = {"by", "sjö", "berga", "holm", "vik", "å", "fors", "hult", "köping", "ryd",
                                 "näs", "torp", "stad", "dal", "mo", "lunda", "hed", "måla", "boda", "tuna"};
const char *const kRegionSuffixes[] = {"bygden", "dalen", "slätten", "länsdelen"};
const char *const kOrganisationKinds[] = {"Idrottsförbundet", "Bildningsförbundet", "Studieförbundet",
                                          "Föreningsrådet", "Friluftsfrämjandet"};
const char *const kFirstNames[] = {"Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders",
                                   "Eva", "Per", "Lena", "Mikael", "Elin", "Oskar", "Fatima", "Ali"};
const char *const kLastNames[] = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
                                  "Olsson", "Persson", "Svensson", "Gustafsson", "Lindqvist", "Hassan"};
const char *const kExtraCategories[] = {"Material", "Utbildning", "Konferenser", "Lokalkostnader", "Resor",
                                        "Tryck och information", "Föreningsbidrag", "Konsulttjänster",
                                        "Evenemang", "Kompetensutveckling", "Undersökningar", "Nätverksarbete"};
const char *const kEventTopics[] = {"ett nytt samarbete med skolorna kring rörelse och motorik",
                                    "en kartläggning av ungas psykiska hälsa",
                                    "ett förebyggande arbete mot alkohol, narkotika, doping och tobak",
                                    "en satsning på mötesplatser för äldre",
                                    "en gemensam lägesbild av livsvillkor i kommunens områden",
                                    "utbildning i suicidprevention för personal",
                                    "föräldrastöd i samverkan med elevhälsan"};

QString str(const char *text) { return QString::fromUtf8(text); }

class Generator
{
public:
    explicit Generator(const SyntheticCountyOptions &o) : m_o(o), m_rng(o.seed) {}
    Dataset run();

private:
    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); } // inclusive
    bool chance(int percent) { return int(m_rng.bounded(100u)) < percent; }
    template<std::size_t N>
    QString pick(const char *const (&list)[N]) { return str(list[m_rng.bounded(quint32(N))]); }
    QString uniqueName(QStringList &pool, const QString &fallbackStem);
    // Fisher–Yates on our own generator: std::shuffle's algorithm differs between libraries.
    void shuffle(QStringList &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, qsizetype(m_rng.bounded(quint32(i + 1))));
    }
    QString person() { return QString(pick(kFirstNames) + u' ' + pick(kLastNames)); }

    void addCounterparty(PartyKind kind, Dataset &data);
    Agreement agreementFor(const Party &party);
    void addReports(const Party &party, const Agreement &agreement, Dataset &data);
    AnnualReport report(const QString &party, int year, Ore expensesOre, Ore compensationOre, int lines);

    SyntheticCountyOptions m_o;
    QRandomGenerator m_rng;
    QStringList m_municipalityNames;
    QStringList m_regionNames;
    QSet<QString> m_used;
    QString m_funder;
};

QString Generator::uniqueName(QStringList &pool, const QString &fallbackStem)
{
    while (!pool.isEmpty()) {
        const QString name = pool.takeLast();
        if (!m_used.contains(name)) {
            m_used.insert(name);
            return name;
        }
    }
    for (int n = 1;; ++n) {
        const QString name = fallbackStem + u' ' + QString::number(n);
        if (!m_used.contains(name)) {
            m_used.insert(name);
            return name;
        }
    }
}

Dataset Generator::run()
{
    for (const char *p : kPrefixes) {
        for (const char *s : kSuffixes)
            m_municipalityNames << QString(str(p) + str(s).toLower() + QStringLiteral(" kommun"));
        for (const char *s : kRegionSuffixes)
            m_regionNames << QString(str(p) + str(s));
    }
    m_municipalityNames.removeDuplicates();
    m_regionNames.removeDuplicates();
    shuffle(m_municipalityNames);
    shuffle(m_regionNames);

    Dataset data;
    m_funder = SyntheticCounty::tr("Region Syntetiska län");
    m_used.insert(m_funder);
    data.parties << Party{0, m_funder, PartyKind::Funder, {}};
    const int n = m_o.parties;
    const int countyParts = n >= 2 ? std::max(1, n * 15 / 100) : 0;
    const int organisations = n >= 3 ? std::max(1, n / 10) : 0;
    for (int i = 0; i < n; ++i) {
        const PartyKind kind = i < countyParts ? PartyKind::CountyPart
                             : i < countyParts + organisations ? PartyKind::Organisation
                                                               : PartyKind::Municipality;
        addCounterparty(kind, data);
    }
    return data;
}

void Generator::addCounterparty(PartyKind kind, Dataset &data)
{
    const int firstYear = m_o.lastYear - m_o.years + 1;
    Party party;
    party.kind = kind;
    if (kind == PartyKind::CountyPart) {
        party.name = uniqueName(m_regionNames, SyntheticCounty::tr("Länsdel"));
        const int members = between(2, 5);
        for (int m = 0; m < members; ++m) {
            const QString member = uniqueName(m_municipalityNames, SyntheticCounty::tr("Medlemskommun"));
            data.parties << Party{0, member, PartyKind::Municipality, {}};
            party.members << Membership{member, firstYear, m_o.lastYear};
        }
    } else if (kind == PartyKind::Organisation) {
        QStringList pool{QString(pick(kOrganisationKinds) + u' ' + m_regionNames.value(0))};
        if (!m_regionNames.isEmpty())
            m_regionNames.removeFirst();
        party.name = uniqueName(pool, SyntheticCounty::tr("Organisation"));
    } else {
        party.name = uniqueName(m_municipalityNames, SyntheticCounty::tr("Kommun"));
    }
    data.parties << party;
    const Agreement agreement = agreementFor(party);
    data.agreements << agreement;
    addReports(party, agreement, data);
}

Agreement Generator::agreementFor(const Party &party)
{
    Agreement a;
    a.firstYear = m_o.lastYear - m_o.years + 1;
    a.lastYear = m_o.lastYear;
    a.name = SyntheticCounty::tr("Överenskommelse %1 %2–%3").arg(party.name).arg(a.firstYear).arg(a.lastYear);
    a.funder = m_funder;
    a.counterparty = party.name;
    const int baseKr = party.kind == PartyKind::CountyPart     ? between(800'000, 2'500'000)
                     : party.kind == PartyKind::Organisation ? between(200'000, 900'000)
                                                              : between(300'000, 3'000'000);
    a.baseCompensationOre = Ore(baseKr) * kOrePerKrona;
    a.cofundingRatioBp = party.kind == PartyKind::Organisation && chance(50) ? 5000 : 10000;
    for (int y = a.firstYear + 1; y < a.lastYear; ++y)
        a.plkBp.insert(y, between(150, 450));
    for (const Membership &m : party.members)
        a.commitments << MemberCommitment{m.party, Ore(between(50, 300)) * 1000 * kOrePerKrona};
    for (const QString &title : {SyntheticCounty::tr("Delta i befolkningsundersökningen Liv och hälsa ung"),
                                 SyntheticCounty::tr("Använda den gemensamma mallen för redovisning")}) {
        Obligation o{title, {}};
        for (int y = a.firstYear; y < a.lastYear; ++y)
            o.years.insert(y, ObligationYear{chance(85), QString()});
        a.obligations << o;
    }
    a.decision = Decision{SyntheticCounty::tr("Regionstyrelsen"), QDate(a.firstYear - 1, between(9, 12), between(1, 28)),
                          SyntheticCounty::tr("RS § %1").arg(between(10, 250))};
    return a;
}

void Generator::addReports(const Party &party, const Agreement &agreement, Dataset &data)
{
    const CompensationSchedule schedule(agreement);
    const bool shortParty = chance(12);
    Ore committed = 0;
    for (const MemberCommitment &c : agreement.commitments)
        committed += c.yearlyOre;
    for (int year = agreement.firstYear; year <= agreement.lastYear; ++year) {
        const Ore comp = schedule.year(year).ore.value_or(0);
        const Ore required = CompensationSchedule::required(comp, agreement.cofundingRatioBp);
        const int factor = shortParty ? between(55, 95) : between(100, 190); // percent of required
        // Whole kronor, as municipal ledgers report them.
        const Ore target = std::max<Ore>(0, required * factor / 100 - committed) / kOrePerKrona * kOrePerKrona;
        if (!chance(5))
            data.reports << report(party.name, year, comp + target, comp, m_o.lines);
        for (const MemberCommitment &c : agreement.commitments) {
            if (chance(5))
                continue;
            const Ore own = c.yearlyOre * (shortParty ? between(60, 100) : between(100, 130)) / 100;
            data.reports << report(c.party, year, own / kOrePerKrona * kOrePerKrona, 0, 3);
        }
    }
}

AnnualReport Generator::report(const QString &party, int year, Ore expensesOre, Ore compensationOre, int lines)
{
    AnnualReport r = AnnualReport::forYear(party, year);
    r.status = year < m_o.lastYear - 1 ? ReportStatus::Approved
             : year < m_o.lastYear     ? ReportStatus::Submitted
                                       : ReportStatus::Draft;
    const QStringList standard = standardExpenseCategories();
    // Staff costs dominate, as in real reports; the rest is spread by random weights.
    QList<int> weights;
    int total = 0;
    for (int i = 0; i < lines; ++i) {
        weights << (i == 0 ? 40 + 10 * lines : between(1, 20));
        total += weights.last();
    }
    Ore left = expensesOre;
    for (int i = 0; i < lines; ++i) {
        const Ore share = i + 1 < lines ? expensesOre / kOrePerKrona * weights.at(i) / total * kOrePerKrona : left;
        left -= share;
        ExpenseLine line;
        line.category = i < standard.size() ? standard.at(i)
                      : i - standard.size() < qsizetype(std::size(kExtraCategories))
                          ? str(kExtraCategories[i - standard.size()])
                          : SyntheticCounty::tr("Folkhälsoinsats %1")
                                .arg(i - standard.size() - qsizetype(std::size(kExtraCategories)) + 1);
        line.amountOre = share;
        if (i == 0)
            line.footnote = SyntheticCounty::tr("Lönekostnader folkhälsostrateger");
        r.expenses << line;
    }
    if (compensationOre > 0) {
        RevenueLine revenue;
        revenue.kind = RevenueKind::RegionalCompensation;
        revenue.source = SyntheticCounty::tr("Ersättning %1").arg(m_funder);
        revenue.amountOre = compensationOre;
        r.revenues << revenue;
    }
    for (int e = 0; e < 3; ++e)
        r.events << SyntheticCounty::tr("Under %1 genomfördes %2.").arg(year).arg(pick(kEventTopics));
    r.staffResources << SyntheticCounty::tr("Folkhälsoarbetet bemannas av %1 personer.").arg(between(1, 6));
    r.signature = Signature{person(), SyntheticCounty::tr("kommundirektör"), person(), SyntheticCounty::tr("folkhälsostrateg")};
    return r;
}

} // namespace

Status SyntheticCounty::validate(const SyntheticCountyOptions &o)
{
    if (o.parties < 1 || o.parties > 2000)
        return Status::failure(tr("Antalet parter ska vara mellan 1 och 2000 (fick %1).").arg(o.parties));
    if (o.years < 1 || o.years > 50)
        return Status::failure(tr("Antalet år ska vara mellan 1 och 50 (fick %1).").arg(o.years));
    if (o.lines < 1 || o.lines > 500)
        return Status::failure(tr("Antalet utgiftsrader ska vara mellan 1 och 500 (fick %1).").arg(o.lines));
    return {};
}

SyntheticCounty::SyntheticCounty(const SyntheticCountyOptions &options) : m_options(options) {}

Dataset SyntheticCounty::generate() const
{
    Generator generator(m_options);
    return generator.run();
}

} // namespace fhb::app
