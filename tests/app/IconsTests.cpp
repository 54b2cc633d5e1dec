// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/Icons.h"
#include "app/StatusLook.h"

#include <QFile>
#include <QImage>
#include <QPixmap>

using fhb::app::IconId;

TEST_CASE("every icon has its own SVG in the resources and draws something", "[app][icons]")
{
    for (int id = int(IconId::Application); id <= int(IconId::Overview); ++id) {
        const QString path = fhb::app::iconResourcePath(IconId(id));
        INFO(path.toStdString());
        CHECK(QFile::exists(path));
        const QImage image = fhb::app::icon(IconId(id)).pixmap(16, 16).toImage();
        REQUIRE_FALSE(image.isNull());
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0;
        CHECK(opaque > 20);
    }
}

TEST_CASE("every action icon has its own SVG in the resources as the fallback", "[app][icons]")
{
    for (int id = int(IconId::NewReport); id <= int(IconId::Print); ++id) {
        const QString path = fhb::app::iconResourcePath(IconId(id));
        INFO(path.toStdString());
        CHECK(QFile::exists(path));
        CHECK_FALSE(fhb::app::icon(IconId(id)).pixmap(16, 16).isNull());
    }
}

TEST_CASE("statuses are told apart by icon and word and not by colour alone", "[app][icons]")
{
    using namespace fhb;
    const app::StatusLook ok = app::balanceStatusLook(BalanceStatus::Ok);
    const app::StatusLook shortOfIt = app::balanceStatusLook(BalanceStatus::Short);
    const app::StatusLook missing = app::balanceStatusLook(BalanceStatus::MissingReport);
    CHECK(ok.word == QStringLiteral("Uppfyller kravet"));
    CHECK(shortOfIt.word == QStringLiteral("Under kravet"));
    CHECK(missing.word == QStringLiteral("Rapport saknas"));
    CHECK(app::preliminaryLook().word == QStringLiteral("Preliminär"));
    CHECK(ok.icon != shortOfIt.icon);
    CHECK(shortOfIt.icon != missing.icon);
    CHECK(app::reportStatusLook(ReportStatus::Approved).word == QStringLiteral("Godkänd"));
    CHECK(app::reportStatusLook(ReportStatus::Draft).icon != app::reportStatusLook(ReportStatus::Approved).icon);
}
