// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/export/TableExport.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QAction;
class QWidget;

namespace fhb::app {
class Settings;
}

namespace fhb::gui {

/// Where the overview's exports get what the screen shows. Every function is called at the
/// moment of export, so the filters in force then are what ends up in the file.
struct OverviewExportSource {
    /// The matrix exactly as shown (with its filters): sheet "Översikt", the CSV, the PDF table.
    std::function<const QAbstractItemModel *()> matrix;
    /// The flat rows (app::CofundingBalanceModel): sheet "Rader" of the workbook; may return nullptr.
    std::function<const QAbstractItemModel *()> rows;
    /// "Samverkansöversikt 2021–2024": the PDF's title and the proposed file name.
    std::function<QString()> title;
    /// The filter in words ("Alla delregioner · endast underskott"); the date is added.
    std::function<QString()> subtitle;
    /// The selected row's chart and its heading; an empty painter when no row is selected.
    std::function<app::TableExport::ChartPainter()> chart;
    std::function<QString()> chartTitle;
};

/// The overview's three exports: "Exportera till Excel…" (sheets Översikt and Rader),
/// "Exportera till CSV…" (the matrix, for Swedish Excel) and "Exportera till PDF…" (landscape A4:
/// the matrix and the chart of the selected row), all written by app::TableExport from the same
/// models the screen shows. Each asks for a file (proposing "{title}.xlsx" in the last export
/// folder, remembered in app::Settings), then reports the result: success in the window's status
/// bar (and statusMessage()), failure in a message box with the reason.
/// Wiring: `auto *exports = new OverviewExportActions(this, settings, source);` then add
/// exports->actions() to a tool bar or menu.
class OverviewExportActions : public QObject
{
    Q_OBJECT
public:
    OverviewExportActions(QWidget *window, app::Settings &settings, OverviewExportSource source);

    QAction *excelAction() const { return m_excel; }
    QAction *csvAction() const { return m_csv; }
    QAction *pdfAction() const { return m_pdf; }
    QList<QAction *> actions() const { return {m_excel, m_csv, m_pdf}; }

    enum class Format { Excel, Csv, Pdf };
    /// "Samverkansöversikt 2021–2024.xlsx" in the last export folder (else the documents folder).
    QString proposedFilePath(Format format) const;
    /// Asks where to save, then writes; false when cancelled or failed.
    bool exportAs(Format format);
    /// Writes `format` to `path` without asking, then reports as above.
    bool exportTo(Format format, const QString &path);

    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    Status write(Format format, const QString &path) const;

    QPointer<QWidget> m_window;
    app::Settings &m_settings;
    OverviewExportSource m_source;
    QAction *m_excel;
    QAction *m_csv;
    QAction *m_pdf;
};

} // namespace fhb::gui
