// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnnualReportPdfStyle.h"
#include "ReportPageFlow.h"
#include "domain/AnnualReport.h"
#include "domain/CofundingBalance.h"

#include <QCoreApplication>

namespace fhb::app {

/// What the co-funding section of a report says, worked out from the whole dataset once.
struct CofundingFacts {
    QList<BalanceRow> rows; ///< the agreement years (and own member rows) the report counts towards
    QStringList notes;      ///< compensation-consistency sentences (warnings, or the confirmation)
};

/// Turns one annual report into the flowing pieces of the PDF, in the order of seed 000:
/// title and period, party, expenses, revenues, the municipal contribution, the co-funding
/// section, the important events, the staff resources, the footnotes and the signature.
/// The pieces paint in the style's device units; the style must outlive them.
class AnnualReportPdfContent
{
    Q_DECLARE_TR_FUNCTIONS(fhb::app::AnnualReportPdfContent)
public:
    AnnualReportPdfContent(const AnnualReport &report, const CofundingFacts &facts, const AnnualReportPdfStyle &style);
    QList<FlowPiece> pieces() const;

private:
    struct Footnote {
        int number = 0;
        QString text;
    };
    void addTitle(QList<FlowPiece> &out) const;
    void addFigures(QList<FlowPiece> &out, QList<Footnote> &notes) const;
    void addRow(QList<FlowPiece> &out, const QString &section, bool first, const QString &text, int footnote, Ore amount) const;
    void addTotal(QList<FlowPiece> &out, const QString &text, Ore amount, bool strong) const;
    void addCofunding(QList<FlowPiece> &out) const;
    void addCofundingRow(QList<FlowPiece> &out, const BalanceRow &row) const;
    void addKeyValue(QList<FlowPiece> &out, const QString &key, const QString &value, bool strong) const;
    void addHeading(QList<FlowPiece> &out, const QString &text, qreal spaceBeforeMm) const;
    void addParagraph(QList<FlowPiece> &out, const QString &text, qreal indentMm, qreal spaceBeforeMm, bool bullet,
                      bool keepLastWithNext = false) const;
    void addBullets(QList<FlowPiece> &out, const QStringList &items, const QString &emptyText) const;
    void addFootnotes(QList<FlowPiece> &out, const QList<Footnote> &notes) const;
    void addSignature(QList<FlowPiece> &out) const;

    const AnnualReport &m_report;
    const CofundingFacts &m_facts;
    const AnnualReportPdfStyle &m_style;
};

} // namespace fhb::app
