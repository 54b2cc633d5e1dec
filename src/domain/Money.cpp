// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QCoreApplication>
#include <QList>

#include <limits>

namespace fhb {

namespace {

constexpr QChar kNbsp(0x00A0);
constexpr QChar kNarrowNbsp(0x202F);
constexpr QChar kThinSpace(0x2009);
constexpr QChar kMinus(0x2212);

bool isGroupSpace(QChar c) { return c == u' ' || c == kNbsp || c == kNarrowNbsp || c == kThinSpace || c == u'\t'; }

struct Unit {
    QStringView word;
    qint64 multiplier; // in kronor
};

// Longest words first so that "tkr" is not read as "kr".
constexpr Unit kUnits[] = {
    {u"miljoner kronor", 1'000'000}, {u"tusen kronor", 1'000},
    {u"mnkr", 1'000'000}, {u"mkr", 1'000'000}, {u"msek", 1'000'000},
    {u"tkr", 1'000}, {u"tsek", 1'000},
    {u"kronor", 1}, {u"sek", 1}, {u"kr", 1}, {u":-", 1},
};

QString examples()
{
    return QCoreApplication::translate("Money", "Skriv till exempel 3 434 000, 145 tkr eller 1 393 038,50.");
}

QString refuse(const QString &what) { return what + u' ' + examples(); }

} // namespace

qint64 divideRoundHalfAway(WideInt numerator, WideInt denominator)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const WideInt magnitude = negative ? -numerator : numerator;
    const WideInt rounded = (magnitude * 2 + denominator) / (denominator * 2);
    const WideInt result = negative ? -rounded : rounded;
    if (result > WideInt(std::numeric_limits<qint64>::max()))
        return std::numeric_limits<qint64>::max();
    if (result < WideInt(std::numeric_limits<qint64>::min()))
        return std::numeric_limits<qint64>::min();
    return static_cast<qint64>(result);
}

namespace money {

Result<Ore> parse(QStringView input, Sign sign)
{
    QString text = input.toString().trimmed();
    for (QChar &c : text) {
        if (isGroupSpace(c))
            c = u' ';
    }
    text = text.trimmed();
    if (text.isEmpty())
        return Result<Ore>::failure(refuse(QCoreApplication::translate("Money", "Beloppet är tomt.")));

    bool negative = false;
    if (text.front() == u'-' || text.front() == kMinus) {
        negative = true;
        text = text.mid(1).trimmed();
    } else if (text.front() == u'+') {
        // format(…, explicitPlus) writes "+1 627 000": what we write must read back (found by fuzz_amount).
        text = text.mid(1).trimmed();
    }

    qint64 multiplier = 1;
    const QString lower = text.toLower();
    for (const Unit &unit : kUnits) {
        if (lower.endsWith(unit.word)) {
            multiplier = unit.multiplier;
            text.chop(unit.word.size());
            text = text.trimmed();
            break;
        }
    }
    if (text.isEmpty())
        return Result<Ore>::failure(refuse(QCoreApplication::translate("Money", "Beloppet '%1' saknar siffror.")
                                               .arg(input.toString())));

    // Split into integer digits and decimal digits. Spaces group digits in threes;
    // a comma is the decimal sign; a point is a decimal sign when one or two digits
    // follow it at the end ("1393038.50" from an English Excel), otherwise grouping.
    QString integerDigits;
    QString decimalDigits;
    bool inDecimals = false;
    const int pointCount = int(text.count(u'.'));
    QList<int> groups; // lengths of the digit runs before the decimal sign
    int run = 0;
    auto endRun = [&] {
        if (run > 0)
            groups.append(run);
        run = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            (inDecimals ? decimalDigits : integerDigits).append(c);
            if (!inDecimals)
                ++run;
        } else if (c == u' ') {
            endRun();
            if (inDecimals)
                return Result<Ore>::failure(refuse(
                    QCoreApplication::translate("Money", "Beloppet '%1' har ett mellanslag efter decimaltecknet.")
                        .arg(input.toString())));
        } else if (c == u',' || (c == u'.' && pointCount == 1 && text.size() - i - 1 <= 2 && text.size() - i - 1 >= 1)) {
            if (inDecimals)
                return Result<Ore>::failure(refuse(
                    QCoreApplication::translate("Money", "Beloppet '%1' har mer än ett decimaltecken.")
                        .arg(input.toString())));
            endRun();
            inDecimals = true;
        } else if (c == u'.') {
            endRun(); // grouping point, as in "3.434.000"
        } else if (c == u'-' || c == kMinus) {
            return Result<Ore>::failure(refuse(
                QCoreApplication::translate("Money", "Beloppet '%1': minustecknet måste stå först.")
                    .arg(input.toString())));
        } else {
            return Result<Ore>::failure(refuse(
                QCoreApplication::translate("Money", "Beloppet '%1' kunde inte tolkas: tecknet '%2' hör inte till ett belopp.")
                    .arg(input.toString(), QString(c))));
        }
    }
    endRun();
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i) != 3 || groups.front() > 3)
            return Result<Ore>::failure(refuse(
                QCoreApplication::translate("Money", "Beloppet '%1' har siffror grupperade på ett oväntat sätt; tusental skrivs i grupper om tre.")
                    .arg(input.toString())));
    }
    if (integerDigits.isEmpty() && decimalDigits.isEmpty())
        return Result<Ore>::failure(refuse(QCoreApplication::translate("Money", "Beloppet '%1' saknar siffror.")
                                               .arg(input.toString())));
    if (inDecimals && decimalDigits.isEmpty())
        return Result<Ore>::failure(refuse(
            QCoreApplication::translate("Money", "Beloppet '%1' har inga siffror efter decimaltecknet.")
                .arg(input.toString())));
    // "12,500" is 12,50 kr to a Swedish reader and 12 500 kr to an English one: three digits
    // after a lone comma could be either, so neither is guessed ("1,4 mnkr" and "2,50" are clear).
    if (inDecimals && decimalDigits.size() == 3 && multiplier == 1 && groups.size() == 1 && text.count(u',') == 1
        && decimalDigits.endsWith(u'0'))
        return Result<Ore>::failure(
            QCoreApplication::translate("Money", "Beloppet '%1' är tvetydigt: tre siffror efter kommat kan vara tusental (%2 %3) eller decimaler "
                                                 "(%2,%4). Skriv det utan komma eller med två decimaler.")
                .arg(input.toString(), integerDigits, decimalDigits, decimalDigits.left(2)));

    // Exact value in units of 10^-d kronor, then scaled to öre; must come out whole.
    while (decimalDigits.size() > 1 && decimalDigits.endsWith(u'0'))
        decimalDigits.chop(1);
    if (integerDigits.size() + decimalDigits.size() > 17)
        return Result<Ore>::failure(refuse(QCoreApplication::translate("Money", "Beloppet '%1' är för stort.")
                                               .arg(input.toString())));
    WideInt scaled = 0;
    for (QChar c : QString(integerDigits + decimalDigits))
        scaled = scaled * 10 + (c.unicode() - u'0');
    WideInt denominator = 1;
    for (qsizetype i = 0; i < decimalDigits.size(); ++i)
        denominator *= 10;
    const WideInt numerator = scaled * multiplier * kOrePerKrona;
    if (numerator % denominator != 0)
        return Result<Ore>::failure(refuse(
            QCoreApplication::translate("Money", "Beloppet '%1' har fler decimaler än hela ören.")
                .arg(input.toString())));
    const WideInt ore = numerator / denominator;
    // Keep clear of the edge so that sums of many lines cannot overflow.
    if (ore > WideInt(std::numeric_limits<qint64>::max() / 1024))
        return Result<Ore>::failure(refuse(QCoreApplication::translate("Money", "Beloppet '%1' är för stort.")
                                               .arg(input.toString())));
    if (negative && ore != 0 && sign == Sign::NonNegative)
        return Result<Ore>::failure(QCoreApplication::translate("Money", "Beloppet '%1' är negativt; här anges belopp som noll eller mer.")
                                        .arg(input.toString()));
    return Ore(negative ? -ore : ore);
}

