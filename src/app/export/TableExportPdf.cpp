// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF half of TableExport: a landscape A4 table in the annual report's typography
// (AnnualReportPdfStyle), paginated before anything is drawn so the footer can say "Sida X av Y".
#include "TableExport.h"

#include "app/pdf/AnnualReportPdfStyle.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QDateTime>
#include <QFontMetricsF>
#include <QIcon>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace fhb::app {

namespace {

constexpr qreal kPageWidthMm = 297;
constexpr qreal kPageHeightMm = 210;
constexpr qreal kMarginMm = 14;
constexpr qreal kFooterMm = 12;
constexpr qreal kLargestPoints = 9;
constexpr qreal kSmallestPoints = 6;
constexpr qreal kChartHeightMm = 95;    ///< the chart's height when the page has room
constexpr qreal kChartMinHeightMm = 62; ///< below this, the chart goes to a page of its own
constexpr qreal kChartOwnPageHeightMm = 130;
constexpr int kResolution = 300;

const QColor kHeaderFill(0xe8, 0xed, 0xf3);
const QColor kTotalFill(0xf2, 0xf2, 0xf2);
const QColor kRowRule(0xd0, 0xd0, 0xd0);

using Cell = TableExport::Cell;
using RowKind = TableExport::RowKind;

/// Lays the table out on pages, then paints it.
class TablePdf
{
public:
    TablePdf(const QAbstractItemModel &model, const TableExport::PdfOptions &options, const AnnualReportPdfStyle &style)
        : m_options(options), m_style(style), m_header(TableExport::header(model))
    {
        m_body = QRectF(QPointF(style.mm(kMarginMm), style.mm(kMarginMm)),
                        QPointF(style.mm(kPageWidthMm - kMarginMm), style.mm(kPageHeightMm - kMarginMm - kFooterMm)));
        for (int r = 0; r < model.rowCount(); ++r) {
            QList<Cell> row;
            for (int c = 0; c < model.columnCount(); ++c)
                row << TableExport::cell(model, r, c, true);
            m_rows << row;
            m_kinds << TableExport::rowKind(model, r);
        }
        measure();
        paginate();
    }

    int pageCount() const { return int(m_pages.size()); }

    void paintPage(QPainter &painter, int page) const
    {
        qreal top = m_body.top();
        if (page == 0)
            top = paintTitle(painter);
        // A page that holds only the chart needs no table header.
        if (page == 0 || !m_pages.at(page).isEmpty())
            top = paintHeader(painter, top);
        for (int row : m_pages.at(page)) {
            paintRow(painter, row, top);
            top += m_rowHeight;
        }
        if (m_rows.isEmpty() && page == 0)
            m_style.text(painter, m_font, m_body.left() + pad(), top + pad(),
                         TableExport::tr("Inga rader matchar urvalet."), m_style.muted());
        if (page == m_chartPage)
            paintChart(painter);
        paintFooter(painter, page);
    }

private:
    qreal pad() const { return m_style.mm(1.6); }
    qreal indent() const { return m_style.mm(4); }
    qreal iconSize() const { return QFontMetricsF(m_font, m_style.device()).height() * 0.95; }
    static bool hasIcon(const Cell &cell) { return cell.decoration.canConvert<QIcon>() && !cell.decoration.value<QIcon>().isNull(); }

    qreal naturalWidth(int column) const
    {
        qreal widest = m_style.width(m_bold, m_header.value(column));
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            const Cell &cell = m_rows[r][column];
            const QFont &font = m_kinds[r] == RowKind::Total ? m_bold : m_font;
            qreal w = m_style.width(font, cell.text);
            if (hasIcon(cell))
                w += iconSize() + pad();
            if (column == 0 && m_kinds[r] == RowKind::Member)
                w += indent();
            widest = std::max(widest, w);
        }
        return widest + 2 * pad();
    }

    void setPoints(qreal points)
    {
        m_font = m_style.font(points);
        m_bold = m_style.font(points, true);
        m_widths.clear();
        for (int c = 0; c < m_header.size(); ++c)
            m_widths << naturalWidth(c);
    }

    qreal total() const
    {
        qreal sum = 0;
        for (qreal w : m_widths)
            sum += w;
        return sum;
    }

