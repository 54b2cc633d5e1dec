// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputNames.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <sys/stat.h>

namespace fhb::app {

namespace {

/// The longest start of `text` that is at most `maxBytes` of UTF-8 and ends on a grapheme
/// boundary, so that neither a UTF-8 sequence nor "Ö" written as O and a combining mark is cut.
QString cutToBytes(const QString &text, int maxBytes)
{
    if (text.toUtf8().size() <= maxBytes)
        return text;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype best = 0;
    for (qsizetype at = graphemes.toNextBoundary(); at > 0; at = graphemes.toNextBoundary()) {
        if (QStringView(text).left(at).toUtf8().size() > maxBytes)
            break;
        best = at;
    }
    return text.left(best);
}

/// What is at `path`, without following a symlink: 0 nothing, 1 a regular file, 2 anything else.
int presence(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return S_ISREG(st.st_mode) ? 1 : 2;
}

} // namespace

QString OutputNames::key(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString OutputNames::fileName(const QString &stem, const QString &extension, int maxBytes)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f\\x7f]"));
    QString name = stem.simplified().normalized(QString::NormalizationForm_C);
    name.replace(refused, QStringLiteral("-"));
    name = cutToBytes(name.trimmed(), maxBytes - int(extension.toUtf8().size())).trimmed();
    return QString(name + extension);
}

QString OutputNames::Batch::claim(const QString &wanted, QStringList *passedOver)
{
    const qsizetype dot = wanted.lastIndexOf(u'.');
    const QString stem = dot > 0 ? wanted.left(dot) : wanted;
    const QString extension = dot > 0 ? wanted.mid(dot) : QString();
    const QDir folder(m_folder);
    for (int n = 1;; ++n) {
        // The suffix goes inside the byte limit: a cut stem keeps room for " (n)".
        const QString suffix = n == 1 ? QString() : QStringLiteral(" (%1)").arg(n);
        const QString name = n == 1 ? wanted
                                    : QString(cutToBytes(stem, kMaxBytes - int((suffix + extension).toUtf8().size()))
                                              + suffix + extension);
        const QString k = key(name);
        if (m_taken.contains(k))
            continue;
        if (presence(folder.filePath(name)) == 2) {
            if (passedOver)
                passedOver->append(folder.filePath(name));
            m_taken.insert(k);
            continue;
        }
        m_taken.insert(k);
        return name;
    }
}

} // namespace fhb::app
