// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace fhb::app {

class AgreementDocument;

/// The obligations (åtaganden) of an agreement followed up per year: column 0 is the title
/// (editable), then one column per year of the period. A year cell is checkable
/// (Qt::CheckStateRole = fulfilled) and its text says "Uppfyllt" / "Ej uppfyllt" / "–" (so
/// status is never shown by colour alone); its EditRole and tooltip are the note. Every edit is
/// an undo command of the AgreementDocument. insertRows() adds obligations titled
/// "Nytt åtagande"; removeRows() removes them.
class ObligationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int YearRole = Qt::UserRole + 1;      ///< int year of a year column (any row)
    static constexpr int FulfilledRole = Qt::UserRole + 2; ///< bool, invalid when not followed up

    explicit ObligationModel(AgreementDocument *document, QObject *parent = nullptr);
    void refresh();
    /// The year of `column`, 0 for the title column.
    int yearOf(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QPointer<AgreementDocument> m_document;
    int m_rows = 0;
    int m_firstYear = 0;
    int m_years = 0;
};

} // namespace fhb::app
