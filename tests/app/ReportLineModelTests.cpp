// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/agreement/CompensationScheduleModel.h"
#include "app/demo/DemoData.h"
#include "app/report/ExpenseLineModel.h"
#include "app/report/RevenueLineModel.h"

#include <QIcon>

using namespace fhb;
using app::CompensationScheduleModel;
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

Agreement sydnarke()
{
    Agreement a;
    a.name = QStringLiteral("Sydnärke");
    a.firstYear = 2024;
    a.lastYear = 2027;
    a.baseCompensationOre = 139303800;
    a.plkBp = {{2025, 310}};
    return a;
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
    CHECK(model.index(0, ExpenseLineModel::AmountColumn).data(ExpenseLineModel::AmountOreRole).toLongLong() == 343400000);
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

TEST_CASE("the compensation schedule marks years without PLK as preliminary", "[app][agreement]")
{
    CompensationScheduleModel model;
    model.setAgreement(sydnarke());
    REQUIRE(model.rowCount() == 4);
    CHECK(text(model, 0, CompensationScheduleModel::YearColumn) == QStringLiteral("2024"));
    CHECK(text(model, 0, CompensationScheduleModel::CompensationColumn) == QStringLiteral("1 393 038"));
    CHECK(text(model, 0, CompensationScheduleModel::SourceColumn) == QStringLiteral("Grundersättning"));
    CHECK(text(model, 1, CompensationScheduleModel::IndexationColumn) == QStringLiteral("3,10 %"));
    CHECK(text(model, 1, CompensationScheduleModel::CompensationColumn) == QStringLiteral("1 436 222"));
    CHECK(text(model, 1, CompensationScheduleModel::RequiredColumn) == QStringLiteral("1 436 222"));
    CHECK_FALSE(model.index(1, 0).data(CompensationScheduleModel::PreliminaryRole).toBool());
    CHECK(text(model, 2, CompensationScheduleModel::CompensationColumn) == QStringLiteral("1 436 222"));
    CHECK(text(model, 2, CompensationScheduleModel::SourceColumn) == QStringLiteral("Preliminär: ingen PLK beslutad"));
    CHECK(model.index(2, 0).data(CompensationScheduleModel::PreliminaryRole).toBool());
    CHECK_FALSE(model.index(2, CompensationScheduleModel::SourceColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model.index(3, 0).data(CompensationScheduleModel::PreliminaryRole).toBool());
}

TEST_CASE("the required amount follows the agreement's co-funding ratio", "[app][agreement]")
{
    Agreement agreement = sydnarke();
    agreement.cofundingRatioBp = 5000;
    CompensationScheduleModel model;
    model.setAgreement(agreement);
    CHECK(text(model, 0, CompensationScheduleModel::RequiredColumn) == QStringLiteral("696 519"));
}
