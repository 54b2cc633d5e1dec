// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerImportWizard.h"

#include "gui/widgets/LanguageChange.h"
#include "gui/widgets/TableSetup.h"
#include "app/PartyRegister.h"
#include "app/ledger/LedgerImport.h"
#include "app/ledger/LedgerPreviewModel.h"
#include "ui_LedgerImportWizard.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardPaths>

#include <algorithm>

namespace fhb::gui {

using app::LedgerPreviewModel;

namespace {
constexpr int kSampleRows = 15;
} // namespace

LedgerImportWizard::LedgerImportWizard(const Dataset &data, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::LedgerImportWizard>())
    , m_data(data)
    , m_model(new LedgerPreviewModel(this))
{
    m_ui->setupUi(this);
    m_ui->partyCombo->addItems(app::reportingParties(data));
    m_ui->yearSpin->setValue(QDate::currentDate().year() - 1);
    setUpCombos();
    setUpPages();
    readFile();
    updateTarget();
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        setUpCombos();
        reparse();
        updateTarget();
    });
}

LedgerImportWizard::~LedgerImportWizard() = default;

void LedgerImportWizard::setUpCombos()
{
    m_ui->encodingCombo->clear();
    m_ui->encodingCombo->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_ui->encodingCombo->addItem(tr("Windows-1252 (Excel i Windows)"), int(TextEncoding::Windows1252));
    m_ui->separatorCombo->clear();
    m_ui->separatorCombo->addItem(tr("Semikolon (;)"), QChar(u';'));
    m_ui->separatorCombo->addItem(tr("Komma (,)"), QChar(u','));
    m_ui->separatorCombo->addItem(tr("Tabb"), QChar(u'\t'));
    setButtonText(QWizard::NextButton, tr("&Nästa >"));
    setButtonText(QWizard::BackButton, tr("< &Föregående"));
    setButtonText(QWizard::FinishButton, tr("&Importera"));
    setButtonText(QWizard::CancelButton, tr("Avbryt"));
}

void LedgerImportWizard::setUpPages()
{
    QTableView *view = m_ui->previewView;
    view->setModel(m_model);
    setUpReadOnlyTable(view);
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(LedgerPreviewModel::LineColumn, 50);
    header->resizeSection(LedgerPreviewModel::CategoryColumn, 170);
    header->resizeSection(LedgerPreviewModel::AmountColumn, 110);
    header->resizeSection(LedgerPreviewModel::FootnoteColumn, 150);
    header->setStretchLastSection(true);

    m_ui->filePage->setCompleteCheck([this] { return fileProblem().isEmpty() && targetProblem().isEmpty(); });
    m_ui->columnsPage->setCompleteCheck([this] { return columnsProblem().isEmpty(); });
    m_ui->previewPage->setCompleteCheck([this] { return previewProblem().isEmpty(); });

    connect(m_ui->browseButton, &QPushButton::clicked, this, &LedgerImportWizard::chooseFile);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->fileEdit->isModified())
            readFile();
        m_ui->fileEdit->setModified(false);
    });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &LedgerImportWizard::readFile);
    connect(m_ui->partyCombo, &QComboBox::currentIndexChanged, this, &LedgerImportWizard::updateTarget);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &LedgerImportWizard::updateTarget);
    connect(m_ui->encodingCombo, &QComboBox::activated, this, [this] {
        setEncoding(TextEncoding(m_ui->encodingCombo->currentData().toInt()));
    });
    connect(m_ui->separatorCombo, &QComboBox::activated, this, [this] {
        setSeparator(m_ui->separatorCombo->currentData().toChar());
    });
    connect(m_ui->headerCheck, &QCheckBox::clicked, this, &LedgerImportWizard::setHasHeader);
    for (QComboBox *combo : {m_ui->categoryCombo, m_ui->amountCombo, m_ui->footnoteCombo})
        connect(combo, &QComboBox::activated, this, [this] {
            setColumns(m_ui->categoryCombo->currentData().toInt(), m_ui->amountCombo->currentData().toInt(),
                       m_ui->footnoteCombo->currentData().toInt());
        });
}

void LedgerImportWizard::setParty(const QString &party)
{
    const int index = m_ui->partyCombo->findText(party);
    if (index >= 0)
        m_ui->partyCombo->setCurrentIndex(index);
    updateTarget();
}

void LedgerImportWizard::setYear(int year)
{
    m_ui->yearSpin->setValue(year);
}

void LedgerImportWizard::setFile(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    readFile();
}

QString LedgerImportWizard::party() const
{
    return m_ui->partyCombo->currentText();
}

int LedgerImportWizard::year() const
{
    return m_ui->yearSpin->value();
}

QString LedgerImportWizard::filePath() const
{
    return QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
}

QList<ExpenseLine> LedgerImportWizard::lines() const
{
    return app::LedgerImport::expenseLines(m_csv);
}

void LedgerImportWizard::setImporter(std::function<Status()> importer)
{
    m_importer = std::move(importer);
}

