// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementEditor.h"

#include "gui/widgets/LanguageChange.h"
#include "gui/widgets/AmountDelegate.h"
#include "gui/widgets/ItemViewKeys.h"
#include "gui/widgets/TableSetup.h"
#include "app/agreement/AgreementDocument.h"
#include "app/agreement/AgreementYearModel.h"
#include "app/agreement/CommitmentModel.h"
#include "app/Icons.h"
#include "app/agreement/ObligationModel.h"
#include "ui_AgreementEditor.h"

#include <QHeaderView>

#include <tuple>

namespace fhb::gui {

using app::AgreementDocument;

namespace {
const QString kBannerStyle = QStringLiteral("#%1 { background-color: rgba(%2, 40); border: 1px solid rgb(%2); border-radius: 4px; }");

// A short name for the tab: "Överenskommelse Sydnärke 2024–2029" -> "Avtal Sydnärke 2024–2029".
QString tabName(const Agreement &agreement)
{
    return AgreementEditor::tr("Avtal %1 %2").arg(agreement.counterparty,
                                                  QString(QString::number(agreement.firstYear) % u'\u2013'
                                                          % QString::number(agreement.lastYear)));
}
} // namespace

AgreementEditor::AgreementEditor(AgreementDocument *document, const Dataset &data, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AgreementEditor>())
    , m_document(document)
    , m_data(data)
{
    m_document->setParent(this);
    m_ui->setupUi(this);
    setObjectName(QString(u"agreement:" % agreementName()));
    m_ui->titleLabel->setFont(scaledFont(this, 1.5, true));
    m_ui->lockBanner->setStyleSheet(kBannerStyle.arg(QStringLiteral("lockBanner"), QStringLiteral("178, 106, 0")));
    m_ui->lockBannerIcon->setPixmap(app::icon(app::IconId::ReadOnly).pixmap(20, 20));
    m_ui->refusalBanner->setStyleSheet(kBannerStyle.arg(QStringLiteral("refusalBanner"), QStringLiteral("198, 40, 40")));
    m_ui->refusalBannerIcon->setPixmap(app::icon(app::IconId::StatusShort).pixmap(20, 20));
    m_ui->refusalBanner->hide();
    // An agreement without a decision date shows words, not the calendar's first day.
    m_ui->decisionDateEdit->setMinimumDate(QDate(1900, 1, 1));
    m_ui->decisionDateEdit->setSpecialValueText(tr("Inget datum"));
    m_ui->decisionDateEdit->setMinimumWidth(m_ui->decisionDateEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    fillChoices();
    setUpTables();
    connectFields();
    connect(m_document, &AgreementDocument::changed, this, &AgreementEditor::refresh);
    connect(m_document, &AgreementDocument::changed, m_ui->refusalBanner, &QWidget::hide);
    connect(m_document, &AgreementDocument::editRefused, this, &AgreementEditor::showRefusal);
    refresh();
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        fillChoices();
        refresh();
    });
}

AgreementEditor::~AgreementEditor() = default;

QString AgreementEditor::agreementName() const
{
    return m_document->agreement().name;
}

QString AgreementEditor::shortTitle() const
{
    return tabName(m_document->agreement());
}

void AgreementEditor::fillChoices()
{
    const QSignalBlocker funderBlocker(m_ui->funderCombo);
    const QSignalBlocker counterpartyBlocker(m_ui->counterpartyCombo);
    const QSignalBlocker indexationBlocker(m_ui->indexationCombo);
    m_ui->funderCombo->clear();
    m_ui->counterpartyCombo->clear();
    for (const Party &party : m_data.parties)
        (party.kind == PartyKind::Funder ? m_ui->funderCombo : m_ui->counterpartyCombo)->addItem(party.name);
    m_ui->indexationCombo->clear();
    m_ui->indexationCombo->addItem(tr("Kedjad: på föregående års belopp"), int(IndexationMode::Chained));
    m_ui->indexationCombo->addItem(tr("Från grundersättningen"), int(IndexationMode::FromBase));
}

