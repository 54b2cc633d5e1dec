// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportLineModel.h"

namespace fhb::app {

/// The revenue lines of one annual report: Källa, Slag (regional compensation or other),
/// Belopp (whole kronor, right-aligned), Anteckning; the note is also the row's tooltip.
/// Editable through its document as ReportLineModel says. The kind column's DisplayRole is
/// the Swedish name and its EditRole the key ("regional-compensation" / "other"); setData()
/// accepts a key or a name. The amount column answers AmountOreRole (ModelRoles.h).
class RevenueLineModel : public ReportLineModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, KindColumn, AmountColumn, NoteColumn, ColumnCount };
    static constexpr int KindKeyRole = Qt::UserRole + 2; ///< the kind key, any column

    /// Read-only; setLines() fills it.
    explicit RevenueLineModel(QObject *parent = nullptr);
    /// Over `document`'s revenue lines, owned by the document.
    explicit RevenueLineModel(ReportDocument *document);
    void setLines(const QList<RevenueLine> &lines);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The kinds for a combo: (Swedish name, key) pairs in display order.
    static QList<QPair<QString, QString>> kindChoices();

private:
    QString columnTitle(int section) const override;
};

} // namespace fhb::app
