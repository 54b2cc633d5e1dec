// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QPainter;

namespace fhb::app {

/// One piece of a laid-out document that is never split across pages: a heading, a table
/// row, one line of a paragraph. Heights are in the paint device's units.
struct FlowPiece {
    enum class Kind { Heading, Row, TextLine, Rule, Block };
    Kind kind = Kind::Block;
    qreal height = 0;
    qreal spaceBefore = 0;     ///< dropped when the piece starts a page
    bool keepWithNext = false; ///< never end a page with this piece (headings, a paragraph's first line)
    QString label;             ///< what the piece shows, for tests and logging
    /// Draws the piece with its top edge at `top`; `pageTop` tells it that it starts a page,
    /// so a table row can repeat its section label ("Utgifter (forts.)").
    std::function<void(QPainter &painter, qreal top, bool pageTop)> paint;
};

/// Where a piece landed.
struct FlowPlacement {
    int piece = 0;
    qreal top = 0; ///< relative to the top of the page body
    bool pageTop = false;
};

using FlowPage = QList<FlowPlacement>;

/// Distributes pieces over pages of `bodyHeight`: a piece that does not fit goes to the next
/// page, and a run of keep-with-next pieces moves together with the piece after it when it
/// would otherwise be left at the bottom of a page (unless the run is taller than a page).
/// Always returns at least one page.
QList<FlowPage> paginate(const QList<FlowPiece> &pieces, qreal bodyHeight);

} // namespace fhb::app