    // The largest font (at most 9 pt, at least 6 pt) at which the table fits the page's width;
    // if even 6 pt is too wide, the first column (the names) gives up the rest and is elided.
    void measure()
    {
        setPoints(kLargestPoints);
        if (total() > m_body.width())
            setPoints(std::max(kSmallestPoints, kLargestPoints * m_body.width() / total() * 0.98));
        if (total() > m_body.width() && !m_widths.isEmpty())
            m_widths[0] = std::max(m_style.mm(25), m_widths[0] - (total() - m_body.width()));
        if (total() > m_body.width() && !m_widths.isEmpty()) {
            const qreal factor = m_body.width() / total();
            for (qreal &w : m_widths)
                w *= factor;
        } else if (!m_widths.isEmpty()) {
            // Use the page's width, but never stretch a column past one and a half times its text.
            const qreal extra = (m_body.width() - total()) / qreal(m_widths.size());
            for (qreal &w : m_widths)
                w += std::min(extra, w * 0.5);
        }
        m_rowHeight = m_style.lineHeight(m_font) * 1.45;
    }

    qreal titleHeight() const
    {
        const QFont title = m_style.font(16, true);
        const QFont subtitle = m_style.font(9.5);
        qreal h = m_style.lineHeight(title);
        if (!m_options.subtitle.isEmpty())
            h += m_style.lineHeight(subtitle);
        return h + m_style.mm(5);
    }

    qreal chartHeadingHeight() const
    {
        return m_options.chartTitle.isEmpty() ? 0 : m_style.lineHeight(m_style.font(11, true));
    }

    void paginate()
    {
        m_pages = {{}};
        qreal top = m_body.top() + titleHeight() + m_rowHeight;
        for (int r = 0; r < m_rows.size(); ++r) {
            if (top + m_rowHeight > m_body.bottom() && !m_pages.last().isEmpty()) {
                m_pages.append(QList<int>());
                top = m_body.top() + m_rowHeight;
            }
            m_pages.last() << r;
            top += m_rowHeight;
        }
        if (m_rows.isEmpty())
            top += m_rowHeight;
        if (!m_options.chart)
            return;
        // Under the table when at least a smaller chart fits there, else on a page of its own.
        top += m_style.mm(8);
        qreal largest = m_style.mm(kChartHeightMm);
        if (m_body.bottom() - top - chartHeadingHeight() < m_style.mm(kChartMinHeightMm)) {
            m_pages.append(QList<int>());
            top = m_body.top();
            largest = m_style.mm(kChartOwnPageHeightMm);
        }
        m_chartPage = int(m_pages.size()) - 1;
        m_chartTop = top;
        m_chartHeight = std::min(largest, m_body.bottom() - top - chartHeadingHeight());
    }

    qreal paintTitle(QPainter &painter) const
    {
        const QFont title = m_style.font(16, true);
        qreal top = m_body.top();
        m_style.text(painter, title, m_body.left(), top, m_options.title, m_style.accent());
        top += m_style.lineHeight(title);
        if (!m_options.subtitle.isEmpty()) {
            const QFont subtitle = m_style.font(9.5);
            m_style.text(painter, subtitle, m_body.left(), top, m_options.subtitle, m_style.muted());
            top += m_style.lineHeight(subtitle);
        }
        return top + m_style.mm(5);
    }

    qreal paintHeader(QPainter &painter, qreal top) const
    {
        painter.fillRect(QRectF(m_body.left(), top, total(), m_rowHeight), kHeaderFill);
        qreal x = m_body.left();
        for (int c = 0; c < m_widths.size(); ++c) {
            const bool right = !m_rows.isEmpty() && m_rows.first().value(c).rightAligned;
            paintText(painter, m_bold, x, top, m_widths[c], m_header.value(c), right, m_style.ink());
            x += m_widths[c];
        }
        m_style.line(painter, m_body.left(), m_body.left() + total(), top + m_rowHeight, 0.8, m_style.accent());
        return top + m_rowHeight;
    }

    void paintText(QPainter &painter, const QFont &font, qreal x, qreal top, qreal width, const QString &text,
                   bool right, const QColor &colour) const
    {
        const qreal room = width - 2 * pad();
        const QString shown = QFontMetricsF(font, m_style.device()).elidedText(text, Qt::ElideRight, room);
        const qreal textTop = top + (m_rowHeight - m_style.lineHeight(font)) / 2;
        if (right)
            m_style.textRight(painter, font, x + width - pad(), textTop, shown, colour);
        else
            m_style.text(painter, font, x + pad(), textTop, shown, colour);
    }

