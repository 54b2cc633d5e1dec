// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fhb::app {

class ReportDocument;

/// The revenue lines of one annual report: Källa, Slag (regional compensation or other),
/// Belopp (whole kronor, right-aligned), Anteckning; the note is also the row's tooltip.
/// Read-only without a document; with one, editable as ExpenseLineModel: edits become undo
/// commands of the document. The kind column's DisplayRole is the Swedish name and its
/// EditRole the key ("regional-compensation" / "other"); setData() accepts a key or a name.
class RevenueLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, KindColumn, AmountColumn, NoteColumn, ColumnCount };
    static constexpr int AmountOreRole = Qt::UserRole + 1; ///< qint64 öre of the amount column
    static constexpr int KindKeyRole = Qt::UserRole + 2;   ///< the kind key, any column

    explicit RevenueLineModel(QObject *parent = nullptr);
    /// Edits go to `document` (nullptr: read-only).
    void setDocument(ReportDocument *document);
    void setLines(QList<RevenueLine> lines);
    const QList<RevenueLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Inserts `count` empty lines of the kind "other", amount 0.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    /// Moves one row (count must be 1).
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    /// The kinds for a combo: (Swedish name, key) pairs in display order.
    static QList<QPair<QString, QString>> kindChoices();

    // Called by the document after a successful write; not for editing.
    void lineInserted(int row, const RevenueLine &line);
    void lineChanged(int row, const RevenueLine &line);
    void lineRemoved(int row);
    void lineMoved(int from, int to);
    void editabilityChanged();

private:
    QPointer<ReportDocument> m_document;
    QList<RevenueLine> m_lines;
};

} // namespace fhb::app
