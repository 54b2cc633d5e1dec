// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDropHandler.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>
#include <QUrl>

namespace fhb::gui {

namespace {

constexpr int kMessageMs = 10000;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

bool isReportFile(const QString &path)
{
    return suffixOf(path) == QLatin1String("json");
}

bool isLedgerFile(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
}

QString names(const QStringList &paths)
{
    QStringList list;
    for (const QString &path : paths)
        list << QFileInfo(path).fileName();
    return list.join(QStringLiteral(", "));
}

} // namespace

FileDropHandler::FileDropHandler(QMainWindow *window) : QObject(window), m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool FileDropHandler::acceptsDrag(const QMimeData *mime)
{
    return !localFiles(mime).isEmpty();
}

bool FileDropHandler::isImportFile(const QString &path)
{
    return isReportFile(path) || isLedgerFile(path);
}

bool FileDropHandler::handleDrop(const QMimeData *mime)
{
    return handleFiles(localFiles(mime));
}

bool FileDropHandler::handleFiles(const QStringList &paths)
{
    QStringList reports;
    QStringList ledgers;
    QStringList others;
    for (const QString &path : paths) {
        if (isReportFile(path))
            reports << path;
        else if (isLedgerFile(path))
            ledgers << path;
        else
            others << path;
    }
    if (!reports.isEmpty()) {
        if (!ledgers.isEmpty() || !others.isEmpty())
            refuse(tr("Bara rapportfilerna (.json) importeras; %1 togs inte med. Släpp en bokföringsfil för sig.")
                       .arg(names(ledgers + others)));
        Q_EMIT reportFilesDropped(reports);
        return true;
    }
    if (ledgers.size() == 1 && others.isEmpty()) {
        Q_EMIT ledgerFileDropped(ledgers.constFirst());
        return true;
    }
    if (ledgers.size() > 1)
        refuse(tr("Släpp en bokföringsfil i taget: %1 släpptes samtidigt.").arg(names(ledgers)));
    else
        refuse(tr("%1 kan inte tas emot här: släpp rapportfiler (.json) för att importera rapporter eller en "
                  "bokföringsfil (.csv, .txt) för att läsa in utgiftsrader.")
                   .arg(names(ledgers + others)));
    return false;
}

bool FileDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!acceptsDrag(drag->mimeData()))
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!acceptsDrag(drop->mimeData()))
            return false;
        drop->acceptProposedAction();
        handleDrop(drop->mimeData());
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

void FileDropHandler::refuse(const QString &message)
{
    m_window->statusBar()->showMessage(message, kMessageMs);
}

} // namespace fhb::gui
