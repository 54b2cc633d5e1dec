// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualReportPdfStyle.h"

#include "app/Logging.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace fhb::app {

namespace {

constexpr qreal kPageWidthMm = 210;
constexpr qreal kPageHeightMm = 297;

} // namespace

AnnualReportPdfStyle::AnnualReportPdfStyle(QPaintDevice *device)
    : m_device(device), m_dotsPerMm(device->logicalDpiY() / 25.4)
{
    m_page = QRectF(0, 0, mm(kPageWidthMm), mm(kPageHeightMm));
    m_body = QRectF(QPointF(mm(25), mm(20)), QPointF(mm(kPageWidthMm - 20), mm(kPageHeightMm - 24)));
    m_footer = QRectF(QPointF(mm(25), mm(kPageHeightMm - 18)), QPointF(mm(kPageWidthMm - 20), mm(kPageHeightMm - 8)));
}

QString AnnualReportPdfStyle::fontFamily()
{
    static const QString family = [] {
        const QString wanted = QStringLiteral("DejaVu Sans");
        if (QFontDatabase::families().contains(wanted))
            return wanted;
        // Without a font the PDF has no text at all (docs/packaging.md): say so in the log.
        qCWarning(lcPdf) << "DejaVu Sans is not installed (fonts-dejavu-core); the annual report PDF uses"
                              << QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QFont AnnualReportPdfStyle::font(qreal points, bool bold, bool italic) const
{
    QFont f(fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing makes Qt shape without ligatures: "fi" stays two letters, so the
    // archived text can be searched and copied as typed. Qt keeps
    // spacing in 1/64 units, so 0.05 is the smallest step that counts, and it is invisible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

qreal AnnualReportPdfStyle::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).height() * 1.18;
}

qreal AnnualReportPdfStyle::ascent(const QFont &font) const
{
    const QFontMetricsF metrics(font, m_device);
    // Centre the glyphs in the taller line box.
    return metrics.ascent() + metrics.height() * 0.09;
}

qreal AnnualReportPdfStyle::width(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

QStringList AnnualReportPdfStyle::wrap(const QString &text, const QFont &font, qreal width) const
{
    QStringList lines;
    QTextLayout layout(text.simplified(), font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << layout.text().mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

void AnnualReportPdfStyle::text(QPainter &painter, const QFont &font, qreal x, qreal top, const QString &text,
                                const QColor &colour) const
{
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(QPointF(x, top + ascent(font)), text);
}

void AnnualReportPdfStyle::textRight(QPainter &painter, const QFont &font, qreal right, qreal top, const QString &text,
                                     const QColor &colour) const
{
    this->text(painter, font, right - width(font, text), top, text, colour);
}

void AnnualReportPdfStyle::line(QPainter &painter, qreal x1, qreal x2, qreal y, qreal widthPt, const QColor &colour) const
{
    QPen pen(colour);
    pen.setWidthF(mm(widthPt * 25.4 / 72));
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(QPointF(x1, y), QPointF(x2, y));
}

} // namespace fhb::app
