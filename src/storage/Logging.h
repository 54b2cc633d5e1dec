// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The storage layer's logging categories (docs/architecture.md, "Logging"). SQL errors and
// file names go here, never to the user.
// Warnings are shown by default; QT_LOGGING_RULES="fhb.storage*.info=true" adds the info lines.
namespace fhb::storage {

Q_DECLARE_LOGGING_CATEGORY(lcStorage) ///< "fhb.storage": opening, migrating, locking, statements
Q_DECLARE_LOGGING_CATEGORY(lcOutput)  ///< "fhb.storage.output": files written through OutputFile

} // namespace fhb::storage
