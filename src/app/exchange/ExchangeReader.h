// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fhb::app {

/// The validating reader behind exchangeFromJson(): turns a parsed exchange file into a
/// Dataset, checking every field (docs/exchange-format.md, "Reading: rules").
class ExchangeReader
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::ExchangeReader)
public:
    /// The dataset, or "<JSON path>: <Swedish reason>" for the first problem found.
    static Result<Dataset> read(const QJsonObject &root);
};

} // namespace fhb::app
