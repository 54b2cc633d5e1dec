// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSubmissionFile.h"

#include "ExchangeFile.h"
#include "app/OutputNames.h"
#include "storage/dataset/DatasetStore.h"

#include <QDir>
#include <QRegularExpression>

namespace fhb::app {

Result<QByteArray> ReportSubmissionFile::json(storage::Database &db, const QString &party, int year)
{
    // The same filter as the command line's export --party --year: one source of truth.
    storage::DatasetFilter filter;
    filter.party = party;
    filter.year = year;
    const Result<Dataset> data = storage::DatasetStore(db).load(filter);
    if (!data)
        return Result<QByteArray>::failure(data.fault());
    if (!data->report(party, year))
        return Result<QByteArray>::failure(ErrorKind::NotFound, tr("Det finns ingen årsredovisning för %1 %2 i databasen, "
                                              "så det finns inget att exportera.").arg(party).arg(year));
    return exchangeToJson(data.value());
}

storage::OutputStatus ReportSubmissionFile::write(storage::Database &db, const QString &party, int year,
                                                  const QString &path)
{
    const Result<QByteArray> bytes = json(db, party, year);
    if (!bytes)
        return storage::OutputStatus::failure(storage::OutputErrorKind::Other, bytes.error());
    return storage::OutputFile::write(path, *bytes);
}

QString ReportSubmissionFile::fileName(int year, const QString &party)
{
    return OutputNames::fileName(tr("Rapport %1 – %2").arg(year).arg(party.simplified()), QStringLiteral(".fhb.json"));
}

} // namespace fhb::app
