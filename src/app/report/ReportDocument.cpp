// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "ExpenseLineModel.h"
#include "ParagraphListModel.h"
#include "ReportCommands.h"
#include "RevenueLineModel.h"

#include "domain/Checks.h"
#include "domain/Text.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"

namespace fhb::app {

using storage::EditFailure;

ReportDocument::ReportDocument(storage::Database &db, AnnualReport report, QObject *parent)
    : QObject(parent), m_db(db), m_editor(db), m_report(std::move(report))
{
    m_expenseModel = new ExpenseLineModel(this);
    m_expenseModel->setDocument(this);
    m_expenseModel->setLines(m_report.expenses);
    m_revenueModel = new RevenueLineModel(this);
    m_revenueModel->setDocument(this);
    m_revenueModel->setLines(m_report.revenues);
    m_eventModel = new ParagraphListModel(this, Narrative::Events, this);
    m_eventModel->reset(m_report.events);
    m_staffModel = new ParagraphListModel(this, Narrative::StaffResources, this);
    m_staffModel->reset(m_report.staffResources);
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
        return Result<ReportDocument *>::failure(report.error());
    storage::ReportWriter editor(db);
    const auto events = editor.paragraphIds(reportId, storage::ParagraphKind::Event);
    const auto staff = editor.paragraphIds(reportId, storage::ParagraphKind::StaffResource);
    if (!events || !staff)
        return Result<ReportDocument *>::failure(events ? staff.error() : events.error());
    auto *document = new ReportDocument(db, std::move(report.value()), parent);
    document->m_eventIds = *events;
    document->m_staffIds = *staff;
    return document;
}

Result<ReportDocument *> ReportDocument::create(storage::Database &db, const QString &party, int year,
                                                storage::NewReportContent content, QObject *parent)
{
    storage::ReportWriter editor(db);
    const auto id = editor.createReport(party, year, content);
    if (!id)
        return Result<ReportDocument *>::failure(id.error());
    return open(db, *id, parent);
}

ParagraphListModel *ReportDocument::paragraphModel(Narrative kind) const
{
    return kind == Narrative::Events ? m_eventModel : m_staffModel;
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
    return m_editor.expenseCategories();
}

QList<Finding> ReportDocument::completenessFindings() const
{
    return checks::completeness(m_report);
}

Status ReportDocument::refuse(const QString &reason, Failure failure)
{
    m_lastFailure = failure;
    Q_EMIT editRefused(reason);
    return Status::failure(reason);
}

Status ReportDocument::checkEditable()
{
    if (isEditable())
        return {};
    const Failure failure = m_db.isReadOnly() ? Failure::ReadOnly : m_report.isLocked() ? Failure::Locked : Failure::Stale;
    return refuse(notEditableReason(), failure);
}

Status ReportDocument::accept(const Result<storage::EditResult> &result)
{
    if (result) {
        m_report.rowVersion = result->rowVersion;
        m_lastFailure = Failure::None;
        return {};
    }
    if (m_editor.lastFailure() == Failure::Stale) {
        m_stale = true;
        m_expenseModel->editabilityChanged();
        m_revenueModel->editabilityChanged();
        m_eventModel->editabilityChanged();
        m_staffModel->editabilityChanged();
    }
    return refuse(result.error(), m_editor.lastFailure());
}

Status ReportDocument::execute(ReportEditCommand *command)
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

namespace {
bool validRow(int row, qsizetype count) { return row >= 0 && row < count; }

qsizetype lineCount(const AnnualReport &r)
{
    return r.expenses.size() + r.revenues.size() + r.events.size() + r.staffResources.size();
}

// The total with `amount` in place of line `replacing` (-1: added), in 128 bits.
template<typename Lines>
WideInt totalWith(const Lines &lines, Ore amount, int replacing)
{
    WideInt total = amount;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (i != replacing)
            total += lines.at(i).amountOre;
    return total;
}
} // namespace

QString ReportDocument::expenseProblem(const ExpenseLine &line, int replacing) const
{
    if (const QString p = fhb::text::problem(line.category, fhb::text::TextKind::Line); !p.isEmpty())
        return tr("Kategorin %1.").arg(p);
    if (const QString p = fhb::text::problem(line.footnote, fhb::text::TextKind::Footnote); !p.isEmpty())
        return tr("Fotnoten %1.").arg(p);
    return amountProblem(m_report.expenses, line.amountOre, replacing,
                         tr("Summan av utgifterna blir större än det högsta tillåtna beloppet %1."));
}

QString ReportDocument::revenueProblem(const RevenueLine &line, int replacing) const
{
    if (const QString p = fhb::text::problem(line.source, fhb::text::TextKind::Line); !p.isEmpty())
        return tr("Källan %1.").arg(p);
    if (const QString p = fhb::text::problem(line.note, fhb::text::TextKind::Footnote); !p.isEmpty())
        return tr("Noten %1.").arg(p);
    return amountProblem(m_report.revenues, line.amountOre, replacing,
                         tr("Summan av intäkterna blir större än det högsta tillåtna beloppet %1."));
}

// What an expense and a revenue line share: the line's amount, its list's total, the report's size.
template <typename Line>
QString ReportDocument::amountProblem(const QList<Line> &lines, Ore amount, int replacing, const QString &sumTooLarge) const
{
    if (amount < 0 || amount > kMaxAmountOre)
        return tr("Beloppet är för stort: en rad får vara högst %1.").arg(money::formatKr(kMaxAmountOre));
    if (totalWith(lines, amount, replacing) > WideInt(kMaxAmountOre))
        return sumTooLarge.arg(money::formatKr(kMaxAmountOre));
    if (replacing < 0 && lineCount(m_report) >= kMaxReportLines)
        return tr("Årsredovisningen har redan %1 rader och stycken, det högsta som tillåts.").arg(kMaxReportLines);
    return {};
}

QString ReportDocument::paragraphProblem(const QString &text, bool adding) const
{
    if (const QString p = fhb::text::problem(text, fhb::text::TextKind::Paragraph); !p.isEmpty())
        return tr("Stycket %1.").arg(p);
    if (adding && lineCount(m_report) >= kMaxReportLines)
        return tr("Årsredovisningen har redan %1 rader och stycken, det högsta som tillåts.").arg(kMaxReportLines);
    return {};
}

QString ReportDocument::signatureProblem(const Signature &signature) const
{
    for (const QString &field : {signature.onBehalfOfName, signature.onBehalfOfTitle, signature.preparedByName,
                                 signature.preparedByTitle})
        if (const QString p = fhb::text::problem(field, fhb::text::TextKind::Line); !p.isEmpty())
            return tr("Underskriften %1.").arg(p);
    return {};
}

Status ReportDocument::insertExpenseLine(int row, const ExpenseLine &line)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (row < 0 || row > m_report.expenses.size())
        return refuse(tr("Raden kan inte läggas till där: den platsen finns inte."));
    ExpenseLine fresh = line;
    fresh.id = 0;
    if (const QString problem = expenseProblem(fresh, -1); !problem.isEmpty())
        return refuse(problem);
    return execute(new AddRemoveExpenseLine(this, AddRemoveExpenseLine::Action::Add, row, fresh));
}

