// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/overview/CofundingBalanceModel.h"
#include "app/demo/DemoData.h"

#include <QIcon>

using namespace fhb;
using app::CofundingBalanceModel;

namespace {

Dataset demo()
{
    const Result<Dataset> data = app::demoDataset();
    REQUIRE(data.ok());
    return data.value();
}

int rowOf(const CofundingBalanceModel &model, const QString &partyLabel, int year)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, CofundingBalanceModel::PartyColumn).data().toString() == partyLabel
            && model.index(row, 0).data(CofundingBalanceModel::YearRole).toInt() == year)
            return row;
    return -1;
}

QString text(const CofundingBalanceModel &model, int row, int column)
{
    return test::plainSpaces(model.index(row, column).data().toString());
}

} // namespace

TEST_CASE("the overview shows Örebro kommun 2023 meeting its requirement by 1 627 000", "[app][overview]")
{
    CofundingBalanceModel model;
    model.setDataset(demo());
    CHECK(model.columnCount() == 8);
    CHECK(model.headerData(CofundingBalanceModel::BalanceColumn, Qt::Horizontal).toString() == QStringLiteral("Saldo"));
    const int row = rowOf(model, QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(row >= 0);
    CHECK(text(model, row, CofundingBalanceModel::AgreementColumn) == QStringLiteral("Örebro kommun 2018\u20132023"));
    CHECK(model.index(row, CofundingBalanceModel::AgreementColumn).data(Qt::ToolTipRole).toString()
          == QStringLiteral("Överenskommelse Örebro kommun 2018\u20132023"));
    CHECK(model.index(row, 0).data(CofundingBalanceModel::AgreementRole).toString()
          == QStringLiteral("Överenskommelse Örebro kommun 2018\u20132023"));
    CHECK(text(model, row, CofundingBalanceModel::YearColumn) == QStringLiteral("2023"));
    CHECK(text(model, row, CofundingBalanceModel::CompensationColumn) == QStringLiteral("1 005 000"));
    CHECK(text(model, row, CofundingBalanceModel::RequiredColumn) == QStringLiteral("1 005 000"));
    CHECK(text(model, row, CofundingBalanceModel::ContributionColumn) == QStringLiteral("2 632 000"));
    CHECK(text(model, row, CofundingBalanceModel::BalanceColumn) == QStringLiteral("+1 627 000"));
    CHECK(text(model, row, CofundingBalanceModel::StatusColumn) == QStringLiteral("Uppfyller kravet"));
    CHECK_FALSE(model.index(row, CofundingBalanceModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model.index(row, CofundingBalanceModel::BalanceColumn).data(Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.index(row, CofundingBalanceModel::BalanceColumn).data(CofundingBalanceModel::SortRole).toLongLong()
          == 162700000);
}

TEST_CASE("preliminary years say preliminär beside the year with an icon", "[app][overview]")
{
    CofundingBalanceModel model;
    model.setDataset(demo());
    const int base = rowOf(model, QStringLiteral("Sydnärke"), 2024);
    const int carried = rowOf(model, QStringLiteral("Sydnärke"), 2025);
    REQUIRE(base >= 0);
    REQUIRE(carried >= 0);
    CHECK(text(model, base, CofundingBalanceModel::YearColumn) == QStringLiteral("2024"));
    CHECK_FALSE(model.index(base, 0).data(CofundingBalanceModel::PreliminaryRole).toBool());
    CHECK(text(model, carried, CofundingBalanceModel::YearColumn) == QStringLiteral("2025 \u00b7 preliminär"));
    CHECK(model.index(carried, 0).data(CofundingBalanceModel::PreliminaryRole).toBool());
    CHECK_FALSE(model.index(carried, CofundingBalanceModel::YearColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(text(model, carried, CofundingBalanceModel::CompensationColumn) == QStringLiteral("1 393 038"));
    CHECK(text(model, carried, CofundingBalanceModel::StatusColumn) == QStringLiteral("Rapport saknas"));
    CHECK(text(model, carried, CofundingBalanceModel::ContributionColumn).isEmpty());
}

TEST_CASE("a member row shows the member's commitment as its requirement", "[app][overview]")
{
    CofundingBalanceModel model;
    model.setDataset(demo());
    const int row = rowOf(model, QStringLiteral("Askersunds kommun (åtagande)"), 2024);
    REQUIRE(row >= 0);
    CHECK(text(model, row, CofundingBalanceModel::RequiredColumn) == QStringLiteral("145 000"));
    CHECK(text(model, row, CofundingBalanceModel::CompensationColumn).isEmpty());
    CHECK(model.index(row, 0).data(CofundingBalanceModel::PartyRole).toString() == QStringLiteral("Askersunds kommun"));
}

TEST_CASE("the overview has one row per balance row of the domain", "[app][overview]")
{
    const Dataset data = demo();
    CofundingBalanceModel model;
    model.setDataset(data);
    const QList<BalanceRow> rows = computeBalances(data);
    REQUIRE(model.rowCount() == rows.size());
    // Örebro 2023 and Sydnärke 2024–2029 with Askersund's member row each year.
    CHECK(model.rowCount() == 1 + 6 * 2);
}

TEST_CASE("a report is judged by its own agreement row or by its county part's", "[app][overview]")
{
    Dataset data = demo();
    const std::optional<BalanceRow> orebro = CofundingBalanceModel::rowForReport(data, QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(orebro);
    CHECK(orebro->status == BalanceStatus::Ok);
    CHECK(orebro->balanceOre == 162700000);

    const std::optional<BalanceRow> askersund = CofundingBalanceModel::rowForReport(data, QStringLiteral("Askersunds kommun"), 2024);
    REQUIRE(askersund);
    CHECK(askersund->isMemberRow);
    CHECK(askersund->requiredOre == 14500000);

    const std::optional<BalanceRow> kumla = CofundingBalanceModel::rowForReport(data, QStringLiteral("Kumla kommun"), 2024);
    REQUIRE(kumla);
    CHECK_FALSE(kumla->isMemberRow);
    CHECK(kumla->counterparty == QStringLiteral("Sydnärke"));

    CHECK_FALSE(CofundingBalanceModel::rowForReport(data, QStringLiteral("Nora kommun"), 2024));
    CHECK_FALSE(CofundingBalanceModel::rowForReport(data, QStringLiteral("Örebro kommun"), 2017));
}
