// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX half of TableExport: libxlsxwriter writes the workbook into a private temporary
// folder, and the finished bytes go to the user's file through storage::OutputFile.
#include "TableExport.h"

#include "app/Logging.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

#include <cerrno>
#include <clocale>
#include <cstring>
#include <locale.h>

namespace fhb::app {

namespace {

// Excel's number formats are stored in the en-US form; Swedish Excel shows "1 627 000 kr".
const char kWhole[] = "#,##0 \"kr\"";
const char kWithOre[] = "#,##0.00 \"kr\"";
const char kSignedWhole[] = "+#,##0 \"kr\";-#,##0 \"kr\";0 \"kr\"";
const char kSignedWithOre[] = "+#,##0.00 \"kr\";-#,##0.00 \"kr\";0.00 \"kr\"";

constexpr int kMaxCellChars = 8000; // Excel holds 32 767; no text of ours comes near
constexpr lxw_color_t kHeaderFill = 0xE8EDF3;
constexpr lxw_color_t kTotalFill = 0xF2F2F2;

struct Look {
    bool header = false;
    bool bold = false;
    bool indent = false;
    bool total = false;
    const char *numberFormat = nullptr;
    bool operator==(const Look &) const = default;
};

size_t qHash(const Look &look, size_t seed = 0)
{
    return ::qHash(int(look.header) | int(look.bold) << 1 | int(look.indent) << 2 | int(look.total) << 3, seed)
         ^ ::qHash(reinterpret_cast<quintptr>(look.numberFormat), seed);
}

/// The workbook's formats, made once per distinct look.
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook) : m_workbook(workbook) {}
    lxw_format *get(const Look &look)
    {
        if (lxw_format *made = m_made.value(look))
            return made;
        lxw_format *f = workbook_add_format(m_workbook);
        if (look.bold || look.header)
            format_set_bold(f);
        if (look.header) {
            format_set_bottom(f, LXW_BORDER_THIN);
            format_set_bg_color(f, kHeaderFill);
        }
        if (look.total) {
            format_set_top(f, LXW_BORDER_THIN);
            format_set_bg_color(f, kTotalFill);
        }
        if (look.indent)
            format_set_indent(f, 1);
        if (look.numberFormat)
            format_set_num_format(f, look.numberFormat);
        m_made.insert(look, f);
        return f;
    }

private:
    lxw_workbook *m_workbook;
    QHash<Look, lxw_format *> m_made;
};

QByteArray utf8(const QString &text)
{
    return text.left(kMaxCellChars).toUtf8();
}

QString sheetName(const QString &wanted, QSet<QString> &taken)
{
    static const QRegularExpression refused(QStringLiteral("[\\[\\]:*?/\\\\\\x00-\\x1f]"));
    QString name = wanted.simplified();
    name.replace(refused, QStringLiteral("-"));
    // A sheet name may not start or end with an apostrophe.
    while (name.startsWith(u'\'') || name.endsWith(u'\''))
        name = name.startsWith(u'\'') ? name.mid(1) : name.chopped(1);
    if (name.isEmpty())
        name = TableExport::tr("Blad");
    name = name.left(31);
    QString unique = name;
    for (int n = 2; taken.contains(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = QString(name.left(31 - suffix.size()) + suffix);
    }
    taken.insert(unique.toLower());
    return unique;
}

struct ColumnTraits {
    bool withOre = false;
    bool signedAmounts = false;
    qsizetype chars = 4;
};

QList<ColumnTraits> columnTraits(const QAbstractItemModel &model)
{
    const QStringList header = TableExport::header(model);
    QList<ColumnTraits> traits(model.columnCount());
    for (int c = 0; c < model.columnCount(); ++c)
        traits[c].chars = std::max<qsizetype>(traits[c].chars, header.value(c).size());
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const TableExport::Cell cell = TableExport::cell(model, r, c);
            ColumnTraits &t = traits[c];
            qsizetype chars = cell.text.size() + (c == 0 ? 2 : 0);
            if (cell.ore) {
                t.withOre = t.withOre || *cell.ore % kOrePerKrona != 0;
                t.signedAmounts = t.signedAmounts || cell.text.startsWith(u'+');
                chars = money::format(*cell.ore, {.withUnit = true, .explicitPlus = true}).size() + 1;
            }
            t.chars = std::max(t.chars, chars);
        }
    return traits;
}

