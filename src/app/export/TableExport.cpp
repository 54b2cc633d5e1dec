// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableExport.h"

#include "app/ModelRoles.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace fhb::app {

namespace {

QString csvCell(const QString &text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QString(u'"' + quoted + u'"');
}

// Excel runs a cell that starts with one of these as a formula (CSV injection).
QString defused(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && risky.contains(text.front()) ? QString(u'\'' + text) : text;
}

} // namespace

TableExport::Cell TableExport::cell(const QAbstractItemModel &model, int row, int column, bool withDecoration)
{
    const QModelIndex index = model.index(row, column);
    Cell c;
    c.text = index.data(Qt::DisplayRole).toString();
    const QVariant ore = index.data(AmountOreRole);
    if (ore.isValid() && !ore.isNull())
        c.ore = ore.toLongLong();
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    c.rightAligned = alignment.isValid() ? (alignment.toInt() & Qt::AlignRight) != 0 : c.ore.has_value();
    if (withDecoration)
        c.decoration = index.data(Qt::DecorationRole);
    return c;
}

TableExport::RowKind TableExport::rowKind(const QAbstractItemModel &model, int row)
{
    switch (model.index(row, 0).data(RowKindRole).toInt()) {
    case 1: return RowKind::Member;
    case 2: return RowKind::Total;
    default: return RowKind::Ordinary;
    }
}

QStringList TableExport::header(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return texts;
}

QString TableExport::csvAmount(Ore ore)
{
    // Integer arithmetic: kronor and öre apart, so no amount ever passes through a double.
    const bool negative = ore < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(ore) : quint64(ore);
    return QString((negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / kOrePerKrona) + u','
                   + QStringLiteral("%1").arg(magnitude % kOrePerKrona, 2, 10, QChar(u'0')));
}

QString TableExport::csvTextCell(const QString &text)
{
    return csvCell(defused(text));
}

QByteArray TableExport::csv(const QAbstractItemModel &model)
{
    QStringList headerCells;
    for (const QString &text : header(model))
        headerCells << csvCell(defused(text));
    QString out = headerCells.join(u';') + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        const bool member = rowKind(model, r) == RowKind::Member;
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            const Cell cell = TableExport::cell(model, r, c);
            QString text = cell.ore ? csvAmount(*cell.ore) : defused(cell.text.trimmed());
            if (c == 0 && member && !cell.ore)
                text.prepend(QStringLiteral("  "));
            cells << csvCell(text);
        }
        out += cells.join(u';') + QStringLiteral("\r\n");
    }
    return "\xEF\xBB\xBF" + out.toUtf8();
}

storage::OutputStatus TableExport::writeCsv(const QAbstractItemModel &model, const QString &path)
{
    return storage::OutputFile::write(path, csv(model));
}

storage::OutputStatus TableExport::writePdf(const QAbstractItemModel &model, const PdfOptions &options,
                                            const QString &path)
{
    // A refused target is refused before the PDF is laid out.
    if (const storage::OutputStatus refused = storage::OutputFile::check(path); !refused)
        return refused;
    const Result<QByteArray> bytes = pdf(model, options);
    if (!bytes)
        return storage::OutputStatus::failure(storage::OutputErrorKind::Other, bytes.error());
    return storage::OutputFile::write(path, bytes.value());
}

} // namespace fhb::app
