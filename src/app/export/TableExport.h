// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "domain/Result.h"
#include "storage/OutputFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QPainter;
class QRectF;

namespace fhb::app {

/// Writes any table model as a file a manager can hand on: CSV for Swedish Excel, an XLSX
/// workbook, or a landscape A4 PDF. Every format reads the model the screen shows, through
/// the shared roles of ModelRoles.h: the horizontal header, each cell's Qt::DisplayRole text,
/// AmountOreRole (öre, written as a number) and RowKindRole (member rows indented, totals in
/// bold). Files are written through storage::OutputFile: whole or not at all, so a failed export
/// leaves any earlier file as it was, and never over a database. Failures are Swedish
/// sentences that name the file, with the kind (a full disk, a refused target) for exit codes.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    enum class RowKind { Ordinary = 0, Member = 1, Total = 2 };

    /// One cell as the exports see it.
    struct Cell {
        QString text;            ///< Qt::DisplayRole as shown on screen
        std::optional<Ore> ore;  ///< AmountOreRole: the cell is an amount of this many öre
        bool rightAligned = false;
        QVariant decoration;     ///< Qt::DecorationRole (a status icon), drawn in the PDF; see cell()
    };

    /// One sheet of a workbook. `name` is cut to Excel's 31 characters and characters Excel
    /// refuses in sheet names ([ ] : * ? / \) become "-"; the model must outlive the call.
    struct Sheet {
        QString name;
        const QAbstractItemModel *model = nullptr;
    };

    /// Draws a chart into a rectangle given in the PDF's device units.
    using ChartPainter = std::function<void(QPainter &, const QRectF &)>;

    /// What the PDF shows besides the table.
    struct PdfOptions {
        QString title;       ///< large, on the first page ("Samverkansöversikt 2021–2024")
        QString subtitle;    ///< under the title: the filter and the date, as the caller words them
        ChartPainter chart;  ///< optional: drawn after the table, on the last page
        QString chartTitle;  ///< heading above the chart ("Sydnärke 2024–2029 – Askersunds kommun")
    };

    /// The cell at (`row`, `column`); its decoration only when asked (an icon needs a
    /// QGuiApplication, which the command line does not make).
    static Cell cell(const QAbstractItemModel &model, int row, int column, bool withDecoration = false);
    static RowKind rowKind(const QAbstractItemModel &model, int row);
    /// The horizontal header texts, one per column.
    static QStringList header(const QAbstractItemModel &model);

    /// "1627000,00", "-18211,00": kronor with a decimal comma, ASCII minus and no grouping,
    /// which Swedish Excel reads as a number.
    static QString csvAmount(Ore ore);
    /// UTF-8 with a byte order mark, ';' between cells, CRLF line ends, a header row; cells
    /// with ';', '"' or a line break are quoted. Amount cells are csvAmount(); member rows get
    /// two leading spaces in the first column. A text cell starting with = + - @ gets a leading
    /// apostrophe so that Excel never runs it as a formula.
    static QByteArray csv(const QAbstractItemModel &model);
    /// One text cell as csv() writes it: defused against formulas, quoted when needed.
    static QString csvTextCell(const QString &text);
    static storage::OutputStatus writeCsv(const QAbstractItemModel &model, const QString &path);

    /// An XLSX workbook (libxlsxwriter) with one sheet per entry, in order. Amount cells are
    /// numeric cells holding kronor (öre / 100) with a number format "# ##0 kr" (with öre
    /// when a column has any, with "+" when the screen shows one); other cells are text. The
    /// header row is bold; it and the first column are frozen; columns are as wide as their text.
    static storage::OutputStatus writeXlsx(const QList<Sheet> &sheets, const QString &path);

    /// A landscape A4 PDF: the title and subtitle, the table with its header repeated on every
    /// page (the font shrinks down to 6 pt to fit the page's width), status icons from
    /// Qt::DecorationRole, "Sida X av Y" in the footer, and the chart when one is given.
    static Result<QByteArray> pdf(const QAbstractItemModel &model, const PdfOptions &options);
    static storage::OutputStatus writePdf(const QAbstractItemModel &model, const PdfOptions &options,
                                          const QString &path);
};

} // namespace fhb::app
