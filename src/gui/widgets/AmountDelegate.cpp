// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmountDelegate.h"

#include "app/ModelRoles.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QToolTip>

namespace fhb::gui {

AmountDelegate::AmountDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *AmountDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("amountEditor"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setAccessibleName(tr("Belopp"));
    editor->setToolTip(tr("Skriv till exempel 3 434 000, 145 tkr eller 1 393 038,50."));
    const QPersistentModelIndex persistent(index);
    connect(editor, &QLineEdit::textEdited, this, [this, persistent](const QString &text) {
        const Result<Ore> parsed = money::parse(text);
        Q_EMIT preview(persistent, parsed ? std::optional<Ore>(parsed.value()) : std::nullopt);
    });
    return editor;
}

void AmountDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(index.data(Qt::EditRole).toString());
}

void AmountDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || line->text() == index.data(Qt::EditRole).toString())
        return;
    // The öre the text means, not the text to be parsed again; text the parser refuses (or an
    // emptied cell, which some models read as "none") goes as text, for the model to judge.
    if (const Result<Ore> parsed = money::parse(line->text()); parsed && !line->text().trimmed().isEmpty())
        model->setData(index, qint64(*parsed), app::AmountOreRole);
    else
        model->setData(index, line->text(), Qt::EditRole);
}

void AmountDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    // Only when the view closes the editor: not while the whole page is being torn down.
    Q_EMIT previewEnded();
    QStyledItemDelegate::destroyEditor(editor, index);
}

bool AmountDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    if (line && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            const Result<Ore> parsed = money::parse(line->text());
            if (!parsed) {
                // Refused in place: the editor stays open with the text selected, nothing is stored.
                line->selectAll();
                QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), parsed.error(), line);
                Q_EMIT refused(parsed.error());
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace fhb::gui
