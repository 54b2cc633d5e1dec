// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/ModelRoles.h"
#include "app/demo/DemoData.h"
#include "app/report/ExpenseLineModel.h"
#include "app/report/RevenueLineModel.h"

using namespace fhb;
using app::ExpenseLineModel;
using app::RevenueLineModel;

namespace {

AnnualReport orebro2023()
{
    const Result<Dataset> data = app::demoDataset();
    REQUIRE(data.ok());
    const AnnualReport *report = data->report(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(report);
    return *report;
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return test::plainSpaces(model.index(row, column).data().toString());
}

} // namespace

TEST_CASE("the expense lines show category amount and footnote with amounts right-aligned", "[app][report]")
{
    ExpenseLineModel model;
    model.setLines(orebro2023().expenses);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Kategori"));
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Belopp"));
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("Fotnot"));
    CHECK(text(model, 0, ExpenseLineModel::CategoryColumn) == QStringLiteral("Lönekostnader"));
    CHECK(text(model, 0, ExpenseLineModel::AmountColumn) == QStringLiteral("3 434 000"));
    CHECK(text(model, 0, ExpenseLineModel::FootnoteColumn)
          == QStringLiteral("Lönekostnader folkhälsostrateger inkl. samordning psykisk hälsa"));
    CHECK(text(model, 1, ExpenseLineModel::AmountColumn) == QStringLiteral("154 000"));
    CHECK(text(model, 2, ExpenseLineModel::AmountColumn) == QStringLiteral("49 000"));
    CHECK(model.index(0, ExpenseLineModel::AmountColumn).data(Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.index(0, ExpenseLineModel::AmountColumn).data(app::AmountOreRole).toLongLong() == 343400000);
    CHECK(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable) == false);
}

TEST_CASE("the revenue lines show source kind and amount", "[app][report]")
{
    RevenueLineModel model;
    model.setLines(orebro2023().revenues);
    REQUIRE(model.rowCount() == 1);
    CHECK(text(model, 0, RevenueLineModel::SourceColumn).contains(QStringLiteral("Region Örebro län")));
    CHECK(text(model, 0, RevenueLineModel::KindColumn) == QStringLiteral("Regional ersättning"));
    CHECK(text(model, 0, RevenueLineModel::AmountColumn) == QStringLiteral("1 005 000"));
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Slag"));
}

TEST_CASE("the line models answer the shared amount role on the amount column only", "[app][report]")
{
    ExpenseLineModel expenses;
    expenses.setLines(orebro2023().expenses);
    CHECK(expenses.index(0, ExpenseLineModel::AmountColumn).data(app::AmountOreRole).toLongLong() == 343400000);
    CHECK_FALSE(expenses.index(0, ExpenseLineModel::CategoryColumn).data(app::AmountOreRole).isValid());
    RevenueLineModel revenues;
    revenues.setLines(orebro2023().revenues);
    CHECK(revenues.index(0, RevenueLineModel::AmountColumn).data(app::AmountOreRole).toLongLong() == 100500000);
    CHECK_FALSE(revenues.index(0, RevenueLineModel::SourceColumn).data(app::AmountOreRole).isValid());
    CHECK(revenues.headerData(RevenueLineModel::AmountColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));
}
