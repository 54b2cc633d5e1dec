// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include "domain/ReportRow.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

namespace fhb::app {

/// The rows of one list of a report (ReportList) as a table; subclasses give only the columns
/// (data(), headerData(), and setData() building the edited row). Without a document
/// (setRows()) it is read-only. With one, it is editable while the document is: setData(),
/// insertRows() (empty rows), removeRows() and moveRows() (one row) push undo commands
/// through the document and never change the rows themselves; the model follows the
/// document's rowsChanged(). Input a subclass refuses is refused with its reason
/// (ReportDocument::editRefused()) and nothing is stored.
class ReportLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ReportList list() const { return m_list; }
    /// Shows `rows` read-only (no document).
    void setRows(QList<ReportRow> rows);
    const QList<ReportRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    /// TextAlignmentRole (the amount column right-aligned) and AmountOreRole (ModelRoles.h) of
    /// the amount column; the subclasses answer the other roles.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The column titles (columnTitle()), the amount column's right-aligned.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Inserts `count` empty rows (emptyRow()).
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    /// Moves one row (count must be 1).
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

protected:
    /// Over `document`'s `list` (owned by the document), or read-only without one (`parent`).
    /// `amountColumn` holds the row's amount (-1: none).
    ReportLineModel(ReportList list, int columns, int amountColumn, ReportDocument *document, QObject *parent);
    virtual QString columnTitle(int section) const = 0;
    ReportDocument *document() const { return m_document; }
    /// Whether a setData() call may change `index`: a valid row, a document, and `role`.
    bool canSet(const QModelIndex &index, int role, std::initializer_list<int> roles = {Qt::EditRole}) const;
    /// Writes `value` in place of row `row` through the document.
    bool setRow(int row, const ReportRow &value);
    /// Refuses input through the document; always false.
    bool refuse(const QString &reason);
    /// The amount `value` means: öre through AmountOreRole, else text money::parse accepts
    /// (refused with its reason, then nullopt).
    std::optional<Ore> amountFrom(const QVariant &value, int role);

private:
    void follow(ReportList list, ReportDocument::RowChange change, int row, int to);
    void editabilityChanged();

    ReportList m_list;
    int m_columns;
    int m_amountColumn;
    QPointer<ReportDocument> m_document;
    QList<ReportRow> m_rows;
};

} // namespace fhb::app
