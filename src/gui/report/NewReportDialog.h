// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"
#include "app/report/ReportDocument.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class NewReportDialog;
}

namespace fhb::gui {

/// Ny årsredovisning: party, year, and whether to copy the lines and categories of the
/// party's latest earlier report (with or without amounts; the narrative is never copied).
/// Skapa is disabled, with the reason shown, while the party already has a report that year.
class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    /// Offers the reporting parties of `data` (not funders); `party` is preselected when given.
    NewReportDialog(const Dataset &data, const QString &party, QWidget *parent = nullptr);
    ~NewReportDialog() override;

    QString party() const;
    int year() const;
    storage::NewReportContent content() const;
    void setParty(const QString &party);
    void setYear(int year);
    void setContent(storage::NewReportContent content);
    /// Why Skapa is disabled; empty when it is enabled.
    QPushButton *createButton() const { return m_create; }
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    std::unique_ptr<Ui::NewReportDialog> m_ui;
    QPushButton *m_create = nullptr;
    Dataset m_data;
};

} // namespace fhb::gui
