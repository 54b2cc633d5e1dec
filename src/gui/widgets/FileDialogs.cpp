// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

namespace fhb::gui {

QString askSaveFileName(QWidget *parent, const QString &title, const QString &proposed, const QString &filter,
                        const QString &suffix, QFileDialog::Options options)
{
    QString path = QFileDialog::getSaveFileName(parent, title, proposed, filter, nullptr, options);
    if (path.isEmpty())
        return {};
    const QString extension = suffix.mid(suffix.lastIndexOf(u'.'));
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

} // namespace fhb::gui