void AgreementEditor::setUpTables()
{
    m_ui->yearsView->setModel(m_document->yearModel());
    m_ui->commitmentsView->setModel(m_document->commitmentModel());
    m_ui->obligationsView->setModel(m_document->obligationModel());
    for (QTableView *view : {m_ui->yearsView, m_ui->commitmentsView, m_ui->obligationsView}) {
        setUpReadOnlyTable(view);
        view->setSelectionBehavior(QAbstractItemView::SelectItems);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        auto *keys = new ItemViewKeys(view);
        keys->setFirstEditColumn(0);
    }
    // Long titles are cut, not the year columns: the follow-up is what the table is for.
    m_ui->obligationsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->obligationsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_ui->obligationsView->horizontalHeader()->resizeSection(0, 340);
    m_ui->obligationsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_ui->yearsView->setItemDelegateForColumn(app::AgreementYearModel::DecidedColumn, new AmountDelegate(m_ui->yearsView));
    m_ui->commitmentsView->setItemDelegateForColumn(app::CommitmentModel::YearlyColumn, new AmountDelegate(m_ui->commitmentsView));
    // A new commitment's party is chosen before the row exists; the amount is typed in place.
    auto *commitmentKeys = m_ui->commitmentsView->findChild<ItemViewKeys *>();
    commitmentKeys->setFirstEditColumn(app::CommitmentModel::YearlyColumn);
    m_ui->commitmentAddButton->setIcon(app::icon(app::IconId::Add));
    m_ui->commitmentRemoveButton->setIcon(app::icon(app::IconId::Remove));
    connect(m_ui->commitmentAddButton, &QToolButton::clicked, commitmentKeys, &ItemViewKeys::addLine);
    connect(m_ui->commitmentRemoveButton, &QToolButton::clicked, commitmentKeys, &ItemViewKeys::removeLine);
    connect(m_ui->commitmentMemberCombo, &QComboBox::currentTextChanged, this,
            [this](const QString &member) { m_document->commitmentModel()->setMemberToAdd(member); });
    auto *obligationKeys = m_ui->obligationsView->findChild<ItemViewKeys *>();
    m_ui->obligationAddButton->setIcon(app::icon(app::IconId::Add));
    m_ui->obligationRemoveButton->setIcon(app::icon(app::IconId::Remove));
    connect(m_ui->obligationAddButton, &QToolButton::clicked, obligationKeys, &ItemViewKeys::addLine);
    connect(m_ui->obligationRemoveButton, &QToolButton::clicked, obligationKeys, &ItemViewKeys::removeLine);
    for (const auto *delegate : m_ui->yearsView->findChildren<AmountDelegate *>())
        connect(delegate, &AmountDelegate::refused, this, &AgreementEditor::showRefusal);
    for (const auto *delegate : m_ui->commitmentsView->findChildren<AmountDelegate *>())
        connect(delegate, &AmountDelegate::refused, this, &AgreementEditor::showRefusal);
}

void AgreementEditor::connectFields()
{
    connect(m_ui->nameEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->nameEdit->text().trimmed() != m_document->agreement().name && !m_document->setName(m_ui->nameEdit->text().trimmed()))
            refresh();
    });
    // A refused change is explained in the banner; the fields go back to what is stored.
    connect(m_ui->funderCombo, &QComboBox::activated, this, [this] {
        if (!m_document->setFunder(m_ui->funderCombo->currentText()))
            refresh();
    });
    connect(m_ui->counterpartyCombo, &QComboBox::activated, this, [this] {
        if (!m_document->setCounterparty(m_ui->counterpartyCombo->currentText()))
            refresh();
    });
    for (QSpinBox *spin : {m_ui->firstYearSpin, m_ui->lastYearSpin})
        connect(spin, &QSpinBox::editingFinished, this, [this] {
            const Agreement &a = m_document->agreement();
            if (m_ui->firstYearSpin->value() != a.firstYear || m_ui->lastYearSpin->value() != a.lastYear)
                if (!m_document->setPeriod(m_ui->firstYearSpin->value(), m_ui->lastYearSpin->value()))
                    refresh();
        });
    for (QLineEdit *edit : {m_ui->decisionBodyEdit, m_ui->decisionReferenceEdit})
        connect(edit, &QLineEdit::editingFinished, this, &AgreementEditor::commitDecision);
    connect(m_ui->decisionDateEdit, &QDateEdit::editingFinished, this, &AgreementEditor::commitDecision);
    for (QLineEdit *edit : {m_ui->baseCompensationEdit, m_ui->ratioEdit})
        connect(edit, &QLineEdit::editingFinished, this, &AgreementEditor::commitMoneyAndRatio);
    connect(m_ui->indexationCombo, &QComboBox::activated, this, [this] {
        if (!m_document->setIndexationMode(IndexationMode(m_ui->indexationCombo->currentData().toInt())))
            refresh();
    });
    connect(m_ui->notesEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->notesEdit->text() != m_document->agreement().notes && !m_document->setNotes(m_ui->notesEdit->text()))
            refresh();
    });
}

void AgreementEditor::commitDecision()
{
    Decision decision;
    decision.body = m_ui->decisionBodyEdit->text().trimmed();
    decision.date = m_ui->decisionDateEdit->date();
    decision.reference = m_ui->decisionReferenceEdit->text().trimmed();
    const Decision &current = m_document->agreement().decision;
    // An unset date shows as the edit's minimum; it is no change unless the user picked one.
    if (!current.date.isValid() && decision.date == m_ui->decisionDateEdit->minimumDate())
        decision.date = QDate();
    if (!(decision == current) && !m_document->setDecision(decision))
        refresh();
}

