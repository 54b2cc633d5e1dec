// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace fhb::app {
class HistoryModel;
class ReportDocument;
}

namespace fhb::gui {

/// Historik: who changed what in the report of the current tab and when, newest first,
/// from the audit log (app::HistoryModel, which follows the document's edits).
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    /// Follows `document` (nullptr: nothing to show); `subject` names it ("Örebro kommun 2023").
    void setDocument(app::ReportDocument *document, const QString &subject);

    app::HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// One line per entry as shown, newest first: "2026-11-24 10:02 · lisen · Belopp … · 154 000 · 160 000".
    QStringList lines() const;

private:
    void updateCaption();

    QLabel *m_caption = nullptr;
    QTableView *m_view = nullptr;
    app::HistoryModel *m_model = nullptr;
    QString m_subject;
};

} // namespace fhb::gui