QString format(Ore amount, FormatOptions options)
{
    const bool negative = amount < 0;
    // Work in unsigned magnitude so that the most negative value formats too.
    const quint64 magnitude = negative ? quint64(0) - quint64(amount) : quint64(amount);
    const quint64 kronor = magnitude / kOrePerKrona;
    const quint64 ore = magnitude % kOrePerKrona;

    const QString digits = QString::number(kronor);
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 8);
    const qsizetype lead = digits.size() % 3;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (i - lead) % 3 == 0)
            grouped.append(kNbsp);
        grouped.append(digits.at(i));
    }
    if (ore != 0 || options.alwaysOre)
        grouped += u',' + QStringLiteral("%1").arg(ore, 2, 10, QChar(u'0'));

    QString result;
    if (negative)
        result.append(kMinus);
    else if (options.explicitPlus && amount > 0)
        result.append(u'+');
    result += grouped;
    if (options.withUnit)
        result += kNbsp + QStringLiteral("kr");
    return result;
}

QString formatPlain(Ore amount)
{
    const bool negative = amount < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(amount) : quint64(amount);
    QString result = (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / kOrePerKrona);
    if (magnitude % kOrePerKrona != 0)
        result += u',' + QStringLiteral("%1").arg(magnitude % kOrePerKrona, 2, 10, QChar(u'0'));
    return result;
}

} // namespace money

namespace percent {

Result<int> parse(QStringView input)
{
    QString text = input.toString().trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == kMinus)) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    text.replace(u'.', u',');
    const QList<QString> parts = text.split(u',');
    auto fail = [&] {
        return Result<int>::failure(QCoreApplication::translate(
            "Money", "Procentsatsen '%1' kunde inte tolkas. Skriv till exempel 3,10 % eller 100.")
                                        .arg(input.toString()));
    };
    if (text.isEmpty() || parts.size() > 2 || parts.front().isEmpty() || parts.front().size() > 6)
        return fail();
    QString whole = parts.front();
    QString fraction = parts.size() == 2 ? parts.back() : QString();
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > 2)
        return Result<int>::failure(QCoreApplication::translate(
            "Money", "Procentsatsen '%1' har fler än två decimaler.").arg(input.toString()));
    for (QChar c : QString(whole + fraction))
        if (!(c.isDigit() && c.unicode() < 128))
            return fail();
    fraction = fraction.leftJustified(2, u'0');
    const int bp = whole.toInt() * 100 + fraction.toInt();
    return negative ? -bp : bp;
}

QString format(int basisPoints, bool withSign)
{
    const bool negative = basisPoints < 0;
    const int magnitude = negative ? -basisPoints : basisPoints;
    QString result = (negative ? QString(kMinus) : QString()) + QString::number(magnitude / 100) + u','
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QChar(u'0'));
    if (withSign)
        result += kNbsp + QStringLiteral("%");
    return result;
}

} // namespace percent

} // namespace fhb
