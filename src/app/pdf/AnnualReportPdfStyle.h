// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

class QPaintDevice;
class QPainter;

namespace fhb::app {

/// Fonts, colours and page geometry of the annual report PDF, in the units of one paint
/// device (a QPdfWriter, a QPrinter): A4 portrait, margins 25 mm left, 20 mm right and top,
/// a 22 mm footer band. Text is set in DejaVu Sans so every machine lays it out alike.
class AnnualReportPdfStyle
{
public:
    /// `device` must outlive the style; its resolution decides the units.
    explicit AnnualReportPdfStyle(QPaintDevice *device);

    /// The family used for every text; "DejaVu Sans" when installed (fonts-dejavu-core).
    static QString fontFamily();

    QPaintDevice *device() const { return m_device; }
    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    QFont font(qreal points, bool bold = false, bool italic = false) const;
    qreal lineHeight(const QFont &font) const;
    qreal ascent(const QFont &font) const;
    qreal width(const QFont &font, const QString &text) const;
    /// Breaks `text` into lines no wider than `width` (at spaces and hyphens).
    QStringList wrap(const QString &text, const QFont &font, qreal width) const;

    QRectF page() const { return m_page; }
    QRectF body() const { return m_body; }   ///< where the flowing content goes
    QRectF footer() const { return m_footer; }
    qreal labelWidth() const { return mm(40); } ///< the section-label column of the figure tables
    qreal amountWidth() const { return mm(32); }

    QColor ink() const { return {0x1a, 0x1a, 0x1a}; }
    QColor muted() const { return {0x55, 0x55, 0x55}; }
    QColor rule() const { return {0x80, 0x80, 0x80}; }
    QColor accent() const { return {0x1f, 0x3a, 0x5f}; }
    /// Solid (PDF/A-1 allows no transparency) and light enough to read through.
    QColor watermark() const { return {0xe4, 0xe4, 0xe4}; }

    /// Draws `text` with its top edge at `top`.
    void text(QPainter &painter, const QFont &font, qreal x, qreal top, const QString &text, const QColor &colour) const;
    void textRight(QPainter &painter, const QFont &font, qreal right, qreal top, const QString &text, const QColor &colour) const;
    void line(QPainter &painter, qreal x1, qreal x2, qreal y, qreal widthPt, const QColor &colour) const;

private:
    QPaintDevice *m_device;
    qreal m_dotsPerMm;
    QRectF m_page;
    QRectF m_body;
    QRectF m_footer;
};

} // namespace fhb::app
