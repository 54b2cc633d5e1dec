// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The app layer's logging categories, one per feature (docs/architecture.md, "Logging").
// Warnings are shown by default; QT_LOGGING_RULES="fhb.app*.info=true" adds the info lines.
namespace fhb::app {

Q_DECLARE_LOGGING_CATEGORY(lcApp)      ///< "fhb.app": the workspace, settings, demo data
Q_DECLARE_LOGGING_CATEGORY(lcReport)   ///< "fhb.app.report": report documents and their edits
Q_DECLARE_LOGGING_CATEGORY(lcExchange) ///< "fhb.app.exchange": exchange and report files
Q_DECLARE_LOGGING_CATEGORY(lcLedger)   ///< "fhb.app.ledger": ledger CSV imports
Q_DECLARE_LOGGING_CATEGORY(lcPdf)      ///< "fhb.app.pdf": the annual report as PDF/A
Q_DECLARE_LOGGING_CATEGORY(lcExport)   ///< "fhb.app.export": tables as CSV, XLSX or PDF

} // namespace fhb::app
