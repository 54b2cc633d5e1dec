// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditEntry.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

class ReportDocument;

/// The history of one annual report from the audit log, newest first: När (local time,
/// "2026-11-24 10:02"; the tooltip is the exact UTC time), Vem, Vad (a Swedish description:
/// "Utgift: belopp", "Ny utgiftsrad", "Status", "Orsak till återöppning", …), Från, Till
/// (values as stored: amounts "154 000", status keys shown as "Utkast" …; an inserted or
/// removed line shows "row: summary"). Refreshes itself on the document's changed().
/// Read-only.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, OldColumn, NewColumn, ColumnCount };
    static constexpr int EntryIdRole = Qt::UserRole + 1; ///< qint64 audit_log id

    explicit HistoryModel(QObject *parent = nullptr);
    /// Follows `document` (nullptr: empty) and refreshes on its changed().
    void setDocument(ReportDocument *document);
    /// Shows report `reportId` of `db` without a document (e.g. a report not open).
    void setReport(storage::Database *db, qint64 reportId);
    /// Reads the audit log again; on a read failure the list empties and lastError() says why.
    void refresh();
    QString lastError() const { return m_error; }
    const QList<storage::AuditEntry> &entries() const { return m_entries; }

    /// A Swedish description of one entry's "what" (used for the Vad column).
    static QString describe(const storage::AuditEntry &entry);
    /// The old or new value as shown (status keys become "Utkast", …).
    static QString displayValue(const storage::AuditEntry &entry, const QString &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<ReportDocument> m_document;
    QMetaObject::Connection m_connection;
    storage::Database *m_db = nullptr;
    qint64 m_reportId = 0;
    QList<storage::AuditEntry> m_entries;
    QString m_error;
};

} // namespace fhb::app
