// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "Commands.h"
#include "Console.h"
#include "ReportPdfCommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // report-pdf needs fonts, hence a QGuiApplication; every other command stays Qt Core only.
    const auto app = fhb::cli::makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folkhalsobok-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FHB_VERSION));

    fhb::cli::CommandLine line;
    const fhb::Status parsed = line.parse(QCoreApplication::arguments());
    if (line.wantsHelp()) {
        fhb::cli::Console::out(fhb::cli::CommandLine::helpText());
        return 0;
    }
    if (line.wantsVersion()) {
        fhb::cli::Console::out(QStringLiteral("folkhalsobok-cli ") + QCoreApplication::applicationVersion());
        return 0;
    }
    if (!parsed) {
        fhb::cli::Console::err(parsed.error());
        return fhb::cli::toInt(fhb::cli::ExitCode::Usage);
    }
    return fhb::cli::toInt(fhb::cli::Commands(line).run());
}
