// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fhb {

enum class Severity { Error, Warning, Info };
QString severityKey(Severity severity);  ///< "error", "warning", "info"
QString severityName(Severity severity); ///< "Fel", "Varning", "Information"

/// One result of a check: what rule, about what, and a Swedish sentence for the user.
struct Finding {
    Severity severity = Severity::Warning;
    QString code;      ///< stable identifier, e.g. "completeness.no-expenses"
    QString message;   ///< a whole Swedish sentence
    QString party;     ///< the party concerned, when any
    int year = 0;      ///< the year concerned, 0 when none
    QString agreement; ///< the agreement concerned, when any
    QString field;     ///< the report field to go to: "expenses", "period", "signature", "events", "revenues"
};

} // namespace fhb
