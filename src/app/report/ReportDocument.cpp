// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "ImportExpenseLines.h"
#include "ReportCommands.h"
#include "ReportInput.h"

#include "domain/Checks.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"

#include <QSet>

namespace fhb::app {

namespace {

constexpr ReportList kLists[] = {ReportList::Expenses, ReportList::Revenues, ReportList::Events,
                                 ReportList::StaffResources};

bool validRow(int row, qsizetype count) { return row >= 0 && row < count; }

template<typename T>
T as(const ReportRow &value)
{
    const T *row = std::get_if<T>(&value);
    return row ? *row : T{};
}

// Applies one change of a list to `items`, the in-memory copy of that list (or its ids).
template<typename Items, typename Item>
void applyChange(Items &items, ReportDocument::RowChange change, int row, int to, const Item &item)
{
    using Change = ReportDocument::RowChange;
    if (change == Change::Inserted)
        items.insert(row, item);
    else if (change == Change::Changed)
        items[row] = item;
    else if (change == Change::Removed)
        items.removeAt(row);
    else if (change == Change::Moved)
        items.move(row, to);
}

// The ids of both narrative lists, read from the database.
Result<std::pair<QList<qint64>, QList<qint64>>> paragraphIds(storage::ReportWriter &writer, qint64 reportId)
{
    const auto events = writer.rowIds(reportId, ReportList::Events);
    const auto staff = writer.rowIds(reportId, ReportList::StaffResources);
    if (!events || !staff)
        return Result<std::pair<QList<qint64>, QList<qint64>>>::failure(events ? staff.fault() : events.fault());
    return std::pair(*events, *staff);
}

} // namespace

ReportDocument::ReportDocument(storage::Database &db, AnnualReport report, QObject *parent)
    : QObject(parent), m_db(db), m_writer(db), m_report(std::move(report))
{
}

ReportDocument::~ReportDocument()
{
    // Commands refer to the document: drop them while it is still whole.
    m_undoStack.clear();
}

Result<ReportDocument *> ReportDocument::open(storage::Database &db, qint64 reportId, QObject *parent)
{
    auto report = storage::ReportStore(db).report(reportId);
    if (!report)
        return Result<ReportDocument *>::failure(report.fault());
    storage::ReportWriter writer(db);
    const auto ids = paragraphIds(writer, reportId);
    if (!ids)
        return Result<ReportDocument *>::failure(ids.fault());
    auto *document = new ReportDocument(db, std::move(report.value()), parent);
    std::tie(document->m_eventIds, document->m_staffIds) = *ids;
    return document;
}

Result<ReportDocument *> ReportDocument::create(storage::Database &db, const QString &party, int year,
                                                storage::NewReportContent content, QObject *parent)
{
    const auto id = storage::ReportWriter(db).createReport(party, year, content);
    if (!id)
        return Result<ReportDocument *>::failure(id.fault());
    return open(db, *id, parent);
}

int ReportDocument::rowCount(ReportList list) const
{
    switch (list) {
    case ReportList::Expenses: return int(m_report.expenses.size());
    case ReportList::Revenues: return int(m_report.revenues.size());
    case ReportList::Events: return int(m_report.events.size());
    case ReportList::StaffResources: return int(m_report.staffResources.size());
    }
    return 0;
}

ReportRow ReportDocument::row(ReportList list, int row) const
{
    if (!validRow(row, rowCount(list)))
        return emptyRow(list);
    switch (list) {
    case ReportList::Expenses: return m_report.expenses.at(row);
    case ReportList::Revenues: return m_report.revenues.at(row);
    case ReportList::Events: return ReportParagraph{m_eventIds.value(row), m_report.events.at(row)};
    case ReportList::StaffResources: return ReportParagraph{m_staffIds.value(row), m_report.staffResources.at(row)};
    }
    return emptyRow(list);
}

QList<ReportRow> ReportDocument::rows(ReportList list) const
{
    QList<ReportRow> result;
    for (int i = 0; i < rowCount(list); ++i)
        result.append(row(list, i));
    return result;
}

void ReportDocument::store(ReportList list, RowChange change, int row, const ReportRow &value, int to)
{
    switch (list) {
    case ReportList::Expenses: applyChange(m_report.expenses, change, row, to, as<ExpenseLine>(value)); break;
    case ReportList::Revenues: applyChange(m_report.revenues, change, row, to, as<RevenueLine>(value)); break;
    case ReportList::Events:
        applyChange(m_report.events, change, row, to, as<ReportParagraph>(value).text);
        applyChange(m_eventIds, change, row, to, rowId(value));
        break;
    case ReportList::StaffResources:
        applyChange(m_report.staffResources, change, row, to, as<ReportParagraph>(value).text);
        applyChange(m_staffIds, change, row, to, rowId(value));
        break;
    }
    Q_EMIT rowsChanged(list, change, row, to);
}

bool ReportDocument::isEditable() const
{
    return !m_db.isReadOnly() && !m_report.isLocked() && !m_stale;
}

QString ReportDocument::notEditableReason() const
{
    if (m_db.isReadOnly())
        return m_db.readOnlyReason();
    if (m_report.isLocked())
        return tr("Årsredovisningen är godkänd och därför låst: varken den eller dess rader kan ändras. "
                  "Be en controller att öppna den igen (med en orsak) om något måste rättas.");
    if (m_stale)
        return tr("Någon annan har ändrat årsredovisningen sedan du öppnade den. Läs in den igen innan du "
                  "fortsätter att ändra.");
    return {};
}

QStringList ReportDocument::expenseCategories() const
{
    return m_writer.expenseCategories();
}

QList<Finding> ReportDocument::completenessFindings() const
{
    return checks::completeness(m_report);
}

Status ReportDocument::refuse(const QString &reason, ErrorKind kind)
{
    Q_EMIT editRefused(reason);
    return Status::failure(kind, reason);
}

Status ReportDocument::checkEditable()
{
    if (isEditable())
        return {};
    const ErrorKind kind = m_db.isReadOnly() ? ErrorKind::ReadOnly : m_report.isLocked() ? ErrorKind::Locked : ErrorKind::Conflict;
    return refuse(notEditableReason(), kind);
}

Status ReportDocument::accept(const Result<storage::EditResult> &result)
{
    if (result) {
        m_report.rowVersion = result->rowVersion;
        return {};
    }
    if (result.errorKind() == ErrorKind::Conflict) {
        m_stale = true;
        Q_EMIT editabilityChanged();
    }
    return refuse(result.error(), result.errorKind());
}

Status ReportDocument::execute(WriteFirstCommand *command)
{
    const Status s = command->applyFirst();
    if (!s) {
        delete command;
        return s;
    }
    m_undoStack.push(command);
    return {};
}

// Public edits: validate, then write once through a command that is pushed on success.

Status ReportDocument::setPeriod(const QDate &start, const QDate &end)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (start == m_report.periodStart && end == m_report.periodEnd)
        return {};
    return execute(new ChangePeriod(this, m_report.periodStart, m_report.periodEnd, start, end));
}

