// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace pav::selectors {

// The lexical layer of CSS Syntax Level 3 that selectors need: whitespace, comments, identifiers with escapes
// and quoted strings, read in place from the selector text. The first
// error wins; every read after it is harmless, so callers only check for it at the end of a construct.
class CssReader
{
public:
    explicit CssReader(QStringView text);

    static bool isWhitespace(QChar c);
    static bool isNameStart(QChar c);
    static bool isNameChar(QChar c);

protected:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype offset = 0) const;
    bool startsWithIgnoringCase(QStringView word) const; // at the current position
    bool isNameCharAt(qsizetype offset) const; // false past the end
    int column(qsizetype pos) const; // 1-based, in code points: an emoji before the error counts once

    bool wouldStartIdentifier(qsizetype at) const;
    bool isValidEscape(qsizetype at) const;
    QString consumeIdentifier(); // requires wouldStartIdentifier(m_pos)
    bool consumeString(QString& out);

    // Whitespace and comments. Returns whether whitespace was seen: a comment alone separates tokens but is
    // not a descendant combinator (`div/**/p` is two type selectors in a row, which is invalid).
    bool skipWhitespace();
    void skipComments();

    bool fail(const QString& message);
    bool failed() const { return m_failed; }
    const QString& errorMessage() const { return m_message; }

    QStringView m_text;
    qsizetype m_pos = 0;

private:
    bool skipComment(); // at "/*"
    void consumeEscape(QString& out);

    bool m_failed = false;
    QString m_message;
};

} // namespace pav::selectors
