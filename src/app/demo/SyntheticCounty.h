// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace fhb::app {

/// What `folkhalsobok-cli generate` asks for.
struct SyntheticCountyOptions {
    int parties = 20;       ///< counterparties, i.e. parties with an agreement (1..2000)
    int years = 6;          ///< agreement years, ending with lastYear (1..50)
    int lines = 10;         ///< expense lines per counterparty report (1..500)
    int lastYear = 2025;    ///< the last (preliminary) year; fixed so output never depends on the clock
    quint32 seed = 20240101; ///< the same seed always gives the same dataset
};

/// A realistic, deterministic synthetic county for benchmarks and load tests
/// (docs/cli.md, "generate"). One funder and `parties` counterparties: about 15 % county
/// parts, 10 % organisations, the rest municipalities. Each county part has 2–5 member
/// municipalities that come ON TOP of `parties` (they have no agreement of their own); each
/// member has a commitment and files a small report of its own (three lines). Every
/// counterparty has one agreement over `years` years with a base compensation, a PLK for
/// every year but the last (which stays preliminary), and two obligations, and a report per
/// year with `lines` expense lines and one regional-compensation revenue line equal to the
/// scheduled compensation. About one counterparty in eight falls short of the co-funding
/// requirement and about one report in twenty is missing.
class SyntheticCounty
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::SyntheticCounty)
public:
    /// Refuses counts outside the documented ranges with a Swedish sentence.
    static Status validate(const SyntheticCountyOptions &options);

    explicit SyntheticCounty(const SyntheticCountyOptions &options);
    /// Builds the dataset in memory (290 parties × 10 years × 30 lines takes well under a second).
    Dataset generate() const;

private:
    SyntheticCountyOptions m_options;
};

} // namespace fhb::app
