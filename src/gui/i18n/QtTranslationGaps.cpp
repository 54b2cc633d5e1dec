// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtTranslationGaps.h"

#include <QCoreApplication>

#include <cstring>

namespace fhb::gui {

namespace {

struct Gap {
    const char *context;
    const char *source;
    const char16_t *swedish;
};

// Checked against the screens of Qt 6.4 with the Debian qt_sv catalogue.
constexpr Gap kGaps[] = {
    {"QPlatformTheme", "Cancel", u"Avbryt"},
    {"QPlatformTheme", "OK", u"OK"},
    {"QPlatformTheme", "Open", u"Öppna"},
    {"QPlatformTheme", "Save", u"Spara"},
    {"QPlatformTheme", "Close", u"Stäng"},
    {"QPlatformTheme", "Yes", u"Ja"},
    {"QPlatformTheme", "&Yes", u"&Ja"},
    {"QPlatformTheme", "&No", u"&Nej"},
    {"QPlatformTheme", "Yes to &All", u"Ja till &alla"},
    {"QPlatformTheme", "N&o to All", u"N&ej till alla"},
    {"QPlatformTheme", "No", u"Nej"},
    {"QPlatformTheme", "Help", u"Hjälp"},
    {"QPlatformTheme", "Discard", u"Förkasta"},
    {"QPlatformTheme", "Don't Save", u"Spara inte"},
    {"QPlatformTheme", "Apply", u"Verkställ"},
    {"QPlatformTheme", "Reset", u"Återställ"},
    {"QPlatformTheme", "Retry", u"Försök igen"},
    {"QPlatformTheme", "Ignore", u"Ignorera"},
    {"QPlatformTheme", "Abort", u"Avbryt"},
    {"QFileDialog", "Look in:", u"Sök i:"},
    {"QFileDialog", "File name:", u"Filnamn:"},
    {"QFileSystemModel", "Computer", u"Dator"},
    {"QFileDialog", "Computer", u"Dator"},
    {"QMessageBox", "Show Details...", u"Visa detaljer…"},
    {"QMessageBox", "Hide Details...", u"Dölj detaljer…"},
};

} // namespace

QtTranslationGaps::QtTranslationGaps(QObject *parent)
    : QTranslator(parent)
{
}

QString QtTranslationGaps::translate(const char *context, const char *sourceText, const char *, int) const
{
    if (!context || !sourceText)
        return {};
    for (const Gap &gap : kGaps)
        if (std::strcmp(gap.context, context) == 0 && std::strcmp(gap.source, sourceText) == 0)
            return QString::fromUtf16(gap.swedish);
    return {};
}

} // namespace fhb::gui
