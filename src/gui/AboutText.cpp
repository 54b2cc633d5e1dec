// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutText.h"

#include "app/EngineInfo.h"
#include "app/Workspace.h"

#include <QDir>
#include <QtGlobal>

namespace fhb::gui {

QString AboutText::html(app::Workspace *workspace)
{
    QString database;
    if (workspace) {
        const int schema = workspace->database().schemaVersion();
        database = tr("<p>Databas: %1<br>Schemaversion %2 (programmet skriver version %3)%4</p>")
                       .arg(QDir::toNativeSeparators(workspace->path()).toHtmlEscaped())
                       .arg(schema)
                       .arg(app::latestSchemaVersion())
                       .arg(workspace->isReadOnly() ? tr(", öppnad skrivskyddad") : QString());
    } else {
        database = tr("<p>Ingen databas är öppen.</p>");
    }
    return tr("<h3>Folkhälsobok %1</h3>"
              "<p>Bokföring av folkhälsoavtal: årsredovisningar, ersättning och medfinansiering "
              "mellan en region och dess kommuner, länsdelar och organisationer.</p>"
              "<p>Fri programvara under GNU General Public License version 3 eller senare "
              "(GPL-3.0-or-later). Programmet levereras utan garanti.</p>"
              "<p>Qt %2 · SQLite %3</p>")
               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                    app::sqliteLibraryVersion())
        + database;
}

} // namespace fhb::gui
