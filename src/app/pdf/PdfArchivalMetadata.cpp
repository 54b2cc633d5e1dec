// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfArchivalMetadata.h"

#include "AnnualReportPdf.h"

#include "app/Logging.h"

#include <QRegularExpression>

namespace fhb::app {

namespace {

// A PDF text string in UTF-16BE with a byte-order mark, hex-encoded: no escaping needed.
QByteArray pdfText(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xFF);
    }
    return '<' + bytes.toHex() + '>';
}

QByteArray xml(const QString &text) { return text.toHtmlEscaped().toUtf8(); }

QByteArray xmpPacket(const PdfMetadata &m, const QByteArray &date)
{
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
         "<dc:format>application/pdf</dc:format>\n"
         "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(m.title) + "</rdf:li></rdf:Alt></dc:title>\n"
         "<dc:creator><rdf:Seq><rdf:li>" + xml(m.author) + "</rdf:li></rdf:Seq></dc:creator>\n"
         "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(m.subject) + "</rdf:li></rdf:Alt></dc:description>\n"
         "<dc:language><rdf:Bag><rdf:li>" + xml(m.language) + "</rdf:li></rdf:Bag></dc:language>\n"
         "</rdf:Description>\n";
    x += "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
         "<xmp:CreatorTool>" + xml(m.creator) + "</xmp:CreatorTool>\n"
         "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
         "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
         "</rdf:Description>\n";
    x += "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
         "<pdf:Producer>" + xml(m.producer) + "</pdf:Producer>\n"
         "<pdf:Keywords>" + xml(m.keywords) + "</pdf:Keywords>\n"
         "</rdf:Description>\n";
    x += "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
         "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
         "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n";
    // Padding lets a later tool edit the packet in place, as XMP recommends.
    x += QByteArray(20, ' ') + "\n<?xpacket end=\"w\"?>";
    return x;
}

struct Trailer {
    int size = 0;
    int root = 0;
    QByteArray id;
    qint64 startXref = 0;
};

std::optional<Trailer> readTrailer(const QByteArray &pdf)
{
    const qsizetype at = pdf.lastIndexOf("trailer");
    if (at < 0)
        return std::nullopt;
    const QString tail = QString::fromLatin1(pdf.mid(at));
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression id(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    static const QRegularExpression start(QStringLiteral("startxref\\s+(\\d+)"));
    const auto s = size.match(tail), r = root.match(tail), i = id.match(tail), x = start.match(tail);
    if (!s.hasMatch() || !r.hasMatch() || !i.hasMatch() || !x.hasMatch())
        return std::nullopt;
    return Trailer{s.captured(1).toInt(), r.captured(1).toInt(), i.captured(1).toLatin1(), x.captured(1).toLongLong()};
}

// The catalog dictionary's body (between << and >>) of object `number`.
std::optional<QByteArray> catalogBody(const QByteArray &pdf, int number)
{
    const QByteArray head = '\n' + QByteArray::number(number) + " 0 obj\n<<";
    const qsizetype begin = pdf.indexOf(head);
    if (begin < 0)
        return std::nullopt;
    const qsizetype bodyStart = begin + head.size();
    const qsizetype end = pdf.indexOf(">>\nendobj", bodyStart);
    if (end < 0)
        return std::nullopt;
    return pdf.mid(bodyStart, end - bodyStart);
}

QByteArray xrefEntry(qint64 offset) { return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n"; }

} // namespace

Result<QByteArray> withArchivalMetadata(const QByteArray &pdf, const PdfMetadata &m)
{
    const auto trailer = readTrailer(pdf);
    const auto catalog = trailer ? catalogBody(pdf, trailer->root) : std::nullopt;
    if (!trailer || !catalog || !pdf.endsWith("%%EOF\n")) {
        qCWarning(lcPdf) << "unexpected PDF structure from QPdfWriter";
        return Result<QByteArray>::failure(ErrorKind::Io, AnnualReportPdf::tr("PDF-filen kunde inte kompletteras med arkivuppgifter: "
                                              "den har inte den form som väntades. Rapportera felet."));
    }
    const int infoNumber = trailer->size;
    const int xmpNumber = trailer->size + 1;
    QByteArray body = *catalog;
    static const QRegularExpression metadataRef(QStringLiteral("/Metadata\\s+\\d+\\s+0\\s+R"));
    body = QString::fromLatin1(body).remove(metadataRef).toLatin1();
    body += "/Metadata " + QByteArray::number(xmpNumber) + " 0 R\n/Lang " + pdfText(m.language)
        + "\n/ViewerPreferences << /DisplayDocTitle true >>\n";

    const QDateTime at = m.created.toUTC();
    const QByteArray pdfDate = "D:" + at.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
    const QByteArray xmpDate = at.toString(Qt::ISODate).toLatin1();
    const QByteArray packet = xmpPacket(m, xmpDate);

    QByteArray out = pdf;
    const qint64 catalogAt = out.size();
    out += QByteArray::number(trailer->root) + " 0 obj\n<<" + body + ">>\nendobj\n";
    const qint64 infoAt = out.size();
    out += QByteArray::number(infoNumber) + " 0 obj\n<<\n/Title " + pdfText(m.title) + "\n/Author " + pdfText(m.author)
        + "\n/Subject " + pdfText(m.subject) + "\n/Keywords " + pdfText(m.keywords) + "\n/Creator " + pdfText(m.creator)
        + "\n/Producer " + pdfText(m.producer) + "\n/CreationDate (" + pdfDate + ")\n/ModDate (" + pdfDate
        + ")\n>>\nendobj\n";
    const qint64 xmpAt = out.size();
    out += QByteArray::number(xmpNumber) + " 0 obj\n<<\n/Type /Metadata /Subtype /XML\n/Length "
        + QByteArray::number(packet.size()) + "\n>>\nstream\n" + packet + "\nendstream\nendobj\n";
    const qint64 xrefAt = out.size();
    out += "xref\n" + QByteArray::number(trailer->root) + " 1\n" + xrefEntry(catalogAt) + QByteArray::number(infoNumber)
        + " 2\n" + xrefEntry(infoAt) + xrefEntry(xmpAt);
    out += "trailer\n<<\n/Size " + QByteArray::number(xmpNumber + 1) + "\n/Info " + QByteArray::number(infoNumber)
        + " 0 R\n/Root " + QByteArray::number(trailer->root) + " 0 R\n/Prev " + QByteArray::number(trailer->startXref)
        + "\n/ID " + trailer->id + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace fhb::app
