// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace fhb::storage {

/// Why an agreement or party edit was refused (AgreementStore, PartyStore). Report edits carry
/// the fhb::ErrorKind in their Result instead; this goes when these stores do the same.
enum class EditFailure {
    None,
    Stale,    ///< the row_version differs from the one the caller saw: reload
    Locked,   ///< locked by the database's triggers
    ReadOnly, ///< the database was opened read-only
    Busy,     ///< another program holds the write lock; trying again later may work
    Invalid,  ///< the edit itself makes no sense
    Missing,  ///< the row does not exist (any more)
    Other,    ///< the database refused for another reason (logged)
};

} // namespace fhb::storage
