// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageChange.h"

#include <QEvent>
#include <QWidget>

namespace fhb::gui {

namespace {

/// Watches the widget that is its parent, and dies with it.
class LanguageChangeFilter : public QObject
{
public:
    LanguageChangeFilter(QWidget *widget, std::function<void()> retranslate)
        : QObject(widget)
        , m_retranslate(std::move(retranslate))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::LanguageChange)
            m_retranslate();
        return false;
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

void onLanguageChange(QWidget *widget, std::function<void()> retranslate)
{
    new LanguageChangeFilter(widget, std::move(retranslate));
}

} // namespace fhb::gui
