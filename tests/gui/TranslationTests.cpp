// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "gui/report/AnnualReportEditor.h"
#include "gui/HelpViewer.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/i18n/Translations.h"

#include "app/exchange/ExchangeFile.h"
#include "app/report/ReportDocument.h"
#include "domain/Money.h"
#include "storage/Database.h"

#include <QFile>
#include <QComboBox>
#include <QGroupBox>
#include <QToolButton>
#include <QTableView>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace fhb;
using gui::MainWindow;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QString labelText(const QWidget *parent, const char *name)
{
    const auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return test::plainSpaces(label->text());
}

struct Catalogue {
    int messages = 0;
    QStringList unfinished; ///< sources whose translation is unfinished, vanished, obsolete or empty
};

Catalogue readCatalogue(const QString &language)
{
    QFile file(QStringLiteral(FHB_SOURCE_DIR "/resources/translations/folkhalsobok_%1.ts").arg(language));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Catalogue catalogue;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
            ++catalogue.messages;
        } else if (xml.name() == QStringLiteral("translation")) {
            const bool finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
            const bool plural = xml.attributes().hasAttribute(QStringLiteral("numerus"));
            const QString text = plural ? QStringLiteral("-") : xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!finished || text.trimmed().isEmpty())
                catalogue.unfinished.append(source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return catalogue;
}

// Every message of a .ts file as "context: source" (": comment" appended when disambiguated),
// and the contexts that hold them.
struct Messages {
    QSet<QString> contexts;
    QSet<QString> messages;
};

Messages readMessages(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Messages read;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QStringLiteral("message"))
            read.messages.insert(source);
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("name")) {
            context = xml.readElementText();
            read.contexts.insert(context);
        } else if (xml.name() == QStringLiteral("source")) {
            source = context + QStringLiteral(": ") + xml.readElementText();
        } else if (xml.name() == QStringLiteral("comment")) {
            source += QStringLiteral(": ") + xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return read;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

// lupdate over every layer's sources and forms, as `update_translations` runs it, into a
// fresh catalogue: what the code asks for today. Its warnings name the tr() calls whose
// context the runtime would not ask for (a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS,
// a namespace, a free function).
struct Extraction {
    Messages fresh;
    QStringList warnings;
};

Extraction extractFromSources()
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("fresh_en.ts"));
    const QString src = QStringLiteral(FHB_SOURCE_DIR "/src");
    QProcess lupdate;
    lupdate.start(QStringLiteral(FHB_LUPDATE_PATH),
                  {QStringLiteral("-I"), src, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"), src,
                   QStringLiteral(FHB_SOURCE_DIR "/ui"), QStringLiteral("-ts"), ts});
    REQUIRE(lupdate.waitForFinished(120000));
    const QString errors = QString::fromUtf8(lupdate.readAllStandardError());
    INFO(errors.toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    Extraction extraction{readMessages(ts), {}};
    for (const QString &line : errors.split(u'\n', Qt::SkipEmptyParts))
        if (line.contains(QStringLiteral("lacks Q_OBJECT macro")) || line.contains(QStringLiteral("cannot be called")))
            extraction.warnings.append(QString(line).remove(QStringLiteral(FHB_SOURCE_DIR "/")));
    return extraction;
}

// Only a plain QTranslator with our English catalogue, for one test.
struct EnglishCatalogue {
    QTranslator translator;
    EnglishCatalogue()
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/folkhalsobok_en.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    ~EnglishCatalogue() { QCoreApplication::removeTranslator(&translator); }
};

// Translators switched for one test, and back to Swedish after it.
struct Language {
    gui::Translations translations;
    explicit Language(const QString &language) { translations.setLanguage(language); }
    ~Language() { translations.setLanguage(QStringLiteral("sv")); }
};

} // namespace

TEST_CASE("the English catalogue is complete with no unfinished entries", "[gui][translation]")
{
    // Swedish is the source language and has no catalogue (docs/translations.md).
    const Catalogue catalogue = readCatalogue(QStringLiteral("en"));
    CHECK(catalogue.messages > 400);
    CHECK(catalogue.unfinished == QStringList());
}

TEST_CASE("the English catalogue holds exactly the contexts and messages the sources have", "[gui][translation]")
{
    const Messages committed =
        readMessages(QStringLiteral(FHB_SOURCE_DIR "/resources/translations/folkhalsobok_en.ts"));
    const Messages fresh = extractFromSources().fresh;
    INFO("Refresh the catalogue: cmake --build build --target update_translations (docs/translations.md)");
    // Contexts no code asks for any more, and messages under them.
    CHECK(sorted(committed.contexts - fresh.contexts) == QStringList());
    CHECK(sorted(committed.messages - fresh.messages) == QStringList());
    // Messages the code asks for that the catalogue lacks: they would stay Swedish.
    CHECK(sorted(fresh.messages - committed.messages) == QStringList());
}

TEST_CASE("every translated string has a context that lupdate and the runtime agree on", "[gui][translation]")
{
    // A tr() in a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, in a free function or
    // through a helper with its own context is filed by lupdate under a context the program
    // never asks for, and stays Swedish in the English UI.
    const Extraction extraction = extractFromSources();
    CHECK(extraction.warnings == QStringList());
    QSet<QString> dead;
    static const QRegularExpression lacking(QStringLiteral("Class '([^']+)' lacks Q_OBJECT macro"));
    for (const QString &warning : extraction.warnings)
        if (const QRegularExpressionMatch match = lacking.match(warning); match.hasMatch())
            dead.insert(match.captured(1));
    const Messages committed =
        readMessages(QStringLiteral(FHB_SOURCE_DIR "/resources/translations/folkhalsobok_en.ts"));
    CHECK(sorted(committed.contexts & dead) == QStringList());
}

