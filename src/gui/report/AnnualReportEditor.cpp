// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualReportEditor.h"

#include "gui/widgets/AmountDelegate.h"
#include "CategoryDelegate.h"
#include "gui/widgets/ItemViewKeys.h"
#include "ParagraphDelegate.h"
#include "RevenueKindDelegate.h"
#include "gui/widgets/TableSetup.h"
#include "app/report/ExpenseLineModel.h"
#include "app/Icons.h"
#include "app/report/ParagraphListModel.h"
#include "app/report/ReportCommands.h"
#include "app/report/ReportDocument.h"
#include "app/report/RevenueLineModel.h"
#include "app/StatusLook.h"
#include "domain/Checks.h"
#include "ui_AnnualReportEditor.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>

namespace fhb::gui {

using app::ExpenseLineModel;
using app::ReportDocument;
using app::RevenueLineModel;

namespace {
const QString kBannerStyle = QStringLiteral("#%1 { background-color: rgba(%2, 40); border: 1px solid rgb(%2); border-radius: 4px; }");

// The report in `data` replaced by (or added as) `report`.
void putReport(Dataset &data, const AnnualReport &report)
{
    for (AnnualReport &existing : data.reports) {
        if (existing.party == report.party && existing.year == report.year) {
            existing = report;
            return;
        }
    }
    data.reports.append(report);
}
} // namespace

AnnualReportEditor::AnnualReportEditor(ReportDocument *document, const Dataset &data, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AnnualReportEditor>())
    , m_document(document)
    , m_data(data)
{
    m_document->setParent(this);
    m_ui->setupUi(this);
    setObjectName(QString(u"report:" % party() % u':' % QString::number(year())));
    m_ui->titleLabel->setFont(scaledFont(this, 1.5, true));
    m_ui->lockBannerIcon->setPixmap(app::icon(app::IconId::ReportApproved).pixmap(20, 20));
    m_ui->refusalBanner->setStyleSheet(kBannerStyle.arg(QStringLiteral("refusalBanner"), QStringLiteral("198, 40, 40")));
    m_ui->refusalBannerIcon->setPixmap(app::icon(app::IconId::StatusShort).pixmap(20, 20));
    m_ui->refusalBanner->hide();
    setUpTables();
    setUpNarrative();
    setUpFields();

    connect(m_document, &ReportDocument::changed, this, &AnnualReportEditor::refresh);
    // A refusal stays until the next edit that succeeds.
    connect(m_document, &ReportDocument::changed, m_ui->refusalBanner, &QWidget::hide);
    connect(m_document, &ReportDocument::editRefused, this, &AnnualReportEditor::showRefusal);
    connect(m_ui->refusalCloseButton, &QToolButton::clicked, m_ui->refusalBanner, &QWidget::hide);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &AnnualReportEditor::reopenRequested);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        if (const Status reloaded = m_document->reload(); !reloaded)
            showRefusal(reloaded.error());
        else
            m_ui->refusalBanner->hide();
        refresh();
    });
    refresh();
}

AnnualReportEditor::~AnnualReportEditor() = default;

QString AnnualReportEditor::party() const
{
    return m_document->report().party;
}

int AnnualReportEditor::year() const
{
    return m_document->report().year;
}

QString AnnualReportEditor::title() const
{
    return tr("Årsredovisning %1 — %2").arg(year()).arg(party());
}

QString AnnualReportEditor::shortTitle() const
{
    return QString(party() % u' ' % QString::number(year()));
}

AmountDelegate *AnnualReportEditor::setUpLineTable(QTableView *view, QAbstractItemModel *model, int amountColumn)
{
    view->setModel(model);
    setUpReadOnlyTable(view);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto *amounts = new AmountDelegate(view);
    view->setItemDelegateForColumn(amountColumn, amounts);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AnnualReportEditor::fitTables);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AnnualReportEditor::fitTables);
    connect(model, &QAbstractItemModel::modelReset, this, &AnnualReportEditor::fitTables);
    // Totals follow the amount being typed, before it is stored.
    const bool isExpense = view == m_ui->expensesView;
    connect(amounts, &AmountDelegate::refused, this, &AnnualReportEditor::showRefusal);
    connect(amounts, &AmountDelegate::previewEnded, this, [this] { refreshSummary(); });
    connect(amounts, &AmountDelegate::preview, this, [this, isExpense](const QModelIndex &index, std::optional<Ore> amount) {
        AnnualReport preview = m_document->report();
        const int row = index.row();
        if (amount && isExpense && row >= 0 && row < preview.expenses.size())
            preview.expenses[row].amountOre = *amount;
        else if (amount && !isExpense && row >= 0 && row < preview.revenues.size())
            preview.revenues[row].amountOre = *amount;
        refreshSummary(preview);
    });
    return amounts;
}

