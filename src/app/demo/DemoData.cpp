// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "app/exchange/ExchangeFile.h"
#include "storage/dataset/DatasetStore.h"

#include <QCoreApplication>
#include <QFile>

namespace fhb::app {

Result<Dataset> demoDataset()
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<Dataset>::failure(ErrorKind::NotFound,
            QCoreApplication::translate("DemoData", "Demodata saknas i programmet (:/demo/demo.json)."));
    Result<Dataset> data = exchangeFromJson(file.readAll());
    if (!data)
        return Result<Dataset>::failure(
            QCoreApplication::translate("DemoData", "Demodata i programmet är ogiltiga: %1").arg(data.error()));
    return data;
}

Status loadDemoData(storage::Database &db)
{
    const Result<Dataset> data = demoDataset();
    if (!data)
        return Status::failure(data.fault());
    storage::DatasetStore store(db);
    const Result<storage::ImportSummary> summary = store.import(data.value());
    if (!summary)
        return Status::failure(summary.errorKind(),
            QCoreApplication::translate("DemoData", "Demodata kunde inte läsas in: %1").arg(summary.error()));
    return {};
}

} // namespace fhb::app
