// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CompensationSchedule.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fhb::app {

class AgreementDocument;

/// One row per year of an agreement's period: År, Uppräkning (PLK, editable: "3,10" or empty
/// to remove), Fastställd ersättning (editable: any money form, empty to remove), Ersättning
/// (from CompensationSchedule; "(preliminär)" marked in text, not colour alone), Krav.
/// Edits push commands through the AgreementDocument; wrong input is refused with the
/// parser's reason (AgreementDocument::editRefused()) and nothing is stored.
class AgreementYearModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { YearColumn, PlkColumn, DecidedColumn, CompensationColumn, RequiredColumn, ColumnCount };
    static constexpr int YearRole = Qt::UserRole + 1;        ///< int
    static constexpr int PreliminaryRole = Qt::UserRole + 3; ///< bool
    static constexpr int PlkBpRole = Qt::UserRole + 4;       ///< int basis points, invalid when none
    // AmountOreRole (ModelRoles.h): qint64 öre of the decided, compensation and required
    // cells; invalid when unknown. setData() takes the decided amount through it too.

    explicit AgreementYearModel(AgreementDocument *document, QObject *parent = nullptr);
    /// Reads the document's agreement again (called by the document after each change).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QVariant display(int row, int column) const;

    QPointer<AgreementDocument> m_document;
    QList<YearCompensation> m_years;
};

} // namespace fhb::app