Status ReportDocument::setSignature(const Signature &signature)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (signature == m_report.signature)
        return {};
    if (const QString problem = signatureProblem(signature); !problem.isEmpty())
        return refuse(problem);
    return execute(new ChangeSignature(this, m_report.signature, signature));
}

Status ReportDocument::insertRow(ReportList list, int row, const ReportRow &value)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (row < 0 || row > rowCount(list))
        return refuse(isNarrative(list) ? tr("Stycket kan inte läggas till där: den platsen finns inte.")
                                        : tr("Raden kan inte läggas till där: den platsen finns inte."));
    if (value.index() != emptyRow(list).index())
        return refuse(tr("Raden hör inte till den listan."));
    ReportRow fresh = value;
    setRowId(fresh, 0);
    if (const QString problem = rowProblem(m_report, fresh, -1); !problem.isEmpty())
        return refuse(problem);
    return execute(new AddRemoveRow(this, AddRemoveRow::Action::Add, list, row, fresh));
}

Status ReportDocument::setRow(ReportList list, int row, const ReportRow &value)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(row, rowCount(list)))
        return refuse(isNarrative(list) ? tr("Stycket finns inte längre i årsredovisningen.")
                                        : tr("Raden finns inte längre i årsredovisningen."));
    if (value.index() != emptyRow(list).index())
        return refuse(tr("Raden hör inte till den listan."));
    const ReportRow before = this->row(list, row);
    if (sameContent(before, value))
        return {};
    ReportRow after = value;
    setRowId(after, rowId(before));
    if (const QString problem = rowProblem(m_report, after, row); !problem.isEmpty())
        return refuse(problem);
    return execute(new ChangeRow(this, list, row, before, after));
}

