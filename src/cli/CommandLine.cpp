// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QRegularExpression>

namespace fhb::cli {

namespace {

QString latin(const char *text) { return QString::fromLatin1(text); }

struct CommandSpec {
    const char *name;
    int arguments;        ///< how many arguments after the command
    const char *options;  ///< the options it takes besides --db, space-separated
    const char *synopsis; ///< as shown in the help
    const char *help;
};

const CommandSpec kCommands[] = {
    {"init", 0, "demo", "init [--demo]", QT_TRANSLATE_NOOP("fhb::cli::CommandLine", "skapar en ny databas; --demo läser in exempeldata från seed-dokumenten")},
    {"import", 1, "replace", "import FIL.json [--replace]", QT_TRANSLATE_NOOP("fhb::cli::CommandLine", "importerar en utbytesfil (allt eller inget); --replace ersätter befintliga överenskommelser och rapporter som inte är godkända")},
    {"import-csv", 1, "party year dry-run encoding separator header no-header", "import-csv --party NAMN --year ÅR FIL.csv [--dry-run] [--encoding utf-8|windows-1252] [--separator ';'|,|tab] [--header|--no-header]", QT_TRANSLATE_NOOP("fhb::cli::CommandLine", "lägger huvudbokens utgiftsrader (kategori; belopp; fotnot) i partens utkast för året, som skapas om det saknas; en inskickad eller godkänd årsredovisning vägrar; allt eller inget; --dry-run kontrollerar utan att skriva")},
    {"export", 1, "party year", "export FIL.json [--party NAMN] [--year ÅR]", QT_TRANSLATE_NOOP("fhb::cli::CommandLine", "exporterar en utbytesfil (allt om inget filter anges); FIL = - skriver till standard ut")},
    {"balance", 0, "year agreement format output strict", "balance [--year ÅR] [--agreement NAMN] [--format text|csv|json|xlsx] [-o FIL] [--strict]", QT_TRANSLATE_NOOP("fhb::cli::CommandLine", "visar medfinansieringen per överenskommelse, part och år; --strict ger slutkod 1 när någon rad är under kravet eller saknar rapport")},
    {"check", 0, "", "check", QT_TRANSLATE_NOOP("fhb::cli::CommandLine", "kontrollerar databasfilen och alla regler; slutkod 1 vid fel")},
    {"backup", 1, "", "backup FIL", QT_TRANSLATE_NOOP("fhb::cli::CommandLine", "skriver en konsistent kopia av databasen till FIL")},
    {"generate", 0, "parties years lines seed", "generate --parties N --years Å --lines R [--seed S]", QT_TRANSLATE_NOOP("fhb::cli::CommandLine", "skapar en ny databas med ett syntetiskt län för prestandatester")},
    {"report-pdf", 0, "party year all approved-only output", "report-pdf --party NAMN --year ÅR -o FIL.pdf | --year ÅR --all -o MAPP [--approved-only]", QT_TRANSLATE_NOOP("fhb::cli::CommandLine", "skriver årsredovisningen som arkivbeständig PDF (PDF/A-1b); med --all en PDF per rapport för året i MAPP, --approved-only bara godkända")},
};

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : kCommands)
        if (name == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

} // namespace

CommandLine::CommandLine()
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {latin("db"), tr("databasfilen"), tr("FIL")},
        {latin("demo"), tr("läs in demodata")},
        {latin("replace"), tr("ersätt befintligt")},
        {latin("party"), tr("part"), tr("NAMN")},
        {latin("year"), tr("år"), tr("ÅR")},
        {latin("agreement"), tr("överenskommelse"), tr("NAMN")},
        {latin("format"), tr("utdataformat"), tr("FORMAT")},
        {{latin("o"), latin("output")}, tr("utdatafil"), tr("FIL")},
        {latin("strict"), tr("slutkod 1 vid underskott")},
        {latin("parties"), tr("antal motparter"), latin("N")},
        {latin("years"), tr("antal år"), latin("N")},
        {latin("lines"), tr("antal utgiftsrader"), latin("N")},
        {latin("seed"), tr("slumpfrö"), latin("N")},
        {latin("all"), tr("alla rapporter för året")},
        {latin("dry-run"), tr("kontrollera utan att skriva")},
        {latin("encoding"), tr("teckenkodning"), latin("KODNING")},
        {latin("separator"), tr("avgränsare"), latin("TECKEN")},
        {latin("header"), tr("första raden är en rubrikrad")},
        {latin("no-header"), tr("filen har ingen rubrikrad")},
        {latin("approved-only"), tr("bara godkända rapporter")},
        {{latin("h"), latin("help")}, tr("visa hjälpen")},
        {latin("version"), tr("visa versionen")},
    });
}

