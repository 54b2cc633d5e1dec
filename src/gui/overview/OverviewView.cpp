// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewView.h"

#include "gui/widgets/LanguageChange.h"
#include "gui/widgets/FrozenColumnTableView.h"
#include "OverviewDetailPanel.h"
#include "OverviewExportActions.h"
#include "OverviewNameDelegate.h"
#include "gui/widgets/TableSetup.h"
#include "app/overview/CofundingBalanceModel.h"
#include "app/overview/OverviewMatrixModel.h"
#include "ui_OverviewView.h"

#include <QHeaderView>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace fhb::gui {

using app::OverviewFilter;
using app::OverviewMatrixModel;

OverviewView::OverviewView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewView>())
    , m_model(new app::CofundingBalanceModel(this))
    , m_matrix(new OverviewMatrixModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setFont(scaledFont(this, 1.5, true));
    m_ui->summaryLabel->setFont(scaledFont(this, 1.25, true));
    m_ui->countyPart->addItem(tr("Alla avtal"), QString());
    for (OverviewFilter::Show show : {OverviewFilter::Show::All, OverviewFilter::Show::Shortfalls,
                                      OverviewFilter::Show::MissingReports})
        m_ui->show->addItem(OverviewFilter::showName(show), int(show));

    FrozenColumnTableView *table = m_ui->matrixTable;
    table->setItemDelegateForColumn(0, new OverviewNameDelegate(table));
    table->setModel(m_matrix);
    setUpReadOnlyTable(table);
    setUpReadOnlyTable(table->frozenView());
    // Cells, not rows: Enter and a double-click act on one year of one row.
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->frozenView()->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(false);
    table->frozenView()->verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());

    m_detail = new OverviewDetailPanel(m_ui->splitter);
    m_ui->splitter->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    connect(table, &QAbstractItemView::activated, this, &OverviewView::activate);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &OverviewView::emitCurrentRow);
    connect(m_ui->fromYear, &QSpinBox::valueChanged, this, [this](int from) {
        if (!m_updatingWidgets && from > m_ui->toYear->value())
            m_ui->toYear->setValue(from);
        filterFromWidgets();
    });
    connect(m_ui->toYear, &QSpinBox::valueChanged, this, [this](int to) {
        if (!m_updatingWidgets && to < m_ui->fromYear->value())
            m_ui->fromYear->setValue(to);
        filterFromWidgets();
    });
    connect(m_ui->countyPart, &QComboBox::currentIndexChanged, this, &OverviewView::filterFromWidgets);
    connect(m_ui->show, &QComboBox::currentIndexChanged, this, &OverviewView::filterFromWidgets);
    updateFilterWidgets();
    updateTexts();
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        m_ui->countyPart->setItemText(0, tr("Alla avtal"));
        for (int i = 0; i < m_ui->show->count(); ++i)
            m_ui->show->setItemText(i, OverviewFilter::showName(OverviewFilter::Show(m_ui->show->itemData(i).toInt())));
        if (m_exports)
            m_exports->retranslate();
        retranslateExportButton();
        updateFilterWidgets();
        updateTexts();
    });
}

OverviewView::~OverviewView() = default;

QTableView *OverviewView::matrixView() const
{
    return m_ui->matrixTable;
}

void OverviewView::setDataset(const Dataset &data)
{
    setBalances(data, computeBalances(data));
}

void OverviewView::setBalances(const Dataset &data, QList<BalanceRow> rows)
{
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    const int year = current.data(OverviewMatrixModel::YearRole).toInt();
    const QString agreement = m_currentAgreement;
    const QString party = m_currentParty;
    m_data.parties = data.parties;
    m_data.agreements = data.agreements;
    m_model->setBalances(data, rows);
    m_matrix->setBalances(data, std::move(rows));
    updateFilterWidgets();
    sizeColumns();
    updateTexts();
    restoreCurrent(agreement, party, year);
}

void OverviewView::setFilter(const OverviewFilter &filter)
{
    m_matrix->setFilter(filter);
    updateFilterWidgets();
    sizeColumns();
    updateTexts();
}

