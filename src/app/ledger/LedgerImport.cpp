// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerImport.h"

#include "app/Logging.h"
#include "app/report/ReportDocument.h"

#include "storage/Database.h"
#include "storage/PartyStore.h"
#include "storage/ReportWriter.h"
#include "storage/ReportStore.h"

#include <memory>

namespace fhb::app {

namespace {

template<typename T>
Result<T> failed(LedgerImport::Failure *out, LedgerImport::Failure failure, const QString &reason)
{
    if (out)
        *out = failure;
    return Result<T>::failure(reason);
}

// Storage's refusals about the report itself are the user's to fix; the rest is the database's.
LedgerImport::Failure kindOf(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
    case ErrorKind::Locked:
    case ErrorKind::NotFound:
        return LedgerImport::Failure::Input;
    default:
        return LedgerImport::Failure::Database;
    }
}

} // namespace

QList<ExpenseLine> LedgerImport::expenseLines(const LedgerCsv &csv)
{
    QList<ExpenseLine> lines;
    for (const LedgerCsvRow &row : csv.rows)
        if (row.isValid())
            lines.append({0, row.category, row.amountOre, row.footnote});
    return lines;
}

Result<LedgerImportTarget> LedgerImport::plan(storage::Database &db, const QString &party, int year, Failure *failure)
{
    if (failure)
        *failure = Failure::None;
    const auto parties = storage::PartyStore(db).parties();
    if (!parties)
        return failed<LedgerImportTarget>(failure, Failure::Database, parties.error());
    const Party *found = nullptr;
    QStringList names;
    for (const Party &p : *parties) {
        if (p.name == party)
            found = &p;
        if (p.kind != PartyKind::Funder)
            names << p.name;
    }
    if (!found)
        return failed<LedgerImportTarget>(failure, Failure::Input,
                                          tr("Parten ”%1” finns inte i databasen. Skriv namnet exakt som under Parter: %2.")
                                              .arg(party, names.isEmpty() ? tr("(inga parter ännu)") : names.join(QStringLiteral(", "))));
    if (found->kind == PartyKind::Funder)
        return failed<LedgerImportTarget>(failure, Failure::Input,
                                          tr("%1 är finansiär och lämnar ingen årsredovisning. Välj den kommun, länsdel "
                                             "eller organisation som huvudboken gäller.").arg(party));
    if (year < 1900 || year > 2200)
        return failed<LedgerImportTarget>(failure, Failure::Input,
                                          tr("Året %1 kan inte användas: skriv ett år mellan 1900 och 2200.").arg(year));
    LedgerImportTarget target{party, year, std::nullopt};
    const storage::ReportStore store(db);
    const std::optional<qint64> id = store.findReport(party, year);
    if (!id)
        return target;
    const auto report = store.report(*id);
    if (!report)
        return failed<LedgerImportTarget>(failure, Failure::Database, report.error());
    if (report->status != ReportStatus::Draft)
        return failed<LedgerImportTarget>(
            failure, Failure::Input,
            tr("Årsredovisningen %1 för %2 är %3, så inga rader kan läggas till. Rader importeras bara till ett "
               "utkast; be den som godkänner att återöppna årsredovisningen först.")
                .arg(year).arg(party, reportStatusName(report->status).toLower()));
    target.reportId = *id;
    return target;
}

Result<qint64> LedgerImport::prepareReport(storage::Database &db, const QString &party, int year, bool *created,
                                           Failure *failure)
{
    if (created)
        *created = false;
    const auto target = plan(db, party, year, failure);
    if (!target)
        return Result<qint64>::failure(target.fault());
    if (target->reportId)
        return *target->reportId;
    storage::ReportWriter editor(db);
    const auto id = editor.createReport(party, year);
    if (!id)
        return failed<qint64>(failure, kindOf(id.errorKind()), id.error());
    if (created)
        *created = true;
    return *id;
}

Status LedgerImport::importInto(ReportDocument &document, const QList<ExpenseLine> &lines)
{
    if (document.report().status != ReportStatus::Draft)
        return document.refuse(tr("Årsredovisningen är %1, så inga rader kan läggas till. Rader importeras bara till "
                                  "ett utkast.").arg(reportStatusName(document.report().status).toLower()),
                               ErrorKind::Locked);
    return document.importExpenseLines(lines);
}

Result<LedgerImportOutcome> LedgerImport::run(storage::Database &db, const QString &party, int year,
                                              const QList<ExpenseLine> &lines, Failure *failure)
{
    if (lines.isEmpty())
        return failed<LedgerImportOutcome>(failure, Failure::Input, tr("Det finns inga rader att importera."));
    bool created = false;
    const auto id = prepareReport(db, party, year, &created, failure);
    if (!id)
        return Result<LedgerImportOutcome>::failure(id.fault());
    auto opened = ReportDocument::open(db, *id);
    if (!opened)
        return failed<LedgerImportOutcome>(failure, Failure::Database, opened.error());
    const std::unique_ptr<ReportDocument> document(opened.value());
    if (const Status s = importInto(*document, lines); !s) {
        const Failure kind = kindOf(s.errorKind());
        // The report made for this import goes again; if it cannot, an empty draft is left.
        if (created)
            if (const Status removed = storage::ReportWriter(db).deleteReport(*id, document->rowVersion()); !removed)
                qCWarning(lcLedger) << "the empty report made for the import stays:" << removed.error();
        return failed<LedgerImportOutcome>(failure, kind, s.error());
    }
    LedgerImportOutcome outcome{*id, created, int(lines.size()), 0};
    for (const ExpenseLine &line : lines)
        outcome.totalOre += line.amountOre;
    qCInfo(lcLedger) << "ledger import:" << outcome.lineCount << "lines into report" << *id << (created ? "(a new draft)" : "");
    return outcome;
}

} // namespace fhb::app
