// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTranslator>

namespace fhb::gui {

/// Our own catalogue for one language: the compiled .qm first, then the same catalogue's
/// .ts looked up by source text alone. The second step catches strings whose runtime
/// context differs from the one lupdate recorded (the lower layers translate through
/// small `tr()` helper functions with a fixed context that lupdate cannot see).
class CatalogueTranslator : public QTranslator
{
    Q_OBJECT
public:
    explicit CatalogueTranslator(QObject *parent = nullptr);

    /// Loads ":/i18n/folkhalsobok_<language>.qm" and ".ts"; false when neither is there.
    bool loadLanguage(const QString &language);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override;

private:
    QHash<QString, QString> m_bySource;
};

} // namespace fhb::gui
