// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace fhb::app {

/// The exchange file's "format" value and the only version this program writes and reads.
inline constexpr char kExchangeFormat[] = "folkhalsobok-exchange";
inline constexpr int kExchangeVersion = 1;

/// Serialises `data` as an exchange file, version 1 (FORMATS.md, docs/exchange-format.md):
/// UTF-8, indented by two spaces, keys in a fixed documented order, amounts as integers in
/// öre, percentages as integers in hundredths of a percent, dates as "YYYY-MM-DD" ("" when
/// unknown). Parties, agreements and reports are written in the order `data` holds them;
/// storage ids are not written. The same dataset always gives the same bytes.
QByteArray exchangeToJson(const Dataset &data);

/// Parses and validates an exchange file. Every field is checked (types, enumerations,
/// ranges, unknown keys, duplicate names within the file); the first problem is returned
/// as "<JSON path>: <Swedish reason>", e.g. "reports[0].expenses[2].amountOre: ska vara ett
/// heltal (fick \"100\")". A JSON syntax error is returned as "rad L, kolumn C: …".
/// References to parties and agreements are NOT resolved here: storage does that when
/// importing (DatasetStore::import), because they may refer to what the database holds.
Result<Dataset> exchangeFromJson(const QByteArray &json);

} // namespace fhb::app