void AnnualReportEditor::setUpTables()
{
    QTableView *expenses = m_ui->expensesView;
    setUpLineTable(expenses, new ExpenseLineModel(m_document), ExpenseLineModel::AmountColumn);
    expenses->setItemDelegateForColumn(ExpenseLineModel::CategoryColumn,
                                       new CategoryDelegate([this] { return m_document->expenseCategories(); }, expenses));
    QHeaderView *header = expenses->horizontalHeader();
    header->setSectionResizeMode(ExpenseLineModel::CategoryColumn, QHeaderView::Interactive);
    header->resizeSection(ExpenseLineModel::CategoryColumn, 220);
    header->setSectionResizeMode(ExpenseLineModel::AmountColumn, QHeaderView::Interactive);
    header->resizeSection(ExpenseLineModel::AmountColumn, 140);
    header->setSectionResizeMode(ExpenseLineModel::FootnoteColumn, QHeaderView::Stretch);

    QTableView *revenues = m_ui->revenuesView;
    setUpLineTable(revenues, new RevenueLineModel(m_document), RevenueLineModel::AmountColumn);
    revenues->setItemDelegateForColumn(RevenueLineModel::KindColumn, new RevenueKindDelegate(revenues));
    QHeaderView *revenueHeader = revenues->horizontalHeader();
    revenueHeader->setSectionResizeMode(QHeaderView::Interactive);
    revenueHeader->resizeSection(RevenueLineModel::SourceColumn, 260);
    revenueHeader->resizeSection(RevenueLineModel::KindColumn, 170);
    revenueHeader->resizeSection(RevenueLineModel::AmountColumn, 140);
    revenueHeader->setStretchLastSection(true);

    wireButtons(new ItemViewKeys(expenses), m_ui->expenseAddButton, m_ui->expenseRemoveButton, m_ui->expenseUpButton,
                m_ui->expenseDownButton);
    wireButtons(new ItemViewKeys(revenues), m_ui->revenueAddButton, m_ui->revenueRemoveButton, m_ui->revenueUpButton,
                m_ui->revenueDownButton);
}

void AnnualReportEditor::setUpNarrative()
{
    const QList<std::pair<QListView *, ReportList>> lists = {{m_ui->eventsView, ReportList::Events},
                                                             {m_ui->staffView, ReportList::StaffResources}};
    for (const auto &[view, list] : lists) {
        view->setModel(new app::ParagraphListModel(m_document, list));
        view->setItemDelegate(new ParagraphDelegate(view));
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        view->setSpacing(2);
    }
    wireButtons(new ItemViewKeys(m_ui->eventsView), m_ui->eventsAddButton, m_ui->eventsRemoveButton,
                m_ui->eventsUpButton, m_ui->eventsDownButton);
    wireButtons(new ItemViewKeys(m_ui->staffView), m_ui->staffAddButton, m_ui->staffRemoveButton,
                m_ui->staffUpButton, m_ui->staffDownButton);
}

void AnnualReportEditor::setUpFields()
{
    connect(m_ui->periodStartEdit, &QDateEdit::editingFinished, this, &AnnualReportEditor::commitPeriod);
    connect(m_ui->periodEndEdit, &QDateEdit::editingFinished, this, &AnnualReportEditor::commitPeriod);
    // The signature is written while it is typed (after a short pause), not only when the field
    // is left, so that a crash or a killed process loses at most the last moment of typing.
    auto *typingPause = m_signatureTyping = new QTimer(this);
    typingPause->setSingleShot(true);
    typingPause->setInterval(app::kTypingCommitMs);
    connect(typingPause, &QTimer::timeout, this, &AnnualReportEditor::commitSignature);
    for (QLineEdit *edit : {m_ui->onBehalfOfNameEdit, m_ui->onBehalfOfTitleEdit, m_ui->preparedByNameEdit,
                            m_ui->preparedByTitleEdit}) {
        connect(edit, &QLineEdit::textEdited, typingPause, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::editingFinished, typingPause, &QTimer::stop);
        connect(edit, &QLineEdit::editingFinished, edit, [edit] {
            if (edit->text() != edit->text().trimmed())
                edit->setText(edit->text().trimmed());
        });
        connect(edit, &QLineEdit::editingFinished, this, &AnnualReportEditor::commitSignature);
    }
}

