// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseOpening.h"

#include <QString>

// Internal: what Database::open does to the files of a database beside SQLite: creating,
// rolling back an interrupted transaction, cleaning up after a failed open, copying.
namespace fhb::storage::opening {

/// Creates an empty file readable by the owner only; empty on success, else the system's reason.
QString createEmptyFile(const QString &path);
/// Rolls back a hot journal left by a program that died in a write transaction, when writable.
void rollBackHotJournal(const QString &path);
/// Removes the database file and its -wal, -shm and -journal.
void removeDatabaseFiles(const QString &path);
/// After a failed open: removes the -wal and -shm SQLite created that were not there `before`.
void removeCreatedSideFiles(const QString &path, const SideFiles &before);
/// True when both files can be read and hold the same bytes.
bool sameBytes(const QString &a, const QString &b);
/// Copies the database and its -wal into the private `folder`; the copy's path, or empty.
QString takeSnapshot(const QString &path, const QString &folder);

} // namespace fhb::storage::opening
