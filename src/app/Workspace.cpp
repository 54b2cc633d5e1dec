// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "app/demo/DemoData.h"
#include "storage/BalanceStore.h"
#include "storage/dataset/DatasetStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace fhb::app {

Workspace::Workspace(std::unique_ptr<storage::Database> database)
    : m_database(std::move(database))
{
}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const storage::OpenOptions &options, Load load)
{
    storage::OpenError error;
    std::unique_ptr<storage::Database> db = storage::Database::open(path, options, &error);
    if (!db)
        return Result<std::unique_ptr<Workspace>>::failure(error.fault());
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(db)));
    if (load == Load::OverviewFirst) {
        // Sums made in SQL: a large county's overview needs none of its lines (docs/performance.md).
        Result<storage::BalanceInputs> inputs = storage::BalanceStore(*workspace->m_database).load();
        if (!inputs)
            return Result<std::unique_ptr<Workspace>>::failure(inputs.fault());
        workspace->m_dataset = std::move(inputs->data);
        workspace->m_figures = std::move(inputs->reports);
        return Result<std::unique_ptr<Workspace>>(std::move(workspace));
    }
    if (const Status loaded = workspace->reload(); !loaded)
        return Result<std::unique_ptr<Workspace>>::failure(loaded.fault());
    return Result<std::unique_ptr<Workspace>>(std::move(workspace));
}

Result<std::unique_ptr<Workspace>> Workspace::createWithDemoData(const QString &path)
{
    using R = Result<std::unique_ptr<Workspace>>;
    {
        storage::OpenError error;
        storage::OpenOptions options;
        options.create = true;
        std::unique_ptr<storage::Database> db = storage::Database::open(path, options, &error);
        if (!db)
            return R::failure(error.fault());
        if (const Status loaded = loadDemoData(*db); !loaded) {
            db.reset();
            QFile::remove(path);
            return R::failure(loaded.errorKind(),
                QCoreApplication::translate("Workspace", "Exempeldata kunde inte läggas in i %1: %2 "
                                                         "Den nya filen har tagits bort; försök igen.")
                    .arg(QDir::toNativeSeparators(path), loaded.error()));
        }
    }
    return open(path);
}

QString Workspace::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("folkhalsobok.db"));
}

Status Workspace::reload()
{
    Result<Dataset> loaded = storage::DatasetStore(*m_database).load();
    if (!loaded)
        return Status::failure(loaded.fault());
    m_dataset = std::move(loaded.value());
    m_figures.clear();
    m_complete = true;
    return {};
}

QList<ReportFigure> Workspace::reportFigures() const
{
    return m_complete ? fhb::reportFigures(m_dataset.reports) : m_figures;
}

QString Workspace::path() const
{
    return m_database->path();
}

QString Workspace::fileName() const
{
    return QFileInfo(m_database->path()).fileName();
}

QString Workspace::userName() const
{
    return m_database->userName();
}

bool Workspace::isReadOnly() const
{
    return m_database->isReadOnly();
}

QString Workspace::readOnlyReason() const
{
    return m_database->readOnlyReason();
}

} // namespace fhb::app
