// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusChip.h"

#include <QPainter>
#include <QPainterPath>

namespace fhb::gui {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 3;
constexpr int kIconSize = 16;
constexpr int kGap = 5;
} // namespace

StatusChip::StatusChip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusChip::setLook(const app::StatusLook &look)
{
    m_look = look;
    setAccessibleName(text());
    updateGeometry();
    update();
}

void StatusChip::setSuffix(const QString &suffix)
{
    m_suffix = suffix;
    setAccessibleName(text());
    updateGeometry();
    update();
}

QString StatusChip::text() const
{
    return m_suffix.isEmpty() ? m_look.word : QString(m_look.word % u' ' % m_suffix);
}

QSize StatusChip::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int textWidth = metrics.horizontalAdvance(text());
    return {kPadX + kIconSize + kGap + textWidth + kPadX, qMax(kIconSize, metrics.height()) + 2 * kPadY};
}

QSize StatusChip::minimumSizeHint() const
{
    return sizeHint();
}

void StatusChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor tint = m_look.colour;
    tint.setAlpha(40);
    QPainterPath path;
    path.addRoundedRect(frame, frame.height() / 2, frame.height() / 2);
    painter.fillPath(path, tint);
    painter.setPen(QPen(m_look.colour, 1));
    painter.drawPath(path);

    const int iconY = (height() - kIconSize) / 2;
    app::icon(m_look.icon).paint(&painter, QRect(kPadX, iconY, kIconSize, kIconSize));
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect textRect(kPadX + kIconSize + kGap, 0, width() - kPadX - kIconSize - kGap, height());
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text());
}

} // namespace fhb::gui
