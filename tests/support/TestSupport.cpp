// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>

namespace Catch {

std::string StringMaker<QString>::convert(const QString &value)
{
    std::string out = "\"";
    for (QChar c : value) {
        if (c.unicode() >= 32 && c.unicode() < 127) {
            out += char(c.unicode());
        } else {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "<U+%04X>", unsigned(c.unicode()));
            out += buffer;
        }
    }
    return out + "\"";
}

std::string StringMaker<QByteArray>::convert(const QByteArray &value)
{
    return StringMaker<QString>::convert(QString::fromUtf8(value));
}

std::string StringMaker<QStringList>::convert(const QStringList &value)
{
    std::string out = "{";
    for (const QString &s : value)
        out += StringMaker<QString>::convert(s) + ", ";
    return out + "}";
}

} // namespace Catch

namespace fhb::test {

Scratch::Scratch()
{
    REQUIRE(m_dir.isValid());
}

QString Scratch::path(const QString &fileName) const
{
    return QDir(m_dir.path()).filePath(fileName);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString plainSpaces(QString text)
{
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    text.replace(QChar(0x2212), u'-');
    return text;
}

} // namespace fhb::test
