// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_exchange: exchangeFromJson on any bytes must not crash; what it accepts must write back
// to the same bytes (toJson∘fromJson∘toJson = toJson) and be imported by storage without a
// crash — a dry run into a database holding the demo data, rolled back after every input, so
// that matching, replacing and refusing against existing parties, agreements and reports are
// all reached.
#include "FuzzSupport.h"

#include "app/demo/DemoData.h"
#include "app/exchange/ExchangeFile.h"
#include "storage/Database.h"
#include "storage/dataset/DatasetStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>


using namespace fhb;

namespace {

// Never deleted: at exit, Qt SQL's own globals may already be gone (static destruction order).
storage::Database *g_database = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    storage::OpenOptions options;
    options.create = true;
    storage::OpenError error;
    g_database = storage::Database::open(QDir(dir.path()).filePath(QStringLiteral("fuzz.db")), options, &error).release();
    if (!g_database)
        fuzz::fail("open the database", error.message);
    if (const Status loaded = app::loadDemoData(*g_database); !loaded)
        fuzz::fail("load the demo data", loaded.error());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<Dataset> read = app::exchangeFromJson(fuzz::bytes(data, size));
    if (!read) {
        fuzz::require(!read.error().isEmpty(), "a refusal says why");
        return 0;
    }
    const QByteArray written = app::exchangeToJson(read.value());
    const Result<Dataset> again = app::exchangeFromJson(written);
    fuzz::require(again.ok(), "what the reader accepts, written again, is read again", again.error());
    fuzz::require(app::exchangeToJson(again.value()) == written, "writing is stable after one round",
                  QString::fromUtf8(written.left(2000)));

    for (const bool replace : {false, true}) {
        storage::ImportOptions options;
        options.dryRun = true;
        options.replace = replace;
        const Result<storage::ImportSummary> imported = storage::DatasetStore(*g_database).import(read.value(), options);
        fuzz::require(imported.ok() || !imported.error().isEmpty(), "an import refusal says why");
    }
    return 0;
}
