// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>

using namespace fhb;

// The MIME type the package installs (resources/desktop), read by Qt from a data folder of
// the test's own, as a file manager reads /usr/share/mime after the package's trigger.
TEST_CASE("an exchange file named by the program is of the exchange type and other JSON stays JSON", "[desktop]")
{
    test::Scratch scratch;
    const QString data = scratch.path(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(data + QStringLiteral("/mime/packages")));
    REQUIRE(QFile::copy(QStringLiteral(FHB_SOURCE_DIR "/resources/desktop/se.folkhalsobok.Folkhalsobok.mime.xml"),
                        data + QStringLiteral("/mime/packages/se.folkhalsobok.Folkhalsobok.xml")));
    REQUIRE(QProcess::execute(QStringLiteral("update-mime-database"), {data + QStringLiteral("/mime")}) == 0);
    // Read once per process, at the first use of QMimeDatabase: ctest runs each case alone.
    qputenv("XDG_DATA_DIRS", QString(data + QStringLiteral(":/usr/share")).toLocal8Bit());

    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(scratch.path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
        return file.fileName();
    };
    const QByteArray exchange = "{\n  \"format\": \"folkhalsobok-exchange\",\n  \"version\": 1\n}\n";
    QMimeDatabase db;
    CHECK(db.mimeTypeForFile(write(QStringLiteral("Rapport 2024 – Askersunds kommun.fhb.json"), exchange)).name()
          == QStringLiteral("application/x-folkhalsobok-exchange"));
    CHECK(db.mimeTypeForFile(write(QStringLiteral("utan-filändelse"), exchange)).name()
          == QStringLiteral("application/x-folkhalsobok-exchange"));
    CHECK(db.mimeTypeForFile(write(QStringLiteral("annat.json"), "{\"a\": 1}\n")).name() == QStringLiteral("application/json"));
    CHECK(db.mimeTypeForName(QStringLiteral("application/x-folkhalsobok-exchange")).inherits(QStringLiteral("application/json")));
}
