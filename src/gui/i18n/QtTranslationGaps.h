// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace fhb::gui {

/// Swedish for the Qt strings that the installed Qt catalogue leaves in English: Qt 6 asks
/// for standard button texts ("Cancel") under the context QPlatformTheme, while the older
/// qt_sv catalogue has them under QDialogButtonBox; and a few file-dialog strings are
/// missing altogether. Install it after Qt's own translator.
class QtTranslationGaps : public QTranslator
{
    Q_OBJECT
public:
    explicit QtTranslationGaps(QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace fhb::gui
