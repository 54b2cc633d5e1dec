// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Integrity.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QCoreApplication>

namespace fhb::storage {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Integrity", text); }

} // namespace

Result<QStringList> integrityProblems(const Database &db)
{
    QStringList problems;
    QSqlQuery integrity(db.connection());
    if (!prepare(integrity, QStringLiteral("PRAGMA integrity_check")) || !execPrepared(integrity))
        return Result<QStringList>::failure(
            failureMessage(integrity.lastError(), tr("kontrollera databasfilens integritet")));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok")) {
            qCWarning(lcStorage) << "integrity_check:" << line;
            problems << tr("Databasfilen är skadad (SQLite: %1). Återställ den från en säkerhetskopia.").arg(line);
        }
    }
    QSqlQuery foreignKeys(db.connection());
    if (!prepare(foreignKeys, QStringLiteral("PRAGMA foreign_key_check")) || !execPrepared(foreignKeys))
        return Result<QStringList>::failure(
            failureMessage(foreignKeys.lastError(), tr("kontrollera databasens referenser")));
    while (foreignKeys.next()) {
        qCWarning(lcStorage) << "foreign_key_check:" << foreignKeys.value(0).toString() << foreignKeys.value(1);
        problems << tr("En rad i tabellen %1 pekar på en rad som inte finns i %2. Återställ databasen från en "
                       "säkerhetskopia.")
                        .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString());
    }
    // A check that stops on an error has not checked everything: that is not "no problems".
    if (const std::optional<QString> error = stepFailure(integrity, tr("kontrollera databasfilens integritet")))
        return Result<QStringList>::failure(*error);
    if (const std::optional<QString> error = stepFailure(foreignKeys, tr("kontrollera databasens referenser")))
        return Result<QStringList>::failure(*error);
    return problems;
}

} // namespace fhb::storage
