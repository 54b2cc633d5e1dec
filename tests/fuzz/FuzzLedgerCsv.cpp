// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_ledger_csv: parseLedgerCsv on any bytes, with detected options and with options chosen
// by the input's first byte, must not crash and must keep its promises: rows in file order
// (line numbers increase), valid rows have a category and an amount that formats and parses
// back to the same öre, the counts and the total agree with the rows, and the limits hold.
#include "FuzzSupport.h"

#include "domain/LedgerCsv.h"

using namespace fhb;

namespace {

LedgerCsvOptions optionsFrom(uint8_t choice)
{
    LedgerCsvOptions options;
    if (choice & 0x01)
        options.encoding = (choice & 0x02) ? TextEncoding::Windows1252 : TextEncoding::Utf8;
    if (choice & 0x04) {
        static const QChar separators[] = {u';', u',', u'\t', u'|'};
        options.separator = separators[(choice >> 3) & 0x03];
    }
    if (choice & 0x20)
        options.hasHeader = (choice & 0x40) != 0;
    if (choice & 0x80) {
        options.categoryColumn = 1;
        options.amountColumn = 0;
        options.footnoteColumn = -1;
    }
    return options;
}

void check(const LedgerCsv &csv)
{
    int lastLine = 0;
    int invalid = 0;
    Ore total = 0;
    fuzz::require(csv.rows.size() <= kLedgerCsvMaxRows, "at most the row limit");
    for (const LedgerCsvRow &row : csv.rows) {
        const QString where = QStringLiteral("line %1").arg(row.lineNumber);
        fuzz::require(row.lineNumber > lastLine, "row line numbers increase", where);
        lastLine = row.lineNumber;
        if (!row.isValid()) {
            ++invalid;
            continue;
        }
        fuzz::require(!row.category.isEmpty(), "a valid row has a category", where);
        fuzz::require(row.category.size() <= kLedgerCsvMaxCategoryLength, "a valid category is within the limit", where);
        fuzz::require(row.footnote.size() <= kLedgerCsvMaxFootnoteLength, "a valid footnote is within the limit", where);
        fuzz::require(row.amountOre >= 0, "a valid amount is not negative", where);
        const QString text = money::format(row.amountOre);
        const Result<Ore> back = money::parse(text);
        fuzz::require(back.ok() && *back == row.amountOre, "a valid amount formats and parses back",
                      QString(where + u' ' + text));
        total += row.amountOre;
    }
    fuzz::require(csv.invalidRowCount() == invalid, "invalidRowCount counts the bad rows");
    fuzz::require(csv.totalOre() == total, "totalOre is the sum of the valid rows");
    fuzz::require(csv.isValid() == (csv.fileError.isEmpty() && !csv.rows.isEmpty() && invalid == 0),
                  "isValid means no file error, some rows, none bad");
    fuzz::require(csv.columnNames().size() == csv.columnCount || !csv.header.isEmpty(),
                  "a column name for every column");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    check(parseLedgerCsv(bytes));
    if (size > 1)
        check(parseLedgerCsv(bytes.mid(1), optionsFrom(data[0])));
    return 0;
}