Status CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        if (!m_parser.unknownOptionNames().isEmpty())
            return Status::failure(tr("Okänd flagga: %1. Kör folkhalsobok-cli --help för en lista över flaggor.")
                                       .arg(m_parser.unknownOptionNames().first()));
        // Qt's other complaints are in English; the option they name is quoted.
        const QString error = m_parser.errorText();
        static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
        const QString option = quoted.match(error).captured(1);
        if (error.startsWith(QLatin1String("Missing value")))
            return Status::failure(tr("Flaggan %1 behöver ett värde.").arg(option));
        if (error.startsWith(QLatin1String("Unexpected value")))
            return Status::failure(tr("Flaggan %1 tar inget värde.").arg(option));
        return Status::failure(tr("Kommandoraden kunde inte tolkas (%1).").arg(error));
    }
    if (wantsHelp() || wantsVersion())
        return {};
    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return Status::failure(tr("Inget kommando angivet. Kör folkhalsobok-cli --help för en lista över kommandon."));
    m_command = positional.takeFirst();
    m_arguments = positional;
    const CommandSpec *spec = findCommand(m_command);
    if (!spec)
        return Status::failure(tr("Okänt kommando \"%1\". Kör folkhalsobok-cli --help för en lista över kommandon.")
                                   .arg(m_command));
    const QStringList allowed = latin(spec->options).split(u' ', Qt::SkipEmptyParts) << latin("db");
    for (const QString &option : m_parser.optionNames()) {
        const QString name = option == QLatin1String("o") ? latin("output") : option;
        if (!allowed.contains(name))
            return Status::failure(tr("Flaggan --%1 hör inte till kommandot %2. Användning: folkhalsobok-cli --db FIL %3")
                                       .arg(name, m_command, QString::fromUtf8(spec->synopsis)));
    }
    if (m_arguments.size() != spec->arguments)
        return Status::failure(tr("Kommandot %1 tar %2 argument men fick %3. Användning: folkhalsobok-cli --db FIL %4")
                                   .arg(m_command).arg(spec->arguments).arg(m_arguments.size()).arg(QString::fromUtf8(spec->synopsis)));
    if (database().isEmpty())
        return Status::failure(tr("Ange databasfilen med --db FIL."));
    return {};
}

bool CommandLine::wantsHelp() const { return m_parser.isSet(latin("help")); }
bool CommandLine::wantsVersion() const { return m_parser.isSet(latin("version")); }
QString CommandLine::database() const { return m_parser.value(latin("db")); }
bool CommandLine::isSet(const QString &option) const { return m_parser.isSet(option); }
QString CommandLine::value(const QString &option) const { return m_parser.value(option); }

Result<std::optional<int>> CommandLine::integer(const QString &option, int low, int high) const
{
    if (!isSet(option))
        return std::optional<int>();
    bool ok = false;
    const int v = value(option).trimmed().toInt(&ok);
    if (!ok || v < low || v > high)
        return Result<std::optional<int>>::failure(
            tr("--%1 ska vara ett heltal mellan %2 och %3 (fick \"%4\").").arg(option).arg(low).arg(high).arg(value(option)));
    return std::optional<int>(v);
}

QString CommandLine::helpText()
{
    QString text = tr("Användning: folkhalsobok-cli --db FIL KOMMANDO [ARGUMENT] [FLAGGOR]\n\n"
                      "Folkhälsobok på kommandoraden: bokföring av folkhälsoöverenskommelser.\n\n"
                      "Kommandon:\n");
    for (const CommandSpec &spec : kCommands)
        text += QStringLiteral("  %1\n      %2\n").arg(QString::fromUtf8(spec.synopsis), tr(spec.help));
    text += tr("\nFlaggor för alla kommandon:\n"
               "  --db FIL      databasfilen (krävs)\n"
               "  -h, --help    visar den här hjälpen\n"
               "  --version     visar versionen\n\n"
               "Slutkoder: 0 klart; 1 kommandot hittade ett problem det ombads leta efter "
               "(balance --strict, check); 2 fel i kommandoraden eller indata; 3 databasfel "
               "(kan inte öppnas, skadad, låst, skrivskyddad, nyare schema).\n\n"
               "Exempel:\n"
               "  folkhalsobok-cli --db demo.db init --demo\n"
               "  folkhalsobok-cli --db demo.db balance --year 2023\n"
               "  folkhalsobok-cli --db demo.db balance --format csv -o saldo.csv\n"
               "  folkhalsobok-cli --db demo.db import-csv --party \"Örebro kommun\" --year 2024 huvudbok.csv --dry-run\n"
               "  folkhalsobok-cli --db demo.db export - --party \"Örebro kommun\" --year 2023\n"
               "  folkhalsobok-cli --db demo.db report-pdf --party \"Örebro kommun\" --year 2023 -o orebro-2023.pdf\n");
    return text;
}

} // namespace fhb::cli
