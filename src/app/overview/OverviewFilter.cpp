// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewFilter.h"

#include <QStringList>

namespace fhb::app {

bool OverviewFilter::keeps(BalanceStatus status) const
{
    switch (show) {
    case Show::All: return true;
    case Show::Shortfalls: return status == BalanceStatus::Short || status == BalanceStatus::TooLarge;
    case Show::MissingReports: return status == BalanceStatus::MissingReport;
    }
    return true;
}

QString OverviewFilter::showName(Show show)
{
    switch (show) {
    case Show::All: return tr("Alla");
    case Show::Shortfalls: return tr("Endast underskott");
    case Show::MissingReports: return tr("Endast saknade rapporter");
    }
    return {};
}

QString OverviewFilter::describe(int from, int to) const
{
    QStringList parts;
    parts << (from == to ? QString::number(from)
                         : QString(QString::number(from) % u'\u2013' % QString::number(to)));
    parts << (countyPart.isEmpty() ? tr("Alla avtal") : countyPart);
    if (show != Show::All)
        parts << showName(show);
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace fhb::app