Status ReportDocument::setExpenseLine(int row, const ExpenseLine &line)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(row, m_report.expenses.size()))
        return refuse(tr("Raden finns inte längre i årsredovisningen."));
    const ExpenseLine before = m_report.expenses.at(row);
    if (before.sameContent(line))
        return {};
    ExpenseLine after = line;
    after.id = before.id;
    if (const QString problem = expenseProblem(after, row); !problem.isEmpty())
        return refuse(problem);
    return execute(new ChangeExpenseLine(this, row, before, after));
}

Status ReportDocument::removeExpenseLine(int row)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(row, m_report.expenses.size()))
        return refuse(tr("Raden finns inte längre i årsredovisningen."));
    return execute(new AddRemoveExpenseLine(this, AddRemoveExpenseLine::Action::Remove, row, m_report.expenses.at(row)));
}

Status ReportDocument::moveExpenseLine(int from, int to)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(from, m_report.expenses.size()) || !validRow(to, m_report.expenses.size()))
        return refuse(tr("Raden kan inte flyttas dit: den platsen finns inte."));
    if (from == to)
        return {};
    return execute(new MoveExpenseLine(this, from, to));
}

Status ReportDocument::insertRevenueLine(int row, const RevenueLine &line)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (row < 0 || row > m_report.revenues.size())
        return refuse(tr("Raden kan inte läggas till där: den platsen finns inte."));
    RevenueLine fresh = line;
    fresh.id = 0;
    if (const QString problem = revenueProblem(fresh, -1); !problem.isEmpty())
        return refuse(problem);
    return execute(new AddRemoveRevenueLine(this, AddRemoveRevenueLine::Action::Add, row, fresh));
}

