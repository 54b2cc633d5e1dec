// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace fhb::app {
class AnnualReportPdf;
}

namespace fhb::gui {

/// The archive identity of an approved report, "Version 2 · SHA-256 3f2a9b1c 0d4e…", worded
/// exactly as the second footer line of its PDF, so a paper copy can be compared with the
/// database by eye. Selectable, so it can be copied. Hidden for drafts and submitted reports,
/// which have no fingerprint because they may still change.
class ArchiveInfoLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ArchiveInfoLabel(QWidget *parent = nullptr);

    /// Shows `pdf`'s identity line, or hides the label when the report is not approved.
    void showReport(const app::AnnualReportPdf &pdf);
    /// Hides the label (no report in the current tab).
    void clearReport();

    /// The identity line of `pdf` as its footer prints it; empty when it is not approved.
    static QString identityLine(const app::AnnualReportPdf &pdf);
};

} // namespace fhb::gui
