// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerCsv.h"

#include "Text.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <limits>
#include <utility>

namespace fhb {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; 0 marks the five undefined bytes.
// Written out here because Qt without ICU does not know the code page.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 88–8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 98–9F
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        char16_t c = b;
        if (b >= 0x80 && b <= 0x9F)
            c = kCp1252High[b - 0x80] ? kCp1252High[b - 0x80] : kReplacement;
        *out++ = QChar(c);
    }
    return text;
}

// Undecodable bytes become U+FFFD; `valid` says whether there were none.
QString decodeUtf8(QByteArrayView bytes, bool *valid)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *valid = !decoder.hasError();
    return text;
}

// Control characters other than tab are never part of a ledger text.
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0x2028 || u == 0x2029;
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
}

struct Record {
    int line = 0;
    QStringList cells;
    bool unterminatedQuote = false;
    bool tooManyColumns = false;
    bool foreignSeparator = false; ///< an unquoted ';' in a ',' or tab file
    /// Cells up to the last one that is not empty (Excel pads rows with empty columns).
    QStringList usedCells() const
    {
        qsizetype used = cells.size();
        while (used > 1 && cells.at(used - 1).trimmed().isEmpty())
            --used;
        return cells.mid(0, used);
    }
    bool isBlank() const
    {
        for (const QString &cell : cells)
            if (!cell.trimmed().isEmpty())
                return false;
        return !unterminatedQuote;
    }
};

// Splits `text` into records (RFC 4180 with ';', ',' or tab, CRLF/LF/CR, quoted line breaks).
// Stops after `maxRecords` non-blank records and sets *truncated.
class RecordSplitter
{
public:
    RecordSplitter(const QString &text, QChar separator) : m_text(text), m_separator(separator) {}

    QList<Record> split(int maxRecords, bool *truncated)
    {
        *truncated = false;
        m_current.line = 1;
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = m_text.at(i);
            if (m_inQuotes) {
                if (c == u'"' && i + 1 < n && m_text.at(i + 1) == u'"') {
                    m_field += c;
                    ++i;
                } else if (c == u'"') {
                    m_inQuotes = false;
                } else {
                    if (c == u'\r' || c == u'\n')
                        i = lineBreak(i, true);
                    else
                        m_field += c;
                }
            } else if (c == u'"' && !m_quoted && m_field.trimmed().isEmpty()) {
                m_inQuotes = m_quoted = true;
                m_field.clear();
            } else if (c == m_separator) {
                endField();
            } else if (c == u';' && m_separator != u';') {
                m_current.foreignSeparator = true;
                m_field += c;
            } else if (c == u'\r' || c == u'\n') {
                i = lineBreak(i, false);
                if (endRecord() > maxRecords) {
                    *truncated = true;
                    return m_records;
                }
            } else {
                m_field += c;
            }
        }
        m_current.unterminatedQuote = m_inQuotes;
        if (!m_field.isEmpty() || !m_current.cells.isEmpty() || m_quoted)
            endRecord();
        return m_records;
    }

private:
    // Consumes CRLF as one break; inside quotes the break is part of the cell.
    qsizetype lineBreak(qsizetype i, bool inCell)
    {
        const bool crlf = m_text.at(i) == u'\r' && i + 1 < m_text.size() && m_text.at(i + 1) == u'\n';
        if (inCell)
            m_field += u'\n';
        ++m_line;
        return crlf ? i + 1 : i;
    }

    void endField()
    {
        if (m_current.cells.size() < kLedgerCsvMaxColumns)
            m_current.cells.append(m_field);
        else
            m_current.tooManyColumns = true;
        m_field.clear();
        m_quoted = false;
    }

    int endRecord()
    {
        endField();
        if (!m_current.isBlank())
            m_records.append(m_current);
        m_current = Record();
        m_current.line = m_line;
        return int(m_records.size());
    }

    const QString &m_text;
    QChar m_separator;
    QList<Record> m_records;
    Record m_current;
    QString m_field;
    bool m_inQuotes = false;
    bool m_quoted = false;
    int m_line = 1;
};

