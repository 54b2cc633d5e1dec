// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// In-process export time of the annual report PDF (docs/performance.md): the Örebro 2023
// demo report, and every report of a synthetic county at several line counts. Prints a
// Markdown table. Usage: fhb_pdf_bench [REPEATS]
#include "app/pdf/AnnualReportPdf.h"
#include "app/demo/DemoData.h"
#include "app/demo/SyntheticCounty.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

struct Figures {
    double medianMs = 0;
    double meanMs = 0;
    qint64 bytes = 0;
    int pages = 0;
    int reports = 0;
};

Figures measure(const fhb::Dataset &data, const QList<const fhb::AnnualReport *> &reports, int repeats)
{
    QList<double> times;
    Figures f;
    for (int r = 0; r < repeats; ++r) {
        for (const fhb::AnnualReport *report : reports) {
            QElapsedTimer timer;
            timer.start();
            const fhb::app::AnnualReportPdf pdf(data, *report);
            const auto bytes = pdf.toPdf();
            times << timer.nsecsElapsed() / 1e6;
            if (!bytes) {
                std::fprintf(stderr, "%s\n", qPrintable(bytes.error()));
                std::exit(1);
            }
            if (r == 0) {
                f.bytes += bytes->size();
                f.pages += pdf.pageCount();
            }
        }
    }
    std::sort(times.begin(), times.end());
    f.medianMs = times[times.size() / 2];
    double sum = 0;
    for (double t : times)
        sum += t;
    f.meanMs = sum / times.size();
    f.reports = int(reports.size());
    return f;
}

void row(QTextStream &out, const QString &what, const Figures &f)
{
    out << "| " << what << " | " << f.reports << " | " << QString::number(f.medianMs, 'f', 1) << " | "
        << QString::number(f.meanMs, 'f', 1) << " | " << QString::number(double(f.pages) / f.reports, 'f', 1) << " | "
        << (f.bytes / f.reports / 1024) << " |\n";
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    QTextStream out(stdout);
    out << "| report set | reports | median ms/report | mean ms/report | pages/report | KiB/report |\n"
        << "|---|---:|---:|---:|---:|---:|\n";

    const auto demo = fhb::app::demoDataset();
    if (!demo)
        return 1;
    // The first export pays for loading the fonts: measure it apart.
    QElapsedTimer first;
    first.start();
    (void)fhb::app::AnnualReportPdf(*demo, *demo->report(QStringLiteral("Örebro kommun"), 2023)).toPdf();
    const double firstMs = first.nsecsElapsed() / 1e6;
    row(out, QStringLiteral("Örebro kommun 2023 (seed 000)"),
        measure(*demo, {demo->report(QStringLiteral("Örebro kommun"), 2023)}, repeats * 10));

    for (const int lines : {10, 60, 200}) {
        fhb::app::SyntheticCountyOptions options;
        options.parties = 20;
        options.years = 1;
        options.lines = lines;
        const fhb::Dataset data = fhb::app::SyntheticCounty(options).generate();
        QList<const fhb::AnnualReport *> reports;
        for (const fhb::AnnualReport &r : data.reports)
            if (r.expenses.size() == lines)
                reports << &r;
        row(out, QStringLiteral("synthetic county, %1 expense lines").arg(lines), measure(data, reports, repeats));
    }
    out << "\nFirst export in the process (font loading included): " << QString::number(firstMs, 'f', 1) << " ms\n";
    return 0;
}
