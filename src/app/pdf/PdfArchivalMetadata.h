// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fhb::app {

/// The document information an archived PDF carries (PDF/A-1b: the Info dictionary and the
/// XMP metadata must say the same).
struct PdfMetadata {
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;          ///< the program that made the content
    QString producer;         ///< the PDF library
    QString language = QStringLiteral("sv-SE"); ///< BCP 47, written as the catalog's /Lang
    QDateTime created;        ///< UTC; also the modification date
};

/// Completes a PDF/A-1b file written by QPdfWriter with what Qt 6.4 cannot write itself:
/// /Author, /Subject, /Keywords and /ModDate in the Info dictionary, the document language
/// (/Lang) in the catalog, and an XMP packet (dc:title, dc:creator, dc:description,
/// dc:language, pdfaid part 1 conformance B) that matches the Info dictionary. It is appended
/// as an incremental update (ISO 19005-1 allows them), so Qt's bytes stay as they are.
/// Fails with a Swedish sentence when `pdf` does not have the structure QPdfWriter writes.
Result<QByteArray> withArchivalMetadata(const QByteArray &pdf, const PdfMetadata &metadata);

} // namespace fhb::app
