// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class HelpViewer;
}

namespace fhb::gui {

/// The user guide (docs/user-guide.md, or user-guide.en.md in English) compiled into the
/// program and shown offline in a window of its own, with its screenshots.
class HelpViewer : public QDialog
{
    Q_OBJECT
public:
    explicit HelpViewer(QWidget *parent = nullptr);
    ~HelpViewer() override;

    /// Shows the guide of the current language scrolled to the heading `heading` (its text
    /// as written in the guide); the top when there is no such heading. Returns whether the
    /// heading was found.
    bool showSection(const QString &heading);
    /// The heading the view was last scrolled to; empty at the top.
    QString currentSection() const { return m_section; }
    /// The guide's text as shown.
    QString plainText() const;

private:
    void loadGuide();
    void fitImages();

    std::unique_ptr<Ui::HelpViewer> m_ui;
    QString m_loadedFile; ///< file name of the guide shown
    QString m_section;
};

} // namespace fhb::gui
