// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevenueLineModel.h"

#include "app/ModelRoles.h"
#include "domain/Text.h"

namespace fhb::app {

RevenueLineModel::RevenueLineModel(QObject *parent)
    : ReportLineModel(ReportList::Revenues, ColumnCount, AmountColumn, nullptr, parent)
{
}

RevenueLineModel::RevenueLineModel(ReportDocument *document)
    : ReportLineModel(ReportList::Revenues, ColumnCount, AmountColumn, document, nullptr)
{
}

void RevenueLineModel::setLines(const QList<RevenueLine> &lines)
{
    setRows({lines.cbegin(), lines.cend()});
}

QList<QPair<QString, QString>> RevenueLineModel::kindChoices()
{
    return {{revenueKindName(RevenueKind::RegionalCompensation), revenueKindKey(RevenueKind::RegionalCompensation)},
            {revenueKindName(RevenueKind::Other), revenueKindKey(RevenueKind::Other)}};
}

QString RevenueLineModel::columnTitle(int section) const
{
    switch (section) {
    case SourceColumn: return tr("Källa");
    case KindColumn: return tr("Slag");
    case AmountColumn: return tr("Belopp");
    case NoteColumn: return tr("Anteckning");
    default: return {};
    }
}

QVariant RevenueLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const auto &line = std::get<RevenueLine>(rows().at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case SourceColumn: return line.source;
        case KindColumn: return role == Qt::EditRole ? revenueKindKey(line.kind) : revenueKindName(line.kind);
        case AmountColumn: return money::format(line.amountOre);
        case NoteColumn: return line.note;
        default: return {};
        }
    case Qt::ToolTipRole: return line.note.isEmpty() ? QVariant() : QVariant(line.note);
    case KindKeyRole: return revenueKindKey(line.kind);
    default: return ReportLineModel::data(index, role);
    }
}

bool RevenueLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!canSet(index, role, {Qt::EditRole, AmountOreRole, KindKeyRole})
        || (role == AmountOreRole && index.column() != AmountColumn) || (role == KindKeyRole && index.column() != KindColumn))
        return false;
    RevenueLine line = std::get<RevenueLine>(rows().at(index.row()));
    switch (index.column()) {
    case SourceColumn:
        line.source = text::clean(value.toString());
        break;
    case KindColumn: {
        const QString text = value.toString().trimmed();
        std::optional<RevenueKind> kind = revenueKindFromKey(text);
        for (const auto &[name, key] : kindChoices())
            if (!kind && name.compare(text, Qt::CaseInsensitive) == 0)
                kind = revenueKindFromKey(key);
        if (!kind)
            return refuse(tr("Slaget ”%1” finns inte. Välj %2 eller %3.")
                              .arg(text, revenueKindName(RevenueKind::RegionalCompensation),
                                   revenueKindName(RevenueKind::Other)));
        line.kind = *kind;
        break;
    }
    case AmountColumn:
        if (const std::optional<Ore> amount = amountFrom(value, role))
            line.amountOre = *amount;
        else
            return false;
        break;
    case NoteColumn:
        line.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    return setRow(index.row(), line);
}

} // namespace fhb::app
