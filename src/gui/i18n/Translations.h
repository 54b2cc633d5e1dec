// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace fhb::gui {

/// The translators of the user interface language. Swedish is the source language of
/// every string, so Swedish needs only Qt's own catalogue (and QtTranslationGaps for what
/// it lacks); English needs our catalogue (a plain QTranslator with
/// ":/i18n/folkhalsobok_en.qm") and nothing of Qt's. Changing the language installs the
/// new translators, which sends QEvent::LanguageChange to every widget.
class Translations : public QObject
{
    Q_OBJECT
public:
    /// Owned by `parent` (usually the application).
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    /// "sv" and "en".
    static QStringList languages();
    /// "Svenska", "English": each language in its own words.
    static QString nativeName(const QString &language);

    /// Installs the translators of `language` ("sv" for anything unknown).
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

private:
    void removeAll();

    QString m_language;
    QTranslator *m_qt = nullptr;
    QTranslator *m_gaps = nullptr;
    QTranslator *m_catalogue = nullptr;
};

} // namespace fhb::gui
