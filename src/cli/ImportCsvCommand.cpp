// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCsvCommand.h"

#include "Console.h"
#include "app/ledger/LedgerImport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace fhb::cli {

namespace {

ExitCode exitFor(app::LedgerImport::Failure failure)
{
    return failure == app::LedgerImport::Failure::Database ? ExitCode::Database : ExitCode::Usage;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<LedgerCsvOptions> ImportCsvCommand::options() const
{
    LedgerCsvOptions options;
    if (m_line.isSet(QStringLiteral("encoding"))) {
        const QString value = m_line.value(QStringLiteral("encoding")).trimmed().toLower();
        if (value == u"utf-8" || value == u"utf8")
            options.encoding = TextEncoding::Utf8;
        else if (value == u"windows-1252" || value == u"cp1252" || value == u"windows1252")
            options.encoding = TextEncoding::Windows1252;
        else
            return Result<LedgerCsvOptions>::failure(
                tr("--encoding ska vara utf-8 eller windows-1252 (fick \"%1\").").arg(m_line.value(QStringLiteral("encoding"))));
    }
    if (m_line.isSet(QStringLiteral("separator"))) {
        const QString value = m_line.value(QStringLiteral("separator"));
        if (value == u";" || value == u"semikolon")
            options.separator = u';';
        else if (value == u"," || value == u"komma")
            options.separator = u',';
        else if (value == u"tab" || value == u"tabb" || value == u"\t")
            options.separator = u'\t';
        else
            return Result<LedgerCsvOptions>::failure(
                tr("--separator ska vara ';', ',' eller tab (fick \"%1\").").arg(value));
    }
    const bool header = m_line.isSet(QStringLiteral("header"));
    const bool noHeader = m_line.isSet(QStringLiteral("no-header"));
    if (header && noHeader)
        return Result<LedgerCsvOptions>::failure(tr("Ange antingen --header eller --no-header, inte båda."));
    if (header || noHeader)
        options.hasHeader = header;
    return options;
}

void ImportCsvCommand::printRead(const QString &path, const LedgerCsv &csv) const
{
    const QString header = csv.hasHeader ? tr("rubrikrad: %1").arg(csv.header.join(QStringLiteral("; ")))
                                         : tr("ingen rubrikrad");
    Console::out(tr("Läste %1: %2 rader, summa %3 (teckenkodning %4%5, avgränsare %6, %7).")
                     .arg(nativePath(path))
                     .arg(csv.rows.size())
                     .arg(money::formatKr(csv.totalOre()), textEncodingName(csv.encoding),
                          csv.hadBom ? tr(" med BOM") : QString(), separatorName(csv.separator), header));
}

ExitCode ImportCsvCommand::printBadRows(const QString &path, const LedgerCsv &csv) const
{
    if (!csv.fileError.isEmpty())
        return Console::fail(ExitCode::Usage, tr("%1 kan inte importeras: %2 Ingenting har ändrats.").arg(nativePath(path), csv.fileError));
    for (const LedgerCsvRow &row : csv.rows)
        if (!row.isValid())
            Console::err(tr("rad %1: %2").arg(row.lineNumber).arg(row.error));
    return Console::fail(ExitCode::Usage, tr("Ingenting importerades: %1 av %2 rader har fel. Rätta raderna och försök igen.")
                                     .arg(csv.invalidRowCount()).arg(csv.rows.size()));
}

ExitCode ImportCsvCommand::dryRun(const QString &party, int year, const LedgerCsv &csv) const
{
    storage::OpenError error;
    storage::OpenOptions readOnly;
    readOnly.forceReadOnly = true; // a dry run never writes, not even the writer lock
    const std::unique_ptr<storage::Database> db = storage::Database::open(m_line.database(), readOnly, &error);
    if (!db)
        return Console::fail(error.fault(), Concerning::Database);
    app::LedgerImport::Failure failure = app::LedgerImport::Failure::None;
    const auto target = app::LedgerImport::plan(*db, party, year, &failure);
    if (!target)
        return Console::fail(exitFor(failure), target.error());
    for (const LedgerCsvRow &row : csv.rows)
        Console::out(tr("rad %1: %2 · %3%4").arg(row.lineNumber).arg(row.category, money::format(row.amountOre),
                                                                      row.footnote.isEmpty() ? QString() : QString(QStringLiteral(" · ") + row.footnote)));
    Console::out(target->reportId
                     ? tr("Provkörning: %1 rader (%2) skulle läggas till i årsredovisningen %3 för %4 (utkast). Ingenting har skrivits.")
                           .arg(csv.rows.size()).arg(money::formatKr(csv.totalOre())).arg(year).arg(party)
                     : tr("Provkörning: %1 rader (%2) skulle läggas till i en ny årsredovisning %3 för %4. Ingenting har skrivits.")
                           .arg(csv.rows.size()).arg(money::formatKr(csv.totalOre())).arg(year).arg(party));
    return ExitCode::Ok;
}

ExitCode ImportCsvCommand::run()
{
    if (!m_line.isSet(QStringLiteral("party")) || !m_line.isSet(QStringLiteral("year")))
        return Console::fail(ExitCode::Usage, tr("Ange både --party NAMN och --year ÅR: raderna läggs i den partens "
                                        "årsredovisning för det året."));
    const QString party = m_line.value(QStringLiteral("party")).trimmed();
    const Result<std::optional<int>> year = m_line.integer(QStringLiteral("year"), 1900, 2200);
    if (!year)
        return Console::fail(ExitCode::Usage, year.error());
    const Result<LedgerCsvOptions> csvOptions = options();
    if (!csvOptions)
        return Console::fail(ExitCode::Usage, csvOptions.error());
    const QString path = m_line.arguments().value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Console::fail(ExitCode::Usage, QFileInfo::exists(path)
                                         ? tr("Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.").arg(nativePath(path))
                                         : tr("Filen %1 finns inte. Kontrollera namnet och mappen.").arg(nativePath(path)));
    // One byte over the limit is enough for the reader to refuse a file that is too large.
    LedgerCsvOptions readOptions = *csvOptions;
    readOptions.fileSize = file.size();
    const LedgerCsv csv = parseLedgerCsv(file.read(kLedgerCsvMaxBytes + 1), readOptions);
    if (!csv.isValid())
        return printBadRows(path, csv);
    printRead(path, csv);
    if (m_line.isSet(QStringLiteral("dry-run")))
        return dryRun(party, **year, csv);
    storage::OpenError error;
    const std::unique_ptr<storage::Database> db = storage::Database::open(m_line.database(), {}, &error);
    if (!db)
        return Console::fail(error.fault(), Concerning::Database);
    if (db->isReadOnly())
        return Console::fail(ExitCode::Database, db->readOnlyReason());
    app::LedgerImport::Failure failure = app::LedgerImport::Failure::None;
    const auto outcome = app::LedgerImport::run(*db, party, **year, app::LedgerImport::expenseLines(csv), &failure);
    if (!outcome)
        return Console::fail(exitFor(failure), tr("Ingenting importerades: %1").arg(outcome.error()));
    Console::out(outcome->created
                     ? tr("Importerade %1 rader (%2) till en ny årsredovisning %3 för %4 (utkast).")
                           .arg(outcome->lineCount).arg(money::formatKr(outcome->totalOre)).arg(**year).arg(party)
                     : tr("Importerade %1 rader (%2) till årsredovisningen %3 för %4 (utkast).")
                           .arg(outcome->lineCount).arg(money::formatKr(outcome->totalOre)).arg(**year).arg(party));
    return ExitCode::Ok;
}

} // namespace fhb::cli
