// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "PdfTestSupport.h"

#include "app/overview/CofundingBalanceModel.h"
#include "app/ModelRoles.h"
#include "app/overview/OverviewMatrixModel.h"
#include "app/demo/SyntheticCounty.h"
#include "app/export/TableExport.h"

#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>

using fhb::app::TableExport;

namespace {

/// The flat co-funding rows of the demo data, as the overview's "Rader" sheet has them.
struct DemoRows {
    fhb::Dataset data = fhb::test::demoData();
    fhb::app::CofundingBalanceModel model;
    DemoRows() { model.setDataset(data); }
};

/// A small matrix like the overview's: a name column, member and totals rows, hostile text.
std::unique_ptr<QStandardItemModel> smallMatrix()
{
    auto model = std::make_unique<QStandardItemModel>(3, 3);
    model->setHorizontalHeaderLabels({QStringLiteral("Avtal"), QStringLiteral("2023"), QStringLiteral("2024")});
    const QList<std::tuple<QString, int, fhb::Ore, fhb::Ore>> rows{
        {QStringLiteral("Sydnärke; länsdel"), 0, 162700000, -1821100},
        {QStringLiteral("=HYPERLINK(\"x\")"), 1, 139303850, 0},
        {QStringLiteral("Hela länet"), 2, 302003850, -1821100}};
    for (int r = 0; r < rows.size(); ++r) {
        const auto &[name, kind, first, second] = rows[r];
        model->setItem(r, 0, new QStandardItem(name));
        model->setData(model->index(r, 0), kind, fhb::app::RowKindRole);
        for (int c = 1; c <= 2; ++c) {
            const fhb::Ore ore = c == 1 ? first : second;
            model->setItem(r, c, new QStandardItem(fhb::money::format(ore, {.explicitPlus = true})));
            model->setData(model->index(r, c), ore, fhb::app::AmountOreRole);
        }
    }
    return model;
}

QByteArray unzip(const QString &archive, const QString &member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

/// The sheet XML of the sheet called `name` (workbook order = sheetN.xml order).
QString sheetXml(const QString &archive, const QString &name)
{
    const QString workbook = QString::fromUtf8(unzip(archive, QStringLiteral("xl/workbook.xml")));
    static const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    int n = 0;
    for (const QRegularExpressionMatch &m : sheet.globalMatch(workbook)) {
        ++n;
        if (m.captured(1) == name)
            return QString::fromUtf8(unzip(archive, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n)));
    }
    FAIL("no sheet named " << name.toStdString() << " in " << workbook.toStdString());
    return {};
}

/// Keeps a copy of `file` in FHB_EXPORT_DIR when set, to look at what the tests wrote.
void keepCopy(const QString &file)
{
    if (const QByteArray dir = qgetenv("FHB_EXPORT_DIR"); !dir.isEmpty()) {
        const QString target = QDir(QString::fromLocal8Bit(dir)).filePath(QFileInfo(file).fileName());
        QFile::remove(target);
        QFile::copy(file, target);
    }
}

QStringList csvLines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("table export writes kronor for Swedish Excel with a decimal comma and an ASCII minus", "[export]")
{
    CHECK(TableExport::csvAmount(162700000) == QStringLiteral("1627000,00"));
    CHECK(TableExport::csvAmount(-1821100) == QStringLiteral("-18211,00"));
    CHECK(TableExport::csvAmount(139303850) == QStringLiteral("1393038,50"));
    CHECK(TableExport::csvAmount(-50) == QStringLiteral("-0,50"));
    CHECK(TableExport::csvAmount(0) == QStringLiteral("0,00"));
    CHECK(TableExport::csvAmount(std::numeric_limits<qint64>::min()) == QStringLiteral("-92233720368547758,08"));
}

TEST_CASE("table export CSV of the demo rows reads back with BOM semicolons CRLF and numbers", "[export]")
{
    DemoRows demo;
    const QByteArray bytes = TableExport::csv(demo.model);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == demo.model.rowCount() + 1);
    CHECK(bytes.count("\n") == bytes.count("\r\n"));
    const QStringList lines = csvLines(bytes);
    CHECK(lines.value(0) == QStringLiteral("Avtal;Part;År;Ersättning;Krav;Insats;Saldo;Status"));
    CHECK(lines.contains(QStringLiteral("Örebro kommun 2018–2023;Örebro kommun;2023;1005000,00;1005000,00;2632000,00;"
                                        "1627000,00;Uppfyller kravet")));
    // A year without a report has no contribution: the cell stays empty, as on screen.
    CHECK(lines.contains(QStringLiteral("Sydnärke 2024–2029;Sydnärke;2024;1393038,00;1393038,00;;-1393038,00;"
                                        "Rapport saknas")));
    // Member rows are indented in the first column.
    bool memberIndented = false;
    for (const QString &line : lines)
        memberIndented = memberIndented || line.startsWith(QStringLiteral("  Sydnärke 2024–2029;Askersunds kommun"));
    CHECK(memberIndented);
}

