// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile text (docs/reliability.md): SQL fragments, quotes, control characters,
// bidirectional marks and very long strings come back verbatim from storage, the exchange file
// and the command line, and as visible text from the PDF.
#include "PdfTestSupport.h"
#include "StorageSupport.h"
#include "WorkbenchSupport.h"

#include "app/exchange/ExchangeFile.h"
#include "app/report/ExpenseLineModel.h"
#include "app/report/ReportDocument.h"
#include "domain/Text.h"
#include "storage/dataset/DatasetStore.h"

#include <QProcess>

using namespace fhb;
using namespace fhb::storage;
using namespace fhb::test;

namespace {

// Names and one-line fields refuse bidi overrides and control characters
// (ReliabilityInputTests.cpp); paragraphs and footnotes keep them verbatim.
const QString kPartyName = QStringLiteral("'; DROP TABLE party; -- \"Kommun\" ånäd");

QString longText(int length)
{
    QString text;
    for (int i = 0; text.size() < length; ++i)
        text += QStringLiteral("ord%1åÄ ").arg(i);
    return text.left(length);
}

QStringList hostileTexts()
{
    return {QStringLiteral("'; DROP TABLE party; --"),
            QStringLiteral("Robert'); DELETE FROM annual_report WHERE 1=1; --"),
            QStringLiteral("\"dubbla\" 'enkla' `bakåt` \\ %1 %s %n {{mall}} <b>fet</b> &amp; $(rm -rf ~)"),
            QStringLiteral("rad ett\nrad två\ttabb\r\nslut\x01\x07\x1b[31mröd\x1b[0m"),
            QString(QChar(0x202E)) + QStringLiteral("vänd text") + QChar(0x202C) + QStringLiteral(" och ") + QChar(0x200F)
                + QStringLiteral("RLM ") + QChar(0x200B) + QStringLiteral("nollbredd"),
            QStringLiteral("العربية עברית 👩‍⚕️ ﬁ"),
            longText(100000)};
}

/// A report whose every free-text field holds hostile text.
Dataset hostileDataset()
{
    const QStringList texts = hostileTexts();
    Dataset d;
    d.parties = {{0, kPartyName, PartyKind::Municipality, {}}};
    AnnualReport r = AnnualReport::forYear(kPartyName, 2023);
    for (int i = 0; i < texts.size(); ++i)
        r.expenses.append({0, text::problem(texts.at(i).left(200), text::TextKind::Line).isEmpty()
                                  ? texts.at(i).left(200) : QStringLiteral("Rad %1").arg(i),
                           qint64(100 * (i + 1)), texts.at(i)});
    r.revenues = {{0, RevenueKind::Other, texts.at(0), 500, texts.at(2)}};
    r.events = texts;
    r.staffResources = {texts.at(4), texts.at(3)};
    r.signature = {texts.at(0), texts.at(2), texts.at(5), texts.at(1)};
    d.reports = {r};
    return d;
}

const AnnualReport &onlyReport(const Dataset &d)
{
    REQUIRE(d.reports.size() == 1);
    return d.reports.first();
}

QByteArray runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(FHB_CLI_PATH), arguments);
    REQUIRE(cli.waitForFinished(120000));
    INFO(QString::fromUtf8(cli.readAllStandardError()).toStdString());
    REQUIRE(cli.exitStatus() == QProcess::NormalExit);
    REQUIRE(cli.exitCode() == 0);
    return cli.readAllStandardOutput();
}

/// What a PDF can show of `text`: control and format characters (category Cc and Cf, such as
/// U+0007 or U+202E) have no glyph, and whitespace is where lines break.
QString visible(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const QChar::Category cat = c.category();
        if (c.isSpace() || cat == QChar::Other_Control || cat == QChar::Other_Format)
            continue;
        out += c;
    }
    return out;
}

} // namespace

TEST_CASE("hostile text round-trips verbatim through storage and the exchange file", "[reliability]")
{
    const Dataset original = hostileDataset();
    const auto parsed = app::exchangeFromJson(app::exchangeToJson(original));
    INFO(parsed.error().toStdString());
    REQUIRE(parsed.ok());
    CHECK(onlyReport(*parsed).sameContent(onlyReport(original)));
    CHECK(parsed->parties.first().name == kPartyName);

    Scratch scratch;
    auto db = createDb(scratch.path(QStringLiteral("fientlig.fhb")));
    const auto imported = DatasetStore(*db).import(original);
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    const auto loaded = DatasetStore(*db).load();
    REQUIRE(loaded.ok());
    CHECK(onlyReport(*loaded).sameContent(onlyReport(original)));
    CHECK(onlyReport(*loaded).events.last().size() == 100000);
    CHECK(rawValue(*db, QStringLiteral("SELECT count(*) FROM party")).toInt() == 1);
}

TEST_CASE("hostile text round-trips verbatim through the command line and shows in the PDF", "[reliability]")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("cli.fhb"));
    const QString in = scratch.path(QStringLiteral("in.json"));
    const QString out = scratch.path(QStringLiteral("ut.json"));
    const QString pdf = scratch.path(QStringLiteral("ut.pdf"));
    const Dataset original = hostileDataset();
    writeFile(in, app::exchangeToJson(original));
    runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
    runCli({QStringLiteral("--db"), db, QStringLiteral("import"), in});
    // The party name, SQL and a right-to-left override included, is a command-line argument.
    runCli({QStringLiteral("--db"), db, QStringLiteral("export"), out, QStringLiteral("--party"), kPartyName});
    const auto exported = app::exchangeFromJson(readFile(out));
    REQUIRE(exported.ok());
    CHECK(onlyReport(*exported).sameContent(onlyReport(original)));

    runCli({QStringLiteral("--db"), db, QStringLiteral("report-pdf"), QStringLiteral("--party"), kPartyName,
            QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"), pdf});
    const QString text = visible(bodyTextWithoutSpace(pdf));
    // Emoji and Arabic ligatures depend on the fonts: the PDF promise covers the others.
    const QStringList texts = hostileTexts();
    for (const qsizetype i : {0, 1, 2, 3, 6}) {
        INFO("text " << i);
        CHECK(text.contains(visible(texts.at(i))));
    }
    // U+202E shows "vänd text" right to left: the PDF holds the glyphs in the order shown.
    QString reversed = visible(QStringLiteral("vänd text"));
    std::reverse(reversed.begin(), reversed.end());
    CHECK((text.contains(visible(texts.at(4))) || text.contains(reversed)));
}

TEST_CASE("hostile text typed into the report editor is stored and shown verbatim", "[reliability]")
{
    // The editor's table model is what the GUI's cells write through (setData with EditRole).
    Workbench bench;
    auto doc = bench.open();
    auto *expenses = new app::ExpenseLineModel(doc.get());
    for (const QString &text : hostileTexts()) {
        const QModelIndex footnote = expenses->index(0, app::ExpenseLineModel::FootnoteColumn);
        REQUIRE(expenses->setData(footnote, text));
        CHECK(expenses->data(footnote, Qt::EditRole).toString() == text);
        const auto loaded = DatasetStore(*bench.db).load();
        REQUIRE(loaded.ok());
        CHECK(onlyReport(*loaded).expenses.first().footnote == text);
    }
    doc->undoStack()->undo();
    CHECK(expenses->data(expenses->index(0, app::ExpenseLineModel::FootnoteColumn), Qt::EditRole).toString()
          == hostileTexts().at(hostileTexts().size() - 2));
}
