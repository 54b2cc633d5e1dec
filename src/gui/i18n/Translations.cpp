// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "QtTranslationGaps.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fhb::gui {

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    removeAll();
}

QStringList Translations::languages()
{
    return {QStringLiteral("sv"), QStringLiteral("en")};
}

QString Translations::nativeName(const QString &language)
{
    return language == QStringLiteral("en") ? QStringLiteral("English") : QStringLiteral("Svenska");
}

void Translations::removeAll()
{
    const QList<QTranslator *> installed = {m_qt, m_gaps, m_catalogue};
    for (QTranslator *translator : installed) {
        if (!translator)
            continue;
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_qt = nullptr;
    m_gaps = nullptr;
    m_catalogue = nullptr;
}

void Translations::setLanguage(const QString &language)
{
    const QString wanted = language == QStringLiteral("en") ? language : QStringLiteral("sv");
    if (wanted == m_language)
        return;
    removeAll();
    m_language = wanted;
    if (wanted == QStringLiteral("en")) {
        m_catalogue = new QTranslator(this);
        if (m_catalogue->load(QStringLiteral(":/i18n/folkhalsobok_en.qm")))
            QCoreApplication::installTranslator(m_catalogue);
        return;
    }
    // Qt's own Swedish (qtbase_sv, else the older all-in-one qt_sv); the gaps are installed
    // last, so they are asked first and answer only what Qt's catalogue lacks.
    m_qt = new QTranslator(this);
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    if (m_qt->load(swedish, QStringLiteral("qtbase"), QStringLiteral("_"), dir)
        || m_qt->load(swedish, QStringLiteral("qt"), QStringLiteral("_"), dir))
        QCoreApplication::installTranslator(m_qt);
    m_gaps = new QtTranslationGaps(this);
    QCoreApplication::installTranslator(m_gaps);
}

} // namespace fhb::gui
