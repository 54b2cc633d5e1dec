// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryModel.h"

#include "ReportDocument.h"

#include "storage/ReportStore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace fhb::app {

namespace {

QString fieldName(const QString &field)
{
    static const char *const names[][2] = {
        {"period_start", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "Periodens början")},
        {"period_end", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "Periodens slut")},
        {"on_behalf_of_name", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "På uppdrag av, namn")},
        {"on_behalf_of_title", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "På uppdrag av, titel")},
        {"prepared_by_name", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "Upprättad av, namn")},
        {"prepared_by_title", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "Upprättad av, titel")},
        {"category", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "kategori")},
        {"amount_ore", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "belopp")},
        {"footnote", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "fotnot")},
        {"kind", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "slag")},
        {"source", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "källa")},
        {"note", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "anteckning")},
        {"text", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "text")},
        {"position", QT_TRANSLATE_NOOP("fhb::app::HistoryModel", "plats")},
    };
    for (const auto &pair : names)
        if (field == QLatin1String(pair[0]))
            return QCoreApplication::translate("fhb::app::HistoryModel", pair[1]);
    return field;
}

QString lineWhat(const storage::AuditEntry &e, const QString &added, const QString &removed, const QString &moved,
                 const QString &noun)
{
    if (e.action == QLatin1String("insert"))
        return added;
    if (e.action == QLatin1String("delete"))
        return removed;
    if (e.field == QLatin1String("position"))
        return moved;
    return noun + QStringLiteral(": ") + fieldName(e.field);
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setDocument(ReportDocument *document)
{
    if (m_connection)
        disconnect(m_connection);
    m_document = document;
    m_db = document ? &document->database() : nullptr;
    m_reportId = document ? document->reportId() : 0;
    if (document)
        m_connection = connect(document, &ReportDocument::changed, this, &HistoryModel::refresh);
    refresh();
}

void HistoryModel::setReport(storage::Database *db, qint64 reportId)
{
    if (m_connection)
        disconnect(m_connection);
    m_document = nullptr;
    m_db = db;
    m_reportId = reportId;
    refresh();
}

void HistoryModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    if (m_db && m_reportId > 0) {
        const auto entries = storage::ReportStore(*m_db).auditLog(m_reportId);
        if (entries) {
            m_entries = *entries;
            std::reverse(m_entries.begin(), m_entries.end());
        } else {
            m_error = entries.error();
        }
    }
    endResetModel();
}

QString HistoryModel::describe(const storage::AuditEntry &e)
{
    if (e.entity == QLatin1String("expense_line"))
        return lineWhat(e, tr("Ny utgiftsrad"), tr("Utgiftsrad borttagen"), tr("Utgiftsrad flyttad"), tr("Utgift"));
    if (e.entity == QLatin1String("revenue_line"))
        return lineWhat(e, tr("Ny intäktsrad"), tr("Intäktsrad borttagen"), tr("Intäktsrad flyttad"), tr("Intäkt"));
    if (e.entity == QLatin1String("report_paragraph"))
        return lineWhat(e, tr("Nytt stycke"), tr("Stycke borttaget"), tr("Stycke flyttat"), tr("Stycke"));
    if (e.entity == QLatin1String("report_reopening"))
        return tr("Orsak till återöppning");
    if (e.action == QLatin1String("status"))
        return tr("Status");
    if (e.action == QLatin1String("reopen"))
        return tr("Återöppnad");
    if (e.action == QLatin1String("insert"))
        return tr("Årsredovisningen skapad");
    if (e.action == QLatin1String("delete"))
        return tr("Årsredovisningen borttagen");
    if (e.action == QLatin1String("import"))
        return tr("Importerad");
    if (e.action == QLatin1String("replace"))
        return tr("Ersatt vid import");
    return fieldName(e.field);
}

QString HistoryModel::displayValue(const storage::AuditEntry &entry, const QString &value)
{
    if (entry.field == QLatin1String("status"))
        if (const auto status = reportStatusFromKey(value))
            return reportStatusName(*status);
    return value;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const storage::AuditEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return role == Qt::ToolTipRole ? e.at.toString(Qt::ISODateWithMs)
                                       : e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case WhoColumn: return e.who;
    case WhatColumn: return describe(e);
    case OldColumn: return displayValue(e, e.oldValue);
    case NewColumn: return displayValue(e, e.newValue);
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("När");
    case WhoColumn: return tr("Vem");
    case WhatColumn: return tr("Vad");
    case OldColumn: return tr("Från");
    case NewColumn: return tr("Till");
    default: return {};
    }
}

} // namespace fhb::app