void LedgerImportWizard::chooseFile()
{
    const QString current = filePath();
    const QString dir = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                          : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Välj huvudbokens CSV-fil"), dir,
                                                      tr("CSV-filer (*.csv *.txt);;Alla filer (*)"));
    if (!path.isEmpty())
        setFile(path);
}

// A new file is detected afresh; only the column mapping the user chose stays.
void LedgerImportWizard::readFile()
{
    m_bytes.clear();
    m_readError.clear();
    const QString path = filePath();
    QFile file(path);
    if (path.isEmpty())
        m_readError = tr("Välj huvudbokens CSV-fil med Bläddra… eller skriv sökvägen.");
    else if (!QFileInfo::exists(path))
        m_readError = tr("Filen %1 finns inte. Kontrollera namnet och mappen.").arg(QDir::toNativeSeparators(path));
    else if (!file.open(QIODevice::ReadOnly))
        m_readError = tr("Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.").arg(QDir::toNativeSeparators(path));
    else
        m_bytes = file.read(kLedgerCsvMaxBytes + 1);
    m_options.fileSize = m_readError.isEmpty() ? file.size() : -1;
    m_options.encoding.reset();
    m_options.separator.reset();
    m_options.hasHeader.reset();
    reparse();
    if (m_readError.isEmpty() && m_csv.columnCount < 3 && m_options.footnoteColumn == 2)
        setColumns(m_options.categoryColumn, m_options.amountColumn, -1);
    m_ui->fileStatusLabel->setText(m_readError.isEmpty()
                                       ? tr("%1 rader lästa från %2.").arg(m_csv.rows.size()).arg(QFileInfo(path).fileName())
                                       : m_readError);
}

void LedgerImportWizard::reparse()
{
    m_csv = m_readError.isEmpty() ? parseLedgerCsv(m_bytes, m_options) : LedgerCsv();
    if (!m_readError.isEmpty())
        m_csv.fileError = m_readError;
    showFormat();
    fillColumnCombos();
    showPreview();
    recheckPages();
}

void LedgerImportWizard::setEncoding(TextEncoding encoding)
{
    m_options.encoding = encoding;
    reparse();
}

void LedgerImportWizard::setSeparator(QChar separator)
{
    m_options.separator = separator;
    reparse();
}

void LedgerImportWizard::setHasHeader(bool hasHeader)
{
    m_options.hasHeader = hasHeader;
    reparse();
}

void LedgerImportWizard::setColumns(int category, int amount, int footnote)
{
    m_options.categoryColumn = category;
    m_options.amountColumn = amount;
    m_options.footnoteColumn = footnote;
    reparse();
}

void LedgerImportWizard::showFormat()
{
    const QSignalBlocker encoding(m_ui->encodingCombo);
    const QSignalBlocker separator(m_ui->separatorCombo);
    const QSignalBlocker header(m_ui->headerCheck);
    m_ui->encodingCombo->setCurrentIndex(m_ui->encodingCombo->findData(int(m_csv.encoding)));
    m_ui->separatorCombo->setCurrentIndex(m_ui->separatorCombo->findData(m_csv.separator));
    m_ui->headerCheck->setChecked(m_csv.hasHeader);
    m_ui->detectedLabel->setText(
        tr("Filen läses som %1%2 med %3 som avgränsare, %4.")
            .arg(textEncodingName(m_csv.encoding), m_csv.hadBom ? tr(" (med BOM)") : QString(), separatorName(m_csv.separator),
                 m_csv.hasHeader ? tr("och första raden är en rubrikrad") : tr("utan rubrikrad")));
    QStringList sample;
    if (m_csv.hasHeader)
        sample << tr("rubrik: %1").arg(m_csv.header.join(QStringLiteral("  |  ")));
    for (qsizetype i = 0; i < m_csv.rows.size() && i < kSampleRows; ++i)
        sample << tr("rad %1: %2").arg(m_csv.rows.at(i).lineNumber).arg(m_csv.rows.at(i).cells.join(QStringLiteral("  |  ")));
    m_ui->sampleText->setPlainText(sample.join(u'\n'));
    m_ui->formatProblemLabel->setText(m_csv.fileError);
    m_ui->formatProblemLabel->setVisible(!m_csv.fileError.isEmpty());
}

void LedgerImportWizard::fillColumnCombos()
{
    QStringList names = m_csv.columnNames();
    const int needed = std::max({2, m_options.categoryColumn + 1, m_options.amountColumn + 1, m_options.footnoteColumn + 1});
    while (names.size() < needed)
        names << tr("Kolumn %1").arg(names.size() + 1);
    const int columns[] = {m_options.categoryColumn, m_options.amountColumn, m_options.footnoteColumn};
    QComboBox *combos[] = {m_ui->categoryCombo, m_ui->amountCombo, m_ui->footnoteCombo};
    for (int c = 0; c < 3; ++c) {
        const QSignalBlocker blocker(combos[c]);
        combos[c]->clear();
        if (combos[c] == m_ui->footnoteCombo)
            combos[c]->addItem(tr("(ingen fotnot)"), -1);
        for (int i = 0; i < names.size(); ++i)
            combos[c]->addItem(names.at(i), i);
        combos[c]->setCurrentIndex(combos[c]->findData(columns[c]));
    }
    const QString problem = columnsProblem();
    m_ui->columnsProblemLabel->setText(problem);
    m_ui->columnsProblemLabel->setVisible(!problem.isEmpty());
}