void AnnualReportEditor::wireButtons(ItemViewKeys *keys, QToolButton *add, QToolButton *remove, QToolButton *up,
                                     QToolButton *down)
{
    add->setIcon(app::icon(app::IconId::Add));
    remove->setIcon(app::icon(app::IconId::Remove));
    up->setIcon(app::icon(app::IconId::Up));
    down->setIcon(app::icon(app::IconId::Down));
    connect(add, &QToolButton::clicked, keys, &ItemViewKeys::addLine);
    connect(remove, &QToolButton::clicked, keys, &ItemViewKeys::removeLine);
    connect(up, &QToolButton::clicked, keys, &ItemViewKeys::moveUp);
    connect(down, &QToolButton::clicked, keys, &ItemViewKeys::moveDown);
}

void AnnualReportEditor::commitPeriod()
{
    const AnnualReport &report = m_document->report();
    const QDate start = m_ui->periodStartEdit->date();
    const QDate end = m_ui->periodEndEdit->date();
    if (start == report.periodStart && end == report.periodEnd)
        return;
    if (!m_document->setPeriod(start, end))
        refresh();
}

void AnnualReportEditor::commitSignature()
{
    Signature signature;
    signature.onBehalfOfName = m_ui->onBehalfOfNameEdit->text().trimmed();
    signature.onBehalfOfTitle = m_ui->onBehalfOfTitleEdit->text().trimmed();
    signature.preparedByName = m_ui->preparedByNameEdit->text().trimmed();
    signature.preparedByTitle = m_ui->preparedByTitleEdit->text().trimmed();
    if (signature == m_document->report().signature)
        return;
    if (!m_document->setSignature(signature))
        refresh();
}

void AnnualReportEditor::refresh()
{
    const AnnualReport &report = m_document->report();
    putReport(m_data, report);
    m_ui->titleLabel->setText(title());
    m_ui->reportStatusChip->setLook(app::reportStatusLook(report.status));
    for (QDateEdit *edit : {m_ui->periodStartEdit, m_ui->periodEndEdit}) {
        const QSignalBlocker blocker(edit);
        edit->setDate(edit == m_ui->periodStartEdit ? report.periodStart : report.periodEnd);
    }
    const QList<std::pair<QLineEdit *, QString>> signature = {
        {m_ui->onBehalfOfNameEdit, report.signature.onBehalfOfName},
        {m_ui->onBehalfOfTitleEdit, report.signature.onBehalfOfTitle},
        {m_ui->preparedByNameEdit, report.signature.preparedByName},
        {m_ui->preparedByTitleEdit, report.signature.preparedByTitle}};
    // Text typed but not yet written stays (a reload of the dataset must not take it back), and
    // a field being typed in keeps its trailing space (the stored text is trimmed; leaving the
    // field trims it).
    for (const auto &[edit, text] : signature)
        if (!m_signatureTyping->isActive() && edit->text().trimmed() != text)
            edit->setText(text);
    fitTables();
    refreshSummary();
    updateEditability();
    m_findings = checks::forReport(m_data, report);
    Q_EMIT findingsChanged();
}

void AnnualReportEditor::refreshSummary(const std::optional<AnnualReport> &preview)
{
    if (!preview) {
        m_ui->summaryPanel->showReport(m_data, m_document->report());
        return;
    }
    Dataset data = m_data;
    putReport(data, *preview);
    m_ui->summaryPanel->showReport(data, *preview);
}

void AnnualReportEditor::fitTables()
{
    fitHeightToRows(m_ui->expensesView);
    fitHeightToRows(m_ui->revenuesView);
}

