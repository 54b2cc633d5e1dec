// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "app/demo/DemoData.h"
#include "app/Settings.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAction>
#include <QPushButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QKeyEvent>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace fhb::test {

/// A database in a scratch folder, made through storage; with the demo data when `demo`.
inline QString makeDatabase(const Scratch &scratch, const QString &name, bool demo)
{
    const QString path = scratch.path(name);
    storage::OpenOptions options;
    options.create = true;
    storage::OpenError error;
    std::unique_ptr<storage::Database> db = storage::Database::open(path, options, &error);
    INFO(error.message.toStdString());
    REQUIRE(db);
    if (demo)
        REQUIRE(app::loadDemoData(*db).ok());
    return path;
}

/// A scratch folder with the demo database and settings of its own.
struct DemoFixture {
    Scratch scratch;
    QString path = makeDatabase(scratch, QStringLiteral("demo.db"), true);
    app::Settings settings{scratch.path(QStringLiteral("settings.ini"))};
};

/// Runs `answer` on the next modal dialog as soon as it is shown (message boxes and our
/// dialogs run their own event loop). Checks cannot run inside it: store what you need.
/// `answer` must close the dialog.
inline void whenModal(std::function<void(QWidget *)> answer, int triesLeft = 300)
{
    QTimer::singleShot(10, qApp, [answer = std::move(answer), triesLeft]() mutable {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible()) {
            if (triesLeft > 0)
                whenModal(std::move(answer), triesLeft - 1);
            return;
        }
        answer(dialog);
    });
}

/// Clicks the button of `dialog`'s button box with role `button` (or the message box's button).
inline void clickButton(QWidget *dialog, QDialogButtonBox::StandardButton button)
{
    if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
        if (QAbstractButton *b = box->button(QMessageBox::StandardButton(int(button))))
            QTest::mouseClick(b, Qt::LeftButton);
        return;
    }
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
        if (QAbstractButton *b = buttons->button(button))
            QTest::mouseClick(b, Qt::LeftButton);
}

/// How many colours a capture has (every second pixel): a blank one has one or two, a
/// real screen hundreds (anti-aliased text).
inline int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

/// Grabs `widget` and saves it as `name` in FHB_SCREENSHOT_DIR when that is set (for
/// docs/images). Returns the capture's colour count.
inline int screenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    const QByteArray dir = qgetenv("FHB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        pixmap.save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
    return colourCount(pixmap.toImage());
}

/// Types `text` into `widget` one key press at a time, as a keyboard does. Unlike
/// QTest::keyClicks it handles å, ä, ö and every other character.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        const int key = ch.unicode() < 128 ? ch.toUpper().unicode() : int(Qt::Key_unknown);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

/// Opens the editor of cell (`row`, `column`) with Enter, as a user does, and returns it.
inline QWidget *openCellEditor(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Return);
    QApplication::processEvents();
    return view->indexWidget(index);
}

/// Types `text` into cell (`row`, `column`) and presses Enter. Returns false when no editor opened.
inline bool typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    QWidget *editor = openCellEditor(view, row, column);
    if (!editor)
        return false;
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->lineEdit())
        combo->lineEdit()->selectAll();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    return true;
}

/// Types into a line edit and presses Enter (the field commits on editingFinished).
/// The QAction with the object name `name` below `window`; the test fails when there is none.
inline QAction *action(const QWidget &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

inline void typeIntoField(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QApplication::processEvents();
}

} // namespace fhb::test
