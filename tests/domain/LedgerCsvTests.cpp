// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/LedgerCsv.h"

using namespace fhb;

namespace {

// What Excel writes on a Swedish Windows: Windows-1252, semicolons, CRLF, NBSP-free spaces.
// 0xF6 = ö, 0xC5 = Å, 0xE4 = ä, 0x96 = en dash (only in Windows-1252, not in Latin-1).
const QByteArray kExcelFile = QByteArray("Kategori;Belopp;Fotnot\r\n"
                                         "L\xF6nekostnader;3 434 000;L\xF6nekostnader folkh\xE4lsostrateger \x96 inkl. samordning\r\n"
                                         "Folkh\xE4lsoinsatser;154 000,00;\r\n"
                                         "\xD6vrigt;49 000;\r\n");

const LedgerCsvRow &rowAtLine(const LedgerCsv &csv, int line)
{
    for (const LedgerCsvRow &row : csv.rows)
        if (row.lineNumber == line)
            return row;
    FAIL("no row at line " << line);
    return csv.rows.first();
}

} // namespace

TEST_CASE("a Windows-1252 ledger export from Excel reads exactly in öre", "[ledgercsv]")
{
    const LedgerCsv csv = parseLedgerCsv(kExcelFile);
    INFO(csv.fileError.toStdString());
    REQUIRE(csv.isValid());
    CHECK(csv.encoding == TextEncoding::Windows1252);
    CHECK_FALSE(csv.hadBom);
    CHECK(csv.separator == u';');
    CHECK(csv.hasHeader);
    CHECK(csv.header == QStringList{QStringLiteral("Kategori"), QStringLiteral("Belopp"), QStringLiteral("Fotnot")});
    REQUIRE(csv.rows.size() == 3);
    CHECK(csv.rows.at(0).lineNumber == 2);
    CHECK(csv.rows.at(0).category == QStringLiteral("Lönekostnader"));
    CHECK(csv.rows.at(0).amountOre == 343400000);
    CHECK(csv.rows.at(0).footnote == QStringLiteral("Lönekostnader folkhälsostrateger \u2013 inkl. samordning"));
    CHECK(csv.rows.at(1).category == QStringLiteral("Folkhälsoinsatser"));
    CHECK(csv.rows.at(1).amountOre == 15400000);
    CHECK(csv.rows.at(1).footnote.isEmpty());
    CHECK(csv.rows.at(2).category == QStringLiteral("Övrigt"));
    CHECK(csv.rows.at(2).amountOre == 4900000);
    CHECK(csv.totalOre() == 363700000);
    CHECK(csv.columnNames() == csv.header);
}

TEST_CASE("a UTF-8 file with a BOM and no header is read from its first line", "[ledgercsv]")
{
    const LedgerCsv csv = parseLedgerCsv(QByteArray("\xEF\xBB\xBF") + QStringLiteral("Lönekostnader;1 393 038,50\nÖvrigt;145 tkr\n").toUtf8());
    REQUIRE(csv.isValid());
    CHECK(csv.encoding == TextEncoding::Utf8);
    CHECK(csv.hadBom);
    CHECK_FALSE(csv.hasHeader);
    REQUIRE(csv.rows.size() == 2);
    CHECK(csv.rows.at(0).lineNumber == 1);
    CHECK(csv.rows.at(0).category == QStringLiteral("Lönekostnader"));
    CHECK(csv.rows.at(0).amountOre == 139303850);
    CHECK(csv.rows.at(1).amountOre == 14500000);
    CHECK(csv.columnNames() == QStringList{QStringLiteral("Kolumn 1"), QStringLiteral("Kolumn 2")});
}

TEST_CASE("a header is recognised by words in its amount column even with a year in it", "[ledgercsv]")
{
    CHECK(parseLedgerCsv("Konto;Utfall 2023 (kr)\nLokaler;12 000\n").hasHeader);
    CHECK(parseLedgerCsv("Kategori;Belopp\nLokaler;12 000\n").hasHeader);
    // A mistyped amount on the first line is a bad row, never taken for a header.
    const LedgerCsv mistyped = parseLedgerCsv("Lokaler;12x\nÖvrigt;1 000\n");
    CHECK_FALSE(mistyped.hasHeader);
    REQUIRE(mistyped.rows.size() == 2);
    CHECK_FALSE(mistyped.rows.at(0).isValid());
    // The user's choice wins over detection.
    LedgerCsvOptions options;
    options.hasHeader = false;
    const LedgerCsv forced = parseLedgerCsv("Kategori;Belopp\nLokaler;12 000\n", options);
    CHECK_FALSE(forced.hasHeader);
    REQUIRE(forced.rows.size() == 2);
    CHECK_FALSE(forced.rows.at(0).isValid());
}

