// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Integrity.h"

#include "AuditLog.h"
#include "Database.h"
#include "storage/dataset/DatasetLoader.h"
#include "ReportApprovals.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace fhb::storage {

namespace {

QString changedOutside(const QString &what)
{
    return QCoreApplication::translate("Integrity", "Filen har ändrats utanför Folkhälsobok: %1").arg(what);
}

/// The triggers the embedded migration scripts leave behind, by name, with the exact text
/// SQLite keeps in sqlite_master (from CREATE to END, without the semicolon).
QMap<QString, QString> expectedTriggers()
{
    QMap<QString, QString> files;
    QDirIterator it(QStringLiteral(":/sql"));
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QFileInfo(path).fileName(), path);
    }
    QMap<QString, QString> triggers;
    static const QRegularExpression create(QStringLiteral("CREATE TRIGGER (\\w+)[\\s\\S]*?\\nEND"));
    static const QRegularExpression drop(QStringLiteral("DROP TRIGGER (\\w+);"));
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString script = QString::fromUtf8(file.readAll());
        // Drops and creates in the order the script runs them.
        QList<std::pair<qsizetype, QRegularExpressionMatch>> steps;
        for (auto m = drop.globalMatch(script); m.hasNext();) {
            const auto match = m.next();
            steps.append({match.capturedStart(), match});
        }
        for (auto m = create.globalMatch(script); m.hasNext();) {
            const auto match = m.next();
            steps.append({match.capturedStart(), match});
        }
        std::sort(steps.begin(), steps.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[at, match] : std::as_const(steps)) {
            if (match.captured(0).startsWith(QLatin1String("DROP")))
                triggers.remove(match.captured(1));
            else
                triggers.insert(match.captured(1), match.captured(0));
        }
    }
    return triggers;
}

/// Runs the SELECT `sql` on `query`; the failure, or nullopt when the rows can be read.
std::optional<Error> select(QSqlQuery &query, const QString &sql, const QString &what)
{
    query.setForwardOnly(true);
    if (prepare(query, sql) && execPrepared(query))
        return std::nullopt;
    return failureMessage(query.lastError(), what);
}

