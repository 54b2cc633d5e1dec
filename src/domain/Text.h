// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

namespace fhb::text {

/// What a piece of text is, for the rules of docs/reliability.md, "Input that cannot deceive".
enum class TextKind {
    Name,      ///< a party's or an agreement's name: one line, a visible character, nothing invisible
    Line,      ///< one-line fields: categories, sources, titles, signature fields, decision body
    Footnote,  ///< a footnote or a line's note: line breaks allowed, at most kMaxFootnoteLength
    Paragraph, ///< events, staff resources, notes, obligations: line breaks allowed
};

constexpr qsizetype kMaxLineLength = 1000;
constexpr qsizetype kMaxFootnoteLength = 100000;
constexpr qsizetype kMaxParagraphLength = 100000;

/// The longest text of `kind`, in UTF-16 code units (what the editors count).
qsizetype maxLength(TextKind kind);

/// Why `text` is not acceptable as `kind`, as a Swedish phrase that follows the field's
/// name ("innehåller ett styrtecken (U+0007)"); empty when it is. Refused everywhere: lone
/// surrogates, U+FFFE/U+FFFF, NUL and text over maxLength(). Names and one-line fields also
/// refuse every control character, line and paragraph separators, and bidi embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069); names refuse invisible format
/// characters (zero-width space, soft hyphen, …) and need a visible character. Paragraphs
/// and footnotes keep what was written (a quoted right-to-left name, a tab). Whether a
/// field may be empty is the caller's rule, except for names.
QString problem(QStringView text, TextKind kind);

/// Names and one-line fields as stored: Unicode NFC, white space trimmed at both ends.
QString clean(const QString &text);

/// True when `text` has a character that shows: not white space, control or format.
bool hasVisibleCharacter(QStringView text);

/// The form two names share when a reader could not tell them apart: NFKC, case folded,
/// invisible characters dropped, runs of white space (NBSP too) as one space, trimmed.
QString lookAlikeKey(QStringView name);

/// Existing names, to refuse a new one that differs only in case, spacing or invisible
/// characters ("liknar den befintliga parten 'Örebro kommun'").
class LookAlikes
{
public:
    void add(const QString &name);
    /// The first added name that looks like `name` but is not exactly it; empty when none.
    QString of(const QString &name) const;

private:
    QHash<QString, QString> m_byKey;
    QSet<QString> m_exact;
};

} // namespace fhb::text
