// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What opening a large county costs up to the overview being shown (docs/performance.md,
// scripts/bench-overview.sh). Usage: fhb_bench_overview --db FILE [--runs N]
// Every run opens the database anew (read-only, so a GUI may hold the file) and times:
//   open             storage::Database::open
//   full load        DatasetStore::load: every report with every line (what Workspace holds)
//   balance (full)   computeBalances over the full dataset
//   sums in SQL      BalanceStore::load: parties, agreements, per-report contributions
//   balance (sums)   computeBalances over those figures
//   matrix model     OverviewMatrixModel::setBalances (rows, cells, totals)
//   view (sums)      OverviewView::setBalances: both models, column widths, texts
//   first paint      OverviewView shown and painted once (offscreen)
//   Workspace::open  what the main window does today: writable open and every line
//   navigator        NavigatorModel::setDataset
//   view (full)      OverviewView::setDataset over the full dataset
// and checks that both balances are identical, row by row (exit 1 otherwise).
#include "app/NavigatorModel.h"
#include "app/overview/OverviewMatrixModel.h"
#include "app/Workspace.h"
#include "gui/overview/OverviewView.h"
#include "storage/BalanceStore.h"
#include "storage/Database.h"
#include "storage/dataset/DatasetStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace fhb;

namespace {

bool sameRows(const QList<BalanceRow> &a, const QList<BalanceRow> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const BalanceRow &x = a.at(i);
        const BalanceRow &y = b.at(i);
        if (x.agreement != y.agreement || x.party != y.party || x.year != y.year || x.isMemberRow != y.isMemberRow
            || x.compensationOre != y.compensationOre || x.requiredOre != y.requiredOre
            || x.contributionOre != y.contributionOre || x.balanceOre != y.balanceOre || x.status != y.status
            || x.preliminary != y.preliminary || x.reportStatuses != y.reportStatuses)
            return false;
    }
    return true;
}

double ms(QElapsedTimer &timer)
{
    const double value = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return value;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs (median is printed)"), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(QStringLiteral("--db FILE is required"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const std::vector<const char *> steps = {"open", "full load", "balance (full)", "sums in SQL", "balance (sums)",
                                             "matrix model", "view (sums)", "first paint", "Workspace::open",
                                             "navigator", "view (full)"};
    std::map<std::string, std::vector<double>> times;
    qsizetype balanceRows = 0;
    qsizetype reports = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        storage::OpenOptions options;
        options.forceReadOnly = true;
        storage::OpenError error;
        std::unique_ptr<storage::Database> db = storage::Database::open(path, options, &error);
        if (!db)
            return fail(error.message);
        times["open"].push_back(ms(timer));
        const Result<Dataset> full = storage::DatasetStore(*db).load();
        if (!full)
            return fail(full.error());
        times["full load"].push_back(ms(timer));
        const QList<BalanceRow> fromFull = computeBalances(full.value());
        times["balance (full)"].push_back(ms(timer));
        const Result<storage::BalanceInputs> inputs = storage::BalanceStore(*db).load();
        if (!inputs)
            return fail(inputs.error());
        times["sums in SQL"].push_back(ms(timer));
        QList<BalanceRow> fromSums = computeBalances(inputs->data, inputs->reports);
        times["balance (sums)"].push_back(ms(timer));
        if (!sameRows(fromFull, fromSums))
            return fail(QStringLiteral("the balance from SQL sums differs from the full dataset's"));
        balanceRows = fromSums.size();
        reports = inputs->reports.size();
        {
            app::OverviewMatrixModel model;
            timer.restart();
            model.setBalances(inputs->data, fromSums);
            times["matrix model"].push_back(ms(timer));
        }
        {
            // Both models, column widths and texts, then the first paint of the tab.
            gui::OverviewView view;
            view.resize(1280, 800);
            timer.restart();
            view.setBalances(inputs->data, std::move(fromSums));
            times["view (sums)"].push_back(ms(timer));
            view.show();
            view.grab();
            times["first paint"].push_back(ms(timer));
        }
        db.reset();
        // What the main window does today: Workspace::open (writable open and every line),
        // the navigator, and the overview from the full dataset.
        timer.restart();
        Result<std::unique_ptr<app::Workspace>> workspace = app::Workspace::open(path);
        if (!workspace)
            return fail(workspace.error());
        times["Workspace::open"].push_back(ms(timer));
        app::NavigatorModel navigator;
        navigator.setDataset(workspace.value()->dataset());
        times["navigator"].push_back(ms(timer));
        gui::OverviewView view;
        view.resize(1280, 800);
        timer.restart();
        view.setDataset(workspace.value()->dataset());
        times["view (full)"].push_back(ms(timer));
    }
    std::printf("%s: %lld reports, %lld balance rows, %d runs (median ms)\n", qPrintable(path),
                static_cast<long long>(reports), static_cast<long long>(balanceRows), runs);
    auto median = [&](const char *step) {
        std::vector<double> t = times[step];
        std::sort(t.begin(), t.end());
        return t.at(t.size() / 2);
    };
    for (const char *step : steps)
        std::printf("  %-22s %8.1f\n", step, median(step));
    std::printf("  %-22s %8.1f   (Workspace::open + navigator + view (full) + first paint)\n", "= GUI, every line",
                median("Workspace::open") + median("navigator") + median("view (full)") + median("first paint"));
    std::printf("  %-22s %8.1f   (open + sums in SQL + balance (sums) + view (sums) + first paint)\n",
                "= overview from sums",
                median("open") + median("sums in SQL") + median("balance (sums)") + median("view (sums)")
                    + median("first paint"));
    std::printf("  %-22s %8.1f   (open + sums in SQL + balance (sums): the cli's balance before output)\n",
                "= balance from sums", median("open") + median("sums in SQL") + median("balance (sums)"));
    return 0;
}