TEST_CASE("quoted cells keep separators quotes and decimal commas", "[ledgercsv]")
{
    const QByteArray file = "\"Folkhälsoinsatser; barn\";\"154 000,00\";\"Enligt \"\"plan\"\" 2023\"\n"
                            "  \"Övrigt\" ;49 000;\n";
    const LedgerCsv csv = parseLedgerCsv(file);
    INFO(csv.fileError.toStdString());
    REQUIRE(csv.isValid());
    REQUIRE(csv.rows.size() == 2);
    CHECK(csv.rows.at(0).category == QStringLiteral("Folkhälsoinsatser; barn"));
    CHECK(csv.rows.at(0).amountOre == 15400000);
    CHECK(csv.rows.at(0).footnote == QStringLiteral("Enligt \"plan\" 2023"));
    CHECK(csv.rows.at(1).category == QStringLiteral("Övrigt"));
}

TEST_CASE("comma and tab separated files are detected and can be forced", "[ledgercsv]")
{
    const LedgerCsv comma = parseLedgerCsv("Lokaler,\"12 000,50\",hyra\nÖvrigt,100,\n");
    CHECK(comma.separator == u',');
    REQUIRE(comma.isValid());
    CHECK(comma.rows.at(0).amountOre == 1200050);
    const LedgerCsv tab = parseLedgerCsv("Lokaler\t12 000,50\thyra\nÖvrigt\t100\n");
    CHECK(tab.separator == u'\t');
    REQUIRE(tab.isValid());
    CHECK(tab.rows.at(0).footnote == QStringLiteral("hyra"));
    // Decimal commas in a semicolon file never make it a comma file.
    CHECK(parseLedgerCsv("Lokaler;12 000,50\nÖvrigt;1,5 tkr\n").separator == u';');
    LedgerCsvOptions options;
    options.separator = u';';
    const LedgerCsv forced = parseLedgerCsv("Lokaler,100\n", options);
    CHECK(forced.separator == u';');
    REQUIRE(forced.rows.size() == 1);
    CHECK_FALSE(forced.rows.at(0).isValid());
}

TEST_CASE("blank lines are skipped and line numbers stay those of the file", "[ledgercsv]")
{
    const LedgerCsv csv = parseLedgerCsv("Kategori;Belopp\r\n\r\nLokaler;1\r;;\r\n\nÖvrigt;2;;;\r\n\"Flera\nrader\";3\nSist;4");
    REQUIRE(csv.rows.size() == 4);
    CHECK(csv.rows.at(0).lineNumber == 3);
    CHECK(csv.rows.at(1).lineNumber == 6);
    CHECK(csv.rows.at(1).cells.size() == 2); // trailing empty columns dropped
    CHECK(csv.rows.at(2).lineNumber == 7);
    CHECK(csv.rows.at(3).lineNumber == 9);
    CHECK(csv.rows.at(3).amountOre == 400);
    CHECK(csv.columnCount == 2);
}

TEST_CASE("every kind of bad row is reported with its line and reason", "[ledgercsv]")
{
    const QByteArray file = "Kategori;Belopp;Fotnot\n"          // 1
                            "Lokaler;12x;\n"                    // 2 amount not readable
                            ";1 000;\n"                         // 3 empty category
                            "Bara en kolumn\n"                  // 4 too few columns
                            "Återbetalning;-500;\n"             // 5 negative
                            "Nolla;0;\n"                        // 6 fine: zero is allowed
                            "Lokaler;1 000;rad\x01slut\n"       // 7 control character
                            + QByteArray(201, 'k') + ";1;\n"     // 8 category too long
                            "Lokaler;;\n"                       // 9 empty amount
                            "Lokaler;1 000;ok\n";               // 10 fine
    const LedgerCsv csv = parseLedgerCsv(file);
    CHECK(csv.fileError.isEmpty());
    CHECK_FALSE(csv.isValid());
    CHECK(csv.invalidRowCount() == 7);
    CHECK(rowAtLine(csv, 2).error.contains(QStringLiteral("'12x'")));
    CHECK(rowAtLine(csv, 2).error.contains(QStringLiteral("tecknet 'x'")));
    CHECK(rowAtLine(csv, 3).error.contains(QStringLiteral("Kategorin är tom")));
    CHECK(rowAtLine(csv, 4).error.contains(QStringLiteral("1 kolumn men behöver minst 2")));
    CHECK(rowAtLine(csv, 5).error.contains(QStringLiteral("'-500' är negativt")));
    CHECK(rowAtLine(csv, 6).isValid());
    CHECK(rowAtLine(csv, 6).amountOre == 0);
    CHECK(rowAtLine(csv, 7).error.contains(QStringLiteral("styrtecken (U+0001)")));
    CHECK(rowAtLine(csv, 8).error.contains(QStringLiteral("för lång (201 tecken; högst 200)")));
    CHECK(rowAtLine(csv, 9).error.contains(QStringLiteral("Beloppet är tomt")));
    CHECK(rowAtLine(csv, 10).isValid());
    CHECK(csv.totalOre() == 100000); // the valid rows only
}

