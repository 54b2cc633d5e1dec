// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/demo/DemoData.h"
#include "app/NavigatorModel.h"

#include <QIcon>

using namespace fhb;
using app::NavigatorModel;
using Kind = NavigatorModel::NodeKind;

namespace {

Dataset demo()
{
    const Result<Dataset> data = app::demoDataset();
    REQUIRE(data.ok());
    return data.value();
}

QStringList childLabels(const NavigatorModel &model, const QModelIndex &parent, std::optional<Kind> kind = {})
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (!kind || model.kindOf(child) == *kind)
            labels.append(child.data().toString());
    }
    return labels;
}

Party party(const QString &name, PartyKind kind)
{
    return Party{0, name, kind, {}};
}

} // namespace

TEST_CASE("the navigator has the funder at the top with county parts then municipalities then organisations", "[app][navigator]")
{
    NavigatorModel model;
    model.setDataset(demo());
    REQUIRE(model.rowCount() == 1);
    const QModelIndex funder = model.index(0, 0);
    CHECK(funder.data().toString() == QStringLiteral("Region Örebro län"));
    CHECK(model.kindOf(funder) == Kind::Funder);
    CHECK(childLabels(model, funder)
          == QStringList{QStringLiteral("Norra länsdelen"), QStringLiteral("Sydnärke"),
                         QStringLiteral("Västra länsdelen"), QStringLiteral("Örebro kommun"),
                         QStringLiteral("RF-SISU Örebro län"), QStringLiteral("Örebro läns bildningsförbund")});
}

TEST_CASE("Sydnärke lists its agreement and its five member municipalities", "[app][navigator]")
{
    NavigatorModel model;
    model.setDataset(demo());
    const QModelIndex sydnarke = model.findParty(QStringLiteral("Sydnärke"));
    REQUIRE(sydnarke.isValid());
    CHECK(model.kindOf(sydnarke) == Kind::CountyPart);
    CHECK(model.kindOf(sydnarke.parent()) == Kind::Funder);
    CHECK(childLabels(model, sydnarke, Kind::Municipality)
          == QStringList{QStringLiteral("Askersunds kommun"), QStringLiteral("Hallsbergs kommun"),
                         QStringLiteral("Kumla kommun"), QStringLiteral("Laxå kommun"),
                         QStringLiteral("Lekebergs kommun")});
    const QStringList agreements = childLabels(model, sydnarke, Kind::Agreement);
    CHECK(agreements == QStringList{QStringLiteral("Avtal 2024\u20132029")});
    const QModelIndex agreement = model.findAgreement(QStringLiteral("Överenskommelse Sydnärke 2024\u20132029"));
    REQUIRE(agreement.isValid());
    CHECK(agreement.parent() == sydnarke);
    CHECK(agreement.data(Qt::ToolTipRole).toString() == QStringLiteral("Överenskommelse Sydnärke 2024\u20132029"));
}

TEST_CASE("a member municipality appears under its county part and not directly under the funder", "[app][navigator]")
{
    NavigatorModel model;
    model.setDataset(demo());
    const QModelIndex askersund = model.findParty(QStringLiteral("Askersunds kommun"));
    REQUIRE(askersund.isValid());
    CHECK(askersund.parent().data().toString() == QStringLiteral("Sydnärke"));
    CHECK(askersund.data(Qt::ToolTipRole).toString().contains(QStringLiteral("medlem i Sydnärke")));
    CHECK_FALSE(childLabels(model, model.index(0, 0)).contains(QStringLiteral("Askersunds kommun")));
}

TEST_CASE("Örebro kommun sits under the funder with its agreement and its report of 2023", "[app][navigator]")
{
    NavigatorModel model;
    model.setDataset(demo());
    const QModelIndex orebro = model.findParty(QStringLiteral("Örebro kommun"));
    REQUIRE(orebro.isValid());
    CHECK(model.kindOf(orebro) == Kind::Municipality);
    CHECK(model.kindOf(orebro.parent()) == Kind::Funder);
    CHECK(childLabels(model, orebro, Kind::Agreement) == QStringList{QStringLiteral("Avtal 2018\u20132023")});

    const QModelIndex report = model.findReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(report.isValid());
    CHECK(report.parent() == orebro);
    CHECK(model.kindOf(report) == Kind::ReportYear);
    CHECK(report.data(NavigatorModel::YearRole).toInt() == 2023);
    CHECK(report.data(NavigatorModel::PartyRole).toString() == QStringLiteral("Örebro kommun"));
    CHECK(report.data().toString() == QStringLiteral("2023 \u00b7 Utkast"));
    CHECK_FALSE(report.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK_FALSE(model.findReport(QStringLiteral("Örebro kommun"), 2022).isValid());
}

TEST_CASE("every index of the navigator finds its way back to its parent", "[app][navigator]")
{
    NavigatorModel model;
    model.setDataset(demo());
    int nodes = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            REQUIRE(child.isValid());
            CHECK(model.parent(child) == parent);
            CHECK(child.row() == row);
            ++nodes;
            walk(child);
        }
    };
    walk({});
    // 1 funder, 3 county parts, 12 municipalities, 2 organisations, 2 agreements, 1 report.
    CHECK(nodes == 21);
    CHECK(model.columnCount() == 1);
    CHECK_FALSE(model.index(99, 0).isValid());
}

TEST_CASE("a party without agreement or county part sits under the only funder", "[app][navigator]")
{
    Dataset data;
    data.parties = {party(QStringLiteral("Region Exempel"), PartyKind::Funder),
                    party(QStringLiteral("Ensam kommun"), PartyKind::Municipality)};
    NavigatorModel model;
    model.setDataset(data);
    REQUIRE(model.rowCount() == 1);
    CHECK(childLabels(model, model.index(0, 0)) == QStringList{QStringLiteral("Ensam kommun")});
}

TEST_CASE("with several funders a party without agreement goes under Övriga parter", "[app][navigator]")
{
    Dataset data;
    data.parties = {party(QStringLiteral("Region A"), PartyKind::Funder),
                    party(QStringLiteral("Region B"), PartyKind::Funder),
                    party(QStringLiteral("Kommun med avtal"), PartyKind::Municipality),
                    party(QStringLiteral("Kommun utan avtal"), PartyKind::Municipality)};
    Agreement agreement;
    agreement.name = QStringLiteral("Avtal B");
    agreement.funder = QStringLiteral("Region B");
    agreement.counterparty = QStringLiteral("Kommun med avtal");
    agreement.firstYear = 2024;
    agreement.lastYear = 2025;
    data.agreements = {agreement};
    NavigatorModel model;
    model.setDataset(data);
    CHECK(childLabels(model, {}) == QStringList{QStringLiteral("Region A"), QStringLiteral("Region B"),
                                                QStringLiteral("Övriga parter")});
    CHECK(childLabels(model, model.index(1, 0)) == QStringList{QStringLiteral("Kommun med avtal")});
    CHECK(childLabels(model, model.index(2, 0)) == QStringList{QStringLiteral("Kommun utan avtal")});
}

TEST_CASE("an empty dataset gives an empty navigator", "[app][navigator]")
{
    NavigatorModel model;
    model.setDataset(demo());
    model.setDataset(Dataset{});
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.findParty(QStringLiteral("Sydnärke")).isValid());
}