Status ReportDocument::removeRow(ReportList list, int row)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(row, rowCount(list)))
        return refuse(isNarrative(list) ? tr("Stycket finns inte längre i årsredovisningen.")
                                        : tr("Raden finns inte längre i årsredovisningen."));
    return execute(new AddRemoveRow(this, AddRemoveRow::Action::Remove, list, row, this->row(list, row)));
}

Status ReportDocument::moveRow(ReportList list, int from, int to)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(from, rowCount(list)) || !validRow(to, rowCount(list)))
        return refuse(isNarrative(list) ? tr("Stycket kan inte flyttas dit: den platsen finns inte.")
                                        : tr("Raden kan inte flyttas dit: den platsen finns inte."));
    if (from == to)
        return {};
    return execute(new MoveRow(this, list, from, to));
}

Status ReportDocument::importExpenseLines(const QList<ExpenseLine> &lines)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (lines.isEmpty())
        return refuse(tr("Det finns inga rader att importera."));
    QList<ExpenseLine> fresh = lines;
    for (ExpenseLine &line : fresh) {
        if (line.amountOre < 0)
            return refuse(tr("Beloppet för %1 är negativt; en utgift är noll eller mer.").arg(line.category));
        line.id = 0;
    }
    return execute(new ImportExpenseLines(this, fresh));
}

// The writes behind the commands: database first, then the in-memory report and its listeners.

Status ReportDocument::applyPeriod(const QDate &start, const QDate &end)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_writer.setPeriod(m_report.id, m_report.rowVersion, start, end)); !s)
        return s;
    m_report.periodStart = start;
    m_report.periodEnd = end;
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applySignature(const Signature &signature)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_writer.setSignature(m_report.id, m_report.rowVersion, signature)); !s)
        return s;
    m_report.signature = signature;
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyInsert(ReportList list, int row, const ReportRow &value)
{
    if (const Status s = checkEditable(); !s)
        return s;
    const auto result = m_writer.insertRow(m_report.id, m_report.rowVersion, list, row, value);
    if (const Status s = accept(result); !s)
        return s;
    ReportRow stored = value;
    setRowId(stored, result->rowId);
    store(list, RowChange::Inserted, row, stored);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyUpdate(ReportList list, int row, const ReportRow &value)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_writer.updateRow(m_report.id, m_report.rowVersion, list, row, value)); !s)
        return s;
    ReportRow stored = value;
    setRowId(stored, rowId(this->row(list, row)));
    store(list, RowChange::Changed, row, stored);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyRemove(ReportList list, int row)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_writer.removeRow(m_report.id, m_report.rowVersion, list, row)); !s)
        return s;
    store(list, RowChange::Removed, row);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyMove(ReportList list, int from, int to)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (const Status s = accept(m_writer.moveRow(m_report.id, m_report.rowVersion, list, from, to)); !s)
        return s;
    store(list, RowChange::Moved, from, {}, to);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyAppendExpenses(const QList<ExpenseLine> &lines, QList<qint64> *ids)
{
    if (const Status s = checkEditable(); !s)
        return s;
    const auto result = m_writer.appendExpenseLines(m_report.id, m_report.rowVersion, lines);
    if (const Status s = accept(result ? Result<storage::EditResult>(storage::EditResult{result->rowVersion, 0})
                                       : Result<storage::EditResult>::failure(result.fault())); !s)
        return s;
    *ids = result->rowIds;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ExpenseLine stored = lines.at(i);
        stored.id = ids->value(i);
        store(ReportList::Expenses, RowChange::Inserted, rowCount(ReportList::Expenses), stored);
    }
    Q_EMIT changed();
    return {};
}

Status ReportDocument::applyRemoveExpenses(const QList<qint64> &ids)
{
    if (const Status s = checkEditable(); !s)
        return s;
    const auto result = m_writer.removeExpenseLines(m_report.id, m_report.rowVersion, ids);
    if (const Status s = accept(result ? Result<storage::EditResult>(storage::EditResult{result->rowVersion, 0})
                                       : Result<storage::EditResult>::failure(result.fault())); !s)
        return s;
    const QSet<qint64> removed(ids.cbegin(), ids.cend());
    for (int row = rowCount(ReportList::Expenses) - 1; row >= 0; --row)
        if (removed.contains(m_report.expenses.at(row).id))
            store(ReportList::Expenses, RowChange::Removed, row);
    Q_EMIT changed();
    return {};
}