void LedgerImportWizard::showPreview()
{
    m_model->setCsv(m_csv, m_options);
    const int bad = m_csv.invalidRowCount();
    QString summary;
    if (!m_csv.fileError.isEmpty())
        summary = m_csv.fileError;
    else if (bad > 0)
        summary = tr("%1 av %2 rader har fel och är markerade med Fel. Rätta dem i filen, spara den och välj Läs in "
                     "filen igen, eller ändra format och kolumner på sidorna före.").arg(bad).arg(m_csv.rows.size());
    else
        summary = tr("%1 rader, summa %2, läggs sist bland utgifterna i årsredovisningen %3 för %4.")
                      .arg(m_csv.rows.size()).arg(money::formatKr(m_csv.totalOre())).arg(year()).arg(party());
    m_ui->summaryLabel->setText(summary);
    const QString problem = previewProblem();
    m_ui->previewProblemLabel->setText(problem);
    m_ui->previewProblemLabel->setVisible(!problem.isEmpty());
}

void LedgerImportWizard::updateTarget()
{
    const QString problem = targetProblem();
    const AnnualReport *report = m_data.report(party(), year());
    QString text = problem;
    if (problem.isEmpty() && report)
        text = tr("Raderna läggs sist i utkastet %1 för %2, som har %3 utgiftsrader.")
                   .arg(year()).arg(party()).arg(report->expenses.size());
    else if (problem.isEmpty())
        text = tr("%1 har ingen årsredovisning för %2: ett utkast skapas när du importerar.").arg(party()).arg(year());
    m_ui->targetLabel->setText(text);
    showPreview();
    recheckPages();
}

void LedgerImportWizard::recheckPages()
{
    for (LedgerImportPage *page : {m_ui->filePage, m_ui->columnsPage, m_ui->previewPage})
        page->recheck();
}

QString LedgerImportWizard::fileProblem() const
{
    return m_readError;
}

QString LedgerImportWizard::targetProblem() const
{
    if (party().isEmpty())
        return tr("Det finns ingen part att importera till. Lägg först till parten under Arkiv → Parter.");
    const AnnualReport *report = m_data.report(party(), year());
    if (report && report->status != ReportStatus::Draft)
        return tr("Årsredovisningen %1 för %2 är %3: rader importeras bara till ett utkast. Välj ett annat år, eller "
                  "be den som godkänner att återöppna årsredovisningen.")
            .arg(year()).arg(party(), reportStatusName(report->status).toLower());
    return {};
}

QString LedgerImportWizard::columnsProblem() const
{
    const LedgerCsvOptions &o = m_options;
    if (o.categoryColumn == o.amountColumn || o.footnoteColumn == o.categoryColumn || o.footnoteColumn == o.amountColumn)
        return tr("Kategori, belopp och fotnot måste komma från olika kolumner.");
    return {};
}

QString LedgerImportWizard::previewProblem() const
{
    if (const QString target = targetProblem(); !target.isEmpty())
        return target;
    if (!m_csv.fileError.isEmpty())
        return tr("Importera är avstängt: %1").arg(m_csv.fileError);
    const int bad = m_csv.invalidRowCount();
    if (bad == 0)
        return {};
    // The first bad row's whole reason: the table's status column may be too narrow for it.
    const auto first = std::find_if(m_csv.rows.cbegin(), m_csv.rows.cend(), [](const LedgerCsvRow &r) { return !r.isValid(); });
    const QString reason = tr("Rad %1: %2").arg(first->lineNumber).arg(first->error);
    return bad == 1 ? tr("Importera är avstängt: 1 rad har fel. %1").arg(reason)
                    : tr("Importera är avstängt: %1 rader har fel. Den första: %2").arg(bad).arg(reason);
}

QString LedgerImportWizard::problem() const
{
    switch (currentId()) {
    case FilePage: return fileProblem().isEmpty() ? targetProblem() : fileProblem();
    case ColumnsPage: return columnsProblem();
    case PreviewPage: return previewProblem();
    default: return {};
    }
}

void LedgerImportWizard::accept()
{
    if (!previewProblem().isEmpty())
        return;
    if (m_importer) {
        if (const Status s = m_importer(); !s) {
            QMessageBox::warning(this, tr("Raderna kunde inte importeras"), s.error());
            return;
        }
    }
    QWizard::accept();
}

} // namespace fhb::gui