TEST_CASE("table export CSV quotes separators and keeps Excel from running text as a formula", "[export]")
{
    const auto model = smallMatrix();
    const QStringList lines = csvLines(TableExport::csv(*model));
    REQUIRE(lines.size() == 4);
    CHECK(lines[1] == QStringLiteral("\"Sydnärke; länsdel\";1627000,00;-18211,00"));
    CHECK(lines[2] == QStringLiteral("\"  '=HYPERLINK(\"\"x\"\")\";1393038,50;0,00"));
    CHECK(lines[3] == QStringLiteral("Hela länet;3020038,50;-18211,00"));
}

TEST_CASE("table export XLSX has numeric amount cells named sheets and frozen panes", "[export]")
{
    fhb::test::Scratch scratch;
    DemoRows demo;
    const auto matrix = smallMatrix();
    const QString file = scratch.path(QStringLiteral("Samverkansöversikt 2023–2024.xlsx"));
    const fhb::Status written = TableExport::writeXlsx({{QStringLiteral("Översikt"), matrix.get()},
                                                        {QStringLiteral("Rader"), &demo.model}}, file);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    REQUIRE(fhb::test::readFile(file).startsWith("PK"));

    const QString rows = sheetXml(file, QStringLiteral("Rader"));
    // 1 627 000 kr is a number cell (no t="s"), with a style that carries the kronor format.
    static const QRegularExpression balance(QStringLiteral("<c r=\"G\\d+\" s=\"(\\d+)\"><v>1627000</v></c>"));
    CHECK(balance.match(rows).hasMatch());
    CHECK(rows.contains(QStringLiteral("<v>2632000</v>")));
    CHECK(rows.contains(QStringLiteral("<v>-1393038</v>")));
    CHECK(rows.contains(QStringLiteral("xSplit=\"1\" ySplit=\"1\"")));
    CHECK(rows.contains(QStringLiteral("<col ")));

    const QString overview = sheetXml(file, QStringLiteral("Översikt"));
    CHECK(overview.contains(QStringLiteral("<v>1393038.5</v>")));
    CHECK(overview.contains(QStringLiteral("<v>-18211</v>")));

    const QString styles = QString::fromUtf8(unzip(file, QStringLiteral("xl/styles.xml")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"#,##0 &quot;kr&quot;\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"+#,##0.00 &quot;kr&quot;;-#,##0.00 &quot;kr&quot;;0.00 &quot;kr&quot;\"")));
    CHECK(styles.contains(QStringLiteral("<b/>")));
    CHECK(styles.contains(QStringLiteral("indent=\"1\"")));

    // Text stays text: the status word is a shared string, not a number.
    const QString strings = QString::fromUtf8(unzip(file, QStringLiteral("xl/sharedStrings.xml")));
    CHECK(strings.contains(QStringLiteral("Uppfyller kravet")));
    CHECK(strings.contains(QStringLiteral("=HYPERLINK")));
    CHECK_FALSE(overview.contains(QStringLiteral("<f>")));
}

TEST_CASE("table export writes the overview matrix with numeric year cells and a bold totals row", "[export]")
{
    fhb::test::Scratch scratch;
    const fhb::Dataset data = fhb::test::demoData();
    fhb::app::OverviewMatrixModel matrix;
    matrix.setDataset(data);
    REQUIRE(matrix.rowCount() > 2);
    const int last = matrix.rowCount() - 1;
    REQUIRE(TableExport::rowKind(matrix, last) == TableExport::RowKind::Total);

    const QStringList lines = csvLines(TableExport::csv(matrix));
    REQUIRE(lines.size() == matrix.rowCount() + 1);
    CHECK(lines[0].startsWith(QStringLiteral("Avtal;2023;2024;")));
    // Örebro kommun's 2023 balance, and the county's total for 2023 (the only agreement that year).
    CHECK(lines.contains(QStringLiteral("Örebro kommun 2018–2023;1627000,00;;;;;;")));
    CHECK(lines.last().startsWith(QStringLiteral("Hela länet;1627000,00;-1393038,00;")));

    const QString file = scratch.path(QStringLiteral("matris.xlsx"));
    REQUIRE(TableExport::writeXlsx({{QStringLiteral("Översikt"), &matrix}}, file).ok());
    const QString sheet = sheetXml(file, QStringLiteral("Översikt"));
    static const QRegularExpression total(QStringLiteral("<row r=\"%1\"[^>]*>.*?<v>-1393038</v>").arg(last + 2));
    CHECK(total.match(sheet).hasMatch());
    CHECK(sheet.contains(QStringLiteral("<v>1627000</v>")));

    const QString pdf = scratch.path(QStringLiteral("matris.pdf"));
    REQUIRE(TableExport::writePdf(matrix, {QStringLiteral("Samverkansöversikt"), {}, {}, {}}, pdf).ok());
    keepCopy(pdf);
    const QString text = fhb::test::pdfPages(pdf).join(QString());
    CHECK(text.contains(QStringLiteral("Hela länet")));
    CHECK(text.contains(QStringLiteral("+1 627 000")));
}

TEST_CASE("table export XLSX makes sheet names Excel accepts", "[export]")
{
    fhb::test::Scratch scratch;
    const auto matrix = smallMatrix();
    const QString file = scratch.path(QStringLiteral("namn.xlsx"));
    REQUIRE(TableExport::writeXlsx({{QStringLiteral("Saldo 2023/2024: [alla]"), matrix.get()},
                                    {QStringLiteral("saldo 2023-2024- -alla-"), matrix.get()},
                                    {QStringLiteral("Ett mycket långt namn på ett blad som Excel inte tål"), matrix.get()}},
                                   file).ok());
    const QString workbook = QString::fromUtf8(unzip(file, QStringLiteral("xl/workbook.xml")));
    CHECK(workbook.contains(QStringLiteral("name=\"Saldo 2023-2024- -alla-\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"saldo 2023-2024- -alla- (2)\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Ett mycket långt namn på ett bl\"")));
}

TEST_CASE("table export names the file it could not write and leaves an existing file alone", "[export]")
{
    fhb::test::Scratch scratch;
    const auto matrix = smallMatrix();
    const QString missing = scratch.path(QStringLiteral("finns-inte/översikt.xlsx"));
    const fhb::Status xlsx = TableExport::writeXlsx({{QStringLiteral("Översikt"), matrix.get()}}, missing);
    REQUIRE_FALSE(xlsx.ok());
    CHECK(xlsx.error().contains(QStringLiteral("översikt.xlsx")));
    CHECK(xlsx.error().contains(QStringLiteral("Kontrollera")));
    const fhb::Status csv = TableExport::writeCsv(*matrix, scratch.path(QStringLiteral("finns-inte/översikt.csv")));
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().contains(QStringLiteral("översikt.csv")));

    // A folder where the file should be: the write fails and the folder is untouched.
    const QString blocked = scratch.path(QStringLiteral("upptagen.pdf"));
    REQUIRE(QDir().mkdir(blocked));
    CHECK_FALSE(TableExport::writePdf(*matrix, {}, blocked).ok());
    CHECK(QFileInfo(blocked).isDir());
}

TEST_CASE("table export PDF is landscape A4 with the table title and page numbers", "[export][pdf]")
{
    fhb::test::Scratch scratch;
    DemoRows demo;
    const QString file = scratch.path(QStringLiteral("översikt.pdf"));
    TableExport::PdfOptions options;
    options.title = QStringLiteral("Samverkansöversikt 2018–2029");
    options.subtitle = QStringLiteral("Alla delregioner · utdrag 2026-01-01");
    REQUIRE(TableExport::writePdf(demo.model, options, file).ok());

    const QString info = QString::fromUtf8(fhb::test::poppler(QStringLiteral("pdfinfo"), {file}));
    INFO(info.toStdString());
    static const QRegularExpression size(QStringLiteral("Page size: +(\\d+(\\.\\d+)?) x (\\d+(\\.\\d+)?) pts \\(A4\\)"));
    const QRegularExpressionMatch page = size.match(info);
    REQUIRE(page.hasMatch());
    CHECK(page.captured(1).toDouble() == Approx(841.89).margin(0.5));
    CHECK(page.captured(3).toDouble() == Approx(595.28).margin(0.5));
    keepCopy(file);
    const QStringList pages = fhb::test::pdfPages(file);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].contains(QStringLiteral("Samverkansöversikt 2018–2029")));
    CHECK(pages[0].contains(QStringLiteral("Alla delregioner · utdrag 2026-01-01")));
    CHECK(pages[0].contains(QStringLiteral("Saldo")));
    CHECK(pages[0].contains(QStringLiteral("+1 627 000")));
    CHECK(pages[0].contains(QStringLiteral("Askersunds kommun (åtagande)")));
    CHECK(pages[0].contains(QStringLiteral("Sida 1 av 1")));
}