// ';' unless it is missing from most of the first lines and tab or ',' is in them.
QChar detectSeparator(const QString &text)
{
    int lines = 0;
    int semicolons = 0, tabs = 0, commas = 0;
    bool inQuotes = false;
    bool seen[3] = {false, false, false};
    auto endLine = [&] {
        if (seen[0] || seen[1] || seen[2] || lines == 0)
            ++lines;
        semicolons += seen[0];
        tabs += seen[1];
        commas += seen[2];
        seen[0] = seen[1] = seen[2] = false;
    };
    for (qsizetype i = 0; i < text.size() && lines < 50; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == u'\n' || c == u'\r'))
            endLine();
        else if (!inQuotes && c == u';')
            seen[0] = true;
        else if (!inQuotes && c == u'\t')
            seen[1] = true;
        else if (!inQuotes && c == u',')
            seen[2] = true;
    }
    endLine();
    const int half = (lines + 1) / 2;
    if (semicolons >= half && semicolons > 0)
        return u';';
    if (tabs >= half && tabs > 0)
        return u'\t';
    if (commas >= half && commas > 0 && semicolons == 0)
        return u',';
    return u';';
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
}

QString separatorName(QChar separator)
{
    if (separator == u';')
        return QCoreApplication::translate("LedgerCsvReader", "semikolon");
    if (separator == u',')
        return QCoreApplication::translate("LedgerCsvReader", "komma");
    if (separator == u'\t')
        return QCoreApplication::translate("LedgerCsvReader", "tabb");
    return QString(separator);
}

/// The reading itself: detection, rows, and the Swedish reasons.
class LedgerCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCsvReader)

public:
    LedgerCsvReader(const QByteArray &bytes, const LedgerCsvOptions &options) : m_bytes(bytes), m_options(options) {}

    LedgerCsv read()
    {
        if (!checkFile() || !decode())
            return m_csv;
        m_csv.separator = m_options.separator.value_or(detectSeparator(m_text));
        if (!checkColumns())
            return m_csv;
        bool truncated = false;
        QList<Record> records = RecordSplitter(m_text, m_csv.separator).split(kLedgerCsvMaxRows + 1, &truncated);
        if (truncated)
            return fail(tr("Filen har fler än %1 rader. Dela upp den i mindre filer.").arg(kLedgerCsvMaxRows));
        for (const Record &record : records)
            m_csv.columnCount = std::max(m_csv.columnCount, int(record.usedCells().size()));
        if (!records.isEmpty() && hasHeader(records)) {
            const Record header = records.takeFirst();
            m_csv.hasHeader = true;
            for (const QString &cell : header.usedCells())
                m_csv.header.append(cell.trimmed());
            if (header.cells.join(QString()).contains(QChar(kReplacement)))
                return fail(tr("Rubrikraden (rad %1) innehåller tecken som inte kan läsas som %2. Välj en annan "
                               "teckenkodning.").arg(header.line).arg(textEncodingName(m_csv.encoding)));
        }
        if (records.size() > kLedgerCsvMaxRows)
            return fail(tr("Filen har fler än %1 rader. Dela upp den i mindre filer.").arg(kLedgerCsvMaxRows));
        if (records.isEmpty())
            return fail(m_csv.hasHeader ? tr("Filen har bara en rubrikrad och inga rader att importera.")
                                        : tr("Filen innehåller inga rader att importera."));
        for (const Record &record : records)
            m_csv.rows.append(row(record));
        checkTotal();
        return m_csv;
    }

