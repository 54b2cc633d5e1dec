// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeJsonScan.h"

#include "ExchangeReader.h"

#include <QList>
#include <QSet>

#include <cmath>

namespace fhb::app {

namespace {

struct Frame {
    bool object = false;
    QSet<QString> keys;
    QString key;        ///< the key of the value being read (objects)
    qsizetype index = -1; ///< the index of the value being read (arrays)
};

// A single pass over JSON that QJsonDocument has already accepted, so its syntax is sound;
// the pass still stops safely at the end of the bytes whatever they hold.
class Scanner
{
public:
    explicit Scanner(QByteArrayView json) : m_json(json) {}

    std::optional<QString> run()
    {
        bool expectKey = false;
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos];
            switch (c) {
            case '{':
                beginValue();
                m_frames.append(Frame{true, {}, {}, -1});
                expectKey = true;
                ++m_pos;
                break;
            case '[':
                beginValue();
                m_frames.append(Frame{false, {}, {}, -1});
                ++m_pos;
                break;
            case '}':
            case ']':
                if (!m_frames.isEmpty())
                    m_frames.removeLast();
                expectKey = false;
                ++m_pos;
                break;
            case ',':
                expectKey = !m_frames.isEmpty() && m_frames.last().object;
                ++m_pos;
                break;
            case ':':
                ++m_pos;
                break;
            case '"': {
                QString text;
                if (!readString(&text))
                    return m_problem;
                if (expectKey && !m_frames.isEmpty()) {
                    Frame &frame = m_frames.last();
                    frame.key = text;
                    if (frame.keys.contains(text))
                        return QString(path() + QStringLiteral(": ") + ExchangeReader::tr("fältet finns två gånger"));
                    frame.keys.insert(text);
                    expectKey = false;
                } else {
                    beginValue();
                }
                break;
            }
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    beginValue();
                    if (!readNumber())
                        return m_problem;
                } else {
                    if (c == 't' || c == 'f' || c == 'n')
                        beginValue();
                    ++m_pos;
                }
            }
        }
        return std::nullopt;
    }

private:
    void beginValue()
    {
        if (!m_frames.isEmpty() && !m_frames.last().object)
            ++m_frames.last().index;
    }

    QString path() const
    {
        QString out;
        for (const Frame &f : m_frames) {
            if (f.object && !f.key.isNull())
                out += (out.isEmpty() ? QString() : QStringLiteral(".")) + f.key;
            else if (!f.object && f.index >= 0)
                out += u'[' + QString::number(f.index) + u']';
        }
        return out;
    }

    bool refuse(const QString &reason)
    {
        const QString where = path();
        m_problem = where.isEmpty() ? reason : QString(where + QStringLiteral(": ") + reason);
        return false;
    }

    // Decodes a string from the opening quote; escapes are decoded so that "a" and "\u0061"
    // are the same key.
    bool readString(QString *text)
    {
        ++m_pos;
        // Bytes as written, decoded as UTF-8 in runs; \u escapes go in as UTF-16 code units,
        // so that a pair makes its character and lone surrogates stay apart.
        QString out;
        QByteArray raw;
        const auto flush = [&] {
            out += QString::fromUtf8(raw);
            raw.clear();
        };
        while (m_pos < m_json.size()) {
            const auto c = static_cast<unsigned char>(m_json[m_pos]);
            if (c == '"') {
                ++m_pos;
                flush();
                *text = out;
                return true;
            }
            if (c < 0x20)
                return refuse(ExchangeReader::tr("en text innehåller ett styrtecken (%1) som inte är skrivet som \\u-escape")
                                  .arg(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper()));
            if (c == '\\' && m_pos + 1 < m_json.size()) {
                const char e = m_json[m_pos + 1];
                m_pos += 2;
                switch (e) {
                case 'n': raw += '\n'; break;
                case 't': raw += '\t'; break;
                case 'r': raw += '\r'; break;
                case 'b': raw += '\b'; break;
                case 'f': raw += '\f'; break;
                case 'u': {
                    const QByteArrayView hex = m_json.sliced(m_pos, std::min<qsizetype>(4, m_json.size() - m_pos));
                    bool ok = false;
                    const uint unit = QByteArray(hex.data(), hex.size()).toUInt(&ok, 16);
                    flush();
                    out += QChar(char16_t(ok ? unit : 0xFFFD));
                    m_pos += hex.size();
                    break;
                }
                default: raw += e; break;
                }
                continue;
            }
            raw += char(c);
            ++m_pos;
        }
        return true;
    }

    bool readNumber()
    {
        const qsizetype start = m_pos;
        bool plain = true;
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos];
            if (c == '.' || c == 'e' || c == 'E')
                plain = false;
            else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9')))
                break;
            ++m_pos;
        }
        if (plain)
            return true; // integers are read exactly by QJsonDocument and range-checked by the reader
        const QByteArrayView token = m_json.sliced(start, m_pos - start);
        bool ok = false;
        const double value = QByteArray(token.data(), token.size()).toDouble(&ok);
        if (!ok || !std::isfinite(value) || std::fabs(value) >= 9007199254740992.0)
            return refuse(ExchangeReader::tr("är för stort: högst 9007199254740992 (2^53) är tillåtet, skrivet som ett heltal "
                                             "(fick %1)").arg(QString::fromLatin1(token.data(), token.size()).left(40)));
        return true;
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    QList<Frame> m_frames;
    QString m_problem;
};

} // namespace

std::optional<QString> exchangeJsonProblem(QByteArrayView json)
{
    return Scanner(json).run();
}

} // namespace fhb::app
