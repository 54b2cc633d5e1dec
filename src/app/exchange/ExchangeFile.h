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
/// The largest exchange file read: 100 MiB (a county of 290 parties over ten years is 15 MB).
inline constexpr qsizetype kExchangeMaxBytes = 100 * 1024 * 1024;

/// Serialises `data` as an exchange file, version 1 (docs/exchange-format.md):
/// UTF-8, indented by two spaces, keys in a fixed documented order, amounts as integers in
/// öre, percentages as integers in hundredths of a percent, dates as "YYYY-MM-DD" ("" when
/// unknown). Parties, agreements and reports are written in the order `data` holds them;
/// storage ids are not written. The same dataset always gives the same bytes.
QByteArray exchangeToJson(const Dataset &data);

/// Parses and validates an exchange file. Every field is checked (types, enumerations,
/// ranges, unknown keys, duplicate names within the file); the first problem is returned
/// as "<JSON path>: <Swedish reason>", e.g. "reports[0].expenses[2].amountOre: ska vara ett
/// heltal (fick \"100\")". A JSON syntax error is returned as "rad L, kolumn C: …". A key
/// given twice, a raw control character in a string and a file over kExchangeMaxBytes are
/// refused too (exchangeJsonProblem).
/// References to parties and agreements are NOT resolved here: storage does that when
/// importing (DatasetStore::import), because they may refer to what the database holds.
Result<Dataset> exchangeFromJson(const QByteArray &json);

/// "filen är N MB; en utbytesfil får vara högst 100 MB …", for callers that see a file's size
/// before reading it (reading a file of any size first would defeat the bound).
QString tooLargeMessage(qint64 bytes);

} // namespace fhb::app
