// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

namespace fhb::app {

namespace {

struct IconSpec {
    const char16_t *file;
    const char16_t *themeName;                   ///< nullptr: always our own
    const char16_t *fallbackThemeName = nullptr; ///< tried when the theme lacks themeName
};

IconSpec specOf(IconId id)
{
    switch (id) {
    case IconId::Application: return {u"folkhalsobok", nullptr};
    case IconId::Funder: return {u"funder", nullptr};
    case IconId::CountyPart: return {u"county-part", nullptr};
    case IconId::Municipality: return {u"municipality", nullptr};
    case IconId::Organisation: return {u"organisation", nullptr};
    case IconId::Agreement: return {u"agreement", nullptr};
    case IconId::Report: return {u"report", nullptr};
    case IconId::ReportDraft: return {u"report-draft", nullptr};
    case IconId::ReportSubmitted: return {u"report-submitted", nullptr};
    case IconId::ReportApproved: return {u"report-approved", nullptr};
    case IconId::StatusOk: return {u"status-ok", nullptr};
    case IconId::StatusShort: return {u"status-short", nullptr};
    case IconId::StatusMissing: return {u"status-missing", nullptr};
    case IconId::StatusPreliminary: return {u"status-preliminary", nullptr};
    case IconId::NewDatabase: return {u"database-new", u"document-new"};
    case IconId::OpenDatabase: return {u"database-open", u"document-open"};
    case IconId::Quit: return {u"application-exit", u"application-exit"};
    case IconId::About: return {u"help-about", u"help-about"};
    case IconId::ReadOnly: return {u"read-only", nullptr};
    case IconId::Overview: return {u"overview", nullptr};
    case IconId::NewReport: return {u"report-new", nullptr};
    case IconId::Undo: return {u"edit-undo", u"edit-undo"};
    case IconId::Redo: return {u"edit-redo", u"edit-redo"};
    case IconId::Submit: return {u"report-submit", nullptr};
    case IconId::Approve: return {u"report-approve", nullptr};
    case IconId::Reopen: return {u"report-reopen", nullptr};
    case IconId::Settings: return {u"settings", u"preferences-system"};
    case IconId::Help: return {u"help-contents", u"help-contents"};
    case IconId::Parties: return {u"parties", nullptr};
    case IconId::Add: return {u"list-add", u"list-add"};
    case IconId::Remove: return {u"list-remove", u"list-remove"};
    case IconId::Up: return {u"go-up", u"go-up"};
    case IconId::Down: return {u"go-down", u"go-down"};
    case IconId::Warning: return {u"warning", nullptr};
    case IconId::SendReport: return {u"report-submit", u"document-send"};
    case IconId::ImportFiles: return {u"database-open", u"document-import", u"document-open"};
    case IconId::ExportPdf: return {u"pdf-export", u"document-export"};
    case IconId::PrintPreview: return {u"print-preview", u"document-print-preview"};
    case IconId::Print: return {u"print", u"document-print"};
    }
    return {u"report", nullptr};
}

} // namespace

QString iconResourcePath(IconId id)
{
    return QString(u":/icons/" % QString::fromUtf16(specOf(id).file) % u".svg");
}

QIcon icon(IconId id)
{
    const IconSpec spec = specOf(id);
    QIcon icon(iconResourcePath(id));
    if (spec.fallbackThemeName)
        icon = QIcon::fromTheme(QString::fromUtf16(spec.fallbackThemeName), icon);
    return spec.themeName ? QIcon::fromTheme(QString::fromUtf16(spec.themeName), icon) : icon;
}

} // namespace fhb::app
