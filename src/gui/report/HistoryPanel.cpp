// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPanel.h"

#include "gui/widgets/LanguageChange.h"
#include "gui/widgets/TableSetup.h"
#include "app/report/HistoryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace fhb::gui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new app::HistoryModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    setUpReadOnlyTable(m_view);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Historik"));
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateCaption);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateCaption);
    updateCaption();
    onLanguageChange(this, [this] {
        m_view->setAccessibleName(tr("Historik"));
        updateCaption();
    });
}

void HistoryPanel::setDocument(app::ReportDocument *document, const QString &subject)
{
    m_subject = document ? subject : QString();
    m_model->setDocument(document);
    updateCaption();
}

void HistoryPanel::updateCaption()
{
    if (m_subject.isEmpty())
        m_caption->setText(tr("Öppna en årsredovisning för att se vem som ändrat vad och när."));
    else if (!m_model->lastError().isEmpty())
        m_caption->setText(m_model->lastError());
    else if (m_model->rowCount() == 0)
        m_caption->setText(tr("%1: inga ändringar är loggade.").arg(m_subject));
    else if (m_model->rowCount() == 1)
        m_caption->setText(tr("%1: en ändring.").arg(m_subject));
    else
        m_caption->setText(tr("%1: %2 ändringar, den senaste först.").arg(m_subject).arg(m_model->rowCount()));
}

QStringList HistoryPanel::lines() const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells.append(m_model->index(row, column).data().toString());
        texts.append(cells.join(QStringLiteral(" · ")));
    }
    return texts;
}

} // namespace fhb::gui
