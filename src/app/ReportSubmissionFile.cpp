// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSubmissionFile.h"

#include "ExchangeFile.h"
#include "storage/DatasetStore.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace fhb::app {

Result<QByteArray> ReportSubmissionFile::json(storage::Database &db, const QString &party, int year)
{
    // The same filter as the command line's export --party --year: one source of truth.
    storage::DatasetFilter filter;
    filter.party = party;
    filter.year = year;
    const Result<Dataset> data = storage::DatasetStore(db).load(filter);
    if (!data)
        return Result<QByteArray>::failure(data.error());
    if (!data->report(party, year))
        return Result<QByteArray>::failure(tr("Det finns ingen årsredovisning för %1 %2 i databasen, "
                                              "så det finns inget att exportera.").arg(party).arg(year));
    return exchangeToJson(data.value());
}

Status ReportSubmissionFile::write(storage::Database &db, const QString &party, int year, const QString &path)
{
    const Result<QByteArray> bytes = json(db, party, year);
    if (!bytes)
        return Status::failure(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Status::failure(tr("Filen %1 kunde inte skrivas (%2). Kontrollera att mappen finns och att du "
                                  "får skriva i den, och försök igen.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString ReportSubmissionFile::fileName(int year, const QString &party)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = tr("Rapport %1 – %2").arg(year).arg(party.simplified());
    name.replace(refused, QStringLiteral("-"));
    return QString(name.trimmed() + QStringLiteral(".json"));
}

} // namespace fhb::app