void AgreementEditor::commitMoneyAndRatio()
{
    const Agreement &a = m_document->agreement();
    const QString baseText = m_ui->baseCompensationEdit->text().trimmed();
    if (baseText.isEmpty()) {
        if (a.baseCompensationOre && !m_document->setBaseCompensation(std::nullopt))
            refresh();
    } else if (const Result<Ore> base = money::parse(baseText); !base) {
        std::ignore = m_document->refuse(base.error()); // the banner says why; the text stays to be mended
    } else if (a.baseCompensationOre != base.value() && !m_document->setBaseCompensation(base.value())) {
        refresh();
    }
    if (const Result<int> ratio = percent::parse(m_ui->ratioEdit->text()); !ratio)
        std::ignore = m_document->refuse(ratio.error());
    else if (ratio.value() != a.cofundingRatioBp && !m_document->setCofundingRatio(ratio.value()))
        refresh();
}

void AgreementEditor::refresh()
{
    const Agreement &a = m_document->agreement();
    m_ui->titleLabel->setText(a.name);
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() == text)
            return;
        edit->setText(text);
        edit->setCursorPosition(0); // show the beginning of a long text
    };
    setText(m_ui->nameEdit, a.name);
    setText(m_ui->decisionBodyEdit, a.decision.body);
    setText(m_ui->decisionReferenceEdit, a.decision.reference);
    setText(m_ui->baseCompensationEdit, a.baseCompensationOre ? money::format(*a.baseCompensationOre) : QString());
    setText(m_ui->ratioEdit, percent::format(a.cofundingRatioBp));
    setText(m_ui->notesEdit, a.notes);
    const QList<QWidget *> blocked = {m_ui->funderCombo, m_ui->counterpartyCombo, m_ui->indexationCombo,
                                      m_ui->firstYearSpin, m_ui->lastYearSpin, m_ui->decisionDateEdit};
    for (QWidget *widget : blocked)
        widget->blockSignals(true);
    m_ui->funderCombo->setCurrentText(a.funder);
    m_ui->counterpartyCombo->setCurrentText(a.counterparty);
    m_ui->indexationCombo->setCurrentIndex(m_ui->indexationCombo->findData(int(a.indexationMode)));
    m_ui->firstYearSpin->setValue(a.firstYear);
    m_ui->lastYearSpin->setValue(a.lastYear);
    m_ui->decisionDateEdit->setDate(a.decision.date.isValid() ? a.decision.date : m_ui->decisionDateEdit->minimumDate());
    for (QWidget *widget : blocked)
        widget->blockSignals(false);

    const bool editable = m_document->isEditable();
    m_ui->lockBanner->setVisible(!editable);
    m_ui->lockBannerText->setText(m_document->notEditableReason());
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->agreementGroup), static_cast<QWidget *>(m_ui->obligationAddButton),
                            static_cast<QWidget *>(m_ui->obligationRemoveButton)})
        widget->setEnabled(editable);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->commitmentAddButton), static_cast<QWidget *>(m_ui->commitmentRemoveButton),
                            static_cast<QWidget *>(m_ui->commitmentMemberCombo)})
        widget->setEnabled(editable);
    // Read from the register, not m_data: members may have changed since the editor opened.
    m_ui->commitmentsGroup->setVisible(m_document->counterpartyIsCountyPart());
    fillCommitmentMembers();
    for (QTableView *view : {m_ui->yearsView, m_ui->commitmentsView, m_ui->obligationsView})
        fitHeightToRows(view);
    m_ui->obligationsView->horizontalHeader()->resizeSection(0, 340);
}

void AgreementEditor::fillCommitmentMembers()
{
    const QStringList missing = m_document->membersWithoutCommitment();
    const QString chosen = m_ui->commitmentMemberCombo->currentText();
    {
        const QSignalBlocker blocker(m_ui->commitmentMemberCombo);
        m_ui->commitmentMemberCombo->clear();
        m_ui->commitmentMemberCombo->addItems(missing);
        if (missing.isEmpty())
            m_ui->commitmentMemberCombo->setPlaceholderText(tr("Alla medlemmar har ett åtagande"));
        m_ui->commitmentMemberCombo->setCurrentIndex(missing.isEmpty() ? -1 : qMax(0, int(missing.indexOf(chosen))));
    }
    m_ui->commitmentMemberCombo->setEnabled(m_document->isEditable() && !missing.isEmpty());
    m_document->commitmentModel()->setMemberToAdd(m_ui->commitmentMemberCombo->currentText());
}

void AgreementEditor::showRefusal(const QString &reason)
{
    m_ui->refusalBannerText->setText(reason);
    m_ui->refusalBanner->show();
    m_ui->scrollArea->ensureWidgetVisible(m_ui->refusalBanner);
    Q_EMIT statusMessage(reason);
}

QString AgreementEditor::refusalText() const
{
    return m_ui->refusalBanner->isHidden() ? QString() : m_ui->refusalBannerText->text();
}

} // namespace fhb::gui
