// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace fhb::storage {

/// One row of the audit log: who changed what, when, from what to what.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;                   ///< UTC
    QString who;                    ///< operating-system user (Database::userName())
    QString entity;                 ///< table name: "annual_report", "party", "agreement", …
    std::optional<qint64> entityId; ///< row id in that table, when the row exists
    std::optional<qint64> reportId; ///< the annual report concerned, if any
    QString action;                 ///< "insert", "update", "delete", "status", "reopen", "import", "replace"
    QString field;                  ///< the column changed ("status"), or empty
    QString oldValue;               ///< null when there was none
    QString newValue;               ///< null when there is none
};

} // namespace fhb::storage
