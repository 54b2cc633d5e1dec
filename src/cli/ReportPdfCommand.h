// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "ExitCode.h"

#include <QCoreApplication>

#include <memory>

namespace fhb::cli {

/// `report-pdf --party NAMN --year ÅR -o FIL.pdf` and
/// `report-pdf --year ÅR --all -o MAPP [--approved-only]` (docs/cli.md): the official annual
/// report as PDF/A. Prints one line per file written (with version and SHA-256 for approved
/// reports). Exit 2 for a bad combination of options, a report that does not exist or an
/// output that cannot be written; 3 when the database cannot be opened or read.
ExitCode runReportPdf(const CommandLine &line);

/// The application object for `argv`: a QGuiApplication on the offscreen platform (unless
/// QT_QPA_PLATFORM says otherwise) when the command is report-pdf, which lays out text and
/// needs fonts; a plain QCoreApplication for every other command. `argc` must outlive it.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

/// Sets LC_NUMERIC back to "C" after the application object has set every locale category
/// from the environment (QCoreApplication calls setlocale(LC_ALL, "") on Unix). Under
/// LANG=sv_SE.UTF-8, printf-style formatting in libraries (libxlsxwriter's column widths and
/// margins) would otherwise write decimal commas into file formats. Qt's own number
/// formatting and the Swedish texts do not depend on it.
void keepNumbersInCLocale();

} // namespace fhb::cli
