// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CofundingBalance.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QList>

#include <optional>

namespace fhb::cli {

/// The output formats of `balance` (docs/cli.md). All produce UTF-8 bytes.
class BalanceOutput
{
    Q_DECLARE_TR_FUNCTIONS(fhb::cli::BalanceOutput)
public:
    enum class Format { Text, Csv, Json };
    /// "text", "csv", "json"; empty for anything else.
    static std::optional<Format> formatFromName(const QString &name);

    static QByteArray render(const QList<BalanceRow> &rows, Format format);

    /// A Swedish table aligned in columns, amounts in whole kronor with U+00A0 grouping,
    /// status words "Uppfyller kravet" / "Under kravet" / "Rapport saknas" and "(preliminär)".
    static QByteArray text(const QList<BalanceRow> &rows);
    /// ';'-separated with a header row, UTF-8 with BOM, decimal comma, CRLF line ends.
    static QByteArray csv(const QList<BalanceRow> &rows);
    /// {"rows": [{agreement, counterparty, party, year, compensationOre, requiredOre,
    /// contributionOre, balanceOre, preliminary, status}]} exactly as docs/cli.md; amounts in öre.
    static QByteArray json(const QList<BalanceRow> &rows);
};

} // namespace fhb::cli
