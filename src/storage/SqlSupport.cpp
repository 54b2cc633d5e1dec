// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>

namespace fhb::storage {

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    if (!connection.isValid() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool isLockedError(const QSqlError &error)
{
    return error.databaseText().contains(QLatin1String("fhb-locked"))
        || error.driverText().contains(QLatin1String("fhb-locked"));
}

Error failureMessage(const QSqlError &error, const QString &what)
{
    if (isLockedError(error))
        return {ErrorKind::Locked, QCoreApplication::translate("Database",
            "Årsredovisningen är godkänd och därför låst: varken den eller dess rader kan ändras. "
            "Be en controller att öppna den igen (med en orsak) om något måste rättas.")};
    if (error.databaseText().contains(QLatin1String("fhb-overlap")) || error.driverText().contains(QLatin1String("fhb-overlap")))
        return {ErrorKind::Invalid, QCoreApplication::translate("Database",
            "Kunde inte %1: en kommun kan bara vara medlem i en länsdel åt gången, och bara en gång per år. "
            "Ingenting har sparats.").arg(what)};
    qCWarning(lcStorage) << "SQL failure while" << what << ":" << error.text();
    if (error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6"))
        return {ErrorKind::Busy, QCoreApplication::translate("Database",
            "Kunde inte %1: databasen används av ett annat program just nu. Försök igen om en stund.").arg(what)};
    if (error.nativeErrorCode() == QLatin1String("8"))
        return {ErrorKind::ReadOnly, QCoreApplication::translate("Database",
            "Kunde inte %1: databasen är skrivskyddad. Öppna en kopia som du får skriva i.").arg(what)};
    // SQLITE_FULL (13) and SQLITE_IOERR (10, also a file-size limit): SQLite has rolled back.
    if (const int code = error.nativeErrorCode().toInt() & 0xff; code == 13 || code == 10)
        return {ErrorKind::DiskFull, QCoreApplication::translate("Database",
            "Kunde inte %1: databasfilen kunde inte skrivas, troligen för att disken är full. Ingenting har "
            "sparats och det som redan fanns i databasen är oförändrat. Frigör utrymme på disken och försök igen.")
            .arg(what)};
    // SQLITE_CONSTRAINT (19): a CHECK, UNIQUE or foreign key the data does not keep.
    const ErrorKind kind = (error.nativeErrorCode().toInt() & 0xff) == 19 ? ErrorKind::Invalid : ErrorKind::Io;
    return {kind, QCoreApplication::translate("Database",
        "Kunde inte %1: databasen avvisade ändringen. Ingenting har sparats. "
        "Kontrollera uppgifterna eller kör en kontroll av databasen.").arg(what)};
}

bool prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return true;
    qCWarning(lcStorage) << "cannot prepare" << sql << ":" << query.lastError().text();
    return false;
}

bool execPrepared(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCDebug(lcStorage) << "statement failed:" << query.lastQuery() << query.lastError().text();
    return false;
}

std::optional<Error> stepFailure(const QSqlQuery &query, const QString &what)
{
    if (query.lastError().type() == QSqlError::NoError)
        return std::nullopt;
    return failureMessage(query.lastError(), what);
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace fhb::storage
