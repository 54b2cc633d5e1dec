// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace fhb::app {

/// Every icon the application shows. Generic actions come from the freedesktop icon theme
/// when the desktop has one; our own SVGs in resources/icons are the fallback. Status
/// icons are always ours, so that "Under kravet" looks the same on every desktop.
enum class IconId {
    Application,
    Funder,
    CountyPart,
    Municipality,
    Organisation,
    Agreement,
    Report,
    ReportDraft,
    ReportSubmitted,
    ReportApproved,
    StatusOk,
    StatusShort,
    StatusMissing,
    StatusPreliminary,
    NewDatabase,
    OpenDatabase,
    Quit,
    About,
    ReadOnly,
    Overview,
    // The workbench's actions: toolbar, menus and table buttons.
    NewReport,
    Undo,
    Redo,
    Submit,
    Approve,
    Reopen,
    Settings,
    Help,
    Parties,
    Add,
    Remove,
    Up,
    Down,
    Warning,
    SendReport,
    ImportFiles,
    ExportPdf,
    PrintPreview,
    Print,
};

/// The icon for `id`; never null (the resource fallback is compiled in).
QIcon icon(IconId id);
/// The resource path of our own SVG for `id`, e.g. ":/icons/status-ok.svg".
QString iconResourcePath(IconId id);

} // namespace fhb::app
