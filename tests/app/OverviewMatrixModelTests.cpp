// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/overview/OverviewMatrixModel.h"
#include "app/Workspace.h"
#include "storage/BalanceStore.h"
#include "storage/Database.h"
#include "storage/dataset/DatasetStore.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace fhb;
using app::OverviewFilter;
using app::OverviewMatrixModel;
using RowKind = OverviewMatrixModel::RowKind;

namespace {

Ore kr(qint64 kronor)
{
    return kronor * 100;
}

AnnualReport report(const QString &party, int year, Ore expensesOre)
{
    AnnualReport r = AnnualReport::forYear(party, year);
    r.expenses.append({0, QStringLiteral("Lönekostnader"), expensesOre, {}});
    return r;
}

// Norrdal (county part: Alby, Berga) 2022–2024 and Cestad kommun 2023–2024, decided amounts.
// Norrdal: 2022 ok (+100 000), 2023 short (−950 000), 2024 missing. Alby: ok, short, missing.
// Berga: ok, missing, missing. Cestad: 2023 ok (+200 000), 2024 short (−100 000).
Dataset county()
{
    Dataset data;
    data.parties.append({0, QStringLiteral("Region Test"), PartyKind::Funder, {}});
    data.parties.append({0, QStringLiteral("Alby kommun"), PartyKind::Municipality, {}});
    data.parties.append({0, QStringLiteral("Berga kommun"), PartyKind::Municipality, {}});
    data.parties.append({0, QStringLiteral("Cestad kommun"), PartyKind::Municipality, {}});
    data.parties.append({0, QStringLiteral("Norrdal"), PartyKind::CountyPart,
                         {{QStringLiteral("Alby kommun"), 2022, 2024}, {QStringLiteral("Berga kommun"), 2022, 2024}}});
    Agreement norrdal;
    norrdal.name = QStringLiteral("Avtal Norrdal 2022–2024");
    norrdal.funder = QStringLiteral("Region Test");
    norrdal.counterparty = QStringLiteral("Norrdal");
    norrdal.firstYear = 2022;
    norrdal.lastYear = 2024;
    norrdal.decidedOre = {{2022, kr(1000000)}, {2023, kr(1000000)}, {2024, kr(1000000)}};
    norrdal.commitments = {{QStringLiteral("Alby kommun"), kr(100000)}, {QStringLiteral("Berga kommun"), kr(200000)}};
    Agreement cestad;
    cestad.name = QStringLiteral("Avtal Cestad 2023–2024");
    cestad.funder = QStringLiteral("Region Test");
    cestad.counterparty = QStringLiteral("Cestad kommun");
    cestad.firstYear = 2023;
    cestad.lastYear = 2024;
    cestad.decidedOre = {{2023, kr(500000)}, {2024, kr(500000)}};
    data.agreements = {norrdal, cestad};
    data.reports = {report(QStringLiteral("Alby kommun"), 2022, kr(600000)),
                    report(QStringLiteral("Berga kommun"), 2022, kr(500000)),
                    report(QStringLiteral("Alby kommun"), 2023, kr(50000)),
                    report(QStringLiteral("Cestad kommun"), 2023, kr(700000)),
                    report(QStringLiteral("Cestad kommun"), 2024, kr(400000))};
    data.reports[3].status = ReportStatus::Approved;
    return data;
}

QStringList names(const OverviewMatrixModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data().toString();
    return list;
}

QString cellText(const OverviewMatrixModel &model, int row, int year)
{
    return model.index(row, model.columnOf(year)).data().toString();
}

Ore cellOre(const OverviewMatrixModel &model, int row, int year)
{
    return model.index(row, model.columnOf(year)).data(app::AmountOreRole).toLongLong();
}

QString minus(const char *digits)
{
    return QString(QChar(0x2212) + QString::fromUtf8(digits).replace(u' ', QChar(0x00a0)));
}

QString plus(const char *digits)
{
    return QString(u'+' + QString::fromUtf8(digits).replace(u' ', QChar(0x00a0)));
}

QByteArray cliBalanceJson(const QString &db)
{
    QProcess process;
    process.start(QStringLiteral(FHB_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("balance"),
                                                  QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(process.waitForFinished(180000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

void runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(FHB_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(180000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

// Every year cell of the matrix, keyed like the CLI's rows, must carry the CLI's numbers, and
// every CLI row must be a cell: the same rows, the same öre, the same status.
void requireSameAsCli(const OverviewMatrixModel &model, const QByteArray &json)
{
    const QJsonArray rows = QJsonDocument::fromJson(json).object().value(QStringLiteral("rows")).toArray();
    REQUIRE_FALSE(rows.isEmpty());
    QHash<QString, QJsonObject> expected;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        expected.insert(QString(o.value(QStringLiteral("agreement")).toString() % u'|'
                                % o.value(QStringLiteral("party")).toString() % u'|'
                                % QString::number(o.value(QStringLiteral("year")).toInt())), o);
    }
    qsizetype cells = 0;
    for (int row = 0; row + 1 < model.rowCount(); ++row) {
        for (int column = 1; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            if (!index.data(app::AmountOreRole).isValid())
                continue;
            ++cells;
            const QString key = QString(index.data(OverviewMatrixModel::AgreementRole).toString() % u'|'
                                        % index.data(OverviewMatrixModel::PartyRole).toString() % u'|'
                                        % QString::number(model.yearOf(column)));
            INFO(key.toStdString());
            REQUIRE(expected.contains(key));
            const QJsonObject o = expected.value(key);
            CHECK(index.data(app::AmountOreRole).toLongLong() == qint64(o.value(QStringLiteral("balanceOre")).toDouble()));
            CHECK(index.data(OverviewMatrixModel::RequiredOreRole).toLongLong()
                  == qint64(o.value(QStringLiteral("requiredOre")).toDouble()));
            CHECK(index.data(OverviewMatrixModel::ContributionOreRole).toLongLong()
                  == qint64(o.value(QStringLiteral("contributionOre")).toDouble()));
            CHECK(index.data(OverviewMatrixModel::CompensationOreRole).toLongLong()
                  == qint64(o.value(QStringLiteral("compensationOre")).toDouble()));
            CHECK(balanceStatusKey(BalanceStatus(index.data(OverviewMatrixModel::StatusRole).toInt()))
                  == o.value(QStringLiteral("status")).toString());
            CHECK(index.data(OverviewMatrixModel::PreliminaryRole).toBool()
                  == o.value(QStringLiteral("preliminary")).toBool());
        }
    }
    CHECK(cells == rows.size());
}

void requireModelsMatchCli(const QString &db)
{
    const QByteArray json = cliBalanceJson(db);
    storage::OpenOptions options;
    options.forceReadOnly = true;
    std::unique_ptr<storage::Database> database = storage::Database::open(db, options, nullptr);
    REQUIRE(database);
    const Result<Dataset> full = storage::DatasetStore(*database).load();
    REQUIRE(full.ok());
    OverviewMatrixModel fromDataset;
    fromDataset.setDataset(full.value());
    requireSameAsCli(fromDataset, json);

    const Result<storage::BalanceInputs> inputs = storage::BalanceStore(*database).load();
    REQUIRE(inputs.ok());
    CHECK(inputs->data.reports.isEmpty());
    OverviewMatrixModel fromSums;
    fromSums.setBalances(inputs->data, computeBalances(inputs->data, inputs->reports));
    requireSameAsCli(fromSums, json);
}

} // namespace

TEST_CASE("overview matrix numbers equal balance json of the cli on the demo data", "[app][overview][matrix]")
{
    test::Scratch scratch;
    const QString db = scratch.path(QStringLiteral("demo.db"));
    runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
    requireModelsMatchCli(db);
}

TEST_CASE("overview matrix numbers equal balance json of the cli on a generated county", "[app][overview][matrix]")
{
    test::Scratch scratch;
    const QString db = scratch.path(QStringLiteral("county.db"));
    runCli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--parties"), QStringLiteral("25"),
            QStringLiteral("--years"), QStringLiteral("5"), QStringLiteral("--lines"), QStringLiteral("4")});
    requireModelsMatchCli(db);
}

TEST_CASE("balance from sql sums equals the balance from every loaded line", "[storage][overview][matrix]")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("test.db"));
    storage::OpenOptions options;
    options.create = true;
    std::unique_ptr<storage::Database> db = storage::Database::open(path, options, nullptr);
    REQUIRE(db);
    Dataset data = county();
    data.reports[0].revenues.append({0, RevenueKind::RegionalCompensation, QStringLiteral("Region"), kr(1234), {}});
    data.reports[0].expenses.append({0, QStringLiteral("Övrigt"), 4711, {}});
    REQUIRE(storage::DatasetStore(*db).import(data).ok());
    const Result<storage::BalanceInputs> inputs = storage::BalanceStore(*db).load();
    REQUIRE(inputs.ok());
    REQUIRE(inputs->reports.size() == 5);
    CHECK(inputs->reports.first().party == QStringLiteral("Alby kommun"));
    CHECK(inputs->reports.first().contributionOre == kr(600000) + 4711 - kr(1234));
    const Result<Dataset> full = storage::DatasetStore(*db).load();
    REQUIRE(full.ok());
    const QList<BalanceRow> fromLines = computeBalances(full.value());
    const QList<BalanceRow> fromSums = computeBalances(inputs->data, inputs->reports);
    REQUIRE(fromLines.size() == fromSums.size());
    for (qsizetype i = 0; i < fromLines.size(); ++i) {
        CHECK(fromLines[i].balanceOre == fromSums[i].balanceOre);
        CHECK(fromLines[i].status == fromSums[i].status);
        CHECK(fromLines[i].reportStatuses == fromSums[i].reportStatuses);
    }
}

TEST_CASE("overview matrix lists agreements with indented members and a totals row", "[app][overview][matrix]")
{
    OverviewMatrixModel model;
    model.setDataset(county());
    CHECK(names(model) == QStringList{QStringLiteral("Cestad kommun 2023–2024"), QStringLiteral("Norrdal 2022–2024"),
                                      QStringLiteral("Alby kommun"), QStringLiteral("Berga kommun"),
                                      QStringLiteral("Hela länet")});
    REQUIRE(model.columnCount() == 4);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Avtal"));
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("2022"));
    CHECK(model.headerData(3, Qt::Horizontal).toString() == QStringLiteral("2024"));
    CHECK(model.index(0, 0).data(Qt::ToolTipRole).toString() == QStringLiteral("Avtal Cestad 2023–2024"));
    CHECK(model.index(0, 0).data(app::RowKindRole).toInt() == 0);
    CHECK(model.index(2, 0).data(app::RowKindRole).toInt() == 1);
    CHECK(model.index(4, 0).data(app::RowKindRole).toInt() == 2);
    CHECK(model.rowKind(3) == RowKind::Member);
    CHECK(model.index(4, 2).data(Qt::FontRole).value<QFont>().bold());

    CHECK(cellText(model, 0, 2022).isEmpty()); // Cestad does not run in 2022
    CHECK_FALSE(model.index(0, 1).data(app::AmountOreRole).isValid());
    CHECK(cellText(model, 0, 2023) == plus("200 000"));
    CHECK(cellText(model, 0, 2024) == minus("100 000"));
    CHECK(cellText(model, 1, 2023) == minus("950 000"));
    CHECK(cellText(model, 2, 2022) == plus("500 000"));
    CHECK(cellText(model, 3, 2023) == minus("200 000"));
    CHECK(cellOre(model, 1, 2022) == kr(100000));
    CHECK(model.index(1, 1).data(Qt::TextAlignmentRole).toInt() == int(Qt::AlignRight | Qt::AlignVCenter));

    // Totals: the agreement rows only (members are inside Norrdal's contribution already).
    CHECK(cellOre(model, 4, 2022) == kr(100000));
    CHECK(cellOre(model, 4, 2023) == kr(200000) - kr(950000));
    CHECK(cellOre(model, 4, 2024) == -kr(100000) - kr(1000000));
    CHECK(cellText(model, 4, 2024) == minus("1 100 000"));
    CHECK(model.index(4, 3).data(OverviewMatrixModel::RequiredOreRole).toLongLong() == kr(1500000));
}

TEST_CASE("overview matrix cells round to whole kronor but keep the öre in the amount role", "[app][overview][matrix]")
{
    Dataset data = county();
    data.reports[3].expenses.first().amountOre = kr(700000) + 51; // +200 000,51
    OverviewMatrixModel model;
    model.setDataset(data);
    CHECK(cellText(model, 0, 2023) == plus("200 001"));
    CHECK(cellOre(model, 0, 2023) == kr(200000) + 51);
}

TEST_CASE("overview matrix cells say their status by icon colour tooltip and accessible text", "[app][overview][matrix]")
{
    OverviewMatrixModel model;
    model.setDataset(county());
    const QModelIndex shortCell = model.index(1, model.columnOf(2023));
    CHECK(shortCell.data(OverviewMatrixModel::StatusRole).toInt() == int(BalanceStatus::Short));
    CHECK_FALSE(shortCell.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(shortCell.data(OverviewMatrixModel::StatusColourRole).value<QColor>().isValid());
    CHECK(shortCell.data(OverviewMatrixModel::PartyRole).toString() == QStringLiteral("Norrdal"));
    CHECK(shortCell.data(OverviewMatrixModel::AgreementRole).toString() == QStringLiteral("Avtal Norrdal 2022–2024"));
    CHECK(shortCell.data(OverviewMatrixModel::YearRole).toInt() == 2023);
    const QString tip = test::plainSpaces(shortCell.data(Qt::ToolTipRole).toString());
    CHECK(tip.contains(QStringLiteral("Ersättning: 1 000 000 kr")));
    CHECK(tip.contains(QStringLiteral("Medfinansieringsgrad: krav 100,00 %, uppnått 0,05")));
    CHECK(tip.contains(QStringLiteral("Krav: 1 000 000 kr")));
    CHECK(tip.contains(QStringLiteral("Insats: 50 000 kr")));
    CHECK(tip.contains(QStringLiteral("Saldo: -950 000 kr")));
    CHECK(tip.contains(QStringLiteral("Status: Under kravet")));
    CHECK(tip.contains(QStringLiteral("Rapport: Utkast")));
    CHECK(test::plainSpaces(shortCell.data(Qt::AccessibleTextRole).toString()).contains(QStringLiteral("Under kravet")));

    const QModelIndex member = model.index(2, model.columnOf(2022));
    CHECK(member.data(OverviewMatrixModel::PartyRole).toString() == QStringLiteral("Alby kommun"));
    CHECK(test::plainSpaces(member.data(Qt::ToolTipRole).toString()).contains(QStringLiteral("Krav (kommunens åtagande): 100 000 kr")));
    const QModelIndex missing = model.index(3, model.columnOf(2024));
    CHECK(missing.data(OverviewMatrixModel::StatusRole).toInt() == int(BalanceStatus::MissingReport));
    CHECK(missing.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Rapport: saknas")));
    CHECK(model.index(0, model.columnOf(2022)).data(Qt::ToolTipRole).toString().contains(QStringLiteral("löper inte")));
}

TEST_CASE("overview summary sentence counts agreements meeting falling short and missing", "[app][overview][matrix]")
{
    OverviewMatrixModel model;
    model.setDataset(county());
    CHECK(model.summary(2022) == QStringLiteral("2022: 1 av 1 avtal uppfyller kravet."));
    CHECK(model.summary(2023) == QStringLiteral("2023: 1 av 2 avtal uppfyller kravet, 1 under kravet."));
    CHECK(model.summary(2024) == QStringLiteral("2024: 0 av 2 avtal uppfyller kravet, 1 under kravet, 1 saknar rapport."));
    CHECK(model.summary(2030).contains(QStringLiteral("inget av de visade avtalen")));
}

TEST_CASE("overview filter on shortfalls keeps rows short in any shown year", "[app][overview][filter]")
{
    OverviewMatrixModel model;
    model.setDataset(county());
    OverviewFilter filter;
    filter.show = OverviewFilter::Show::Shortfalls;
    model.setFilter(filter);
    CHECK(names(model) == QStringList{QStringLiteral("Cestad kommun 2023–2024"), QStringLiteral("Norrdal 2022–2024"),
                                      QStringLiteral("Alby kommun"), QStringLiteral("Summa av visade avtal")});
    filter.fromYear = 2024;
    model.setFilter(filter);
    CHECK(names(model) == QStringList{QStringLiteral("Cestad kommun 2023–2024"), QStringLiteral("Summa av visade avtal")});
    CHECK(model.columnCount() == 2);
    CHECK(cellOre(model, 1, 2024) == -kr(100000)); // the totals follow the filter
    filter.fromYear = 2022;
    filter.toYear = 2022;
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("overview filter on missing reports keeps rows with a missing report", "[app][overview][filter]")
{
    OverviewMatrixModel model;
    model.setDataset(county());
    OverviewFilter filter;
    filter.show = OverviewFilter::Show::MissingReports;
    model.setFilter(filter);
    CHECK(names(model) == QStringList{QStringLiteral("Norrdal 2022–2024"), QStringLiteral("Alby kommun"),
                                      QStringLiteral("Berga kommun"), QStringLiteral("Summa av visade avtal")});
    CHECK(cellOre(model, 3, 2023) == -kr(950000));
    // A member that matches keeps its agreement row above it as a heading.
    filter.fromYear = 2023;
    filter.toYear = 2023;
    model.setFilter(filter);
    CHECK(names(model) == QStringList{QStringLiteral("Norrdal 2022–2024"), QStringLiteral("Berga kommun"),
                                      QStringLiteral("Summa av visade avtal")});
}

TEST_CASE("overview filter on a county part shows its agreement and members only", "[app][overview][filter]")
{
    OverviewMatrixModel model;
    model.setDataset(county());
    CHECK(model.countyParts() == QStringList{QStringLiteral("Norrdal")});
    OverviewFilter filter;
    filter.countyPart = QStringLiteral("Norrdal");
    model.setFilter(filter);
    CHECK(names(model) == QStringList{QStringLiteral("Norrdal 2022–2024"), QStringLiteral("Alby kommun"),
                                      QStringLiteral("Berga kommun"), QStringLiteral("Summa av visade avtal")});
    CHECK(cellOre(model, 3, 2024) == -kr(1000000));
    CHECK(model.summary(2024) == QStringLiteral("2024: 0 av 1 avtal uppfyller kravet, 1 saknar rapport."));
    CHECK(filter.describe(2022, 2024) == QStringLiteral("2022–2024 · Norrdal"));
}

TEST_CASE("overview filter on a year range limits the columns and is clamped to the data", "[app][overview][filter]")
{
    OverviewMatrixModel model;
    model.setDataset(county());
    CHECK(model.firstDataYear() == 2022);
    CHECK(model.lastDataYear() == 2024);
    OverviewFilter filter;
    filter.fromYear = 2023;
    filter.toYear = 2023;
    model.setFilter(filter);
    REQUIRE(model.columnCount() == 2);
    CHECK(model.yearOf(1) == 2023);
    CHECK(model.columnOf(2022) == -1);
    CHECK(model.rowCount() == 5);
    filter.fromYear = 1990;
    filter.toYear = 2100;
    model.setFilter(filter);
    CHECK(model.fromYear() == 2022);
    CHECK(model.toYear() == 2024);
    CHECK(model.columnCount() == 4);
    filter.show = OverviewFilter::Show::Shortfalls;
    CHECK(filter.describe(2022, 2024) == QStringLiteral("2022–2024 · Alla avtal · Endast underskott"));
}

TEST_CASE("overview matrix finds rows and gives the balances behind a row", "[app][overview][matrix]")
{
    OverviewMatrixModel model;
    model.setDataset(county());
    const int norrdal = model.rowOf(QStringLiteral("Avtal Norrdal 2022–2024"));
    CHECK(norrdal == 1);
    CHECK(model.rowOf(QStringLiteral("Avtal Norrdal 2022–2024"), QStringLiteral("Norrdal")) == 1);
    CHECK(model.rowOf(QStringLiteral("Avtal Norrdal 2022–2024"), QStringLiteral("Berga kommun")) == 3);
    CHECK(model.rowOf(QStringLiteral("Okänt")) == -1);
    const QList<BalanceRow> rows = model.balancesOf(3);
    REQUIRE(rows.size() == 3);
    CHECK(rows.first().year == 2022);
    CHECK(rows.first().isMemberRow);
    CHECK(rows.at(1).status == BalanceStatus::MissingReport);
    CHECK(model.balancesOf(4).isEmpty());
}

TEST_CASE("overview matrix of an empty dataset has no rows", "[app][overview][matrix]")
{
    OverviewMatrixModel model;
    model.setDataset(Dataset{});
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == 1);
    CHECK(model.firstDataYear() == 0);
}

TEST_CASE("a workspace opened overview first has the sums and no lines until it reloads", "[app][overview][workspace]")
{
    test::Scratch scratch;
    const QString db = scratch.path(QStringLiteral("demo.db"));
    runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
    Result<std::unique_ptr<app::Workspace>> opened =
        app::Workspace::open(db, {}, app::Workspace::Load::OverviewFirst);
    REQUIRE(opened.ok());
    app::Workspace &workspace = *opened.value();
    CHECK_FALSE(workspace.isComplete());
    CHECK(workspace.dataset().reports.isEmpty());
    CHECK_FALSE(workspace.dataset().agreements.isEmpty());
    const QList<ReportFigure> sums = workspace.reportFigures();
    REQUIRE_FALSE(sums.isEmpty());
    const QList<BalanceRow> first = computeBalances(workspace.dataset(), sums);
    REQUIRE(workspace.reload().ok());
    CHECK(workspace.isComplete());
    CHECK_FALSE(workspace.dataset().reports.isEmpty());
    const QList<BalanceRow> full = computeBalances(workspace.dataset());
    REQUIRE(first.size() == full.size());
    for (qsizetype i = 0; i < full.size(); ++i)
        CHECK(first[i].balanceOre == full[i].balanceOre);
    CHECK(workspace.reportFigures().size() == sums.size());
}