void OverviewView::filterFromWidgets()
{
    if (m_updatingWidgets)
        return;
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    const int year = current.data(OverviewMatrixModel::YearRole).toInt();
    const QString agreement = m_currentAgreement;
    const QString party = m_currentParty;
    OverviewFilter filter;
    // A range that reaches the data's first or last year follows it when the data grows.
    const int from = m_ui->fromYear->value();
    const int to = m_ui->toYear->value();
    if (from > m_matrix->firstDataYear())
        filter.fromYear = from;
    if (to < m_matrix->lastDataYear())
        filter.toYear = to;
    filter.countyPart = m_ui->countyPart->currentData().toString();
    filter.show = OverviewFilter::Show(m_ui->show->currentData().toInt());
    m_matrix->setFilter(filter);
    sizeColumns();
    updateTexts();
    restoreCurrent(agreement, party, year);
}

void OverviewView::updateFilterWidgets()
{
    m_updatingWidgets = true;
    const bool any = m_matrix->firstDataYear() > 0;
    for (QSpinBox *spin : {m_ui->fromYear, m_ui->toYear}) {
        spin->setEnabled(any);
        spin->setRange(any ? m_matrix->firstDataYear() : 1900, any ? m_matrix->lastDataYear() : 2200);
    }
    m_ui->fromYear->setValue(m_matrix->fromYear());
    m_ui->toYear->setValue(m_matrix->toYear());
    const OverviewFilter &filter = m_matrix->filter();
    while (m_ui->countyPart->count() > 1)
        m_ui->countyPart->removeItem(1);
    for (const QString &name : m_matrix->countyParts())
        m_ui->countyPart->addItem(name, name);
    m_ui->countyPart->setCurrentIndex(std::max(0, m_ui->countyPart->findData(filter.countyPart)));
    m_ui->countyPart->setEnabled(!m_matrix->countyParts().isEmpty());
    m_ui->show->setCurrentIndex(std::max(0, m_ui->show->findData(int(filter.show))));
    m_ui->show->setEnabled(any);
    m_updatingWidgets = false;
}

void OverviewView::updateTexts()
{
    if (m_matrix->firstDataYear() == 0) {
        m_ui->summaryLabel->setText(tr("Databasen har inga avtal med känd ersättning ännu."));
        m_ui->explanationLabel->setText(tr("När ett avtal har en ersättning för ett år visas här vad parterna "
                                           "har satt in mot kravet, år för år."));
        return;
    }
    // The last year shown leads; when nobody has reported for it yet (a year under way), the
    // last year with reports follows, so the sentence still answers "who falls short".
    QString headline = m_matrix->summary(m_matrix->toYear());
    const int reported = m_matrix->lastReportedYear();
    if (reported > 0 && reported < m_matrix->toYear())
        headline += u'\n' + tr("Senast rapporterade år: %1").arg(m_matrix->summary(reported));
    m_ui->summaryLabel->setText(headline);
    int agreements = 0;
    int members = 0;
    for (int row = 0; row + 1 < m_matrix->rowCount(); ++row)
        (m_matrix->rowKind(row) == OverviewMatrixModel::RowKind::Member ? members : agreements) += 1;
    if (agreements == 0) {
        m_ui->explanationLabel->setText(tr("Inga rader stämmer med filtret. Välj Visa: Alla, en annan "
                                           "delregion eller fler år."));
        return;
    }
    m_ui->explanationLabel->setText(
        tr("Saldot är insatsen minus kravet, i kronor. Visar %1 avtal och %2 medlemsrader. Enter eller "
           "dubbelklick på ett år öppnar rapporten, på namnet avtalet.").arg(agreements).arg(members));
}

