// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fhb {

/// The text encodings a ledger CSV may come in (docs/ledger-csv.md).
enum class TextEncoding { Utf8, Windows1252 };

/// "UTF-8" or "Windows-1252".
QString textEncodingName(TextEncoding encoding);
/// "semikolon", "komma", "tabb" (Swedish, for messages and the wizard).
QString separatorName(QChar separator);

/// What the reader detects unless told. Columns are 0-based; `footnoteColumn` -1 means none.
struct LedgerCsvOptions {
    std::optional<TextEncoding> encoding; ///< detected when empty: UTF-8 when the bytes are valid UTF-8
    std::optional<QChar> separator;       ///< detected when empty: ';' unless tab or ',' clearly is
    std::optional<bool> hasHeader;        ///< detected when empty (see parseLedgerCsv)
    int categoryColumn = 0;
    int amountColumn = 1;
    int footnoteColumn = 2;
    /// The file's real size in bytes when the caller read only its start (kLedgerCsvMaxBytes + 1),
    /// so that the message for a file too large gives its size; -1 when `bytes` is the whole file.
    qint64 fileSize = -1;
};

/// One data row of the file, as read and as understood.
struct LedgerCsvRow {
    int lineNumber = 0;  ///< 1-based line of the file where the row starts (blank lines counted)
    QStringList cells;   ///< every cell as read (trailing empty cells dropped)
    QString category;    ///< trimmed
    Ore amountOre = 0;   ///< öre, zero or more; 0 when the amount is bad
    QString footnote;    ///< trimmed; empty when there is no footnote column or cell
    QString error;       ///< Swedish reason(s) naming the value; empty when the row is fine
    bool isValid() const { return error.isEmpty(); }
};

/// A ledger CSV file as read: what was detected and every data row.
struct LedgerCsv {
    TextEncoding encoding = TextEncoding::Utf8;
    bool hadBom = false;
    QChar separator = u';';
    bool hasHeader = false;
    QStringList header;        ///< the header row's cells (trimmed); empty without a header
    int columnCount = 0;       ///< the most cells any row has (trailing empty cells dropped)
    QList<LedgerCsvRow> rows;  ///< data rows in file order (blank lines and the header left out)
    QString fileError;         ///< Swedish reason the file as a whole cannot be used; empty when it can

    /// True when there is no file error, at least one row, and every row is valid.
    bool isValid() const;
    int invalidRowCount() const;
    /// The sum of the valid rows' amounts (öre). Never overflows: the reader refuses
    /// files whose total would not fit.
    Ore totalOre() const;
    /// For column choosers: the header's cells, or "Kolumn 1", "Kolumn 2", … (columnCount of them).
    QStringList columnNames() const;
};

/// Limits that keep the reader bounded on any input (it is fuzzed).
constexpr qsizetype kLedgerCsvMaxBytes = 10 * 1024 * 1024;
constexpr int kLedgerCsvMaxRows = 100000;
constexpr int kLedgerCsvMaxColumns = 100;
constexpr int kLedgerCsvMaxCategoryLength = 200;
constexpr int kLedgerCsvMaxFootnoteLength = 1000;

/// Reads a ledger CSV (docs/ledger-csv.md): UTF-8 with or without BOM, or Windows-1252 (bytes that
/// are not UTF-8); ';'-separated (',' or tab when the first lines clearly use that); quoted
/// cells with "" for a quote, line breaks CRLF, LF or CR; blank lines skipped (line numbers
/// stay those of the file); trailing empty cells ignored. The first row is a header when its
/// amount cell is words, not an amount ("Belopp", "Utfall 2023": more letters than digits).
/// Every row that cannot become an expense line gets a Swedish reason: too few columns,
/// empty category, amount not readable (quoting the value and money::parse's reason),
/// negative amount, text too long, control characters, bytes the encoding cannot read, a
/// ';' outside quotes in a file read with ',' or tab (a line of another export pasted in).
/// A detected UTF-8 file with a line in another encoding is refused with that line's number
/// (docs/ledger-csv.md) rather than read wholly as Windows-1252.
/// Zero amounts are fine. Files over 10 MB or 100 000 rows, empty files and
/// UTF-16 files get a fileError instead. Never throws, never hangs; linear in the input.
LedgerCsv parseLedgerCsv(const QByteArray &bytes, const LedgerCsvOptions &options = {});

} // namespace fhb
