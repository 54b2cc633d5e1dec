// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fhb::app {

class ReportDocument;

/// The expense lines of one annual report: Kategori, Belopp (whole kronor, right-aligned),
/// Fotnot. Without a document (setLines()) it is read-only. With a document (the one that
/// owns it, ReportDocument::expenseModel()) it is editable while the document is: setData(),
/// insertRows(), removeRows() and moveRows() push undo commands through the document and
/// never change the lines themselves; the document then updates the model.
/// The amount column's EditRole is the amount as text ("154 000"); setData() accepts any
/// form fhb::money::parse understands, or a qint64 öre through AmountOreRole. Input the
/// parser refuses ("12x") is refused with its reason (ReportDocument::editRefused()) and
/// nothing is stored.
class ExpenseLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, AmountColumn, FootnoteColumn, ColumnCount };
    static constexpr int AmountOreRole = Qt::UserRole + 1; ///< qint64 öre of the amount column

    explicit ExpenseLineModel(QObject *parent = nullptr);
    /// Edits go to `document` (nullptr: read-only).
    void setDocument(ReportDocument *document);
    void setLines(QList<ExpenseLine> lines);
    const QList<ExpenseLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Inserts `count` empty lines (empty category, amount 0, no footnote).
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    /// Moves one row (count must be 1).
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    // Called by the document after a successful write; not for editing.
    void lineInserted(int row, const ExpenseLine &line);
    void lineChanged(int row, const ExpenseLine &line);
    void lineRemoved(int row);
    void lineMoved(int from, int to);
    /// The document's editability changed: flags() differ.
    void editabilityChanged();

private:
    QPointer<ReportDocument> m_document;
    QList<ExpenseLine> m_lines;
};

} // namespace fhb::app
