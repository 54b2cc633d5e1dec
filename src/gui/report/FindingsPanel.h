// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Finding.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace fhb::gui {

/// Kontroller: the findings of one report, each as icon + word ("Fel", "Varning") +
/// the Swedish sentence, so the severity never rests on colour. Activating a finding
/// (click, Enter) asks to go to the report field it names.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    /// Shows `findings`; `subject` names the report ("Örebro kommun 2023").
    void setFindings(const QList<Finding> &findings, const QString &subject);
    /// Empties the panel and says that no report is selected.
    void clear();

    QListWidget *list() const { return m_list; }
    /// The lines shown, as read aloud: "Fel: Underskrift saknas …".
    QStringList lines() const;

Q_SIGNALS:
    /// `field` is a Finding::field: "expenses", "revenues", "period", "signature", "events".
    void fieldRequested(const QString &field);

private:
    void showSummary();

    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QList<Finding> m_findings;
    QString m_subject;
    bool m_hasReport = false;
};

} // namespace fhb::gui
