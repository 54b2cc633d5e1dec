// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Text.h"

#include <QCoreApplication>

namespace fhb::text {

namespace {

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool isBidiControl(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }
bool isControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029; }
bool isFormat(char32_t c) { return QChar::category(c) == QChar::Other_Format || c == 0x034F; }

// Calls `each(codePoint)` for every code point; a lone surrogate comes as itself.
template<typename F>
void forEachCodePoint(QStringView text, F each)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            each(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            each(char32_t(c.unicode()));
        }
    }
}

bool isSpace(char32_t c) { return QChar::isSpace(c); }

} // namespace

qsizetype maxLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Name:
    case TextKind::Line: return kMaxLineLength;
    case TextKind::Footnote: return kMaxFootnoteLength;
    case TextKind::Paragraph: return kMaxParagraphLength;
    }
    return kMaxLineLength;
}

QString problem(QStringView text, TextKind kind)
{
    if (text.size() > maxLength(kind))
        return QCoreApplication::translate("Text", "är för lång (%1 tecken; högst %2)")
                   .arg(text.size()).arg(maxLength(kind));
    const bool oneLine = kind == TextKind::Name || kind == TextKind::Line;
    QString found;
    forEachCodePoint(text, [&](char32_t c) {
        if (!found.isEmpty())
            return;
        if (c >= 0xD800 && c <= 0xDFFF)
            found = QCoreApplication::translate("Text", "innehåller ett ensamt surrogattecken (%1), som inte är ett tecken")
                        .arg(codePoint(c));
        else if (c == 0xFFFE || c == 0xFFFF)
            found = QCoreApplication::translate("Text", "innehåller %1, som inte är ett tecken").arg(codePoint(c));
        else if (c == 0)
            found = QCoreApplication::translate("Text", "innehåller ett nolltecken (U+0000)");
        else if (oneLine && isBidiControl(c))
            found = QCoreApplication::translate("Text", "innehåller ett tecken som vänder textens riktning (%1)")
                        .arg(codePoint(c));
        else if (oneLine && (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029))
            found = QCoreApplication::translate("Text", "innehåller en radbrytning; skriv texten på en rad");
        else if (oneLine && isControl(c))
            found = QCoreApplication::translate("Text", "innehåller ett styrtecken (%1)").arg(codePoint(c));
        else if (kind == TextKind::Name && isFormat(c))
            found = QCoreApplication::translate("Text", "innehåller ett osynligt tecken (%1)").arg(codePoint(c));
    });
    if (found.isEmpty() && kind == TextKind::Name && !hasVisibleCharacter(text))
        found = QCoreApplication::translate("Text", "saknar synliga tecken");
    return found;
}

QString clean(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

bool hasVisibleCharacter(QStringView text)
{
    bool visible = false;
    forEachCodePoint(text, [&](char32_t c) {
        if (visible || isSpace(c) || isControl(c) || isFormat(c) || (c >= 0xD800 && c <= 0xDFFF))
            return;
        const QChar::Category category = QChar::category(c);
        visible = category != QChar::Other_NotAssigned && category != QChar::Mark_NonSpacing
            && category != QChar::Mark_Enclosing;
    });
    return visible;
}

QString lookAlikeKey(QStringView name)
{
    const QString folded = name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    bool space = false;
    forEachCodePoint(folded, [&](char32_t c) {
        if (isFormat(c) || isControl(c))
            return;
        if (isSpace(c)) {
            space = !key.isEmpty();
            return;
        }
        if (space)
            key += u' ';
        space = false;
        key += QStringView(QChar::fromUcs4(c));
    });
    return key;
}

void LookAlikes::add(const QString &name)
{
    m_exact.insert(name);
    const QString key = lookAlikeKey(name);
    if (!m_byKey.contains(key))
        m_byKey.insert(key, name);
}

QString LookAlikes::of(const QString &name) const
{
    if (m_exact.contains(name))
        return {};
    const auto it = m_byKey.constFind(lookAlikeKey(name));
    return it == m_byKey.constEnd() || it.value() == name ? QString() : it.value();
}

} // namespace fhb::text
