// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AnnualReport.h"

#include <QCryptographicHash>
#include <QString>

namespace fhb::test {

/// The storage tests link no app layer, so they give storage a fingerprint of their own
/// (the programs install app::reportFingerprint, src/app/exchange/ReportFingerprint.h). It
/// covers every field of the content, so a changed line changes it, as the real one does.
inline QString storageTestFingerprint(const AnnualReport &report)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(report.party);
    add(QString::number(report.year));
    add(report.periodStart.toString(Qt::ISODate));
    add(report.periodEnd.toString(Qt::ISODate));
    add(reportStatusKey(report.status));
    for (const ExpenseLine &line : report.expenses) {
        add(line.category);
        add(QString::number(line.amountOre));
        add(line.footnote);
    }
    for (const RevenueLine &line : report.revenues) {
        add(revenueKindKey(line.kind));
        add(line.source);
        add(QString::number(line.amountOre));
        add(line.note);
    }
    for (const QString &paragraph : report.events + report.staffResources)
        add(paragraph);
    add(report.signature.onBehalfOfName);
    add(report.signature.onBehalfOfTitle);
    add(report.signature.preparedByName);
    add(report.signature.preparedByTitle);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace fhb::test