void AnnualReportEditor::updateEditability()
{
    const bool editable = m_document->isEditable();
    m_ui->lockBanner->setVisible(!editable);
    m_ui->lockBannerText->setText(m_document->notEditableReason());
    const bool approved = m_document->report().status == ReportStatus::Approved;
    m_ui->lockBannerIcon->setPixmap(app::icon(approved ? app::IconId::ReportApproved : app::IconId::ReadOnly).pixmap(20, 20));
    // Green for a report locked by approval, amber for a file or a version that cannot be written.
    m_ui->lockBanner->setStyleSheet(kBannerStyle.arg(QStringLiteral("lockBanner"),
                                                     approved ? QStringLiteral("46, 125, 50") : QStringLiteral("178, 106, 0")));
    m_ui->reopenButton->setVisible(approved && !m_document->database().isReadOnly());
    // Someone else saved the report meanwhile: offer to read it again.
    m_ui->reloadButton->setVisible(!editable && m_document->needsReload());
    for (QDateEdit *edit : {m_ui->periodStartEdit, m_ui->periodEndEdit})
        edit->setReadOnly(!editable);
    for (QLineEdit *edit : {m_ui->onBehalfOfNameEdit, m_ui->onBehalfOfTitleEdit, m_ui->preparedByNameEdit,
                            m_ui->preparedByTitleEdit})
        edit->setReadOnly(!editable);
    const QList<QToolButton *> buttons = {
        m_ui->expenseAddButton, m_ui->expenseRemoveButton, m_ui->expenseUpButton, m_ui->expenseDownButton,
        m_ui->revenueAddButton, m_ui->revenueRemoveButton, m_ui->revenueUpButton, m_ui->revenueDownButton,
        m_ui->eventsAddButton, m_ui->eventsRemoveButton, m_ui->eventsUpButton, m_ui->eventsDownButton,
        m_ui->staffAddButton, m_ui->staffRemoveButton, m_ui->staffUpButton, m_ui->staffDownButton};
    for (QToolButton *button : buttons)
        button->setEnabled(editable);
    for (QLabel *hint : {m_ui->expenseHint, m_ui->revenueHint, m_ui->eventsHint, m_ui->staffHint})
        hint->setVisible(editable);
}

bool AnnualReportEditor::isLocked() const
{
    return !m_document->isEditable();
}

void AnnualReportEditor::showRefusal(const QString &reason)
{
    m_ui->refusalBannerText->setText(reason);
    m_ui->refusalBanner->show();
    updateEditability();
    m_ui->scrollArea->ensureWidgetVisible(m_ui->refusalBanner);
    Q_EMIT statusMessage(reason);
}

QString AnnualReportEditor::refusalText() const
{
    return m_ui->refusalBanner->isHidden() ? QString() : m_ui->refusalBannerText->text();
}

void AnnualReportEditor::setDataset(const Dataset &data)
{
    m_data = data;
    refresh();
}

bool AnnualReportEditor::focusField(const QString &field)
{
    QWidget *target = nullptr;
    if (field == u"expenses")
        target = m_ui->expensesView;
    else if (field == u"revenues")
        target = m_ui->revenuesView;
    else if (field == u"period")
        target = m_ui->periodStartEdit;
    else if (field == u"signature") {
        m_ui->narrativeTabs->setCurrentWidget(m_ui->signaturePage);
        // The first name missing; both are needed to submit.
        const bool onlyPreparerMissing = !m_ui->onBehalfOfNameEdit->text().trimmed().isEmpty()
                                         && m_ui->preparedByNameEdit->text().trimmed().isEmpty();
        target = onlyPreparerMissing ? m_ui->preparedByNameEdit : m_ui->onBehalfOfNameEdit;
    } else if (field == u"events") {
        m_ui->narrativeTabs->setCurrentWidget(m_ui->eventsPage);
        target = m_ui->eventsView;
    } else if (field == u"staff" || field == u"staffResources") {
        m_ui->narrativeTabs->setCurrentWidget(m_ui->staffPage);
        target = m_ui->staffView;
    }
    if (!target)
        return false;
    if (auto *view = qobject_cast<QAbstractItemView *>(target); view && !view->currentIndex().isValid()
        && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
    m_ui->scrollArea->ensureWidgetVisible(target->parentWidget() ? target->parentWidget() : target, 0, 40);
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void AnnualReportEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace fhb::gui