TEST_CASE("with only a plain QTranslator and the English catalogue the lower layers speak English", "[gui][translation]")
{
    EnglishCatalogue english;
    // domain: an amount that cannot be read
    const QString amount = money::parse(u"abc").error();
    CHECK(amount.startsWith(QStringLiteral("The amount 'abc' ")));
    CHECK(amount.endsWith(QStringLiteral(" Write for example 3 434 000, 145 tkr or 1 393 038,50.")));
    // storage: a database file that is not there, and a database opened read-only
    test::Scratch scratch;
    storage::OpenError error;
    CHECK(storage::Database::open(scratch.path(QStringLiteral("missing.db")), {}, &error).get() == nullptr);
    CHECK(error.message.startsWith(QStringLiteral("The database file ")));
    CHECK(error.message.endsWith(QStringLiteral(" does not exist. Check the path, or create a new database.")));
    test::DemoFixture f;
    storage::OpenOptions readOnly;
    readOnly.forceReadOnly = true;
    const std::unique_ptr<storage::Database> db = storage::Database::open(f.path, readOnly, &error);
    REQUIRE(db.get() != nullptr);
    CHECK(db->readOnlyReason().startsWith(QStringLiteral("The database is opened read-only.")));
    // app: an exchange file that is no JSON object
    CHECK(app::exchangeFromJson("[]").error()
          == QStringLiteral("the file must contain a JSON object with \"format\" and \"version\""));
}

TEST_CASE("the English UI shows English menus and report headings", "[gui][translation]")
{
    Language english(QStringLiteral("en"));
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    CHECK(menuTitles(window) == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                            QStringLiteral("&Help")});
    CHECK(window.documentTabs()->tabText(0) == QStringLiteral("Overview"));
    CHECK(window.statusText().endsWith(QStringLiteral(" · Writable")));
    gui::AnnualReportEditor *editor = window.openReport(QStringLiteral("Örebro kommun"), 2023);
    REQUIRE(editor);
    CHECK(labelText(editor, "titleLabel") == QStringLiteral("Annual report 2023 \u2014 Örebro kommun"));
    CHECK(labelText(editor, "totalExpensesCaption") == QStringLiteral("Total expenses"));
    CHECK(labelText(editor, "contributionCaption") == QStringLiteral("Municipal contribution"));
    CHECK(editor->findChild<QGroupBox *>(QStringLiteral("expensesGroup"))->title() == QStringLiteral("Expenses"));
    CHECK(editor->findChild<QTableView *>(QStringLiteral("expensesView"))->model()->headerData(0, Qt::Horizontal).toString()
          == QStringLiteral("Category"));
    // A message of the storage layer, translated under its class's context.
    CHECK(editor->document()->reopen(QStringLiteral("x")).error().contains(QStringLiteral("approved")));
}

TEST_CASE("changing the language in the settings re-translates the open window at once", "[gui][translation]")
{
    test::DemoFixture f;
    gui::Translations translations;
    translations.setLanguage(QStringLiteral("sv"));
    MainWindow window(f.settings);
    window.setTranslations(&translations);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    REQUIRE(menuTitles(window).first() == QStringLiteral("&Arkiv"));

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        test::whenModal([language](QWidget *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            combo->setCurrentIndex(combo->findData(language));
            test::clickButton(dialog, QDialogButtonBox::Ok);
        });
        window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        QApplication::processEvents();
        CHECK(f.settings.language() == language);
        CHECK(menuTitles(window).first() == (language == QStringLiteral("en") ? QStringLiteral("&File") : QStringLiteral("&Arkiv")));
        CHECK(window.documentTabs()->tabText(0) == (language == QStringLiteral("en") ? QStringLiteral("Overview") : QStringLiteral("Översikt")));
        // The overview's own form, filters and export button follow too.
        const auto *exportButton = window.findChild<QToolButton *>(QStringLiteral("exportButton"));
        REQUIRE(exportButton);
        CHECK(exportButton->text() == (language == QStringLiteral("en") ? QStringLiteral("Expo&rt") : QStringLiteral("Expo&rtera")));
        const auto *show = window.findChild<QComboBox *>(QStringLiteral("show"));
        REQUIRE(show);
        CHECK(show->itemText(0) == (language == QStringLiteral("en") ? QStringLiteral("All") : QStringLiteral("Alla")));
    }
}

TEST_CASE("F1 opens the user guide at the section of the current screen", "[gui][help]")
{
    test::DemoFixture f;
    MainWindow window(f.settings);
    REQUIRE(window.openDatabase(f.path));
    window.show();
    window.showHelp();
    REQUIRE(window.helpViewer());
    CHECK(window.helpViewer()->isVisible());
    CHECK(window.helpViewer()->currentSection() == QStringLiteral("Översikten"));
    REQUIRE(window.openReport(QStringLiteral("Örebro kommun"), 2023));
    QAction *help = window.findChild<QAction *>(QStringLiteral("actionUserGuide"));
    REQUIRE(help);
    CHECK(help->shortcut() == QKeySequence(Qt::Key_F1));
    help->trigger();
    CHECK(window.helpViewer()->currentSection() == QStringLiteral("Årsredovisningen"));
    CHECK(window.helpViewer()->plainText().contains(QStringLiteral("Kommunens insats")));
}
