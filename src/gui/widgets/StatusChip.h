// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/StatusLook.h"

#include <QWidget>

namespace fhb::gui {

/// A rounded chip showing a status as icon + word on a light tint of its colour, so the
/// status never depends on colour alone. Follows the palette's text colour (dark mode).
class StatusChip : public QWidget
{
    Q_OBJECT
public:
    explicit StatusChip(QWidget *parent = nullptr);

    void setLook(const app::StatusLook &look);
    /// Extra words after the status word, e.g. "· preliminär".
    void setSuffix(const QString &suffix);
    /// The text shown: word and suffix.
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    app::StatusLook m_look;
    QString m_suffix;
};

} // namespace fhb::gui
