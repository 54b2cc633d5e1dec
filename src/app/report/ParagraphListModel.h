// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportLineModel.h"

namespace fhb::app {

/// One narrative list of a report ("Tre viktiga händelser" or staff resources), one
/// paragraph per row in one column; editable through its document as ReportLineModel says.
class ParagraphListModel : public ReportLineModel
{
    Q_OBJECT
public:
    /// Over `document`'s narrative `list` (Events or StaffResources), owned by the document.
    ParagraphListModel(ReportDocument *document, ReportList list);

    QStringList paragraphs() const;

    /// A list's index: column 0 unless given.
    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString columnTitle(int section) const override;
};

} // namespace fhb::app