Status ReportDocument::setRevenueLine(int row, const RevenueLine &line)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(row, m_report.revenues.size()))
        return refuse(tr("Raden finns inte längre i årsredovisningen."));
    const RevenueLine before = m_report.revenues.at(row);
    if (before.sameContent(line))
        return {};
    RevenueLine after = line;
    after.id = before.id;
    if (const QString problem = revenueProblem(after, row); !problem.isEmpty())
        return refuse(problem);
    return execute(new ChangeRevenueLine(this, row, before, after));
}

Status ReportDocument::removeRevenueLine(int row)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(row, m_report.revenues.size()))
        return refuse(tr("Raden finns inte längre i årsredovisningen."));
    return execute(new AddRemoveRevenueLine(this, AddRemoveRevenueLine::Action::Remove, row, m_report.revenues.at(row)));
}

Status ReportDocument::moveRevenueLine(int from, int to)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(from, m_report.revenues.size()) || !validRow(to, m_report.revenues.size()))
        return refuse(tr("Raden kan inte flyttas dit: den platsen finns inte."));
    if (from == to)
        return {};
    return execute(new MoveRevenueLine(this, from, to));
}

Status ReportDocument::insertParagraph(Narrative kind, int row, const QString &text)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (row < 0 || row > paragraphs(kind).size())
        return refuse(tr("Stycket kan inte läggas till där: den platsen finns inte."));
    if (const QString problem = paragraphProblem(text, true); !problem.isEmpty())
        return refuse(problem);
    return execute(new AddRemoveParagraph(this, AddRemoveParagraph::Action::Add, kind, row, text));
}

Status ReportDocument::setParagraph(Narrative kind, int row, const QString &text)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(row, paragraphs(kind).size()))
        return refuse(tr("Stycket finns inte längre i årsredovisningen."));
    if (paragraphs(kind).at(row) == text)
        return {};
    if (const QString problem = paragraphProblem(text, false); !problem.isEmpty())
        return refuse(problem);
    return execute(new ChangeParagraph(this, kind, row, paragraphs(kind).at(row), text));
}

Status ReportDocument::removeParagraph(Narrative kind, int row)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(row, paragraphs(kind).size()))
        return refuse(tr("Stycket finns inte längre i årsredovisningen."));
    return execute(new AddRemoveParagraph(this, AddRemoveParagraph::Action::Remove, kind, row, paragraphs(kind).at(row),
                                          paragraphIds(kind).value(row)));
}

Status ReportDocument::moveParagraph(Narrative kind, int from, int to)
{
    if (const Status s = checkEditable(); !s)
        return s;
    if (!validRow(from, paragraphs(kind).size()) || !validRow(to, paragraphs(kind).size()))
        return refuse(tr("Stycket kan inte flyttas dit: den platsen finns inte."));
    if (from == to)
        return {};
    return execute(new MoveParagraph(this, kind, from, to));
}

QStringList &ReportDocument::paragraphs(Narrative kind)
{
    return kind == Narrative::Events ? m_report.events : m_report.staffResources;
}

QList<qint64> &ReportDocument::paragraphIds(Narrative kind)
{
    return kind == Narrative::Events ? m_eventIds : m_staffIds;
}

storage::ParagraphKind ReportDocument::storageKind(Narrative kind)
{
    return kind == Narrative::Events ? storage::ParagraphKind::Event : storage::ParagraphKind::StaffResource;
}

} // namespace fhb::app
