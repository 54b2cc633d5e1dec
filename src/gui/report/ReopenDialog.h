// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ReopenDialog;
}

namespace fhb::gui {

/// Asks why an approved report is reopened. "Återöppna" stays disabled until a reason is
/// written; the reason is recorded in the audit log.
class ReopenDialog : public QDialog
{
    Q_OBJECT
public:
    /// `subject` names the report: "Örebro kommun 2023".
    explicit ReopenDialog(const QString &subject, QWidget *parent = nullptr);
    ~ReopenDialog() override;

    /// The reason as typed, trimmed.
    QString reason() const;
    /// Whether the confirming button is enabled.
    bool canConfirm() const;

private:
    void retranslate();

    std::unique_ptr<Ui::ReopenDialog> m_ui;
    QString m_subject;
};

} // namespace fhb::gui
