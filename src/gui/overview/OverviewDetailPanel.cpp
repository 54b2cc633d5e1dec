// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewDetailPanel.h"

#include "BalanceChartView.h"
#include "app/Icons.h"
#include "domain/CofundingBalance.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fhb::gui {

namespace {

QString agreementLabel(const Agreement &a)
{
    return QString(a.counterparty % u' ' % QString::number(a.firstYear) % u'\u2013' % QString::number(a.lastYear));
}

} // namespace

OverviewDetailPanel::OverviewDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_chart(new BalanceChartView(this))
    , m_obligationsTitle(new QLabel(this))
    , m_obligations(new QTableWidget(this))
    , m_notes(new QLabel(this))
    , m_currentYear(QDate::currentDate().year())
{
    setUpWidgets();
    layOut();
    clear();
}

void OverviewDetailPanel::setUpWidgets()
{
    setObjectName(QStringLiteral("overviewDetailPanel"));
    m_hint->setObjectName(QStringLiteral("detailHint"));
    m_hint->setText(tr("Välj en rad i översikten för att se avtalets diagram och åtaganden."));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    m_heading->setObjectName(QStringLiteral("detailHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_obligationsTitle->setText(tr("Åtaganden, uppfyllda per år"));
    QFont bold = m_obligationsTitle->font();
    bold.setBold(true);
    m_obligationsTitle->setFont(bold);
    m_obligations->setObjectName(QStringLiteral("obligationTable"));
    m_obligations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_obligations->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_obligations->verticalHeader()->hide();
    m_obligations->setWordWrap(true);
    // Long titles wrap: the rows follow the table's width (see eventFilter).
    m_obligations->viewport()->installEventFilter(this);
    m_obligations->setAccessibleName(tr("Åtaganden och hur de har uppfyllts per år"));
    m_obligationsTitle->setBuddy(m_obligations);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void OverviewDetailPanel::layOut()
{
    auto *obligationBox = new QWidget(this);
    auto *obligationLayout = new QVBoxLayout(obligationBox);
    obligationLayout->setContentsMargins(0, 0, 0, 0);
    obligationLayout->addWidget(m_obligationsTitle);
    obligationLayout->addWidget(m_obligations, 1);
    obligationLayout->addWidget(m_notes);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_chart);
    split->addWidget(obligationBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The chart gets the larger share from the start; the obligations table would take it all.
    // A modest minimum: with the docks open the central area can be narrow, and a splitter
    // squeezed below its children's minimums lets them overlap.
    m_chart->setMinimumWidth(320);
    split->setSizes({620, 480});

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(split, 1);

    m_stack->addWidget(m_hint);
    m_stack->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void OverviewDetailPanel::clear()
{
    m_agreement.clear();
    m_party.clear();
    m_chart->clear();
    m_obligations->clear();
    m_obligations->setRowCount(0);
    m_obligations->setColumnCount(0);
    m_notes->clear();
    m_stack->setCurrentWidget(m_hint);
}

bool OverviewDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_obligations->viewport() && event->type() == QEvent::Resize)
        m_obligations->resizeRowsToContents();
    return QWidget::eventFilter(watched, event);
}

QString OverviewDetailPanel::heading() const
{
    return hasRow() ? m_heading->text() : QString();
}

app::TableExport::ChartPainter OverviewDetailPanel::chartPainter() const
{
    if (!hasRow())
        return {};
    const QList<BalanceRow> rows = m_chart->rows();
    return [rows](QPainter &painter, const QRectF &target) { BalanceChartView::render(rows, painter, target); };
}

void OverviewDetailPanel::showRow(const Dataset &data, const QString &agreement, const QString &party)
{
    const Agreement *a = data.agreement(agreement);
    if (!a) {
        clear();
        return;
    }
    const QString shown = party.isEmpty() ? a->counterparty : party;
    BalanceFilter filter;
    filter.agreement = agreement;
    QList<BalanceRow> rows;
    for (const BalanceRow &row : computeBalances(data, filter))
        if (row.party == shown && row.isMemberRow == (shown != a->counterparty))
            rows << row;
    showRow(data, agreement, party, rows);
}

void OverviewDetailPanel::showRow(const Dataset &data, const QString &agreement, const QString &party,
                                  const QList<BalanceRow> &rows)
{
    const Agreement *a = data.agreement(agreement);
    if (!a) {
        clear();
        return;
    }
    m_agreement = agreement;
    m_party = party.isEmpty() ? a->counterparty : party;
    const bool member = m_party != a->counterparty;
    m_chart->setRows(rows);

    m_heading->setText(member ? tr("%1 – %2 (åtagande)").arg(agreementLabel(*a), m_party)
                              : tr("%1 – %2").arg(agreementLabel(*a), m_party));
    m_heading->setToolTip(a->name);

    const BalanceRow *latest = nullptr;
    Ore cumulative = 0;
    for (const BalanceRow &row : rows)
        if (showsFigures(row.status)) {
            latest = &row;
            cumulative += row.balanceOre;
        }
    m_summary->setText(
        latest ? tr("Senaste år med rapport: %1, %2 (saldo %3 kr). Ackumulerat saldo för åren med rapport: %4 kr.")
                     .arg(latest->year)
                     .arg(balanceStatusName(latest->status).toLower(),
                          money::format(latest->balanceOre, {.explicitPlus = true}),
                          money::format(cumulative, {.explicitPlus = true}))
               : rows.isEmpty() ? tr("Avtalet har inga år med känd ersättning ännu.")
                                : tr("Ingen årsredovisning har kommit in för avtalet ännu: staplarna visar bara kravet."));

    showObligations(*a);
    m_stack->setCurrentIndex(1);
}

QTableWidgetItem *OverviewDetailPanel::obligationCell(const Obligation &obligation, int year, QStringList &notes) const
{
    const auto found = obligation.years.constFind(year);
    const bool fulfilled = found != obligation.years.constEnd() && found->fulfilled;
    const QString note = found != obligation.years.constEnd() ? found->note.trimmed() : QString();
    // Short words keep six or ten years beside the titles; the tooltip says it in full.
    QString sentence;
    auto *cell = new QTableWidgetItem;
    if (fulfilled) {
        cell->setText(tr("Ja"));
        cell->setIcon(app::icon(app::IconId::StatusOk));
        sentence = tr("uppfyllt");
    } else if (year < m_currentYear) {
        cell->setText(tr("Nej"));
        cell->setIcon(app::icon(app::IconId::StatusShort));
        sentence = tr("inte uppfyllt");
    } else {
        cell->setText(QStringLiteral("–"));
        sentence = tr("inte uppföljt ännu: året är inte slut");
    }
    cell->setToolTip(note.isEmpty() ? tr("%1 %2: %3.").arg(obligation.title).arg(year).arg(sentence)
                                    : tr("%1 %2: %3. %4").arg(obligation.title).arg(year).arg(sentence, note));
    if (!note.isEmpty())
        notes << tr("%1 (%2): %3").arg(obligation.title).arg(year).arg(note);
    return cell;
}

void OverviewDetailPanel::showObligations(const Agreement &agreement)
{
    m_obligations->clear();
    const int years = agreement.lastYear - agreement.firstYear + 1;
    m_obligations->setColumnCount(1 + std::max(0, years));
    m_obligations->setRowCount(int(agreement.obligations.size()));
    QStringList header{tr("Åtagande")};
    for (int y = agreement.firstYear; y <= agreement.lastYear; ++y)
        header << QString::number(y);
    m_obligations->setHorizontalHeaderLabels(header);

    QStringList notes;
    for (int r = 0; r < agreement.obligations.size(); ++r) {
        const Obligation &o = agreement.obligations.at(r);
        auto *title = new QTableWidgetItem(o.title);
        title->setToolTip(o.title);
        m_obligations->setItem(r, 0, title);
        for (int y = agreement.firstYear; y <= agreement.lastYear; ++y)
            m_obligations->setItem(r, 1 + y - agreement.firstYear, obligationCell(o, y, notes));
    }
    // The years as wide as their words; the titles take the rest, but never less than a
    // readable column: the table asks the splitter for that much room.
    QHeaderView *columns = m_obligations->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    m_obligations->resizeColumnsToContents();
    int yearsWidth = 0;
    for (int c = 1; c < m_obligations->columnCount(); ++c)
        yearsWidth += columns->sectionSize(c);
    columns->setSectionResizeMode(0, QHeaderView::Stretch);
    // Capped so that the chart keeps room for its year labels; more years scroll sideways.
    m_obligations->setMinimumWidth(std::min(yearsWidth + 160, 380));
    m_obligations->resizeRowsToContents();
    m_obligations->setCurrentItem(nullptr);
    m_obligationsTitle->setText(agreement.obligations.isEmpty() ? tr("Åtaganden: avtalet har inga.")
                                                                : tr("Åtaganden, uppfyllda per år"));
    m_obligations->setVisible(!agreement.obligations.isEmpty());
    m_notes->setText(notes.isEmpty() ? QString() : tr("Anteckningar: %1").arg(notes.join(QStringLiteral("; "))));
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace fhb::gui