TEST_CASE("table export PDF repeats the header on every page and draws the chart last", "[export][pdf]")
{
    fhb::test::Scratch scratch;
    fhb::app::SyntheticCountyOptions county;
    county.parties = 40;
    fhb::app::CofundingBalanceModel model;
    model.setDataset(fhb::app::SyntheticCounty(county).generate());
    REQUIRE(model.rowCount() > 200);

    TableExport::PdfOptions options;
    options.title = QStringLiteral("Samverkansöversikt");
    options.chartTitle = QStringLiteral("Diagramrubrik");
    QRectF chartArea;
    options.chart = [&chartArea](QPainter &painter, const QRectF &area) {
        chartArea = area;
        painter.drawText(area.center(), QStringLiteral("DIAGRAMTEXT"));
    };
    const QString file = scratch.path(QStringLiteral("lång.pdf"));
    REQUIRE(TableExport::writePdf(model, options, file).ok());

    keepCopy(file);
    const QStringList pages = fhb::test::pdfPages(file);
    REQUIRE(pages.size() > 3);
    for (int n = 0; n < pages.size(); ++n) {
        INFO("page " << n + 1);
        CHECK(pages[n].contains(QStringLiteral("Sida %1 av %2").arg(n + 1).arg(pages.size())));
        if (n + 1 < pages.size() || !pages[n].contains(QStringLiteral("DIAGRAMTEXT")))
            CHECK(pages[n].contains(QStringLiteral("Ersättning")));
    }
    CHECK(pages.last().contains(QStringLiteral("Diagramrubrik")));
    CHECK(pages.last().contains(QStringLiteral("DIAGRAMTEXT")));
    CHECK(chartArea.width() > chartArea.height());
    // Every row is in the file once: the last agreement's last year is on the last table page.
    const fhb::BalanceRow &last = model.rows().last();
    CHECK(fhb::test::withoutSpace(pages.join(QString())).contains(fhb::test::withoutSpace(last.party)));
}

