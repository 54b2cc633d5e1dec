// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFileImportPlan.h"

#include "ExchangeFile.h"
#include "app/Icons.h"
#include "app/Logging.h"
#include "app/StatusLook.h"
#include "storage/dataset/DatasetStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fhb::app {

namespace {

// An exchange file of a whole county is a few megabytes; anything far larger is not one.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

QString reportKey(const QString &party, int year)
{
    return party + u'\n' + QString::number(year);
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

ReportFileImportPlan::ReportFileImportPlan(QObject *parent) : QAbstractTableModel(parent) {}

void ReportFileImportPlan::plan(storage::Database &db, const QStringList &paths)
{
    beginResetModel();
    m_files.clear();
    m_rows.clear();
    const Result<Dataset> stored = storage::DatasetStore(db).load();
    QHash<QString, int> seen; // report key → file that brings it first
    for (const QString &path : paths) {
        File file;
        file.path = path;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            file.error = tr("filen kunde inte läsas: %1").arg(in.errorString());
        } else if (in.size() > kMaxFileBytes) {
            file.error = tr("filen kunde inte läsas: den är större än 64 MB och är ingen rapportfil");
        } else {
            const Result<Dataset> data = exchangeFromJson(in.readAll());
            if (data)
                file.data = data.value();
            else
                file.error = tr("filen kunde inte läsas: %1").arg(data.error());
        }
        if (file.error.isEmpty() && file.data.reports.isEmpty())
            file.error = tr("filen innehåller ingen årsredovisning");
        if (file.error.isEmpty() && !stored)
            file.error = stored.error();
        m_files.append(file);
        planFile(int(m_files.size()) - 1, stored ? stored.value() : Dataset(), seen);
        dryRun(db, int(m_files.size()) - 1);
    }
    endResetModel();
}

void ReportFileImportPlan::planFile(int fileIndex, const Dataset &stored, QHash<QString, int> &seen)
{
    const File &file = m_files.at(fileIndex);
    if (!file.error.isEmpty()) {
        Row row;
        row.file = fileIndex;
        row.reason = file.error;
        m_rows.append(row);
        return;
    }
    for (const AnnualReport &report : file.data.reports) {
        Row row;
        row.file = fileIndex;
        row.party = report.party;
        row.year = report.year;
        row.fileStatus = report.status;
        const QString key = reportKey(report.party, report.year);
        const AnnualReport *existing = stored.report(report.party, report.year);
        if (existing)
            row.existingStatus = existing->status;
        if (seen.contains(key)) {
            row.reason = tr("samma rapport finns redan i %1").arg(fileName(m_files.at(seen.value(key)).path));
        } else if (!existing) {
            row.outcome = Outcome::Add;
        } else if (existing->sameContent(report)) {
            row.outcome = Outcome::Unchanged;
        } else if (existing->status == ReportStatus::Approved) {
            row.reason = tr("godkänd rapport ersätts aldrig");
        } else {
            row.outcome = Outcome::Replace;
        }
        seen.insert(key, fileIndex);
        m_rows.append(row);
    }
}

// The database has its own rules (party kinds, references, years): ask it now, with every
// replaceable report included, and roll back. Leaving reports out later cannot add an error.
void ReportFileImportPlan::dryRun(storage::Database &db, int fileIndex)
{
    File &file = m_files[fileIndex];
    if (!file.error.isEmpty())
        return;
    Dataset data = file.data;
    data.reports.clear();
    for (const Row &row : std::as_const(m_rows))
        if (row.file == fileIndex && (row.outcome == Outcome::Add || row.outcome == Outcome::Replace))
            data.reports.append(*file.data.report(row.party, row.year));
    if (data.reports.isEmpty())
        return;
    storage::ImportOptions options;
    options.replaceReports = true;
    options.dryRun = true;
    const Result<storage::ImportSummary> result = storage::DatasetStore(db).import(data, options);
    if (result) {
        file.warnings = result->warnings;
        return;
    }
    file.error = result.error();
    for (Row &row : m_rows) {
        if (row.file != fileIndex || row.outcome == Outcome::Refused)
            continue;
        row.outcome = Outcome::Refused;
        row.reason = file.error;
    }
}

bool ReportFileImportPlan::setReplace(int row, bool replace)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).outcome != Outcome::Replace)
        return false;
    m_rows[row].replace = replace;
    Q_EMIT dataChanged(index(row, OutcomeColumn), index(row, OutcomeColumn));
    return true;
}

int ReportFileImportPlan::count(Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [outcome](const Row &r) { return r.outcome == outcome; }));
}

bool ReportFileImportPlan::hasWork() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.outcome == Outcome::Add || (r.outcome == Outcome::Replace && r.replace);
    });
}

QList<std::pair<QString, int>> ReportFileImportPlan::reportsToReplace() const
{
    QList<std::pair<QString, int>> reports;
    for (const Row &row : m_rows)
        if (row.outcome == Outcome::Replace && row.replace)
            reports.append({row.party, row.year});
    return reports;
}

QString ReportFileImportPlan::overview() const
{
    int reports = 0;
    for (const Row &row : m_rows)
        reports += row.party.isEmpty() ? 0 : 1;
    return tr("Filer: %1 · rapporter: %2 · läggs till: %3 · kan ersätta en befintlig: %4 · oförändrade: %5 · avvisas: %6")
        .arg(m_files.size()).arg(reports).arg(count(Outcome::Add)).arg(count(Outcome::Replace))
        .arg(count(Outcome::Unchanged)).arg(count(Outcome::Refused));
}

Dataset ReportFileImportPlan::toImport(int fileIndex) const
{
    const File &file = m_files.at(fileIndex);
    Dataset data = file.data;
    data.reports.clear();
    for (const Row &row : m_rows)
        if (row.file == fileIndex && (row.outcome == Outcome::Add || (row.outcome == Outcome::Replace && row.replace)))
            data.reports.append(*file.data.report(row.party, row.year));
    return data;
}

