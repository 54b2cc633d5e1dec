// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportLineModel.h"

namespace fhb::app {

/// The expense lines of one annual report: Kategori, Belopp (whole kronor, right-aligned),
/// Fotnot; editable through its document as ReportLineModel says.
/// The amount column's EditRole is the amount as text ("154 000"); setData() accepts any
/// form fhb::money::parse understands, or a qint64 öre through AmountOreRole (ModelRoles.h).
class ExpenseLineModel : public ReportLineModel
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, AmountColumn, FootnoteColumn, ColumnCount };

    /// Read-only; setLines() fills it.
    explicit ExpenseLineModel(QObject *parent = nullptr);
    /// Over `document`'s expense lines, owned by the document.
    explicit ExpenseLineModel(ReportDocument *document);
    void setLines(const QList<ExpenseLine> &lines);
    QList<ExpenseLine> lines() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString columnTitle(int section) const override;
};

} // namespace fhb::app