TEST_CASE("cli balance as xlsx writes the flat rows as numbers and refuses the terminal", "[export][cli]")
{
    fhb::test::Scratch scratch;
    const QString db = scratch.path(QStringLiteral("demo.db"));
    const auto run = [](const QStringList &arguments, QString *err = nullptr) {
        QProcess process;
        process.start(QStringLiteral(FHB_CLI_PATH), arguments);
        REQUIRE(process.waitForFinished(180000));
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}) == 0);
    const QString file = scratch.path(QStringLiteral("saldo.xlsx"));
    QString err;
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--year"), QStringLiteral("2023"),
                 QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), file}, &err) == 0);
    INFO(err.toStdString());
    const QString rows = sheetXml(file, QStringLiteral("Rader"));
    CHECK(rows.contains(QStringLiteral("<v>1627000</v>")));
    CHECK(rows.contains(QStringLiteral("<v>2632000</v>")));
    // --year 2023 keeps only 2023: the Sydnärke agreement starts in 2024.
    CHECK_FALSE(rows.contains(QStringLiteral("<v>1393038</v>")));

    CHECK(run({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("xlsx")},
              &err) == 2);
    CHECK(err.contains(QStringLiteral("-o")));
    CHECK(run({QStringLiteral("--db"), db, QStringLiteral("balance"), QStringLiteral("--format"), QStringLiteral("xlsx"),
               QStringLiteral("-o"), scratch.path(QStringLiteral("saknas/saldo.xlsx"))}, &err) == 2);
    CHECK(err.contains(QStringLiteral("saldo.xlsx")));
}
