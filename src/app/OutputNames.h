// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace fhb::app {

/// File names the program makes up from user text (party names): safe on every file system
/// and distinct within a batch (docs/reliability.md, "Files the program writes").
class OutputNames
{
    Q_DECLARE_TR_FUNCTIONS(OutputNames)
public:
    /// The longest name, in UTF-8 bytes, that a made-up file name may have: file systems allow
    /// 255, and " (12)" and the temporary file's name must still fit.
    static constexpr int kMaxBytes = 200;

    /// `stem` + `extension` ("Årsredovisning 2023 – Örebro kommun", ".pdf"): whitespace collapsed,
    /// NFC-normalised, characters that Windows or Linux refuse (\ / : * ? " < > | and control
    /// characters) made "-", and the stem cut on a character boundary so that the whole name
    /// is at most kMaxBytes bytes of UTF-8.
    static QString fileName(const QString &stem, const QString &extension, int maxBytes = kMaxBytes);

    /// Hands out names in one folder for one batch: the first "X.pdf" is "X.pdf", the next
    /// name that equals it after NFC and case folding (a case-insensitive file system would
    /// make them one file) is "X (2).pdf", and so on. A name already taken in the folder by
    /// something that is not a regular file (a symlink, a FIFO, a device, a folder) is passed
    /// over too, so the batch never writes through it; a regular file of an earlier export is
    /// replaced.
    class Batch
    {
    public:
        explicit Batch(QString folder) : m_folder(std::move(folder)) {}
        /// The name for `wanted` (as fileName() makes it); `passedOver` gets the names that
        /// were taken by something other than a regular file.
        QString claim(const QString &wanted, QStringList *passedOver = nullptr);

    private:
        QString m_folder;
        QSet<QString> m_taken; ///< keys of the names handed out
    };

    /// The comparison key of a name: NFC, case-folded.
    static QString key(const QString &name);
};

} // namespace fhb::app
