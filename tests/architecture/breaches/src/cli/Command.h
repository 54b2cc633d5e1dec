// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A deliberate breach of the include rule, for the test of CheckIncludes.cmake.
#pragma once

#include "storage/Sql.h"
