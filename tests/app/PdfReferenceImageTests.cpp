// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTestSupport.h"

#include <QFileInfo>
#include <QImage>

using namespace fhb;

// Page 1 of the Örebro 2023 report, rendered by pdftoppm at 50 dpi, against the committed
// tests/data/orebro-2023-page1.png. A pixel differs when its grey level is more than 64 away
// (anti-aliasing and rasteriser versions stay well inside that); at most 0.5 % may differ, so
// a moved heading, a lost row or a shifted column fails. To accept an intended change of
// layout, run the test once with FHB_UPDATE_REFERENCE_IMAGES=1 and commit the new image
// (docs/pdf-report.md).
TEST_CASE("page 1 of the Örebro 2023 PDF matches the reference image", "[pdf]")
{
    test::Scratch scratch;
    const Dataset data = test::demoData();
    const QString pdf = scratch.path(QStringLiteral("orebro.pdf"));
    REQUIRE(app::AnnualReportPdf(data, test::orebro2023(data)).write(pdf).ok());
    test::poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"), QStringLiteral("1"),
                                               QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-gray"), QStringLiteral("-png"),
                                               QStringLiteral("-singlefile"), pdf, scratch.path(QStringLiteral("page1"))});
    const QImage actual = QImage(scratch.path(QStringLiteral("page1.png"))).convertToFormat(QImage::Format_Grayscale8);
    REQUIRE_FALSE(actual.isNull());

    const QString referencePath = QStringLiteral(FHB_SOURCE_DIR "/tests/data/orebro-2023-page1.png");
    if (qEnvironmentVariableIntValue("FHB_UPDATE_REFERENCE_IMAGES") == 1) {
        REQUIRE(actual.save(referencePath, "PNG", 9));
        WARN("reference image written to " << referencePath.toStdString());
        return;
    }
    INFO("missing reference image: run with FHB_UPDATE_REFERENCE_IMAGES=1 to create " << referencePath.toStdString());
    REQUIRE(QFileInfo::exists(referencePath));
    const QImage reference = QImage(referencePath).convertToFormat(QImage::Format_Grayscale8);
    REQUIRE(reference.size() == actual.size());

    qint64 differing = 0;
    qint64 inked = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const uchar *a = actual.constScanLine(y);
        const uchar *r = reference.constScanLine(y);
        for (int x = 0; x < actual.width(); ++x) {
            differing += qAbs(int(a[x]) - int(r[x])) > 64 ? 1 : 0;
            inked += a[x] < 128 ? 1 : 0;
        }
    }
    const qint64 pixels = qint64(actual.width()) * actual.height();
    INFO("differing pixels: " << differing << " of " << pixels);
    CHECK(differing * 1000 <= pixels * 5);
    // A blank or nearly blank render (no fonts) must not pass as "no difference".
    CHECK(inked * 100 >= pixels * 2);
}
