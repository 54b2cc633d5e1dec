// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMainWindow;
class QMimeData;

namespace fhb::gui {

/// Files dropped on the main window (an event filter it installs on `window`, which it makes
/// accept drops). Local files only:
/// - .json files (one or more) → reportFilesDropped(): received reports to import;
/// - one .csv or .txt file → ledgerFileDropped(): a ledger export for the current report;
/// - anything else is refused with a status-bar message naming the file.
/// Mixing kinds in one drop takes the .json files and says that the rest was left out.
class FileDropHandler : public QObject
{
    Q_OBJECT
public:
    explicit FileDropHandler(QMainWindow *window);

    /// What a drop of `mime` does: emits the signals and shows the refusals (for tests and
    /// the event filter). Returns false when nothing of it could be used.
    bool handleDrop(const QMimeData *mime);
    /// The same for files named otherwise, e.g. on the command line by a double-click on an
    /// exchange file in the file manager (the desktop entry's %f).
    bool handleFiles(const QStringList &paths);
    /// Whether a drag carrying `mime` is offered a drop here (it carries local files).
    static bool acceptsDrag(const QMimeData *mime);
    /// Whether `path` goes to an import (an exchange file, a ledger CSV) rather than being a
    /// database: the rule of drops and of a file named on the command line.
    static bool isImportFile(const QString &path);

Q_SIGNALS:
    void reportFilesDropped(const QStringList &paths);
    void ledgerFileDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refuse(const QString &message);

    QMainWindow *m_window;
};

} // namespace fhb::gui
