// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Catch2 prints QString as {?} unless told how; non-ASCII is spelled out as <U+XXXX> so a
// no-break space or a minus sign that differs from the expected one is visible.
namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &value);
};
template<>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &value);
};
template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value);
};
} // namespace Catch

namespace fhb::test {

/// A fresh temporary folder for one test, removed afterwards.
class Scratch
{
public:
    Scratch();
    QString path(const QString &fileName) const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
/// Replaces U+00A0, U+202F and U+2212 by their ASCII look-alikes, for comparing text
/// that went through pdftotext or a terminal.
QString plainSpaces(QString text);

} // namespace fhb::test
