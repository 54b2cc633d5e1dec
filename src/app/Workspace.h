// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CofundingBalance.h"
#include "domain/Dataset.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <memory>

namespace fhb::app {

/// How to open a database file, for the layers above app, which never include storage.
using OpenOptions = storage::OpenOptions;

/// One open database and the dataset loaded from it: what the main window shows.
/// Owns the database connection; not copyable.
class Workspace
{
public:
    /// Opens the database at `path` and loads everything in it. The error is the Swedish
    /// message of storage::OpenError (or of loading), ready to show; the file is untouched.
    /// Its kind says why (Busy: another program writes, so the caller can offer read-only).
    /// What open() reads before it returns.
    enum class Load {
        Everything,    ///< the whole dataset, every report with every line
        OverviewFirst, ///< parties, agreements and each report's sums (storage::BalanceStore):
                       ///< enough for the overview; dataset() has no reports until reload()
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &path, const storage::OpenOptions &options = {},
                                                   Load load = Load::Everything);
    /// Creates a new database at `path` holding the demo data (DemoData). Refuses an existing
    /// file; if the demo data cannot be loaded the new file is removed again.
    static Result<std::unique_ptr<Workspace>> createWithDemoData(const QString &path);
    /// "<AppDataLocation>/folkhalsobok.db", e.g. ~/.local/share/Folkhalsobok/folkhalsobok.db.
    /// Creates the folder when missing.
    static QString defaultDatabasePath();

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    storage::Database &database() { return *m_database; }
    const Dataset &dataset() const { return m_dataset; }
    /// Reads the dataset again from the database; on failure the old one stays.
    Status reload();
    /// False after open(…, Load::OverviewFirst) until reload() succeeds.
    bool isComplete() const { return m_complete; }
    /// What the co-funding balance needs of every report (party, year, status, contribution
    /// in öre): the database's sums while incomplete, else taken from dataset().
    QList<ReportFigure> reportFigures() const;

    QString path() const;
    QString fileName() const;
    QString userName() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;

private:
    explicit Workspace(std::unique_ptr<storage::Database> database);

    std::unique_ptr<storage::Database> m_database;
    Dataset m_dataset;
    QList<ReportFigure> m_figures; ///< the database's sums while !m_complete
    bool m_complete = false;
};

} // namespace fhb::app
