// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveInfoLabel.h"

#include "app/pdf/AnnualReportPdf.h"
#include "app/exchange/ReportFingerprint.h"

#include <QCoreApplication>

namespace fhb::gui {

ArchiveInfoLabel::ArchiveInfoLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("archiveInfoLabel"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(6, 0, 6, 0);
    hide();
}

QString ArchiveInfoLabel::identityLine(const app::AnnualReportPdf &pdf)
{
    const QString fingerprint = pdf.fingerprint();
    if (fingerprint.isEmpty())
        return {};
    // The footer's own sentences (context AnnualReportPdf), so both languages match the PDF.
    const QString grouped = app::groupedFingerprint(fingerprint);
    return pdf.version() > 0
        ? QCoreApplication::translate("AnnualReportPdf", "Version %1 · SHA-256 %2").arg(pdf.version()).arg(grouped)
        : QCoreApplication::translate("AnnualReportPdf", "SHA-256 %1").arg(grouped);
}

void ArchiveInfoLabel::showReport(const app::AnnualReportPdf &pdf)
{
    const QString line = identityLine(pdf);
    setText(line);
    setToolTip(line.isEmpty() ? QString()
                              : tr("Arkivuppgifter för den godkända årsredovisningen: samma version och "
                                   "SHA-256-fingeravtryck står längst ned på varje sida i PDF-filen. Stämmer de med "
                                   "en utskrift har innehållet inte ändrats sedan den skrevs ut."));
    setAccessibleName(tr("Arkivuppgifter"));
    setVisible(!line.isEmpty());
}

void ArchiveInfoLabel::clearReport()
{
    clear();
    setToolTip(QString());
    hide();
}

} // namespace fhb::gui