private:
    LedgerCsv fail(const QString &reason)
    {
        m_csv.fileError = reason;
        m_csv.rows.clear();
        return m_csv;
    }

    bool checkFile()
    {
        const qint64 size = std::max<qint64>(m_bytes.size(), m_options.fileSize);
        if (size > kLedgerCsvMaxBytes) {
            fail(tr("Filen är %1 MB; en huvudboksfil får vara högst %2 MB. Dela upp den i mindre filer.")
                     .arg((size + 1024 * 1024 - 1) / (1024 * 1024)).arg(kLedgerCsvMaxBytes / (1024 * 1024)));
            return false;
        }
        if (m_bytes.startsWith("\xFF\xFE") || m_bytes.startsWith("\xFE\xFF")) {
            fail(tr("Filen är sparad som UTF-16 (Unicode-text). Spara den i stället som CSV med semikolon, "
                    "i UTF-8 eller Windows-1252."));
            return false;
        }
        if (m_bytes.trimmed().isEmpty() || m_bytes == "\xEF\xBB\xBF") {
            fail(tr("Filen är tom."));
            return false;
        }
        return true;
    }

    bool decode()
    {
        QByteArrayView bytes(m_bytes);
        m_csv.hadBom = bytes.startsWith("\xEF\xBB\xBF");
        if (m_csv.hadBom)
            bytes = bytes.sliced(3);
        bool validUtf8 = false;
        QString utf8 = decodeUtf8(bytes, &validUtf8);
        if (!validUtf8 && !m_options.encoding) {
            if (const int line = mixedEncodingLine(bytes); line > 0) {
                fail(tr("Filen är sparad som UTF-8, men rad %1 är sparad i en annan teckenkodning (troligen "
                        "Windows-1252). Spara om filen i en enda teckenkodning, eller välj teckenkodning själv.")
                         .arg(line));
                return false;
            }
        }
        m_csv.encoding = m_options.encoding.value_or(validUtf8 || m_csv.hadBom ? TextEncoding::Utf8
                                                                                : TextEncoding::Windows1252);
        m_text = m_csv.encoding == TextEncoding::Utf8 ? std::move(utf8) : decodeWindows1252(bytes);
        return true;
    }

    // The first line that is not UTF-8 when other lines hold UTF-8 beyond ASCII (a file put
    // together from two exports); 0 when the file is one encoding or the other.
    static int mixedEncodingLine(QByteArrayView bytes)
    {
        bool utf8Beyond = false;
        int firstBad = 0;
        int line = 1;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= bytes.size(); ++i) {
            const bool end = i == bytes.size();
            if (!end && bytes[i] != '\n' && bytes[i] != '\r')
                continue;
            const QByteArrayView text = bytes.sliced(start, i - start);
            bool ascii = true;
            for (const char b : text)
                ascii = ascii && static_cast<unsigned char>(b) < 0x80;
            if (!ascii) {
                bool valid = false;
                decodeUtf8(text, &valid);
                if (valid)
                    utf8Beyond = true;
                else if (firstBad == 0)
                    firstBad = line;
            }
            if (!end && bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
            ++line;
            start = i + 1;
        }
        return utf8Beyond ? firstBad : 0;
    }

    bool checkColumns()
    {
        const LedgerCsvOptions &o = m_options;
        const bool inRange = o.categoryColumn >= 0 && o.categoryColumn < kLedgerCsvMaxColumns && o.amountColumn >= 0
            && o.amountColumn < kLedgerCsvMaxColumns && o.footnoteColumn >= -1 && o.footnoteColumn < kLedgerCsvMaxColumns;
        if (!inRange) {
            fail(tr("Kolumnvalet går inte att använda: välj kolumner mellan 1 och %1.").arg(kLedgerCsvMaxColumns));
            return false;
        }
        if (o.categoryColumn == o.amountColumn || o.footnoteColumn == o.categoryColumn || o.footnoteColumn == o.amountColumn) {
            fail(tr("Kategori, belopp och fotnot måste läsas från olika kolumner."));
            return false;
        }
        return true;
    }

    QString amountCell(const Record &record) const
    {
        return record.cells.value(m_options.amountColumn).trimmed();
    }

    // A header's amount cell is words ("Belopp", "Utfall 2023"): not an amount, and more letters
    // than digits, so that a data row with a mistyped amount ("12x") is never taken for one.
    bool hasHeader(const QList<Record> &records) const
    {
        if (m_options.hasHeader)
            return *m_options.hasHeader;
        const QString first = amountCell(records.first());
        if (first.isEmpty() || money::parse(first, money::Sign::Any).ok())
            return false;
        int letters = 0, digits = 0;
        for (QChar c : first) {
            letters += c.isLetter() ? 1 : 0;
            digits += c.isDigit() ? 1 : 0;
        }
        return letters > 0 && letters >= digits;
    }

    LedgerCsvRow row(const Record &record) const
    {
        LedgerCsvRow row;
        row.lineNumber = record.line;
        row.cells = record.usedCells();
        QStringList errors;
        if (record.unterminatedQuote)
            errors << tr("Citattecknet som börjar på raden avslutas aldrig, så resten av filen lästes som en enda "
                         "cell. Kontrollera citattecknen.");
        if (record.tooManyColumns)
            errors << tr("Raden har fler än %1 kolumner.").arg(kLedgerCsvMaxColumns);
        if (record.foreignSeparator)
            errors << tr("Raden innehåller semikolon, men filen läses med %1 som avgränsare; raden kommer troligen "
                         "från en annan fil. Sätt citattecken runt texten eller rätta raden.")
                          .arg(separatorName(m_csv.separator));
        const int needed = std::max(m_options.categoryColumn, m_options.amountColumn) + 1;
        if (record.cells.size() < needed) {
            errors << (record.cells.size() == 1
                           ? tr("Raden har 1 kolumn men behöver minst %1: kategori och belopp (avgränsare: %2).")
                                 .arg(needed).arg(separatorName(m_csv.separator))
                           : tr("Raden har %1 kolumner men behöver minst %2: kategori och belopp (avgränsare: %3).")
                                 .arg(record.cells.size()).arg(needed).arg(separatorName(m_csv.separator)));
            row.error = errors.join(u' ');
            return row;
        }
        row.category = fhb::text::clean(record.cells.at(m_options.categoryColumn));
        if (m_options.footnoteColumn >= 0)
            row.footnote = record.cells.value(m_options.footnoteColumn).trimmed();
        checkText(row.category, tr("Kategorin"), kLedgerCsvMaxCategoryLength, fhb::text::TextKind::Line, &errors);
        if (row.category.isEmpty())
            errors << tr("Kategorin är tom. Varje rad behöver en kategori, till exempel Lönekostnader.");
        const Result<Ore> amount = money::parse(record.cells.at(m_options.amountColumn));
        if (amount)
            row.amountOre = *amount;
        else
            errors << amount.error();
        checkText(row.footnote, tr("Fotnoten"), kLedgerCsvMaxFootnoteLength, fhb::text::TextKind::Footnote, &errors);
        row.error = errors.join(u' ');
        return row;
    }

    void checkText(const QString &text, const QString &what, int maxLength, fhb::text::TextKind kind, QStringList *errors) const
    {
        if (text.size() > maxLength)
            *errors << tr("%1 är för lång (%2 tecken; högst %3).").arg(what).arg(text.size()).arg(maxLength);
        if (text.contains(QChar(kReplacement))) {
            *errors << tr("%1 innehåller tecken som inte kan läsas som %2. Välj en annan teckenkodning.")
                           .arg(what, textEncodingName(m_csv.encoding));
            return;
        }
        for (QChar c : text) {
            if (isControl(c)) {
                *errors << (c == u'\n' ? tr("%1 innehåller en radbrytning; skriv den på en rad.").arg(what)
                                       : tr("%1 innehåller ett styrtecken (%2) som inte hör hemma i en text.")
                                             .arg(what, codePoint(c)));
                return;
            }
        }
        // The rest of what no text may hold (lone surrogates, bidi overrides): the shared rule.
        if (const QString problem = fhb::text::problem(text, kind); !problem.isEmpty())
            *errors << QString(what + u' ' + problem + u'.');
    }

    // Sums that would not fit in öre are refused before anyone adds them up.
    void checkTotal()
    {
        WideInt total = 0;
        for (const LedgerCsvRow &row : std::as_const(m_csv.rows))
            total += row.amountOre;
        if (total > WideInt(std::numeric_limits<qint64>::max() / 1024))
            fail(tr("Summan av beloppen i filen är för stor för att kunna stämma. Kontrollera beloppskolumnen."));
    }

    const QByteArray &m_bytes;
    const LedgerCsvOptions &m_options;
    LedgerCsv m_csv;
    QString m_text;
};

bool LedgerCsv::isValid() const
{
    return fileError.isEmpty() && !rows.isEmpty() && invalidRowCount() == 0;
}

int LedgerCsv::invalidRowCount() const
{
    int count = 0;
    for (const LedgerCsvRow &row : rows)
        count += row.isValid() ? 0 : 1;
    return count;
}

Ore LedgerCsv::totalOre() const
{
    Ore total = 0;
    for (const LedgerCsvRow &row : rows)
        if (row.isValid())
            total += row.amountOre;
    return total;
}

QStringList LedgerCsv::columnNames() const
{
    QStringList names;
    for (int i = 0; i < columnCount; ++i) {
        const QString name = header.value(i);
        names << (name.isEmpty() ? QCoreApplication::translate("LedgerCsvReader", "Kolumn %1").arg(i + 1) : name);
    }
    return names;
}

LedgerCsv parseLedgerCsv(const QByteArray &bytes, const LedgerCsvOptions &options)
{
    return LedgerCsvReader(bytes, options).read();
}

} // namespace fhb
