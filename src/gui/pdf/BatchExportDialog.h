// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchExport.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class BatchExportDialog;
}

namespace fhb::app {
class Settings;
}

namespace fhb::gui {

/// Arkiv → Exportera alla årsredovisningar för ett år…: asks for the year (the latest year
/// with reports first), all or only approved reports, and the folder (the last export
/// folder); "Exportera" runs BatchExport with a progress dialog that can be cancelled, then
/// the dialog turns into the summary: every file written, every failure with its reason,
/// every report left unwritten. Layout in ui/BatchExportDialog.ui.
class BatchExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `data` is the workspace's dataset (copied), for the years and the names in the summary;
    /// `db` and `settings` must outlive the dialog.
    BatchExportDialog(storage::Database &db, const Dataset &data, app::Settings &settings, QWidget *parent = nullptr);
    ~BatchExportDialog() override;

    int year() const;
    /// Chooses `year` when it has reports; false (nothing changes) otherwise.
    bool setYear(int year);
    bool approvedOnly() const;
    void setApprovedOnly(bool approvedOnly);
    QString directory() const;
    void setDirectory(const QString &directory);
    /// How many files the current choices write.
    int reportCount() const;

    /// What "Exportera" does: runs the export with a cancellable progress dialog (events are
    /// processed between reports, so the window stays responsive), remembers the folder,
    /// and shows the summary page. Refuses (with a message box) an empty folder.
    const BatchExportSummary &startExport();
    /// The last export's summary (ran is false before startExport()).
    const BatchExportSummary &summary() const { return m_summary; }
    /// The summary list as shown, one line per entry.
    QStringList resultLines() const;
    bool isShowingSummary() const;

Q_SIGNALS:
    /// Before each report (done = how many are written) and at the end (done == total).
    void progressed(int done, int total);

private:
    void retranslate();
    void updateCount();
    void chooseFolder();
    void showSummary();
    void openFolder();

    std::unique_ptr<Ui::BatchExportDialog> m_ui;
    storage::Database &m_db;
    Dataset m_data;
    app::Settings &m_settings;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    BatchExportSummary m_summary;
};

} // namespace fhb::gui