ReportFileImportPlan::Summary ReportFileImportPlan::import(storage::Database &db)
{
    Summary summary;
    for (const Row &row : std::as_const(m_rows)) {
        summary.refused += row.outcome == Outcome::Refused ? 1 : 0;
        summary.unchanged += row.outcome == Outcome::Unchanged ? 1 : 0;
        summary.notReplaced += row.outcome == Outcome::Replace && !row.replace ? 1 : 0;
    }
    for (int i = 0; i < m_files.size(); ++i) {
        const File &file = m_files.at(i);
        const Dataset data = toImport(i);
        if (!file.error.isEmpty() || data.reports.isEmpty())
            continue;
        storage::ImportOptions options;
        options.replaceReports = true;
        const Result<storage::ImportSummary> result = storage::DatasetStore(db).import(data, options);
        const QString name = fileName(file.path);
        if (!result) {
            summary.refused += int(data.reports.size());
            summary.failures << QString(name + QStringLiteral(": ") + result.error());
            continue;
        }
        summary.added += result->reportsAdded;
        summary.replaced += result->reportsReplaced;
        summary.unchanged += result->reportsUnchanged;
        for (const QString &warning : result->warnings)
            summary.warnings << QString(name + QStringLiteral(": ") + warning);
    }
    qCInfo(lcExchange) << "report files imported:" << m_files.size() << "files, added" << summary.added << "replaced"
                       << summary.replaced << "unchanged" << summary.unchanged << "refused" << summary.refused;
    return summary;
}

QString ReportFileImportPlan::Summary::text() const
{
    QStringList parts;
    parts << (imported() == 1 ? tr("1 rapport importerad") : tr("%1 rapporter importerade").arg(imported()));
    if (replaced > 0)
        parts << (replaced == 1 ? tr("1 ersatt") : tr("%1 ersatta").arg(replaced));
    if (refused > 0)
        parts << (refused == 1 ? tr("1 avvisad") : tr("%1 avvisade").arg(refused));
    if (notReplaced > 0)
        parts << (notReplaced == 1 ? tr("1 inte ersatt") : tr("%1 inte ersatta").arg(notReplaced));
    if (unchanged > 0)
        parts << (unchanged == 1 ? tr("1 oförändrad") : tr("%1 oförändrade").arg(unchanged));
    return parts.join(QStringLiteral(", "));
}

QString ReportFileImportPlan::outcomeText(const Row &row) const
{
    // A received file never approves (storage/DatasetStore.h): say so where it says approved.
    const bool arrivesSubmitted = row.fileStatus == ReportStatus::Approved;
    switch (row.outcome) {
    case Outcome::Add:
        return arrivesSubmitted ? tr("Läggs till, kommer in som inskickad (bara en controller godkänner)") : tr("Läggs till");
    case Outcome::Replace:
        if (!row.replace)
            return tr("Ersätts inte: kryssa i för att ersätta den befintliga rapporten");
        if (arrivesSubmitted)
            return tr("Ersätter rapporten, kommer in som inskickad (bara en controller godkänner)");
        return row.existingStatus == ReportStatus::Submitted ? tr("Ersätter inskickad rapport") : tr("Ersätter utkast");
    case Outcome::Unchanged:
        return tr("Oförändrad: samma rapport finns redan");
    case Outcome::Refused:
        return tr("Avvisas: %1").arg(row.reason);
    }
    return {};
}

int ReportFileImportPlan::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportFileImportPlan::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportFileImportPlan::outcomeData(const Row &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return outcomeText(row);
    case Qt::DecorationRole:
        switch (row.outcome) {
        case Outcome::Add: return icon(IconId::StatusOk);
        case Outcome::Replace: return icon(row.replace ? IconId::StatusPreliminary : IconId::StatusMissing);
        case Outcome::Unchanged: return icon(IconId::StatusMissing);
        case Outcome::Refused: return icon(IconId::StatusShort);
        }
        return {};
    case Qt::CheckStateRole:
        if (row.outcome == Outcome::Replace)
            return row.replace ? Qt::Checked : Qt::Unchecked;
        return {};
    default:
        return {};
    }
}

QVariant ReportFileImportPlan::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case FileColumn:
        if (role == Qt::DisplayRole)
            return fileName(m_files.at(row.file).path);
        if (role == Qt::ToolTipRole)
            return QDir::toNativeSeparators(m_files.at(row.file).path);
        return {};
    case PartyColumn:
        return role == Qt::DisplayRole ? QVariant(row.party) : QVariant();
    case YearColumn:
        return role == Qt::DisplayRole && row.year != 0 ? QVariant(row.year) : QVariant();
    case StatusColumn:
        if (!row.fileStatus)
            return {};
        if (role == Qt::DisplayRole)
            return reportStatusLook(*row.fileStatus).word;
        if (role == Qt::DecorationRole)
            return icon(reportStatusLook(*row.fileStatus).icon);
        return {};
    case OutcomeColumn:
        return outcomeData(row, role);
    default:
        return {};
    }
}

bool ReportFileImportPlan::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != OutcomeColumn)
        return false;
    return setReplace(index.row(), value.toInt() == Qt::Checked);
}

Qt::ItemFlags ReportFileImportPlan::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == OutcomeColumn && m_rows.value(index.row()).outcome == Outcome::Replace)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ReportFileImportPlan::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("Fil");
    case PartyColumn: return tr("Part");
    case YearColumn: return tr("År");
    case StatusColumn: return tr("Status i filen");
    case OutcomeColumn: return tr("Vad händer");
    default: return {};
    }
}

} // namespace fhb::app
