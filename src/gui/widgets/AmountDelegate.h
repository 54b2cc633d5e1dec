// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QStyledItemDelegate>

#include <optional>

namespace fhb::gui {

/// Edits an amount cell as text in every form fhb::money::parse accepts ("3 434 000",
/// "145 tkr", "1 393 038,50"). Enter or Tab with text the parser refuses keeps the editor
/// open, shows the reason beside it and stores nothing. Text it understands reaches the
/// model as öre (app::AmountOreRole); other text, left by moving away, goes as text, which
/// the model refuses the same way (ReportDocument::editRefused).
class AmountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AmountDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;

Q_SIGNALS:
    /// Typed text was refused; `reason` is the parser's Swedish sentence.
    void refused(const QString &reason) const;
    /// While typing: the amount the text means now, or nullopt when it means none yet.
    void preview(const QModelIndex &index, std::optional<fhb::Ore> amount) const;
    /// Editing ended (committed or not): previews no longer apply.
    void previewEnded() const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace fhb::gui
