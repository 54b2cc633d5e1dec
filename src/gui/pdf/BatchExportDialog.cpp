// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchExportDialog.h"

#include "gui/widgets/LanguageChange.h"
#include "app/Icons.h"
#include "app/Settings.h"
#include "ui_BatchExportDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace fhb::gui {

BatchExportDialog::BatchExportDialog(storage::Database &db, const Dataset &data, app::Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BatchExportDialog>())
    , m_db(db)
    , m_data(data)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_openFolderButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->hide();
    for (const int year : BatchExport::yearsWithReports(m_data))
        m_ui->yearCombo->addItem(QString::number(year), year);

    QString folder = m_settings.lastExportDirectory();
    if (folder.isEmpty()) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        folder = QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(tr("Årsredovisningar"));
    }
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BatchExportDialog::startExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openFolderButton, &QPushButton::clicked, this, &BatchExportDialog::openFolder);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &BatchExportDialog::chooseFolder);
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &BatchExportDialog::updateCount);
    connect(m_ui->approvedRadio, &QRadioButton::toggled, this, &BatchExportDialog::updateCount);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &BatchExportDialog::updateCount);
    retranslate();
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        retranslate();
    });
}

BatchExportDialog::~BatchExportDialog() = default;

void BatchExportDialog::retranslate()
{
    m_exportButton->setText(tr("&Exportera"));
    m_openFolderButton->setText(tr("&Öppna mappen"));
    updateCount();
    if (m_summary.ran)
        showSummary();
}

int BatchExportDialog::year() const
{
    return m_ui->yearCombo->currentData().toInt();
}

bool BatchExportDialog::setYear(int year)
{
    const int index = m_ui->yearCombo->findData(year);
    if (index < 0)
        return false;
    m_ui->yearCombo->setCurrentIndex(index);
    return true;
}

bool BatchExportDialog::approvedOnly() const
{
    return m_ui->approvedRadio->isChecked();
}

void BatchExportDialog::setApprovedOnly(bool approvedOnly)
{
    (approvedOnly ? m_ui->approvedRadio : m_ui->allRadio)->setChecked(true);
}

QString BatchExportDialog::directory() const
{
    return QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
}

void BatchExportDialog::setDirectory(const QString &directory)
{
    m_ui->folderEdit->setText(QDir::toNativeSeparators(directory));
}

int BatchExportDialog::reportCount() const
{
    return int(BatchExport::partiesToExport(m_data, year(), approvedOnly()).size());
}

void BatchExportDialog::updateCount()
{
    const int count = reportCount();
    const int all = int(BatchExport::partiesToExport(m_data, year(), false).size());
    QString text;
    if (m_ui->yearCombo->count() == 0)
        text = tr("Databasen har inga årsredovisningar ännu, så det finns inget att exportera.");
    else if (count == 0)
        text = tr("Ingen av årets %1 årsredovisningar är godkänd ännu. Välj Alla för att exportera utkasten.").arg(all);
    else if (approvedOnly())
        text = tr("Godkända årsredovisningar %1: %2 av %3. Var och en blir en egen PDF-fil.").arg(year()).arg(count).arg(all);
    else
        text = tr("Årsredovisningar %1: %2. Var och en blir en egen PDF-fil.").arg(year()).arg(count);
    m_ui->countLabel->setText(text);
    m_exportButton->setEnabled(count > 0 && !directory().isEmpty());
}

void BatchExportDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Mapp för PDF-filerna"), directory());
    if (!chosen.isEmpty())
        setDirectory(chosen);
}

const BatchExportSummary &BatchExportDialog::startExport()
{
    if (directory().isEmpty()) {
        QMessageBox::warning(this, tr("Ingen mapp är vald"),
                             tr("Skriv eller välj mappen som PDF-filerna ska skrivas till och försök igen."));
        return m_summary;
    }
    const int total = reportCount();
    QProgressDialog progress(tr("Förbereder exporten…"), tr("Avbryt"), 0, total, this);
    progress.setObjectName(QStringLiteral("batchExportProgress"));
    progress.setWindowTitle(tr("Exporterar årsredovisningar %1").arg(year()));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(420);
    progress.show();
    const auto step = [this, &progress](const app::BatchProgress &p) {
        progress.setMaximum(p.total);
        progress.setValue(p.done);
        progress.setLabelText(p.party.isEmpty()
                                  ? tr("Klart.")
                                  : tr("Skriver %1 (%2 av %3)…").arg(p.party).arg(p.done + 1).arg(p.total));
        Q_EMIT progressed(p.done, p.total);
        // The export runs on this thread (the database connection belongs to it): let the
        // window repaint and the cancel button be pressed between reports.
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    m_summary = BatchExport::run(m_db, m_data, {year(), directory(), approvedOnly()}, step);
    progress.close();
    if (!m_summary.written.isEmpty())
        m_settings.setLastExportDirectory(m_summary.directory);
    showSummary();
    return m_summary;
}

bool BatchExportDialog::isShowingSummary() const
{
    return m_ui->pages->currentWidget() == m_ui->summaryPage;
}

void BatchExportDialog::showSummary()
{
    QString headline = BatchExport::headline(m_summary);
    if (m_summary.skipped > 0)
        headline += QStringLiteral(" ") + tr("Årsredovisningar som inte är godkända och lämnades utanför: %1.").arg(m_summary.skipped);
    m_ui->headlineLabel->setText(headline);
    m_ui->folderLabel->setText(tr("Mapp: %1").arg(QDir::toNativeSeparators(m_summary.directory)));
    QListWidget *list = m_ui->resultList;
    list->clear();
    for (const QString &file : std::as_const(m_summary.written)) {
        auto *item = new QListWidgetItem(app::icon(app::IconId::StatusOk), tr("Skriven: %1").arg(QFileInfo(file).fileName()), list);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    for (const BatchExportSummary::Failure &failure : std::as_const(m_summary.failed)) {
        const QString text = failure.party.isEmpty() ? tr("Fel: %1").arg(failure.reason)
                                                     : tr("Fel för %1: %2").arg(failure.party, failure.reason);
        new QListWidgetItem(app::icon(app::IconId::StatusShort), text, list);
    }
    for (const QString &name : std::as_const(m_summary.passedOver))
        new QListWidgetItem(app::icon(app::IconId::StatusShort),
                            tr("Inte använt: %1 är ingen vanlig fil och skrevs inte över; rapporten fick ett annat namn.")
                                .arg(QFileInfo(name).fileName()),
                            list);
    for (const QString &party : std::as_const(m_summary.notWritten))
        new QListWidgetItem(app::icon(app::IconId::StatusMissing),
                            tr("Inte skriven: %1 (%2)").arg(party, tr("exporten avbröts")), list);
    m_ui->pages->setCurrentWidget(m_ui->summaryPage);
    m_exportButton->hide();
    m_openFolderButton->setVisible(!m_summary.written.isEmpty());
    // Room for a dozen lines, so a usual export is seen whole without scrolling.
    const int rows = std::clamp(int(list->count()), 3, 12);
    list->setMinimumHeight(rows * qMax(list->sizeHintForRow(0), 1) + 2 * list->frameWidth());
    adjustSize();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
    setWindowTitle(tr("Export av årsredovisningar %1").arg(year()));
}

QStringList BatchExportDialog::resultLines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->resultList->count(); ++i)
        lines.append(m_ui->resultList->item(i)->text());
    return lines;
}

void BatchExportDialog::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_summary.directory));
}

} // namespace fhb::gui