Status checkTriggers(const Database &db, QStringList &problems)
{
    QSqlQuery query(db.connection());
    if (const std::optional<Error> error = select(
            query, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"),
            QCoreApplication::translate("Integrity", "läsa databasens triggrar")))
        return Status::failure(*error);
    QMap<QString, QString> expected = expectedTriggers();
    while (query.next()) {
        const QString name = query.value(0).toString();
        const auto it = expected.constFind(name);
        if (it == expected.constEnd())
            problems << changedOutside(QCoreApplication::translate("Integrity", "triggern %1 hör inte till programmets schema.")
                                           .arg(name));
        else if (query.value(1).toString() != it.value())
            problems << changedOutside(QCoreApplication::translate("Integrity", "triggern %1 har en annan text än programmets schema.")
                                           .arg(name));
        expected.remove(name);
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        problems << changedOutside(QCoreApplication::translate("Integrity", "triggern %1 saknas, så spärrarna för godkända årsredovisningar och "
                                                                            "ändringsloggen gäller inte längre.").arg(it.key()));
    return {};
}

Status checkAuditChain(const Database &db, QStringList &problems)
{
    QSqlQuery query(db.connection());
    if (const std::optional<Error> error = select(
            query, QStringLiteral("SELECT ") + AuditLog::chainColumns() + QStringLiteral(", hash FROM audit_log ORDER BY id"),
            QCoreApplication::translate("Integrity", "läsa ändringsloggen")))
        return Status::failure(*error);
    constexpr int kMaxReported = 10;
    int broken = 0;
    QString previous = AuditLog::chainStart();
    while (query.next()) {
        QVariantList columns;
        for (int i = 0; i < 10; ++i)
            columns << query.value(i);
        const QString stored = query.value(10).toString();
        if (AuditLog::chainHash(previous, columns) != stored && ++broken <= kMaxReported)
            problems << changedOutside(QCoreApplication::translate("Integrity", "ändringsloggens rad %1 (%2, %3 %4) stämmer inte med kedjan av "
                                                                                "kontrollsummor: raden eller raden före den har ändrats, tagits bort "
                                                                                "eller lagts till.")
                                           .arg(query.value(0).toLongLong())
                                           .arg(query.value(1).toString(), query.value(6).toString(),
                                                query.value(3).toString()));
        previous = stored;
    }
    if (query.lastError().isValid())
        return Status::failure(failureMessage(query.lastError(), QCoreApplication::translate("Integrity", "läsa ändringsloggen")));
    if (broken > kMaxReported)
        problems << changedOutside(QCoreApplication::translate("Integrity", "ytterligare %1 rader i ändringsloggen stämmer inte med kedjan.")
                                       .arg(broken - kMaxReported));
    return {};
}

Status checkApprovals(const Database &db, QStringList &problems)
{
    QSqlQuery query(db.connection());
    if (const std::optional<Error> error = select(query, QStringLiteral(
            "SELECT r.id, p.name, r.year, r.row_version, a.fingerprint, a.row_version FROM annual_report r "
            "JOIN party p ON p.id = r.party_id "
            "LEFT JOIN report_approval a ON a.id = (SELECT max(id) FROM report_approval WHERE report_id = r.id) "
            "WHERE r.status = 'approved' ORDER BY p.name, r.year"), QCoreApplication::translate("Integrity", "läsa godkännandena")))
        return Status::failure(*error);
    struct Approved {
        qint64 id;
        QString name;
        QString fingerprint;
    };
    QList<Approved> toVerify;
    while (query.next()) {
        const QString name = QStringLiteral("%1 %2").arg(query.value(1).toString()).arg(query.value(2).toInt());
        if (query.value(4).isNull())
            problems << changedOutside(QCoreApplication::translate("Integrity", "årsredovisningen för %1 är godkänd, men godkännandet finns inte registrerat.")
                                           .arg(name));
        else if (query.value(5).toInt() != query.value(3).toInt())
            problems << changedOutside(QCoreApplication::translate("Integrity", "årsredovisningen för %1 har ändrats efter godkännandet (radversionen "
                                                                                "stämmer inte).").arg(name));
        else
            toVerify.append({query.value(0).toLongLong(), name, query.value(4).toString()});
    }
    if (toVerify.isEmpty())
        return {};
    // All reports in one read: reading them one by one would scan the lines for each.
    const auto reports = DatasetLoader(db).reports({});
    if (!reports)
        return Status::failure(reports.fault());
    QHash<qint64, const AnnualReport *> byId;
    for (const AnnualReport &r : reports.value())
        byId.insert(r.id, &r);
    for (const Approved &a : std::as_const(toVerify)) {
        const AnnualReport *report = byId.value(a.id);
        if (!report)
            continue;
        const QString fingerprint = approvedFingerprint(*report);
        // No fingerprint means this program cannot compute one: that is no proof of anything.
        if (fingerprint.isEmpty())
            return Status::failure(ErrorKind::Io, QCoreApplication::translate("Integrity", "Godkännandenas fingeravtryck kan inte kontrolleras av det här programmet."));
        if (fingerprint != a.fingerprint)
            problems << changedOutside(QCoreApplication::translate("Integrity", "årsredovisningen för %1 stämmer inte längre med fingeravtrycket från "
                                                                                "godkännandet (SHA-256 %2, nu %3).")
                                           .arg(a.name, a.fingerprint, fingerprint));
    }
    return {};
}

/// The program writes every reopening together with its audit row (ReportStore::reopen), so a
/// reopening without one was inserted by another program.
Status checkReopenings(const Database &db, QStringList &problems)
{
    QSqlQuery query(db.connection());
    if (const std::optional<Error> error = select(query, QStringLiteral(
            "SELECT p.name, r.year, o.reopened_at, o.reopened_by FROM report_reopening o "
            "JOIN annual_report r ON r.id = o.report_id JOIN party p ON p.id = r.party_id "
            "WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.report_id = o.report_id "
            "AND a.entity = 'report_reopening' AND a.entity_id = o.id) ORDER BY o.id"), QCoreApplication::translate("Integrity", "läsa återöppningarna")))
        return Status::failure(*error);
    while (query.next())
        problems << changedOutside(QCoreApplication::translate("Integrity", "återöppningen av årsredovisningen för %1 %2 (%3, av %4) finns inte i "
                                                                            "ändringsloggen.")
                                       .arg(query.value(0).toString()).arg(query.value(1).toInt())
                                       .arg(query.value(2).toString(), query.value(3).toString()));
    return {};
}

Status checkCountyParts(const Database &db, QStringList &problems)
{
    QSqlQuery query(db.connection());
    if (const std::optional<Error> error = select(query, QStringLiteral(
            "SELECT m.name, pa.name, a.from_year, a.to_year, pb.name, b.from_year, b.to_year "
            "FROM county_part_member a JOIN county_part_member b ON b.member_id = a.member_id AND b.id > a.id "
            "AND a.from_year <= b.to_year AND b.from_year <= a.to_year "
            "JOIN party m ON m.id = a.member_id JOIN party pa ON pa.id = a.county_part_id "
            "JOIN party pb ON pb.id = b.county_part_id ORDER BY m.name, a.id, b.id"), QCoreApplication::translate("Integrity", "läsa länsdelarnas medlemmar")))
        return Status::failure(*error);
    while (query.next()) {
        const QString member = query.value(0).toString();
        if (query.value(1) == query.value(4))
            problems << QCoreApplication::translate("Integrity", "%1 står två gånger som medlem i %2 för samma år (%3–%4 och %5–%6). Saldot räknar "
                                                                 "rapporten en gång; ta bort det ena medlemskapet under Parter.")
                            .arg(member, query.value(1).toString())
                            .arg(query.value(2).toInt()).arg(query.value(3).toInt())
                            .arg(query.value(5).toInt()).arg(query.value(6).toInt());
        else
            problems << QCoreApplication::translate("Integrity", "%1 är medlem i både %2 (%3–%4) och %5 (%6–%7) samma år, så dess rapport räknas för "
                                                                 "båda länsdelarna. En kommun kan bara höra till en länsdel åt gången; ändra "
                                                                 "medlemskapen under Parter.")
                            .arg(member, query.value(1).toString())
                            .arg(query.value(2).toInt()).arg(query.value(3).toInt())
                            .arg(query.value(4).toString())
                            .arg(query.value(5).toInt()).arg(query.value(6).toInt());
    }
    return {};
}

} // namespace

