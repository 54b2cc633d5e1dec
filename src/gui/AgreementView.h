// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agreement.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AgreementView;
}

namespace fhb::app {
class CompensationScheduleModel;
}

namespace fhb::gui {

/// The read-only page of one agreement: parties, period, decision, base compensation,
/// the per-year compensation (fhb::CompensationSchedule, preliminary years marked), the
/// co-funding ratio, member commitments, obligations and notes. Layout in ui/AgreementView.ui.
class AgreementView : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementView(QWidget *parent = nullptr);
    ~AgreementView() override;

    /// Shows `agreement` (copied).
    void showAgreement(const Agreement &agreement);
    QString agreementName() const { return m_name; }
    /// The tab title: "Avtal Sydnärke 2024–2029".
    QString shortTitle() const { return m_shortTitle; }

private:
    void showCommitments(const Agreement &agreement);
    void showObligations(const Agreement &agreement);

    std::unique_ptr<Ui::AgreementView> m_ui;
    app::CompensationScheduleModel *m_schedule = nullptr;
    QString m_name;
    QString m_shortTitle;
};

} // namespace fhb::gui
