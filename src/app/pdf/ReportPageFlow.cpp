// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPageFlow.h"

namespace fhb::app {

namespace {

// The height the pieces first..last need when `first` is placed at `y`.
qreal runHeight(const QList<FlowPiece> &pieces, qsizetype first, qsizetype last, qreal y)
{
    qreal h = 0;
    for (qsizetype k = first; k <= last; ++k)
        h += (k == first && y == 0 ? 0 : pieces[k].spaceBefore) + pieces[k].height;
    return h;
}

} // namespace

QList<FlowPage> paginate(const QList<FlowPiece> &pieces, qreal bodyHeight)
{
    QList<FlowPage> pages(1);
    qreal y = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        qsizetype last = i;
        while (last + 1 < pieces.size() && pieces[last].keepWithNext)
            ++last;
        const qreal needed = runHeight(pieces, i, last, y);
        const bool fitsOnEmptyPage = runHeight(pieces, i, last, 0) <= bodyHeight;
        const bool fitsAlone = y + runHeight(pieces, i, i, y) <= bodyHeight;
        if (y > 0 && ((y + needed > bodyHeight && fitsOnEmptyPage) || !fitsAlone)) {
            pages.append(FlowPage());
            y = 0;
        }
        const bool pageTop = y == 0;
        if (!pageTop)
            y += pieces[i].spaceBefore;
        pages.last().append({int(i), y, pageTop});
        y += pieces[i].height;
    }
    return pages;
}

} // namespace fhb::app
