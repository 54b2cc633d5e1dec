// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Icons.h"
#include "domain/AnnualReport.h"
#include "domain/CofundingBalance.h"

#include <QColor>
#include <QString>

namespace fhb::app {

/// How a status is shown: always an icon and a word; the colour only adds to them.
struct StatusLook {
    IconId icon = IconId::StatusMissing;
    QString word;  ///< Swedish: "Uppfyller kravet", "Utkast", …
    QColor colour; ///< accent for chips and borders, readable on light and dark palettes
};

StatusLook balanceStatusLook(BalanceStatus status);
StatusLook reportStatusLook(ReportStatus status);
/// "Preliminär": a year whose price and wage compensation (PLK) is not yet decided.
StatusLook preliminaryLook();

} // namespace fhb::app