    void paintRow(QPainter &painter, int row, qreal top) const
    {
        const RowKind kind = m_kinds[row];
        if (kind == RowKind::Total)
            painter.fillRect(QRectF(m_body.left(), top, total(), m_rowHeight), kTotalFill);
        const QFont &font = kind == RowKind::Total ? m_bold : m_font;
        qreal x = m_body.left();
        for (int c = 0; c < m_widths.size(); ++c) {
            const Cell &cell = m_rows[row][c];
            qreal left = x + (c == 0 && kind == RowKind::Member ? indent() : 0);
            if (hasIcon(cell)) {
                // Beside its text: after the indent, or just left of a right-aligned amount.
                const qreal size = iconSize();
                const qreal iconLeft = cell.rightAligned
                    ? std::max(left + pad(), x + m_widths[c] - 2 * pad() - m_style.width(font, cell.text) - size)
                    : left + pad();
                const QRectF target(iconLeft, top + (m_rowHeight - size) / 2, size, size);
                painter.drawPixmap(target, cell.decoration.value<QIcon>().pixmap(64, 64), QRectF(0, 0, 64, 64));
                if (!cell.rightAligned)
                    left += size + pad();
            }
            paintText(painter, font, left, top, m_widths[c] - (left - x), cell.text, cell.rightAligned, m_style.ink());
            x += m_widths[c];
        }
        m_style.line(painter, m_body.left(), m_body.left() + total(), top + m_rowHeight,
                     kind == RowKind::Total ? 0.8 : 0.3, kind == RowKind::Total ? m_style.rule() : kRowRule);
    }

    void paintChart(QPainter &painter) const
    {
        const QFont heading = m_style.font(11, true);
        qreal top = m_chartTop;
        if (!m_options.chartTitle.isEmpty()) {
            m_style.text(painter, heading, m_body.left(), top, m_options.chartTitle, m_style.accent());
            top += m_style.lineHeight(heading);
        }
        const QRectF area(m_body.left(), top, m_body.width(), m_chartHeight);
        painter.save();
        m_options.chart(painter, area);
        painter.restore();
    }

    void paintFooter(QPainter &painter, int page) const
    {
        const QFont font = m_style.font(8);
        const qreal top = m_style.mm(kPageHeightMm - kMarginMm - kFooterMm + 4);
        m_style.line(painter, m_body.left(), m_body.right(), top, 0.5, m_style.rule());
        const QString made = TableExport::tr("Folkhälsobok · skapad %1")
                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        m_style.text(painter, font, m_body.left(), top + m_style.mm(1.5), made, m_style.muted());
        m_style.textRight(painter, font, m_body.right(), top + m_style.mm(1.5),
                          TableExport::tr("Sida %1 av %2").arg(page + 1).arg(pageCount()), m_style.muted());
    }

    const TableExport::PdfOptions &m_options;
    const AnnualReportPdfStyle &m_style;
    QStringList m_header;
    QList<QList<Cell>> m_rows;
    QList<RowKind> m_kinds;
    QRectF m_body;
    QFont m_font;
    QFont m_bold;
    QList<qreal> m_widths;
    qreal m_rowHeight = 0;
    QList<QList<int>> m_pages;
    int m_chartPage = -1;
    qreal m_chartTop = 0;
    qreal m_chartHeight = 0;
};

} // namespace

Result<QByteArray> TableExport::pdf(const QAbstractItemModel &model, const PdfOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
        layout.setMode(QPageLayout::FullPageMode);
        writer.setPageLayout(layout);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Folkhälsobok"));
        const AnnualReportPdfStyle style(&writer);
        const TablePdf table(model, options, style);
        QPainter painter;
        if (!painter.begin(&writer))
            return Result<QByteArray>::failure(ErrorKind::Io, tr("PDF-filen kunde inte påbörjas: Qt kunde inte börja rita sidan."));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        for (int page = 0; page < table.pageCount(); ++page) {
            if (page > 0 && !writer.newPage())
                return Result<QByteArray>::failure(ErrorKind::Io, tr("PDF-filen kunde inte skapas: sida %1 kunde inte påbörjas.")
                                                       .arg(page + 1));
            table.paintPage(painter, page);
        }
        painter.end();
    }
    return buffer.data();
}

} // namespace fhb::app
