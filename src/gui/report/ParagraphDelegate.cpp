// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParagraphDelegate.h"

#include "app/report/ReportCommands.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTimer>

namespace fhb::gui {

namespace {
constexpr int kMinimumEditorHeight = 90;
constexpr int kMargin = 6;
}

ParagraphDelegate::ParagraphDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *ParagraphDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("paragraphEditor"));
    editor->setAccessibleName(tr("Stycke"));
    editor->setToolTip(tr("Texten sparas medan du skriver. Enter avslutar, Skift+Enter ger en ny rad, Ctrl+Z ångrar."));
    editor->setTabChangesFocus(true);
    // Written while typed (after a short pause), so a crash loses at most the last moment of typing.
    auto *typingPause = new QTimer(editor);
    typingPause->setSingleShot(true);
    typingPause->setInterval(app::kTypingCommitMs);
    connect(editor, &QPlainTextEdit::textChanged, typingPause, qOverload<>(&QTimer::start));
    connect(typingPause, &QTimer::timeout, this, [this, editor] {
        Q_EMIT const_cast<ParagraphDelegate *>(this)->commitData(editor);
    });
    return editor;
}

void ParagraphDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // The view calls this again after each write made while typing: keep the cursor then.
    auto *text = qobject_cast<QPlainTextEdit *>(editor);
    if (text && text->toPlainText() != index.data(Qt::EditRole).toString())
        text->setPlainText(index.data(Qt::EditRole).toString());
}

void ParagraphDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *text = qobject_cast<QPlainTextEdit *>(editor);
    if (text && text->toPlainText() != index.data(Qt::EditRole).toString())
        model->setData(index, text->toPlainText(), Qt::EditRole);
}

void ParagraphDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), kMinimumEditorHeight));
    editor->setGeometry(rect);
}

QSize ParagraphDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Wrap to the view's width so a long paragraph shows whole.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() - 2 * kMargin : 400;
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, qMax(width, 100), 100000),
                                                        Qt::TextWordWrap, text.isEmpty() ? QStringLiteral("M") : text);
    return {qMax(width, 100), bounds.height() + 2 * kMargin};
}

bool ParagraphDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QPlainTextEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace fhb::gui
