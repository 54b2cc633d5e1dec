// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpViewer.h"

#include "gui/widgets/LanguageChange.h"
#include "ui_HelpViewer.h"

#include <QImage>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

namespace fhb::gui {

HelpViewer::HelpViewer(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HelpViewer>())
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    loadGuide();
    onLanguageChange(this, [this] {
        m_ui->retranslateUi(this);
        loadGuide();
    });
}

HelpViewer::~HelpViewer() = default;

void HelpViewer::loadGuide()
{
    // The guide of the interface language: its file name is itself a translated string.
    const QString file = tr("user-guide.md", "the user guide's file name in this language");
    if (file == m_loadedFile)
        return;
    m_loadedFile = file;
    m_ui->browser->setSource(QUrl(QString(u"qrc:/help/" % file)), QTextDocument::MarkdownResource);
    fitImages();
}

void HelpViewer::fitImages()
{
    // The screenshots are full-window captures: shown at most this wide, in proportion.
    constexpr qreal kMaxWidth = 720;
    QTextDocument *document = m_ui->browser->document();
    QList<std::pair<QTextFragment, QTextImageFormat>> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QTextImageFormat format = it.fragment().charFormat().toImageFormat(); format.isValid())
                images.append({it.fragment(), format});
    for (auto [fragment, format] : images) {
        const QVariant data = m_ui->browser->loadResource(QTextDocument::ImageResource, QUrl(format.name()));
        QImage image = data.value<QImage>();
        if (image.isNull())
            image = QImage::fromData(data.toByteArray());
        if (image.isNull() || image.width() <= kMaxWidth)
            continue;
        format.setWidth(kMaxWidth);
        format.setHeight(image.height() * kMaxWidth / image.width());
        QTextCursor cursor(document);
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

bool HelpViewer::showSection(const QString &heading)
{
    loadGuide();
    m_section.clear();
    const QTextDocument *document = m_ui->browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text().trimmed() != heading)
            continue;
        QTextCursor cursor(block);
        m_ui->browser->setTextCursor(cursor);
        // Put the heading at the top of the view, not merely somewhere visible.
        m_ui->browser->verticalScrollBar()->setValue(m_ui->browser->verticalScrollBar()->maximum());
        m_ui->browser->ensureCursorVisible();
        m_section = heading;
        return true;
    }
    m_ui->browser->verticalScrollBar()->setValue(0);
    return false;
}

QString HelpViewer::plainText() const
{
    return m_ui->browser->toPlainText();
}

} // namespace fhb::gui
