// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QPushButton;
class QTableView;

namespace Ui {
class ReportFilesImportDialog;
}

namespace fhb::app {
class ReportFileImportPlan;
}

namespace fhb::gui {

/// The preview of Arkiv → Importera rapporter…: every report of the chosen files with its
/// party, year, status in the file and what importing does (app::ReportFileImportPlan), a
/// check box on each report that would replace an existing one, and "Importera", enabled
/// when there is something to import. Accepting does not import: the caller does, so that
/// it can close editors first. Layout in ui/ReportFilesImportDialog.ui.
class ReportFilesImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `plan` must be planned already and outlive the dialog.
    explicit ReportFilesImportDialog(app::ReportFileImportPlan &plan, QWidget *parent = nullptr);
    ~ReportFilesImportDialog() override;

    QTableView *planView() const;
    QPushButton *importButton() const { return m_importButton; }

private:
    void retranslate();
    void updateState();

    std::unique_ptr<Ui::ReportFilesImportDialog> m_ui;
    app::ReportFileImportPlan &m_plan;
    QPushButton *m_importButton = nullptr;
};

} // namespace fhb::gui