TEST_CASE("bytes that Windows-1252 does not define are an error naming the line", "[ledgercsv]")
{
    const LedgerCsv csv = parseLedgerCsv("Lokaler;1 000\nTrasig \x81 text;2 000\n");
    CHECK(csv.encoding == TextEncoding::Windows1252);
    REQUIRE(csv.rows.size() == 2);
    CHECK(csv.rows.at(0).isValid());
    CHECK(csv.rows.at(1).lineNumber == 2);
    CHECK(csv.rows.at(1).error.contains(QStringLiteral("Windows-1252")));
    // Forcing UTF-8 on a Windows-1252 file names the same kind of problem.
    LedgerCsvOptions options;
    options.encoding = TextEncoding::Utf8;
    const LedgerCsv forced = parseLedgerCsv(kExcelFile, options);
    CHECK(forced.encoding == TextEncoding::Utf8);
    CHECK(forced.invalidRowCount() == 3);
    CHECK(forced.rows.at(0).error.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("an unterminated quote is reported at the line where it starts", "[ledgercsv]")
{
    const LedgerCsv csv = parseLedgerCsv("Lokaler;1 000\n\"Öppen;2 000\nÖvrigt;3 000\n");
    REQUIRE(csv.rows.size() == 2);
    CHECK(csv.rows.at(1).lineNumber == 2);
    CHECK(csv.rows.at(1).error.contains(QStringLiteral("Citattecknet")));
}

TEST_CASE("empty oversized UTF-16 and header-only files are refused as a whole", "[ledgercsv]")
{
    CHECK(parseLedgerCsv("").fileError.contains(QStringLiteral("tom")));
    CHECK(parseLedgerCsv("\r\n\r\n").fileError.contains(QStringLiteral("tom")));
    CHECK(parseLedgerCsv("\xFF\xFEK\0a\0").fileError.contains(QStringLiteral("UTF-16")));
    CHECK(parseLedgerCsv("Kategori;Belopp\n").fileError.contains(QStringLiteral("bara en rubrikrad")));
    const LedgerCsv big = parseLedgerCsv(QByteArray(kLedgerCsvMaxBytes + 1, 'a'));
    CHECK(big.fileError.contains(QStringLiteral("högst 10 MB")));
    CHECK(big.rows.isEmpty());
    QByteArray many;
    for (int i = 0; i <= kLedgerCsvMaxRows; ++i)
        many += "L;1\n";
    const LedgerCsv tooMany = parseLedgerCsv(many);
    CHECK(tooMany.fileError.contains(QStringLiteral("fler än 100000 rader")));
    CHECK_FALSE(tooMany.isValid());
}

TEST_CASE("column mapping reads category amount and footnote from any column", "[ledgercsv]")
{
    LedgerCsvOptions options;
    options.categoryColumn = 2;
    options.amountColumn = 0;
    options.footnoteColumn = -1;
    const LedgerCsv csv = parseLedgerCsv("Belopp;Konto;Benämning\n3 434 000;5010;Lönekostnader\n", options);
    REQUIRE(csv.isValid());
    CHECK(csv.rows.at(0).category == QStringLiteral("Lönekostnader"));
    CHECK(csv.rows.at(0).amountOre == 343400000);
    CHECK(csv.rows.at(0).footnote.isEmpty());
    options.amountColumn = 2;
    CHECK(parseLedgerCsv("a;1\n", options).fileError.contains(QStringLiteral("olika kolumner")));
    options.amountColumn = 500;
    CHECK_FALSE(parseLedgerCsv("a;1\n", options).fileError.isEmpty());
}

TEST_CASE("a file whose total would overflow is refused", "[ledgercsv]")
{
    QByteArray file;
    for (int i = 0; i < 2000; ++i)
        file += "L;9 000 000 000 000 kr\n";
    const LedgerCsv csv = parseLedgerCsv(file);
    CHECK(csv.fileError.contains(QStringLiteral("Summan")));
    CHECK_FALSE(csv.isValid());
}

TEST_CASE("hostile bytes never crash the reader and keep line numbers increasing", "[ledgercsv]")
{
    const QList<QByteArray> inputs = {"\"", "\"\"\"", ";;;;\n;;;", "\r\r\r\"\r", QByteArray(3000, ';') + "\nL;1",
                                      QByteArray("\0;\0\n", 4), "\xEF\xBB\xBF", "\xC3", "a;\"b\"c;d\n\"", "\xEF\xBB\xBF;\n"};
    for (const QByteArray &input : inputs) {
        const LedgerCsv csv = parseLedgerCsv(input);
        int last = 0;
        for (const LedgerCsvRow &row : csv.rows) {
            CHECK(row.lineNumber > last);
            CHECK(row.cells.size() <= kLedgerCsvMaxColumns);
            last = row.lineNumber;
        }
        CHECK((csv.isValid() || !csv.fileError.isEmpty() || csv.invalidRowCount() > 0));
    }
}
