// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "Commands.h"
#include "Console.h"
#include "Logging.h"
#include "ReportPdfCommand.h"

#include "app/exchange/ReportFingerprint.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // report-pdf needs fonts, hence a QGuiApplication; every other command stays Qt Core only.
    const auto app = fhb::cli::makeApplication(argc, argv);
    fhb::cli::keepNumbersInCLocale();
    fhb::app::installReportFingerprint();
    QCoreApplication::setApplicationName(QStringLiteral("folkhalsobok-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FHB_VERSION));

    fhb::cli::CommandLine line;
    const fhb::Status parsed = line.parse(QCoreApplication::arguments());
    using fhb::cli::ExitCode;
    ExitCode code = ExitCode::Ok;
    if (line.wantsHelp()) {
        fhb::cli::Console::out(fhb::cli::CommandLine::helpText());
    } else if (line.wantsVersion()) {
        fhb::cli::Console::out(QStringLiteral("folkhalsobok-cli ") + QCoreApplication::applicationVersion());
    } else if (!parsed) {
        fhb::cli::Console::err(parsed.error());
        code = ExitCode::Usage;
    } else {
        qCInfo(fhb::cli::lcCli) << "command" << line.command();
        code = fhb::cli::Commands(line).run();
    }
    // A result that did not reach standard output (a full disk, a closed pipe) is a failure.
    if (const auto failed = fhb::cli::Console::outputFailed(); failed && (code == ExitCode::Ok || code == ExitCode::ProblemFound))
        code = *failed;
    qCInfo(fhb::cli::lcCli) << "exit code" << fhb::cli::toInt(code);
    return fhb::cli::toInt(code);
}
