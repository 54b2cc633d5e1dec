// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"
#include "domain/Finding.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QAbstractItemView;
class QTableView;
class QTimer;
class QToolButton;

namespace Ui {
class AnnualReportEditor;
}

namespace fhb::app {
class ReportDocument;
}

namespace fhb::gui {

class AmountDelegate;
class ItemViewKeys;

/// The page of one annual report, editable while its document is: header with status,
/// period, expense and revenue tables (delegates for category, amount and kind; Enter,
/// Insert, Delete and Ctrl+Up/Down), the summary and co-funding panel updated as you type,
/// the narrative lists and the signature. Every edit goes through the app::ReportDocument
/// (one undo command each, written at once). A locked report (approved, or a read-only
/// file) shows a banner saying why and every editor is read-only. A refused edit shows its
/// reason above the tables. Layout in ui/AnnualReportEditor.ui.
class AnnualReportEditor : public QWidget
{
    Q_OBJECT
public:
    /// Takes ownership of `document`. `data` is the workspace's dataset, used for the
    /// party's kind, co-funding and checks; it is copied, with this report kept current.
    AnnualReportEditor(app::ReportDocument *document, const Dataset &data, QWidget *parent = nullptr);
    ~AnnualReportEditor() override;

    app::ReportDocument *document() const { return m_document; }
    QString party() const;
    int year() const;
    /// "Årsredovisning 2023 — Örebro kommun".
    QString title() const;
    /// The tab title: "Örebro kommun 2023".
    QString shortTitle() const;

    /// Replaces the rest of the dataset (after the workspace was read again).
    void setDataset(const Dataset &data);
    /// Every finding of fhb::checks::forReport for the report as it is now.
    QList<Finding> findings() const { return m_findings; }
    /// Moves the keyboard focus to `field` ("expenses", "revenues", "period", "signature",
    /// "events", "staff") and scrolls to it; false for an unknown field.
    bool focusField(const QString &field);
    /// True when every editor is read-only (approved report or read-only file).
    bool isLocked() const;
    /// The reason of the last refused edit shown above the tables; empty when none shows.
    QString refusalText() const;

Q_SIGNALS:
    /// findings() changed.
    void findingsChanged();
    /// The user asked to reopen the approved report (the banner's button).
    void reopenRequested();
    /// A short message for the status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpTables();
    /// An editable line table over `model`, with an amount delegate (returned) whose typing
    /// the summary previews.
    AmountDelegate *setUpLineTable(QTableView *view, QAbstractItemModel *model, int amountColumn);
    void setUpNarrative();
    void setUpFields();
    void wireButtons(ItemViewKeys *keys, QToolButton *add, QToolButton *remove, QToolButton *up, QToolButton *down);
    void refresh();
    void refreshSummary(const std::optional<AnnualReport> &preview = std::nullopt);
    void updateEditability();
    void showRefusal(const QString &reason);
    void commitPeriod();
    void commitSignature();
    void fitTables();

    std::unique_ptr<Ui::AnnualReportEditor> m_ui;
    app::ReportDocument *m_document;
    Dataset m_data;
    QList<Finding> m_findings;
    QTimer *m_signatureTyping = nullptr; ///< runs while typed signature text waits to be written
};

} // namespace fhb::gui
