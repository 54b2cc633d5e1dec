// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edit-to-commit latency of amount edits through ReportDocument (docs/performance.md).
// Usage: fhb_bench_edit [--edits N] [--dir FOLDER] [--synchronous full|normal|off]
// The database is created in FOLDER (default: the current folder, so it lands on the disk
// the build is on rather than a tmpfs) and removed afterwards.
#include "app/demo/DemoData.h"
#include "app/report/ExpenseLineModel.h"
#include "app/report/ReportDocument.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/ReportStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fhb;

namespace {

double percentile(const std::vector<qint64> &sorted, double p)
{
    const auto index = static_cast<size_t>(p * double(sorted.size() - 1) + 0.5);
    return double(sorted.at(std::min(index, sorted.size() - 1))) / 1e6;
}

QString pragma(const storage::Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0).toString() : QString();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("edits"), QStringLiteral("number of amount edits"), QStringLiteral("n"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("folder for the database"), QStringLiteral("folder"), QDir::currentPath()});
    parser.addOption({QStringLiteral("synchronous"),
                      QStringLiteral("full (as the program opens files), normal, or off (no fsync at all: the CPU cost only)"),
                      QStringLiteral("mode"), QStringLiteral("full")});
    parser.process(app);
    const int edits = std::max(1, parser.value(QStringLiteral("edits")).toInt());

    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/fhb-bench-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("cannot create a folder in %1").arg(parser.value(QStringLiteral("dir"))));
    storage::OpenOptions options;
    options.create = true;
    options.assumeNetworkFileSystem = false;
    storage::OpenError error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("bench.fhb")), options, &error);
    if (!db)
        return fail(error.message);
    if (const Status s = app::loadDemoData(*db); !s)
        return fail(s.error());
    const QString synchronous = parser.value(QStringLiteral("synchronous"));
    if (synchronous == QLatin1String("normal") || synchronous == QLatin1String("off"))
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA synchronous = ") + synchronous.toUpper());
    const auto id = storage::ReportStore(*db).findReport(QStringLiteral("Örebro kommun"), 2023);
    if (!id)
        return fail(QStringLiteral("the demo data has no Örebro kommun 2023"));
    auto opened = app::ReportDocument::open(*db, *id);
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<app::ReportDocument> doc(*opened);
    auto *model = new app::ExpenseLineModel(doc.get());
    const int rows = model->rowCount();

    std::vector<qint64> ns;
    ns.reserve(size_t(edits));
    QElapsedTimer timer;
    for (int i = 0; i < edits; ++i) {
        const QModelIndex cell = model->index(i % rows, app::ExpenseLineModel::AmountColumn);
        const QString text = QStringLiteral("%1 kr").arg(100000 + i);
        timer.start();
        const bool ok = model->setData(cell, text);
        ns.push_back(timer.nsecsElapsed());
        if (!ok)
            return fail(QStringLiteral("edit %1 was refused").arg(i));
    }
    std::vector<qint64> sorted = ns;
    std::sort(sorted.begin(), sorted.end());
    double total = 0;
    for (qint64 v : ns)
        total += double(v);
    std::printf("edit-to-commit latency, %d amount edits through ReportDocument (ms)\n", edits);
    std::printf("journal_mode=%s synchronous=%s (0 off, 1 normal, 2 full)\n", qPrintable(db->journalMode()),
                qPrintable(pragma(*db, QStringLiteral("synchronous"))));
    std::printf("mean %.3f  p50 %.3f  p95 %.3f  p99 %.3f  max %.3f\n", total / double(edits) / 1e6,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), double(sorted.back()) / 1e6);
    std::printf("undo stack: %d commands\n", int(doc->undoStack()->count()));
    return percentile(sorted, 0.99) < 5.0 ? 0 : 2;
}
