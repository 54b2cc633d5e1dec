// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerCsv.h"

#include <QAbstractTableModel>

namespace fhb::app {

/// Every data row of a ledger CSV as the import would read it, for the wizard's preview:
/// Rad (the file's line number), Kategori, Belopp (Swedish format; the cell as written when it
/// is not an amount), Fotnot, and Status: "OK", or "Fel: <reason>" with the error icon and
/// the error colour (icon + word + colour, never colour alone). Read-only.
class LedgerPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, CategoryColumn, AmountColumn, FootnoteColumn, StatusColumn, ColumnCount };

    explicit LedgerPreviewModel(QObject *parent = nullptr);

    /// Shows the rows of `csv` (a copy is kept).
    void setCsv(const LedgerCsv &csv, const LedgerCsvOptions &options);
    const LedgerCsv &csv() const { return m_csv; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole, ToolTipRole (the whole reason), DecorationRole (status icon),
    /// ForegroundRole (error colour on bad rows' status), TextAlignmentRole, AmountOreRole.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const LedgerCsvRow &row, int column) const;

    LedgerCsv m_csv;
    LedgerCsvOptions m_options;
};

} // namespace fhb::app