// Workflow: ReportStore does the status change; the document guards it with its row version.

Status ReportDocument::checkCurrent()
{
    if (m_db.isReadOnly())
        return refuse(m_db.readOnlyReason(), ErrorKind::ReadOnly);
    const auto version = m_writer.rowVersion(m_report.id);
    if (!version)
        return refuse(version.error(), ErrorKind::NotFound);
    if (m_stale || *version != m_report.rowVersion) {
        m_stale = true;
        return refuse(tr("Någon annan har ändrat årsredovisningen sedan du öppnade den. Läs in den igen "
                         "och försök sedan på nytt."), ErrorKind::Conflict);
    }
    return {};
}

Status ReportDocument::submit()
{
    if (const Status s = checkCurrent(); !s)
        return s;
    if (m_report.status == ReportStatus::Approved)
        return refuse(notEditableReason(), ErrorKind::Locked);
    if (m_report.status == ReportStatus::Submitted)
        return {};
    QStringList errors;
    for (const Finding &finding : checks::completeness(m_report))
        if (finding.severity == Severity::Error)
            errors.append(QStringLiteral("• ") + finding.message);
    if (!errors.isEmpty())
        return refuse(tr("Årsredovisningen kan inte skickas in än:\n%1\nRätta detta och försök igen.").arg(errors.join(u'\n')));
    if (const Status s = storage::ReportStore(m_db).setStatus(m_report.id, ReportStatus::Submitted); !s)
        return refuse(s.error(), ErrorKind::Io);
    return refreshAfterWorkflow();
}

Status ReportDocument::approve()
{
    if (const Status s = checkCurrent(); !s)
        return s;
    if (m_report.status == ReportStatus::Approved)
        return {};
    for (const Finding &finding : checks::completeness(m_report))
        if (finding.severity == Severity::Error)
            return refuse(tr("Årsredovisningen kan inte godkännas: %1").arg(finding.message));
    if (const Status s = storage::ReportStore(m_db).setStatus(m_report.id, ReportStatus::Approved); !s)
        return refuse(s.error(), ErrorKind::Io);
    m_undoStack.clear();
    return refreshAfterWorkflow();
}

Status ReportDocument::reopen(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return refuse(tr("Skriv varför årsredovisningen öppnas igen. Orsaken sparas i ändringsloggen."));
    if (const Status s = checkCurrent(); !s)
        return s;
    if (const Status s = storage::ReportStore(m_db).reopen(m_report.id, reason, ReportStatus::Draft); !s)
        return refuse(s.error(), m_report.isLocked() ? ErrorKind::Io : ErrorKind::Invalid);
    m_undoStack.clear();
    return refreshAfterWorkflow();
}

Status ReportDocument::refreshAfterWorkflow()
{
    const auto report = storage::ReportStore(m_db).report(m_report.id);
    if (!report)
        return refuse(report.error(), ErrorKind::NotFound);
    m_report.status = report->status;
    m_report.rowVersion = report->rowVersion;
    Q_EMIT editabilityChanged();
    Q_EMIT statusChanged(m_report.status);
    Q_EMIT changed();
    return {};
}

Status ReportDocument::reload()
{
    auto report = storage::ReportStore(m_db).report(m_report.id);
    if (!report)
        return refuse(report.error(), ErrorKind::NotFound);
    const auto ids = paragraphIds(m_writer, m_report.id);
    if (!ids)
        return refuse(ids.error(), ErrorKind::Io);
    m_undoStack.clear();
    const ReportStatus oldStatus = m_report.status;
    m_report = std::move(report.value());
    std::tie(m_eventIds, m_staffIds) = *ids;
    m_stale = false;
    for (const ReportList list : kLists)
        Q_EMIT rowsChanged(list, RowChange::Reset, 0, 0);
    if (oldStatus != m_report.status)
        Q_EMIT statusChanged(m_report.status);
    Q_EMIT changed();
    return {};
}

} // namespace fhb::app
