// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogueTranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace fhb::gui {

namespace {

// Every finished <message> of a .ts file: source text -> translation.
QHash<QString, QString> readCatalogue(const QString &path)
{
    QHash<QString, QString> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
            const QString translation = xml.readElementText();
            if (!unfinished && !translation.isEmpty() && !entries.contains(source))
                entries.insert(source, translation);
        }
    }
    return entries;
}

} // namespace

CatalogueTranslator::CatalogueTranslator(QObject *parent)
    : QTranslator(parent)
{
}

bool CatalogueTranslator::loadLanguage(const QString &language)
{
    const QString base = QString(u":/i18n/folkhalsobok_" % language);
    const bool compiled = load(QString(base % u".qm"));
    m_bySource = readCatalogue(QString(base % u".ts"));
    return compiled || !m_bySource.isEmpty();
}

QString CatalogueTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                       int n) const
{
    const QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!exact.isEmpty() || !sourceText)
        return exact;
    return m_bySource.value(QString::fromUtf8(sourceText));
}

bool CatalogueTranslator::isEmpty() const
{
    return QTranslator::isEmpty() && m_bySource.isEmpty();
}

} // namespace fhb::gui
