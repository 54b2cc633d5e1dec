// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>

namespace fhb::gui {

/// Asks where to save a file of one type (QFileDialog::getSaveFileName, parented to `parent`,
/// starting at `proposed`) and returns the chosen path, with `suffix` added when the name does
/// not already end in its last extension (".fhb.json" is added to a name without ".json");
/// empty when the user cancelled.
QString askSaveFileName(QWidget *parent, const QString &title, const QString &proposed, const QString &filter,
                        const QString &suffix, QFileDialog::Options options = {});

} // namespace fhb::gui