Result<QStringList> integrityProblems(const Database &db)
{
    QStringList problems;
    QSqlQuery integrity(db.connection());
    if (!prepare(integrity, QStringLiteral("PRAGMA integrity_check")) || !execPrepared(integrity))
        return Result<QStringList>::failure(
            failureMessage(integrity.lastError(), QCoreApplication::translate("Integrity", "kontrollera databasfilens integritet")));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok")) {
            qCWarning(lcStorage) << "integrity_check:" << line;
            problems << QCoreApplication::translate("Integrity", "Databasfilen är skadad (SQLite: %1). Återställ den från en säkerhetskopia.")
                            .arg(line);
        }
    }
    QSqlQuery foreignKeys(db.connection());
    if (!prepare(foreignKeys, QStringLiteral("PRAGMA foreign_key_check")) || !execPrepared(foreignKeys))
        return Result<QStringList>::failure(
            failureMessage(foreignKeys.lastError(), QCoreApplication::translate("Integrity", "kontrollera databasens referenser")));
    while (foreignKeys.next()) {
        qCWarning(lcStorage) << "foreign_key_check:" << foreignKeys.value(0).toString() << foreignKeys.value(1);
        problems << QCoreApplication::translate("Integrity", "En rad i tabellen %1 pekar på en rad som inte finns i %2. Återställ databasen från en "
                                                             "säkerhetskopia.")
                        .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString());
    }
    // A check that stops on an error has not checked everything: that is not "no problems".
    if (const std::optional<Error> error = stepFailure(integrity, QCoreApplication::translate("Integrity", "kontrollera databasfilens integritet")))
        return Result<QStringList>::failure(*error);
    if (const std::optional<Error> error = stepFailure(foreignKeys, QCoreApplication::translate("Integrity", "kontrollera databasens referenser")))
        return Result<QStringList>::failure(*error);
    for (const auto check : {checkTriggers, checkAuditChain, checkApprovals, checkReopenings, checkCountyParts})
        if (const Status s = check(db, problems); !s)
            return Result<QStringList>::failure(s.fault());
    return problems;
}

} // namespace fhb::storage
