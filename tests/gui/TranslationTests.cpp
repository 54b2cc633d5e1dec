// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSupport.h"

#include "gui/report/AnnualReportEditor.h"
#include "gui/HelpViewer.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/i18n/Translations.h"

#include "app/report/ReportDocument.h"

#include <QFile>
#include <QComboBox>
#include <QGroupBox>
#include <QToolButton>
#include <QTableView>
#include <QLabel>
#include <QMenuBar>
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

// Translators switched for one test, and back to Swedish after it.
struct Language {
    gui::Translations translations;
    explicit Language(const QString &language) { translations.setLanguage(language); }
    ~Language() { translations.setLanguage(QStringLiteral("sv")); }
};

} // namespace

TEST_CASE("both catalogues are complete with no unfinished entries", "[gui][translation]")
{
    for (const QString &language : {QStringLiteral("sv"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const Catalogue catalogue = readCatalogue(language);
        CHECK(catalogue.messages > 400);
        CHECK(catalogue.unfinished == QStringList());
    }
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
    // A message of the storage layer, translated through its helper's context.
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
