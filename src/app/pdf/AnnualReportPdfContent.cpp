// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualReportPdfContent.h"

#include <QPainter>

namespace fhb::app {

namespace {

// Sizes in points.
constexpr qreal kTitle = 18;
constexpr qreal kParty = 13;
constexpr qreal kHeading = 12.5;
constexpr qreal kBody = 10.5;
constexpr qreal kSmall = 8.5;

QString amountText(Ore amount) { return money::format(amount); }

// "100 %" rather than "100,00 %" for the usual whole ratios.
QString ratioText(int basisPoints)
{
    return basisPoints % 100 == 0 ? QString(QString::number(basisPoints / 100) + QStringLiteral("\u00a0%"))
                                  : percent::format(basisPoints);
}

} // namespace

AnnualReportPdfContent::AnnualReportPdfContent(const AnnualReport &report, const CofundingFacts &facts,
                                               const AnnualReportPdfStyle &style)
    : m_report(report), m_facts(facts), m_style(style)
{
}

QList<FlowPiece> AnnualReportPdfContent::pieces() const
{
    QList<FlowPiece> out;
    QList<Footnote> notes;
    addTitle(out);
    addFigures(out, notes);
    addCofunding(out);
    addHeading(out, tr("Tre viktiga händelser"), 9);
    addParagraph(out, tr("Bland våra viktiga händelser för arbete med jämlik hälsa under %1 vill vi nämna följande:")
                          .arg(m_report.year), 0, 0, false, true);
    addBullets(out, m_report.events, tr("Inga händelser har angetts."));
    addHeading(out, tr("Beskrivning av personalresurser för folkhälsoarbete"), 9);
    addBullets(out, m_report.staffResources, tr("Ingen beskrivning har angetts."));
    addFootnotes(out, notes);
    addSignature(out);
    return out;
}

void AnnualReportPdfContent::addTitle(QList<FlowPiece> &out) const
{
    const AnnualReportPdfStyle *s = &m_style;
    const QFont title = s->font(kTitle, true);
    const QFont period = s->font(kBody);
    const QFont party = s->font(kParty);
    const QString titleText = tr("Årsredovisning %1").arg(m_report.year);
    const QString periodText = QString(m_report.periodStart.toString(Qt::ISODate) + QStringLiteral(" - ")
                                       + m_report.periodEnd.toString(Qt::ISODate));
    const QString partyText = m_report.party;
    const qreal titleHeight = s->lineHeight(title);
    const qreal height = titleHeight + s->lineHeight(party) + s->mm(3);
    FlowPiece piece;
    piece.kind = FlowPiece::Kind::Block;
    piece.height = height;
    piece.label = titleText;
    piece.paint = [=](QPainter &p, qreal top, bool) {
        const QRectF body = s->body();
        s->text(p, title, body.left(), top, titleText, s->accent());
        // The period sits on the title's baseline, at the right margin, as in the seed.
        const qreal baseline = top + s->ascent(title);
        s->textRight(p, period, body.right(), baseline - s->ascent(period), periodText, s->ink());
        s->text(p, party, body.left(), top + titleHeight, partyText, s->ink());
        s->line(p, body.left(), body.right(), top + height - s->mm(1), 0.8, s->accent());
    };
    out << piece;
}

void AnnualReportPdfContent::addFigures(QList<FlowPiece> &out, QList<Footnote> &notes) const
{
    const AnnualReportPdfStyle *s = &m_style;
    const QFont caption = s->font(kSmall - 0.5);
    const QString captionText = tr("Belopp i kronor");
    FlowPiece head;
    head.height = s->lineHeight(caption);
    head.spaceBefore = s->mm(4);
    head.keepWithNext = true;
    head.label = captionText;
    head.paint = [=](QPainter &p, qreal top, bool) { s->textRight(p, caption, s->body().right(), top, captionText, s->muted()); };
    out << head;

    const QString expenses = tr("Utgifter");
    for (qsizetype i = 0; i < m_report.expenses.size(); ++i) {
        const ExpenseLine &line = m_report.expenses[i];
        int number = 0;
        if (!line.footnote.trimmed().isEmpty()) {
            number = int(notes.size()) + 1;
            notes.append({number, line.footnote.trimmed()});
        }
        addRow(out, expenses, i == 0, line.category, number, line.amountOre);
    }
    if (m_report.expenses.isEmpty())
        addRow(out, expenses, true, tr("Inga utgifter har angetts."), 0, 0);
    addTotal(out, tr("Totalt utgifter"), m_report.totalExpensesOre(), false);

    const QString revenues = tr("Intäkter");
    for (qsizetype i = 0; i < m_report.revenues.size(); ++i) {
        const RevenueLine &line = m_report.revenues[i];
        int number = 0;
        if (!line.note.trimmed().isEmpty()) {
            number = int(notes.size()) + 1;
            notes.append({number, line.note.trimmed()});
        }
        addRow(out, revenues, i == 0, line.source, number, line.amountOre);
        out.last().spaceBefore = i == 0 ? s->mm(5) : 0;
    }
    if (m_report.revenues.isEmpty()) {
        addRow(out, revenues, true, tr("Inga intäkter har angetts."), 0, 0);
        out.last().spaceBefore = s->mm(5);
    }
    addTotal(out, tr("Totalt intäkter"), m_report.totalRevenuesOre(), false);
    addTotal(out, tr("Kommunens insats"), m_report.contributionOre(), true);
}

void AnnualReportPdfContent::addRow(QList<FlowPiece> &out, const QString &section, bool first, const QString &text,
                                    int footnote, Ore amount) const
{
    const AnnualReportPdfStyle *s = &m_style;
    const QFont label = s->font(kBody, true);
    const QFont body = s->font(kBody);
    const QFont superscript = s->font(kBody * 0.62);
    const qreal textWidth = s->body().width() - s->labelWidth() - s->amountWidth() - s->mm(4);
    const QStringList lines = s->wrap(text, body, textWidth);
    const qreal lineHeight = s->lineHeight(body);
    const QString amountString = amountText(amount);
    const QString continued = tr("%1 (forts.)").arg(section);
    const QString mark = footnote > 0 ? QString::number(footnote) : QString();
    FlowPiece piece;
    piece.kind = FlowPiece::Kind::Row;
    piece.height = lineHeight * lines.size() + s->mm(0.6);
    piece.label = QString(text + u' ' + amountString);
    piece.paint = [=](QPainter &p, qreal top, bool pageTop) {
        const qreal left = s->body().left();
        if (first || pageTop)
            s->text(p, label, left, top, first ? section : continued, s->ink());
        const qreal x = left + s->labelWidth();
        for (qsizetype i = 0; i < lines.size(); ++i)
            s->text(p, body, x, top + i * lineHeight, lines[i], s->ink());
        if (!mark.isEmpty()) {
            const qreal after = x + s->width(body, lines.last()) + s->mm(0.4);
            // Raised by a third of the body size: clearly a footnote mark, yet on the same text
            // line for copy and search ("Lönekostnader1", as in the seed).
            const qreal baseline = top + (lines.size() - 1) * lineHeight + s->ascent(body) - s->mm(1.1);
            s->text(p, superscript, after, baseline - s->ascent(superscript), mark, s->ink());
        }
        s->textRight(p, body, s->body().right(), top + (lines.size() - 1) * lineHeight, amountString, s->ink());
    };
    out << piece;
}

void AnnualReportPdfContent::addTotal(QList<FlowPiece> &out, const QString &text, Ore amount, bool strong) const
{
    const AnnualReportPdfStyle *s = &m_style;
    const QFont font = s->font(strong ? kBody + 1.5 : kBody, true);
    const QString amountString = amountText(amount);
    const qreal gap = s->mm(1.2);
    FlowPiece piece;
    piece.kind = FlowPiece::Kind::Row;
    piece.height = gap + s->lineHeight(font) + (strong ? s->mm(1.2) : 0);
    piece.spaceBefore = strong ? s->mm(5) : s->mm(0.5);
    piece.label = QString(text + u' ' + amountString);
    piece.paint = [=](QPainter &p, qreal top, bool) {
        const QRectF body = s->body();
        // Totals sit under a rule across the figures; the contribution closes the table with a
        // heavier rule above and below, as a municipal statement does.
        const qreal from = strong ? body.left() : body.left() + s->labelWidth();
        s->line(p, from, body.right(), top + s->mm(0.3), strong ? 1.0 : 0.5, strong ? s->ink() : s->rule());
        s->text(p, font, strong ? body.left() : body.left() + s->labelWidth(), top + gap, text, s->ink());
        s->textRight(p, font, body.right(), top + gap, amountString, s->ink());
        if (strong)
            s->line(p, from, body.right(), top + gap + s->lineHeight(font) + s->mm(0.4), 1.0, s->ink());
    };
    out << piece;
}

void AnnualReportPdfContent::addHeading(QList<FlowPiece> &out, const QString &text, qreal spaceBeforeMm) const
{
    const AnnualReportPdfStyle *s = &m_style;
    const QFont font = s->font(kHeading, true);
    const QStringList lines = s->wrap(text, font, s->body().width());
    const qreal lineHeight = s->lineHeight(font);
    FlowPiece piece;
    piece.kind = FlowPiece::Kind::Heading;
    piece.height = lineHeight * lines.size() + s->mm(1.5);
    piece.spaceBefore = s->mm(spaceBeforeMm);
    piece.keepWithNext = true;
    piece.label = text;
    piece.paint = [=](QPainter &p, qreal top, bool) {
        for (qsizetype i = 0; i < lines.size(); ++i)
            s->text(p, font, s->body().left(), top + i * lineHeight, lines[i], s->accent());
    };
    out << piece;
}

void AnnualReportPdfContent::addParagraph(QList<FlowPiece> &out, const QString &text, qreal indentMm, qreal spaceBeforeMm,
                                          bool bullet, bool keepLastWithNext) const
{
    const AnnualReportPdfStyle *s = &m_style;
    const QFont font = s->font(kBody);
    const qreal indent = s->mm(indentMm);
    const QStringList lines = s->wrap(text, font, s->body().width() - indent);
    const qreal lineHeight = s->lineHeight(font);
    const qsizetype n = lines.size();
    for (qsizetype i = 0; i < n; ++i) {
        FlowPiece piece;
        piece.kind = FlowPiece::Kind::TextLine;
        piece.height = lineHeight;
        piece.spaceBefore = i == 0 ? s->mm(spaceBeforeMm) : 0;
        // At least two lines of a paragraph stay together at either end of a page.
        piece.keepWithNext = (i == 0 && n > 1) || (i == n - 2) || (i == n - 1 && keepLastWithNext);
        piece.label = lines[i];
        const QString line = lines[i];
        const bool marker = bullet && i == 0;
        piece.paint = [=](QPainter &p, qreal top, bool) {
            if (marker)
                s->text(p, font, s->body().left() + indent - s->mm(4.5), top, QStringLiteral("•"), s->ink());
            s->text(p, font, s->body().left() + indent, top, line, s->ink());
        };
        out << piece;
    }
}

void AnnualReportPdfContent::addBullets(QList<FlowPiece> &out, const QStringList &items, const QString &emptyText) const
{
    QStringList present;
    for (const QString &item : items)
        if (!item.trimmed().isEmpty())
            present << item;
    if (present.isEmpty()) {
        addParagraph(out, emptyText, 0, 2, false);
        return;
    }
    for (const QString &item : present)
        addParagraph(out, item, 6, 2.5, true);
}

void AnnualReportPdfContent::addCofunding(QList<FlowPiece> &out) const
{
    addHeading(out, tr("Medfinansiering enligt överenskommelse"), 9);
    if (m_facts.rows.isEmpty())
        addParagraph(out, tr("Ingen överenskommelse med ersättning för %1 gäller %2, så ingen medfinansiering prövas.")
                              .arg(m_report.year).arg(m_report.party), 0, 0, false);
    for (const BalanceRow &row : m_facts.rows)
        addCofundingRow(out, row);
    for (const QString &note : m_facts.notes)
        addParagraph(out, note, 0, 2, false);
}

void AnnualReportPdfContent::addCofundingRow(QList<FlowPiece> &out, const BalanceRow &row) const
{
    const AnnualReportPdfStyle *s = &m_style;
    const QFont font = s->font(kBody, false, true);
    const QString title = row.isMemberRow
        ? tr("Åtagande som medlem i %1 (%2)").arg(row.counterparty, row.agreement)
        : (row.party == m_report.party ? row.agreement : tr("%1, för %2 med medlemmar").arg(row.agreement, row.party));
    FlowPiece head;
    head.kind = FlowPiece::Kind::Heading;
    head.height = s->lineHeight(font) + s->mm(0.5);
    head.spaceBefore = s->mm(1.5);
    head.keepWithNext = true;
    head.label = title;
    head.paint = [=](QPainter &p, qreal top, bool) { s->text(p, font, s->body().left(), top, title, s->ink()); };
    out << head;

    const QString preliminary = row.preliminary ? tr(" (preliminär)") : QString();
    if (!row.isMemberRow)
        addKeyValue(out, QString(tr("Ersättning från regionen %1").arg(row.year) + preliminary),
                    money::format(row.compensationOre), false);
    const QString required = row.isMemberRow
        ? tr("Åtagande enligt överenskommelsen")
        : tr("Krav på egen insats (%1 av ersättningen)").arg(ratioText(row.cofundingRatioBp));
    addKeyValue(out, required, money::format(row.requiredOre), false);
    addKeyValue(out, row.isMemberRow || row.party == m_report.party ? tr("Insats som räknas mot kravet")
                                                                     : tr("Insats som räknas mot kravet (alla rapporter)"),
                money::format(row.contributionOre), false);
    addKeyValue(out, tr("Saldo"), money::format(row.balanceOre, {.explicitPlus = true}), true);
    QString status;
    switch (row.status) {
    case BalanceStatus::Ok: status = QString(QStringLiteral("✓ ") + balanceStatusName(row.status)); break;
    case BalanceStatus::Short: status = QString(QStringLiteral("✗ ") + balanceStatusName(row.status)); break;
    case BalanceStatus::MissingReport: status = QString(QStringLiteral("? ") + balanceStatusName(row.status)); break;
    case BalanceStatus::TooLarge: status = QString(QStringLiteral("✗ ") + balanceStatusName(row.status)); break;
    }
    if (const auto ratio = cofundingRatioHundredths(row.contributionOre, row.compensationOre); ratio && !row.isMemberRow)
        status += tr(", medfinansieringsgrad %1").arg(percent::format(int(*ratio), false));
    addKeyValue(out, tr("Status"), QString(status + preliminary), true);
}

void AnnualReportPdfContent::addKeyValue(QList<FlowPiece> &out, const QString &key, const QString &value, bool strong) const
{
    const AnnualReportPdfStyle *s = &m_style;
    const QFont keyFont = s->font(kBody);
    const QFont valueFont = s->font(kBody, strong);
    FlowPiece piece;
    piece.kind = FlowPiece::Kind::Row;
    piece.height = s->lineHeight(keyFont);
    piece.label = QString(key + u' ' + value);
    piece.paint = [=](QPainter &p, qreal top, bool) {
        s->text(p, keyFont, s->body().left() + s->mm(4), top, key, s->ink());
        s->textRight(p, valueFont, s->body().right(), top, value, s->ink());
    };
    out << piece;
}

void AnnualReportPdfContent::addFootnotes(QList<FlowPiece> &out, const QList<Footnote> &notes) const
{
    if (notes.isEmpty())
        return;
    const AnnualReportPdfStyle *s = &m_style;
    const QFont font = s->font(kSmall);
    const QFont number = s->font(kSmall * 0.8);
    const qreal lineHeight = s->lineHeight(font);
    FlowPiece separator;
    separator.kind = FlowPiece::Kind::Rule;
    separator.height = s->mm(2.5);
    separator.spaceBefore = s->mm(8);
    separator.keepWithNext = true;
    separator.label = QStringLiteral("—");
    separator.paint = [=](QPainter &p, qreal top, bool) {
        s->line(p, s->body().left(), s->body().left() + s->mm(45), top + s->mm(0.5), 0.5, s->ink());
    };
    out << separator;
    // One piece per line, like a paragraph: a footnote longer than a page flows on to the
    // next one instead of being clipped at the bottom of its only page.
    for (const Footnote &note : notes) {
        const QStringList lines = s->wrap(note.text, font, s->body().width() - s->mm(4));
        const QString mark = QString::number(note.number);
        const qsizetype n = lines.size();
        for (qsizetype i = 0; i < n; ++i) {
            FlowPiece piece;
            piece.kind = FlowPiece::Kind::TextLine;
            piece.height = lineHeight;
            // At least two lines of a footnote stay together at either end of a page.
            piece.keepWithNext = (i == 0 && n > 1) || i == n - 2;
            piece.label = i == 0 ? QString(mark + u' ' + lines[i]) : lines[i];
            const QString line = lines[i];
            const bool first = i == 0;
            piece.paint = [=](QPainter &p, qreal top, bool) {
                if (first)
                    s->text(p, number, s->body().left(), top - s->mm(0.4), mark, s->ink());
                s->text(p, font, s->body().left() + s->mm(4), top, line, s->ink());
            };
            out << piece;
        }
    }
}

void AnnualReportPdfContent::addSignature(QList<FlowPiece> &out) const
{
    const AnnualReportPdfStyle *s = &m_style;
    const Signature &sig = m_report.signature;
    const QFont font = s->font(kBody);
    const auto person = [](const QString &name, const QString &title) {
        return title.trimmed().isEmpty() ? name.trimmed() : QString(name.trimmed() + QStringLiteral(", ") + title.trimmed());
    };
    const QString onBehalf = sig.onBehalfOfName.trimmed().isEmpty()
        ? tr("På uppdrag av: (ej angivet)")
        : tr("På uppdrag av %1").arg(person(sig.onBehalfOfName, sig.onBehalfOfTitle));
    const QString prepared = sig.preparedByName.trimmed().isEmpty() ? tr("Upprättad av: (ej angivet)")
                                                                    : person(sig.preparedByName, sig.preparedByTitle);
    const qreal lineHeight = s->lineHeight(font);
    FlowPiece piece;
    piece.kind = FlowPiece::Kind::Block;
    piece.height = 2 * lineHeight;
    piece.spaceBefore = s->mm(16);
    piece.label = onBehalf;
    piece.paint = [=](QPainter &p, qreal top, bool) {
        s->text(p, font, s->body().left(), top, onBehalf, s->ink());
        s->text(p, font, s->body().left(), top + lineHeight, prepared, s->ink());
    };
    out << piece;
}

} // namespace fhb::app
