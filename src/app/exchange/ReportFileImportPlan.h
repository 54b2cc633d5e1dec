// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <optional>

namespace fhb::storage {
class Database;
}

namespace fhb::app {

/// What importing received report files (exchange files, docs/exchange-format.md) would do,
/// as a table for the preview dialog: one row per report of every file, or one row for a file
/// that cannot be used. Columns: file, party, year, status in the file, outcome (icon + word).
///
/// Outcomes: "Läggs till" (no such report yet); "Ersätter utkast"/"Ersätter inskickad
/// rapport" (a different, not approved report exists — only when the row's check box is
/// ticked, unticked by default: replacing needs an explicit choice); "Oförändrad" (the same
/// report is already there); "Avvisas: …" (an approved report is never replaced; the file
/// cannot be read, naming the JSON path and reason; the database refuses the file, e.g. a
/// party of another kind; the same report in an earlier file of the selection).
///
/// import() imports each file in its own transaction, all-or-nothing: its parties and
/// agreements with the reports that are added or (ticked) replaced; the database's
/// agreements and members are kept (ImportOptions::replaceReports). Refused and unticked
/// reports are left out; a file with nothing to add is not touched.
class ReportFileImportPlan : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, PartyColumn, YearColumn, StatusColumn, OutcomeColumn, ColumnCount };
    enum class Outcome { Add, Replace, Unchanged, Refused };

    struct Row {
        int file = 0;              ///< index into files()
        QString party;             ///< empty for a file that cannot be read
        int year = 0;              ///< 0 for a file that cannot be read
        std::optional<ReportStatus> fileStatus;     ///< the status the file gives the report
        std::optional<ReportStatus> existingStatus; ///< the database's report of that party and year
        Outcome outcome = Outcome::Refused;
        QString reason;            ///< Swedish, for Refused: what comes after "Avvisas: "
        bool replace = false;      ///< the user's choice for Outcome::Replace
    };

    struct File {
        QString path;
        Dataset data;         ///< what the file holds (empty when it cannot be read)
        QString error;        ///< why the whole file is refused; empty when it is not
        QStringList warnings; ///< what the database keeps its own way (agreements, members)
    };

    /// The result of import(); the counts are reports.
    struct Summary {
        int added = 0;
        int replaced = 0;
        int refused = 0;    ///< refused in the preview or by the database while importing
        int notReplaced = 0;///< replaceable but not ticked
        int unchanged = 0;
        QStringList failures; ///< "<file>: <reason>" for files the database refused while importing
        QStringList warnings; ///< "<file>: <warning>"
        int imported() const { return added + replaced; }
        /// "3 rapporter importerade, 1 ersatt, 1 avvisad" (ersatta are among the imported).
        QString text() const;
    };

    explicit ReportFileImportPlan(QObject *parent = nullptr);

    /// Reads `paths` and decides every report against what `db` holds now (a dry run of each
    /// file's import, rolled back). Replaces any earlier plan.
    void plan(storage::Database &db, const QStringList &paths);

    const QList<File> &files() const { return m_files; }
    const QList<Row> &rows() const { return m_rows; }
    /// Ticks or unticks replacing for row `row` (only rows whose outcome is Replace).
    bool setReplace(int row, bool replace);
    int count(Outcome outcome) const;
    /// Whether import() would write anything (a report to add or a ticked one to replace).
    bool hasWork() const;
    /// The reports import() replaces, as (party, year): open editors of them must close first.
    QList<std::pair<QString, int>> reportsToReplace() const;
    /// One line for the dialog: "2 filer, 4 rapporter: 2 läggs till, 1 kan ersätta …, 1 avvisas."
    QString overview() const;

    /// Imports what the plan says (see the class comment). Call it once, right after plan().
    Summary import(storage::Database &db);

    /// "Avvisas: godkänd rapport ersätts aldrig", "Läggs till", … : the outcome column's text.
    QString outcomeText(const Row &row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void planFile(int fileIndex, const Dataset &stored, QHash<QString, int> &seen);
    void dryRun(storage::Database &db, int fileIndex);
    Dataset toImport(int fileIndex) const;
    QVariant outcomeData(const Row &row, int role) const;

    QList<File> m_files;
    QList<Row> m_rows;
};

} // namespace fhb::app
