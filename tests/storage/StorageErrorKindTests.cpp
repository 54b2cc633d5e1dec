// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageSupport.h"

#include "domain/AgreementRules.h"
#include "storage/AgreementStore.h"
#include "storage/PartyStore.h"
#include "storage/dataset/DatasetStore.h"

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

TEST_CASE("opening refusals carry the kind of every error", "[storage][kinds]")
{
    Scratch scratch;
    OpenError error;
    CHECK_FALSE(Database::open(scratch.path(QStringLiteral("saknas.fhb")), {}, &error));
    CHECK(error.kind == OpenErrorKind::NotFound);
    CHECK(error.errorKind() == ErrorKind::NotFound);
    CHECK(error.fault().message == error.message);

    const QString junk = scratch.path(QStringLiteral("skräp.fhb"));
    writeFile(junk, QByteArray("ingen databas").repeated(100));
    CHECK_FALSE(Database::open(junk, {}, &error));
    CHECK(error.errorKind() == ErrorKind::Corrupt);

    createDb(scratch.path(QStringLiteral("ny.fhb")));
    OpenOptions fresh;
    fresh.create = true;
    fresh.mustBeNew = true;
    CHECK_FALSE(Database::open(scratch.path(QStringLiteral("ny.fhb")), fresh, &error));
    CHECK(error.errorKind() == ErrorKind::Conflict);
}

TEST_CASE("stores say NotFound, Conflict and Invalid by kind", "[storage][kinds]")
{
    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("k.fhb")));
    REQUIRE(DatasetStore(*db).import(sampleDataset()).ok());
    AgreementStore agreements(*db);
    PartyStore parties(*db);

    CHECK(agreements.agreement(999).errorKind() == ErrorKind::NotFound);
    CHECK(parties.rename(999, QStringLiteral("Ny")).errorKind() == ErrorKind::NotFound);
    CHECK(agreements.remove(999).errorKind() == ErrorKind::NotFound);

    const auto all = agreements.agreements();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    const Agreement stored = all->first();
    CHECK(agreements.agreement(stored.id)->sameContent(stored));

    Agreement changed = stored;
    changed.notes = QStringLiteral("ändrad");
    Agreement stale = stored;
    stale.notes = QStringLiteral("något annat");
    CHECK(agreements.save(stale, changed).errorKind() == ErrorKind::Conflict);

    Agreement broken = stored;
    broken.cofundingRatioBp = -5;
    const Status refused = agreements.save(stored, broken);
    CHECK(refused.errorKind() == ErrorKind::Invalid);
    CHECK(refused.error() == validate(broken).first().message);

    Dataset file;
    file.agreements = {stored};
    file.agreements.first().name = QStringLiteral("Annan överenskommelse");
    file.agreements.first().plkBp = {{2025, 20000}};
    const auto imported = DatasetStore(*db).import(file);
    CHECK(imported.errorKind() == ErrorKind::Invalid);
    CHECK(imported.error().startsWith(QStringLiteral("agreements[0].indexation[0].plkBp: ")));
}

TEST_CASE("an output's refusal has the kind of every error", "[storage][kinds]")
{
    CHECK(errorKindOf(OutputErrorKind::DiskFull) == ErrorKind::DiskFull);
    CHECK(errorKindOf(OutputErrorKind::Permission) == ErrorKind::ReadOnly);
    CHECK(errorKindOf(OutputErrorKind::Path) == ErrorKind::NotFound);
    CHECK(errorKindOf(OutputErrorKind::Database) == ErrorKind::Invalid);
    CHECK(errorKindOf(OutputErrorKind::NotRegularFile) == ErrorKind::Invalid);
    CHECK(errorKindOf(OutputErrorKind::Other) == ErrorKind::Io);
    const Status passedOn = OutputStatus::failure(OutputErrorKind::DiskFull, QStringLiteral("full"));
    CHECK(passedOn.errorKind() == ErrorKind::DiskFull);
}
