// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "BalanceOutput.h"
#include "Console.h"
#include "ImportCsvCommand.h"
#include "ReportPdfCommand.h"
#include "app/overview/CofundingBalanceModel.h"
#include "app/demo/DemoData.h"
#include "app/exchange/ExchangeFile.h"
#include "app/demo/SyntheticCounty.h"
#include "app/export/TableExport.h"
#include "domain/Checks.h"
#include "storage/BalanceStore.h"
#include "storage/Database.h"
#include "storage/dataset/DatasetStore.h"
#include "storage/Integrity.h"
#include "storage/OutputFile.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <limits>

namespace fhb::cli {

namespace {

QString latin(const char *text) { return QString::fromLatin1(text); }

ExitCode usage(const QString &message)
{
    return Console::fail(ExitCode::Usage, message);
}

// Lower layers end their messages with a full stop; ours go on after them.
QString clause(QString message)
{
    while (message.endsWith(u'.'))
        message.chop(1);
    return message;
}

QString summaryText(const storage::ImportSummary &s)
{
    return Commands::tr("Parter: %1 nya, %2 fanns redan. Överenskommelser: %3 nya, %4 fanns redan, %5 ersatta. "
                        "Rapporter: %6 nya, %7 ersatta.")
        .arg(s.partiesAdded).arg(s.partiesMatched).arg(s.agreementsAdded).arg(s.agreementsMatched)
        .arg(s.agreementsReplaced).arg(s.reportsAdded).arg(s.reportsReplaced);
}

QString findingText(const Finding &f)
{
    QStringList about;
    if (!f.party.isEmpty())
        about << f.party;
    if (f.year != 0)
        about << QString::number(f.year);
    const QString where = about.isEmpty() ? QString() : QString(QStringLiteral(" (") + about.join(u' ') + u')');
    return QString(severityName(f.severity) + where + QStringLiteral(": ") + f.message);
}

} // namespace

Commands::Commands(const CommandLine &commandLine) : m_line(commandLine) {}

ExitCode Commands::run()
{
    const QString c = m_line.command();
    if (c == QLatin1String("init"))
        return init();
    if (c == QLatin1String("import"))
        return importFile();
    if (c == QLatin1String("import-csv"))
        return ImportCsvCommand(m_line).run();
    if (c == QLatin1String("export"))
        return exportFile();
    if (c == QLatin1String("balance"))
        return balance();
    if (c == QLatin1String("check"))
        return check();
    if (c == QLatin1String("backup"))
        return backup();
    if (c == QLatin1String("generate"))
        return generate();
    if (c == QLatin1String("report-pdf"))
        return runReportPdf(m_line);
    return usage(tr("Okänt kommando \"%1\".").arg(c));
}

std::unique_ptr<storage::Database> Commands::open(bool forWriting) const
{
    storage::OpenError error;
    std::unique_ptr<storage::Database> db = storage::Database::open(m_line.database(), {}, &error);
    if (!db && !forWriting
        && (error.errorKind() == ErrorKind::Busy || error.errorKind() == ErrorKind::Io)) {
        // Reading needs no writer lock and writes nothing: balance, export and check work while
        // the GUI has the file open, and on a disk too full for a writer's side files. When the
        // read-only open fails too, the writable open's reason is the one that says more.
        storage::OpenOptions readOnly;
        readOnly.forceReadOnly = true;
        storage::OpenError readOnlyError;
        db = storage::Database::open(m_line.database(), readOnly, &readOnlyError);
        if (!db && error.errorKind() == ErrorKind::Busy)
            error = readOnlyError;
    }
    if (!db) {
        Console::err(error.message);
        return nullptr;
    }
    if (forWriting && db->isReadOnly()) {
        Console::err(db->readOnlyReason());
        return nullptr;
    }
    return db;
}

std::unique_ptr<storage::Database> Commands::create(ExitCode *code) const
{
    const QString path = m_line.database();
    if (QFileInfo::exists(path)) {
        *code = usage(tr("Filen %1 finns redan. Ange ett nytt filnamn: en befintlig databas skrivs aldrig över.")
                          .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    storage::OpenError error;
    storage::OpenOptions options;
    options.create = true;
    options.mustBeNew = true;
    std::unique_ptr<storage::Database> db = storage::Database::open(path, options, &error);
    if (!db)
        *code = Console::fail(error.fault(), Concerning::Database);
    return db;
}

void Commands::discard(std::unique_ptr<storage::Database> db) const
{
    const QString path = db->path();
    db.reset();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

ExitCode Commands::writeOutput(const QString &path, const QByteArray &bytes) const
{
    if (path == QLatin1String("-")) {
        Console::outBytes(bytes);
        return Console::outputFailed().value_or(ExitCode::Ok);
    }
    // Whole or not at all, never over a database or a device (storage/OutputFile.h).
    if (const storage::OutputStatus written = storage::OutputFile::write(path, bytes); !written)
        return Console::outputError(written);
    return ExitCode::Ok;
}

ExitCode Commands::init()
{
    ExitCode code = ExitCode::Ok;
    std::unique_ptr<storage::Database> db = create(&code);
    if (!db)
        return code;
    if (m_line.isSet(latin("demo"))) {
        const Status loaded = app::loadDemoData(*db);
        if (!loaded) {
            discard(std::move(db));
            return Console::fail(ExitCode::Database, loaded.error());
        }
        Console::out(tr("Skapade %1 med demodata: Region Örebro län, länets tolv kommuner och länsdelar, "
                        "överenskommelserna för Sydnärke 2024–2029 och Örebro kommun 2018–2023 samt "
                        "Örebro kommuns årsredovisning 2023.")
                         .arg(QDir::toNativeSeparators(m_line.database())));
        return ExitCode::Ok;
    }
    Console::out(tr("Skapade en tom databas: %1").arg(QDir::toNativeSeparators(m_line.database())));
    return ExitCode::Ok;
}

ExitCode Commands::importFile()
{
    const QString path = m_line.arguments().value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(QFileInfo::exists(path)
                         ? tr("Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.")
                               .arg(QDir::toNativeSeparators(path))
                         : tr("Filen %1 finns inte. Kontrollera namnet och mappen.").arg(QDir::toNativeSeparators(path)));
    // A file over the bound is refused by its size, before it is read into memory.
    const Result<Dataset> data = file.size() > app::kExchangeMaxBytes
        ? Result<Dataset>::failure(app::tooLargeMessage(file.size()))
        : app::exchangeFromJson(file.readAll());
    if (!data)
        return usage(tr("%1 kan inte importeras: %2. Ingenting har ändrats.")
                         .arg(QDir::toNativeSeparators(path), clause(data.error())));
    std::unique_ptr<storage::Database> db = open(true);
    if (!db)
        return ExitCode::Database;
    storage::DatasetStore store(*db);
    storage::ImportOptions options;
    options.replace = m_line.isSet(latin("replace"));
    const Result<storage::ImportSummary> summary = store.import(data.value(), options);
    if (!summary) {
        const QString message = tr("%1 kan inte importeras: %2. Ingenting har ändrats.")
                                    .arg(QDir::toNativeSeparators(path), clause(summary.error()));
        return Console::fail({summary.errorKind(), message});
    }
    Console::out(tr("Importerade %1.").arg(QDir::toNativeSeparators(path)) + u' ' + summaryText(summary.value()));
    for (const QString &warning : summary->warnings)
        Console::err(tr("Varning: %1").arg(warning));
    return ExitCode::Ok;
}

ExitCode Commands::exportFile()
{
    const Result<std::optional<int>> year = m_line.integer(latin("year"), 1900, 2999);
    if (!year)
        return usage(year.error());
    storage::DatasetFilter filter;
    filter.year = year.value();
    if (m_line.isSet(latin("party")))
        filter.party = m_line.value(latin("party"));
    std::unique_ptr<storage::Database> db = open(false);
    if (!db)
        return ExitCode::Database;
    storage::DatasetStore store(*db);
    if (filter.party) {
        const Result<Dataset> all = store.load();
        if (all && !all->party(*filter.party))
            return usage(tr("Parten \"%1\" finns inte i databasen.").arg(*filter.party));
    }
    const Result<Dataset> data = store.load(filter);
    if (!data)
        return Console::fail(data.fault());
    if (const ExitCode written = writeOutput(m_line.arguments().value(0), app::exchangeToJson(data.value()));
        written != ExitCode::Ok)
        return written;
    if (m_line.arguments().value(0) != QLatin1String("-"))
        Console::err(tr("Exporterade %1 parter, %2 överenskommelser och %3 rapporter till %4.")
                         .arg(data->parties.size()).arg(data->agreements.size()).arg(data->reports.size())
                         .arg(QDir::toNativeSeparators(m_line.arguments().value(0))));
    return ExitCode::Ok;
}

ExitCode Commands::balance()
{
    const Result<std::optional<int>> year = m_line.integer(latin("year"), 1900, 2999);
    if (!year)
        return usage(year.error());
    const QString formatName = m_line.isSet(latin("format")) ? m_line.value(latin("format")) : latin("text");
    const bool xlsx = formatName == QLatin1String("xlsx");
    const std::optional<BalanceOutput::Format> format = BalanceOutput::formatFromName(formatName);
    if (!format && !xlsx)
        return usage(tr("Okänt format \"%1\". Välj text, csv, json eller xlsx.").arg(formatName));
    const QString output = m_line.isSet(latin("output")) ? m_line.value(latin("output")) : latin("-");
    if (xlsx && output == QLatin1String("-"))
        return usage(tr("En Excelfil kan inte skrivas till terminalen. Ange filen med -o, till exempel "
                        "-o saldo.xlsx."));
    std::unique_ptr<storage::Database> db = open(false);
    if (!db)
        return ExitCode::Database;
    // Sums made in SQL: no expense line is loaded (docs/performance.md).
    const Result<storage::BalanceInputs> inputs = storage::BalanceStore(*db).load();
    if (!inputs)
        return Console::fail(inputs.fault());
    const Dataset &data = inputs->data;
    BalanceFilter filter;
    filter.year = year.value();
    if (m_line.isSet(latin("agreement"))) {
        filter.agreement = m_line.value(latin("agreement"));
        if (!data.agreement(*filter.agreement))
            return usage(tr("Överenskommelsen \"%1\" finns inte i databasen.").arg(*filter.agreement));
    }
    const QList<BalanceRow> rows = computeBalances(data, inputs->reports, filter);
    if (xlsx) {
        // The same model and writer as the overview's Excel export in the GUI.
        app::CofundingBalanceModel model;
        model.setBalances(data, rows);
        if (const storage::OutputStatus written = app::TableExport::writeXlsx({{tr("Rader"), &model}}, output); !written)
            return Console::outputError(written);
    } else {
        if (const ExitCode written = writeOutput(output, BalanceOutput::render(rows, *format)); written != ExitCode::Ok)
            return written;
    }
    if (!m_line.isSet(latin("strict")))
        return ExitCode::Ok;
    qsizetype failing = 0;
    for (const BalanceRow &row : rows)
        failing += row.status != BalanceStatus::Ok ? 1 : 0;
    if (failing == 0)
        return ExitCode::Ok;
    Console::err(tr("%1 av %2 rader uppfyller inte kravet på medfinansiering.").arg(failing).arg(rows.size()));
    return ExitCode::ProblemFound;
}

ExitCode Commands::check()
{
    std::unique_ptr<storage::Database> db = open(false);
    if (!db)
        return ExitCode::Database;
    const Result<QStringList> problems = storage::integrityProblems(*db);
    if (!problems)
        return Console::fail(problems.fault());
    for (const QString &problem : problems.value())
        Console::out(QString(severityName(Severity::Error) + QStringLiteral(": ") + problem));
    const Result<Dataset> data = storage::DatasetStore(*db).load();
    if (!data)
        return Console::fail(data.fault());
    const QList<Finding> findings = checks::all(data.value(), QDate::currentDate().year());
    int counts[3] = {int(problems->size()), 0, 0};
    for (const Finding &f : findings) {
        Console::out(findingText(f));
        ++counts[int(f.severity)];
    }
    Console::out(tr("Kontrollen är klar: %1 fel, %2 varningar, %3 upplysningar.")
                     .arg(counts[0]).arg(counts[1]).arg(counts[2]));
    return counts[0] > 0 ? ExitCode::ProblemFound : ExitCode::Ok;
}

ExitCode Commands::backup()
{
    const QString target = m_line.arguments().value(0);
    if (QFileInfo::exists(target))
        return usage(tr("Filen %1 finns redan. Ange ett nytt filnamn för säkerhetskopian.")
                         .arg(QDir::toNativeSeparators(target)));
    std::unique_ptr<storage::Database> db = open(false);
    if (!db)
        return ExitCode::Database;
    const storage::OutputStatus copied = db->backupTo(target);
    // The copy's own trouble (a full disk, a folder that cannot be written, a refused target)
    // is an output error; a failure to read the database (Io) is the database's.
    if (!copied)
        return Console::fail(copied.fault(),
                             copied.errorKind() == ErrorKind::Io ? Concerning::Input : Concerning::Output);
    Console::out(tr("Säkerhetskopian är skriven till %1.").arg(QDir::toNativeSeparators(target)));
    return ExitCode::Ok;
}

ExitCode Commands::generate()
{
    app::SyntheticCountyOptions options;
    const auto parties = m_line.integer(latin("parties"), 1, 2000);
    const auto years = m_line.integer(latin("years"), 1, 50);
    const auto lines = m_line.integer(latin("lines"), 1, 500);
    const auto seed = m_line.integer(latin("seed"), 0, std::numeric_limits<int>::max());
    for (const auto *value : {&parties, &years, &lines, &seed})
        if (!*value)
            return usage(value->error());
    if (!parties.value() || !years.value() || !lines.value())
        return usage(tr("generate behöver --parties N, --years Å och --lines R."));
    options.parties = *parties.value();
    options.years = *years.value();
    options.lines = *lines.value();
    options.seed = quint32(seed.value().value_or(int(options.seed)));
    ExitCode code = ExitCode::Ok;
    std::unique_ptr<storage::Database> db = create(&code);
    if (!db)
        return code;
    QElapsedTimer timer;
    timer.start();
    const Dataset data = app::SyntheticCounty(options).generate();
    const Result<storage::ImportSummary> summary = storage::DatasetStore(*db).import(data);
    if (!summary) {
        discard(std::move(db));
        return Console::fail(ExitCode::Database, summary.error());
    }
    qsizetype expenseLines = 0;
    for (const AnnualReport &r : data.reports)
        expenseLines += r.expenses.size();
    Console::out(tr("Skapade %1: %2 parter, %3 överenskommelser, %4 rapporter och %5 utgiftsrader på %6 ms.")
                     .arg(QDir::toNativeSeparators(m_line.database())).arg(data.parties.size())
                     .arg(data.agreements.size()).arg(data.reports.size()).arg(expenseLines).arg(timer.elapsed()));
    return ExitCode::Ok;
}

} // namespace fhb::cli
