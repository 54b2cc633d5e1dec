// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

namespace fhb::app {

namespace {

struct IconSpec {
    const char16_t *file;
    const char16_t *themeName; ///< nullptr: always our own
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
    const QIcon ownIcon(iconResourcePath(id));
    if (!spec.themeName)
        return ownIcon;
    return QIcon::fromTheme(QString::fromUtf16(spec.themeName), ownIcon);
}

} // namespace fhb::app
