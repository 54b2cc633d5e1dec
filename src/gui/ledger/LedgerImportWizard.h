// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"
#include "domain/Dataset.h"
#include "domain/LedgerCsv.h"
#include "domain/Result.h"

#include <QWizard>

#include <functional>
#include <memory>

namespace Ui {
class LedgerImportWizard;
}

namespace fhb::app {
class LedgerPreviewModel;
}

namespace fhb::gui {

/// Importera från huvudbok: a ledger CSV into a party's draft report (docs/ledger-csv.md).
/// Pages: the file, party and year (the target's status is checked: only a draft or a new
/// report); the format (detected encoding, separator and header, adjustable, read again at
/// once); the column mapping (from the header or "Kolumn 1…"); the preview of every row with
/// line number, parsed values and, for a bad row, "Fel: <reason>" in red with an icon.
/// Slutför is disabled while any row is bad, with the reason shown. Slutför runs the importer
/// (setImporter) and closes only when it succeeded. Layout in ui/LedgerImportWizard.ui.
class LedgerImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, FormatPage, ColumnsPage, PreviewPage };

    /// Offers the reporting parties of `data` (not funders).
    explicit LedgerImportWizard(const Dataset &data, QWidget *parent = nullptr);
    ~LedgerImportWizard() override;

    void setParty(const QString &party);
    void setYear(int year);
    /// Reads the file at `path` and parses it; a file that cannot be read is named on the first page.
    void setFile(const QString &path);

    QString party() const;
    int year() const;
    QString filePath() const;
    /// The file as read with the current options.
    const LedgerCsv &csv() const { return m_csv; }
    const LedgerCsvOptions &options() const { return m_options; }
    /// The expense lines of the valid rows.
    QList<ExpenseLine> lines() const;
    app::LedgerPreviewModel *previewModel() const { return m_model; }
    /// Why the current page cannot go on (shown on it); empty when it can.
    QString problem() const;

    /// What Slutför does; a failure is shown and keeps the wizard open.
    void setImporter(std::function<Status()> importer);
    void accept() override;

    // For tests and the keyboard: the choices of the format and columns pages.
    void setEncoding(TextEncoding encoding);
    void setSeparator(QChar separator);
    void setHasHeader(bool hasHeader);
    void setColumns(int category, int amount, int footnote);

private:
    void setUpPages();
    void setUpCombos();
    void chooseFile();
    void readFile();
    void reparse();
    void showFormat();
    void fillColumnCombos();
    void showPreview();
    void updateTarget();
    void recheckPages();
    QString targetProblem() const;
    QString fileProblem() const;
    QString columnsProblem() const;
    QString previewProblem() const;

    std::unique_ptr<Ui::LedgerImportWizard> m_ui;
    Dataset m_data;
    QByteArray m_bytes;
    QString m_readError;
    LedgerCsvOptions m_options;
    LedgerCsv m_csv;
    app::LedgerPreviewModel *m_model;
    std::function<Status()> m_importer;
};

} // namespace fhb::gui
