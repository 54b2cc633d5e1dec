// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsPanel.h"

#include "gui/widgets/LanguageChange.h"
#include "app/Icons.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace fhb::gui {

namespace {
constexpr int FieldRole = Qt::UserRole + 1;

app::IconId iconOf(Severity severity)
{
    switch (severity) {
    case Severity::Error: return app::IconId::StatusShort;
    case Severity::Warning: return app::IconId::StatusPreliminary;
    case Severity::Info: return app::IconId::StatusMissing;
    }
    return app::IconId::StatusMissing;
}
} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setAccessibleName(tr("Kontroller"));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString field = item->data(FieldRole).toString();
        if (!field.isEmpty())
            Q_EMIT fieldRequested(field);
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString field = item->data(FieldRole).toString();
        if (!field.isEmpty())
            Q_EMIT fieldRequested(field);
    });
    clear();
    onLanguageChange(this, [this] {
        m_list->setAccessibleName(tr("Kontroller"));
        showSummary();
    });
}

void FindingsPanel::clear()
{
    m_hasReport = false;
    m_findings.clear();
    m_subject.clear();
    m_list->clear();
    showSummary();
}

void FindingsPanel::setFindings(const QList<Finding> &findings, const QString &subject)
{
    m_hasReport = true;
    m_findings = findings;
    m_subject = subject;
    m_list->clear();
    for (const Finding &finding : findings) {
        const QString line = tr("%1: %2").arg(severityName(finding.severity), finding.message);
        auto *item = new QListWidgetItem(app::icon(iconOf(finding.severity)), line, m_list);
        item->setData(FieldRole, finding.field);
        item->setToolTip(finding.field.isEmpty() ? line : QString(line % u"\n" % tr("Klicka för att gå till fältet.")));
    }
    showSummary();
}

QStringList FindingsPanel::lines() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts.append(m_list->item(row)->text());
    return texts;
}

void FindingsPanel::showSummary()
{
    if (!m_hasReport) {
        m_summary->setText(tr("Öppna en årsredovisning för att se dess kontroller."));
        return;
    }
    int errors = 0;
    for (const Finding &finding : m_findings)
        errors += finding.severity == Severity::Error;
    const int warnings = int(m_findings.size()) - errors;
    if (m_findings.isEmpty())
        m_summary->setText(tr("%1: inga fel och inga varningar.").arg(m_subject));
    else if (warnings == 1)
        m_summary->setText(tr("%1: %2 fel, 1 varning.").arg(m_subject).arg(errors));
    else
        m_summary->setText(tr("%1: %2 fel, %3 varningar.").arg(m_subject).arg(errors).arg(warnings));
}

} // namespace fhb::gui
