// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace fhb::app {

/// Item data roles shared by every model, so that generic consumers (the exports' CSV, XLSX
/// and PDF, the amount delegate) treat cells alike and a file holds the same numbers as the
/// screen.
enum SharedRole : int {
    /// qint64 öre of an amount cell (a line's amount, a commitment, a compensation, a balance);
    /// an invalid QVariant for a text cell. Exports write it as a number, never as formatted
    /// text; editable amount cells accept it in setData(), so the amount delegate hands over
    /// öre rather than text to be parsed again.
    AmountOreRole = Qt::UserRole + 64,
    /// int: 0 for an ordinary row, 1 for an indented member row, 2 for a totals row.
    /// Exports indent member rows and set totals in bold.
    RowKindRole,
};

} // namespace fhb::app
