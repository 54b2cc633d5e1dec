// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QAbstractListModel>
#include <QPointer>

namespace fhb::app {

/// One narrative list of a report ("Tre viktiga händelser" or staff resources), one
/// paragraph per row. Owned by its ReportDocument (ReportDocument::paragraphModel()).
/// setData(), insertRows() (empty paragraphs), removeRows() and moveRows() (one row) push
/// undo commands through the document; the document then updates the model.
class ParagraphListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    ParagraphListModel(ReportDocument *document, ReportDocument::Narrative kind, QObject *parent = nullptr);

    ReportDocument::Narrative kind() const { return m_kind; }
    const QStringList &paragraphs() const { return m_paragraphs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    // Called by the document; not for editing.
    void reset(const QStringList &paragraphs);
    void paragraphInserted(int row, const QString &text);
    void paragraphChanged(int row, const QString &text);
    void paragraphRemoved(int row);
    void paragraphMoved(int from, int to);
    void editabilityChanged();

private:
    QPointer<ReportDocument> m_document;
    ReportDocument::Narrative m_kind;
    QStringList m_paragraphs;
};

} // namespace fhb::app
