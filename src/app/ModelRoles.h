// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace fhb::app {

/// Item data roles shared by the table models that the overview exports (CSV, XLSX, PDF)
/// read, so that a file holds the same numbers as the screen.
enum SharedRole : int {
    /// qint64 öre of an amount cell (a balance, a compensation, a contribution); an invalid
    /// QVariant for a text cell. Exports write it as a number, never as formatted text.
    AmountOreRole = Qt::UserRole + 64,
    /// int: 0 for an ordinary row, 1 for an indented member row, 2 for a totals row.
    /// Exports indent member rows and set totals in bold.
    RowKindRole,
};

} // namespace fhb::app
