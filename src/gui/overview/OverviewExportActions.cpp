// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewExportActions.h"

#include "gui/widgets/FileDialogs.h"
#include "app/Settings.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>

namespace fhb::gui {

namespace {

QString suffix(OverviewExportActions::Format format)
{
    switch (format) {
    case OverviewExportActions::Format::Excel: return QStringLiteral(".xlsx");
    case OverviewExportActions::Format::Csv: return QStringLiteral(".csv");
    case OverviewExportActions::Format::Pdf: return QStringLiteral(".pdf");
    }
    return {};
}

QString call(const std::function<QString()> &f)
{
    return f ? f() : QString();
}

} // namespace

OverviewExportActions::OverviewExportActions(QWidget *window, app::Settings &settings, OverviewExportSource source)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_source(std::move(source))
    , m_excel(new QAction(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")), QString(), this))
    , m_csv(new QAction(QIcon::fromTheme(QStringLiteral("text-csv")), QString(), this))
    , m_pdf(new QAction(QIcon::fromTheme(QStringLiteral("application-pdf")), QString(), this))
{
    m_excel->setObjectName(QStringLiteral("actionExportOverviewExcel"));
    m_csv->setObjectName(QStringLiteral("actionExportOverviewCsv"));
    m_pdf->setObjectName(QStringLiteral("actionExportOverviewPdf"));
    connect(m_excel, &QAction::triggered, this, [this] { exportAs(Format::Excel); });
    connect(m_csv, &QAction::triggered, this, [this] { exportAs(Format::Csv); });
    connect(m_pdf, &QAction::triggered, this, [this] { exportAs(Format::Pdf); });
    retranslate();
}

void OverviewExportActions::retranslate()
{
    m_excel->setText(tr("Exportera till &Excel…"));
    m_excel->setToolTip(tr("Spara översikten som Excel-arbetsbok: bladet Översikt som på skärmen och bladet Rader "
                           "med ett år per rad; beloppen är tal i kronor"));
    m_csv->setText(tr("Exportera till &CSV…"));
    m_csv->setToolTip(tr("Spara översikten som semikolonseparerad text för svenska Excel (UTF-8)"));
    m_pdf->setText(tr("Exportera till &PDF…"));
    m_pdf->setToolTip(tr("Spara översikten som liggande A4 med diagrammet för den valda raden"));
}

QString OverviewExportActions::proposedFilePath(Format format) const
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = call(m_source.title).simplified();
    if (name.isEmpty())
        name = tr("Samverkansöversikt");
    name.replace(refused, QStringLiteral("-"));
    return QDir(m_settings.exportDirectory()).filePath(QString(name + suffix(format)));
}

bool OverviewExportActions::exportAs(Format format)
{
    QString filter;
    QString caption;
    switch (format) {
    case Format::Excel:
        caption = tr("Exportera översikten till Excel");
        filter = tr("Excel-arbetsbok (*.xlsx)");
        break;
    case Format::Csv:
        caption = tr("Exportera översikten till CSV");
        filter = tr("CSV-fil för Excel (*.csv)");
        break;
    case Format::Pdf:
        caption = tr("Exportera översikten till PDF");
        filter = tr("PDF-dokument (*.pdf)");
        break;
    }
    const QString path = askSaveFileName(m_window, caption, proposedFilePath(format), filter, suffix(format));
    return !path.isEmpty() && exportTo(format, path);
}

Status OverviewExportActions::write(Format format, const QString &path) const
{
    const QAbstractItemModel *matrix = m_source.matrix ? m_source.matrix() : nullptr;
    if (!matrix)
        return Status::failure(tr("Det finns ingen översikt att exportera: öppna en databas först."));
    switch (format) {
    case Format::Excel: {
        QList<app::TableExport::Sheet> sheets{{tr("Översikt"), matrix}};
        if (const QAbstractItemModel *rows = m_source.rows ? m_source.rows() : nullptr)
            sheets.append({tr("Rader"), rows});
        return app::TableExport::writeXlsx(sheets, path);
    }
    case Format::Csv: return app::TableExport::writeCsv(*matrix, path);
    case Format::Pdf: {
        app::TableExport::PdfOptions options;
        options.title = call(m_source.title);
        if (options.title.isEmpty())
            options.title = tr("Samverkansöversikt");
        const QString filter = call(m_source.subtitle);
        const QString date = QDate::currentDate().toString(Qt::ISODate);
        options.subtitle = filter.isEmpty() ? tr("Utdrag %1").arg(date) : tr("%1 · utdrag %2").arg(filter, date);
        options.chart = m_source.chart ? m_source.chart() : app::TableExport::ChartPainter();
        options.chartTitle = call(m_source.chartTitle);
        return app::TableExport::writePdf(*matrix, options, path);
    }
    }
    return {};
}

bool OverviewExportActions::exportTo(Format format, const QString &path)
{
    const Status written = write(format, path);
    if (!written) {
        QMessageBox::warning(m_window, tr("Översikten kunde inte exporteras"), written.error());
        return false;
    }
    m_settings.setLastExportDirectory(QFileInfo(path).absolutePath());
    const QString message = tr("Översikten är exporterad till %1")
                                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    if (auto *main = qobject_cast<QMainWindow *>(m_window ? m_window->window() : nullptr))
        main->statusBar()->showMessage(message, 10000);
    Q_EMIT statusMessage(message);
    return true;
}

} // namespace fhb::gui