lxw_error writeSheet(lxw_workbook *workbook, Formats &formats, const QString &name, const QAbstractItemModel &model)
{
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, utf8(name).constData());
    if (!sheet)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    const QList<ColumnTraits> traits = columnTraits(model);
    const QStringList header = TableExport::header(model);
    lxw_error error = LXW_NO_ERROR;
    for (int c = 0; c < model.columnCount() && !error; ++c) {
        error = worksheet_write_string(sheet, 0, lxw_col_t(c), utf8(header.value(c)).constData(),
                                       formats.get({.header = true}));
        if (!error)
            error = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                         double(std::clamp<qsizetype>(traits[c].chars + 2, 8, 60)), nullptr);
    }
    for (int r = 0; r < model.rowCount() && !error; ++r) {
        const TableExport::RowKind kind = TableExport::rowKind(model, r);
        const auto row = lxw_row_t(r + 1);
        for (int c = 0; c < model.columnCount() && !error; ++c) {
            const TableExport::Cell cell = TableExport::cell(model, r, c);
            Look look{.bold = kind == TableExport::RowKind::Total,
                      .indent = c == 0 && kind == TableExport::RowKind::Member,
                      .total = kind == TableExport::RowKind::Total};
            if (cell.ore) {
                look.numberFormat = traits[c].signedAmounts ? (traits[c].withOre ? kSignedWithOre : kSignedWhole)
                                                            : (traits[c].withOre ? kWithOre : kWhole);
                // Kronor as a double is exact for every whole or half krona we hold; Excel stores doubles.
                error = worksheet_write_number(sheet, row, lxw_col_t(c), double(*cell.ore) / double(kOrePerKrona),
                                               formats.get(look));
            } else if (cell.text.isEmpty()) {
                error = worksheet_write_blank(sheet, row, lxw_col_t(c), formats.get(look));
            } else {
                error = worksheet_write_string(sheet, row, lxw_col_t(c), utf8(cell.text).constData(), formats.get(look));
            }
        }
    }
    worksheet_freeze_panes(sheet, 1, 1);
    return error;
}

/// libxlsxwriter formats column widths, margins and cell numbers with printf (%g, %.16G), which
/// follows LC_NUMERIC: under a Swedish locale it wrote width="27,71", which Excel calls a
/// damaged file. This thread uses the "C" numeric locale while the workbook is built,
/// whatever the program's global locale is.
class CNumericLocale
{
public:
    CNumericLocale()
    {
        // newlocale consumes its base on success only: a failed call leaves the copy to us.
        locale_t base = ::duplocale(LC_GLOBAL_LOCALE);
        m_c = base ? ::newlocale(LC_NUMERIC_MASK, "C", base) : locale_t(nullptr);
        if (!m_c && base)
            ::freelocale(base);
        m_previous = m_c ? ::uselocale(m_c) : locale_t(nullptr);
    }
    ~CNumericLocale()
    {
        if (m_c) {
            ::uselocale(m_previous);
            ::freelocale(m_c);
        }
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    locale_t m_c = nullptr;
    locale_t m_previous = nullptr;
};

storage::OutputStatus failure(const QString &message)
{
    return storage::OutputStatus::failure(storage::OutputErrorKind::Other, message);
}

} // namespace

storage::OutputStatus TableExport::writeXlsx(const QList<Sheet> &sheets, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    // A refused target (a database, a device) is refused before the workbook is built.
    if (const storage::OutputStatus refused = storage::OutputFile::check(path); !refused)
        return refused;
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return failure(tr("Excelfilen %1 kunde inte skapas: det gick inte att skapa en tillfällig mapp. "
                                  "Kontrollera att det finns plats på disken.").arg(shown));
    const QByteArray scratchDir = QFile::encodeName(scratch.path());
    const QByteArray scratchFile = QFile::encodeName(scratch.filePath(QStringLiteral("export.xlsx")));
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(scratchDir.constData());
    const CNumericLocale numbers;
    lxw_workbook *workbook = workbook_new_opt(scratchFile.constData(), &options);
    if (!workbook)
        return failure(tr("Excelfilen %1 kunde inte skapas: det finns inte tillräckligt med minne.").arg(shown));
    Formats formats(workbook);
    QSet<QString> taken;
    lxw_error error = LXW_NO_ERROR;
    for (const Sheet &sheet : sheets)
        if (sheet.model && !error)
            error = writeSheet(workbook, formats, sheetName(sheet.name, taken), *sheet.model);
    errno = 0;
    const lxw_error closed = workbook_close(workbook); // frees the workbook, also after an error
    const int closeErrno = errno;
    if (error || closed) {
        qCWarning(lcExport) << "libxlsxwriter:" << lxw_strerror(error ? error : closed) << std::strerror(closeErrno);
        // libxlsxwriter writes the zip at close and leaves the system's errno: a full disk
        // (or file size limit) under the scratch folder is said as such.
        if (storage::OutputFile::kindOf(closeErrno) == storage::OutputErrorKind::DiskFull)
            return storage::OutputStatus::failure(
                storage::OutputErrorKind::DiskFull,
                tr("Excelfilen %1 kunde inte skapas: %2. En tidigare fil med samma namn är orörd.")
                    .arg(shown, storage::OutputFile::reason(closeErrno, scratch.path())));
        return failure(tr("Excelfilen %1 kunde inte skapas: arbetsboken kunde inte byggas i den tillfälliga "
                                  "mappen. Kontrollera att det finns plats på disken och försök igen.").arg(shown));
    }
    QFile built(scratch.filePath(QStringLiteral("export.xlsx")));
    if (!built.open(QIODevice::ReadOnly))
        return failure(tr("Excelfilen %1 kunde inte skapas: den färdiga arbetsboken kunde inte läsas från "
                                  "den tillfälliga mappen.").arg(shown));
    return storage::OutputFile::write(path, built.readAll());
}

} // namespace fhb::app