void OverviewView::sizeColumns()
{
    // Measured from the texts rather than QHeaderView::ResizeToContents, which would measure
    // every row again on each layout of a large county.
    QTableView *table = m_ui->matrixTable;
    QFont bold = table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int iconAndPadding = table->iconSize().width() > 0 ? table->iconSize().width() + 24 : 40;
    const int columns = m_matrix->columnCount();
    const int rows = m_matrix->rowCount();
    for (int column = 0; column < columns; ++column) {
        int width = metrics.horizontalAdvance(m_matrix->headerData(column, Qt::Horizontal).toString()) + 40;
        for (int row = 0; row < rows; ++row)
            width = std::max(width, metrics.horizontalAdvance(m_matrix->index(row, column).data().toString())
                                        + iconAndPadding + (column == 0 ? metrics.averageCharWidth() * 3 : 0));
        table->setColumnWidth(column, column == 0 ? std::min(width, std::max(240, this->width() / 3)) : width);
    }
}

void OverviewView::activate(const QModelIndex &index)
{
    if (!index.isValid() || m_matrix->rowKind(index.row()) == OverviewMatrixModel::RowKind::Total)
        return;
    Q_EMIT balanceRowActivated(index.data(OverviewMatrixModel::PartyRole).toString(),
                               index.data(OverviewMatrixModel::YearRole).toInt(),
                               index.data(OverviewMatrixModel::AgreementRole).toString());
}

void OverviewView::emitCurrentRow()
{
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    const bool total = !current.isValid() || m_matrix->rowKind(current.row()) == OverviewMatrixModel::RowKind::Total;
    const QString agreement = total ? QString() : current.data(OverviewMatrixModel::AgreementRole).toString();
    const QString party = total ? QString() : current.data(OverviewMatrixModel::PartyRole).toString();
    if (agreement == m_currentAgreement && party == m_currentParty)
        return;
    m_currentAgreement = agreement;
    m_currentParty = party;
    if (agreement.isEmpty())
        m_detail->clear();
    else
        m_detail->showRow(m_data, agreement, party, m_matrix->balancesOf(current.row()));
    Q_EMIT currentRowChanged(agreement, party);
}

void OverviewView::restoreCurrent(const QString &agreement, const QString &party, int year)
{
    const int row = agreement.isEmpty() ? -1 : m_matrix->rowOf(agreement, party);
    if (row < 0) {
        emitCurrentRow();
        return;
    }
    const int column = std::max(0, m_matrix->columnOf(year));
    m_ui->matrixTable->setCurrentIndex(m_matrix->index(row, column));
    // The rows behind the detail may have changed even when the selection did not.
    m_detail->showRow(m_data, agreement, party, m_matrix->balancesOf(row));
}

QString OverviewView::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString OverviewView::exportTitle() const
{
    const int from = m_matrix->fromYear();
    const int to = m_matrix->toYear();
    if (from > to)
        return tr("Samverkansöversikt");
    return from == to ? tr("Samverkansöversikt %1").arg(from)
                      : tr("Samverkansöversikt %1–%2").arg(from).arg(to);
}

void OverviewView::setUpExports(app::Settings &settings)
{
    if (m_exports)
        return;
    OverviewExportSource source;
    source.matrix = [this] { return static_cast<const QAbstractItemModel *>(m_matrix); };
    source.rows = [this] { return static_cast<const QAbstractItemModel *>(m_model); };
    source.title = [this] { return exportTitle(); };
    source.subtitle = [this] { return m_matrix->filter().describe(m_matrix->fromYear(), m_matrix->toYear()); };
    source.chart = [this] { return m_detail->chartPainter(); };
    source.chartTitle = [this] { return m_detail->heading(); };
    m_exports = new OverviewExportActions(this, settings, std::move(source));
    // One button with a menu keeps the filter bar narrow enough for the docks beside it.
    auto *menu = new QMenu(this);
    menu->addActions(m_exports->actions());
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setMenu(menu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setIcon(m_exports->actions().constFirst()->icon());
    m_ui->exportBar->addWidget(m_exportButton);
    retranslateExportButton();
}

void OverviewView::retranslateExportButton()
{
    if (!m_exportButton)
        return;
    m_exportButton->setText(tr("Expo&rtera"));
    m_exportButton->setToolTip(tr("Exportera översikten till Excel, CSV eller PDF"));
}

} // namespace fhb::gui
