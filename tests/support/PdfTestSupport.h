// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers of the Pdf*.cpp tests: the demo report, poppler-utils through QProcess.
#include "TestSupport.h"

#include "app/pdf/AnnualReportPdf.h"
#include "app/demo/DemoData.h"

#include <QProcess>
#include <QRegularExpression>

namespace fhb::test {

inline Dataset demoData()
{
    const auto data = app::demoDataset();
    REQUIRE(data.ok());
    return data.value();
}

inline AnnualReport orebro2023(const Dataset &data)
{
    const AnnualReport *report = data.report(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(report);
    return *report;
}

/// Runs a poppler-utils program (/usr/bin) and returns its standard output.
inline QByteArray poppler(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(QString(QStringLiteral("/usr/bin/") + program), arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

/// The text of each page (pdftotext -layout, pages split at form feeds), with plain spaces.
inline QStringList pdfPages(const QString &file)
{
    const QString text = plainSpaces(QString::fromUtf8(poppler(QStringLiteral("pdftotext"),
                                                                {QStringLiteral("-layout"), file, QStringLiteral("-")})));
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/// The running text of a PDF without its footers, all whitespace removed: what the reader
/// sees in order, independent of where lines and pages break.
inline QString bodyTextWithoutSpace(const QString &file)
{
    static const QRegularExpression footer(QStringLiteral("^.*(Sida \\d+ av \\d+|^\\s*Version \\d+ · SHA-256|^\\s*SHA-256).*$"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString all;
    for (QString page : pdfPages(file))
        all += page.remove(footer);
    return all.remove(space);
}

inline QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return plainSpaces(text).remove(space);
}

} // namespace fhb::test
