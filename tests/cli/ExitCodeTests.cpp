// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "cli/ExitCode.h"

using namespace fhb;
using fhb::cli::Concerning;
using fhb::cli::ExitCode;
using fhb::cli::exitCodeFor;

TEST_CASE("the exit code comes from the kind of the failure", "[cli][exit]")
{
    for (ErrorKind kind : {ErrorKind::Invalid, ErrorKind::NotFound, ErrorKind::Conflict, ErrorKind::Locked})
        CHECK(exitCodeFor(kind) == ExitCode::Usage);
    for (ErrorKind kind : {ErrorKind::Busy, ErrorKind::ReadOnly, ErrorKind::DiskFull, ErrorKind::Corrupt, ErrorKind::Io})
        CHECK(exitCodeFor(kind) == ExitCode::Database);
}

TEST_CASE("an output is a usage error unless the disk is full", "[cli][exit]")
{
    for (ErrorKind kind : {ErrorKind::Invalid, ErrorKind::NotFound, ErrorKind::ReadOnly, ErrorKind::Io})
        CHECK(exitCodeFor(kind, Concerning::Output) == ExitCode::Usage);
    CHECK(exitCodeFor(ErrorKind::DiskFull, Concerning::Output) == ExitCode::Database);
}

TEST_CASE("opening the database fails with 3 except for a file that exists already", "[cli][exit]")
{
    for (ErrorKind kind : {ErrorKind::NotFound, ErrorKind::Corrupt, ErrorKind::Busy, ErrorKind::Io, ErrorKind::DiskFull})
        CHECK(exitCodeFor(kind, Concerning::Database) == ExitCode::Database);
    CHECK(exitCodeFor(ErrorKind::Conflict, Concerning::Database) == ExitCode::Usage);
}
