// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace fhb::app {

Q_LOGGING_CATEGORY(lcApp, "fhb.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "fhb.app.report", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "fhb.app.exchange", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLedger, "fhb.app.ledger", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPdf, "fhb.app.pdf", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "fhb.app.export", QtWarningMsg)

} // namespace fhb::app
