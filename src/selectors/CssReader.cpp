// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectors/CssReader.h"

#include <QCoreApplication>

namespace pav::selectors {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::selectors::SelectorParser)
};

constexpr char32_t ReplacementCharacter = 0xFFFD;

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

char32_t hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= '9')
        return u - '0';
    return (u | 0x20) - 'a' + 10;
}

bool isNewline(QChar c) { return c == u'\n' || c == u'\r' || c == u'\f'; }
} // namespace

CssReader::CssReader(QStringView text)
    : m_text(text)
{ }

bool CssReader::isWhitespace(QChar c) { return c == u' ' || c == u'\t' || isNewline(c); }

bool CssReader::isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    // NUL is read as U+FFFD, which like every non-ASCII code point may start a name.
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80 || u == 0;
}

bool CssReader::isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return isNameStart(c) || (u >= '0' && u <= '9') || u == '-';
}

QChar CssReader::peek(qsizetype offset) const
{
    const qsizetype at = m_pos + offset;
    return at < m_text.size() ? m_text[at] : QChar();
}

int CssReader::column(qsizetype pos) const
{
    int column = 1;
    for (qsizetype i = 0; i < pos && i < m_text.size(); ++i) {
        if (!m_text[i].isLowSurrogate())
            ++column;
    }
    return column;
}

bool CssReader::isNameCharAt(qsizetype offset) const
{
    return m_pos + offset < m_text.size() && isNameChar(m_text[m_pos + offset]);
}

bool CssReader::startsWithIgnoringCase(QStringView word) const
{
    return m_text.sliced(m_pos).startsWith(word, Qt::CaseInsensitive);
}

bool CssReader::isValidEscape(qsizetype at) const
{
    return at < m_text.size() && m_text[at] == u'\\' && !(at + 1 < m_text.size() && isNewline(m_text[at + 1]));
}

bool CssReader::wouldStartIdentifier(qsizetype at) const
{
    if (at >= m_text.size())
        return false;
    const QChar c = m_text[at];
    if (c == u'-') {
        if (at + 1 >= m_text.size())
            return false;
        const QChar next = m_text[at + 1];
        return isNameStart(next) || next == u'-' || isValidEscape(at + 1);
    }
    return isNameStart(c) || isValidEscape(at);
}

void CssReader::consumeEscape(QString& out)
{
    ++m_pos; // the backslash
    if (atEnd()) {
        out.append(QChar(ReplacementCharacter));
        return;
    }
    if (isHexDigit(m_text[m_pos])) {
        char32_t value = 0;
        for (int digits = 0; digits < 6 && !atEnd() && isHexDigit(m_text[m_pos]); ++digits, ++m_pos)
            value = value * 16 + hexValue(m_text[m_pos]);
        if (!atEnd() && isWhitespace(m_text[m_pos])) {
            // One whitespace ends the escape ("\31 23" is "123"); CR LF counts as one.
            if (m_text[m_pos] == u'\r' && peek(1) == u'\n')
                ++m_pos;
            ++m_pos;
        }
        if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            value = ReplacementCharacter;
        out.append(QString::fromUcs4(&value, 1));
        return;
    }
    out.append(m_text[m_pos] == QChar(0) ? QChar(ReplacementCharacter) : m_text[m_pos]);
    ++m_pos;
}

QString CssReader::consumeIdentifier()
{
    QString out;
    while (!atEnd()) {
        const QChar c = m_text[m_pos];
        if (c == QChar(0)) {
            out.append(QChar(ReplacementCharacter));
            ++m_pos;
        } else if (isNameChar(c)) {
            out.append(c);
            ++m_pos;
        } else if (isValidEscape(m_pos)) {
            consumeEscape(out);
        } else {
            break;
        }
    }
    return out;
}

bool CssReader::consumeString(QString& out)
{
    const qsizetype start = m_pos;
    const QChar quote = m_text[m_pos++];
    while (!atEnd()) {
        const QChar c = m_text[m_pos];
        if (c == quote) {
            ++m_pos;
            return true;
        }
        if (isNewline(c))
            break; // CSS's bad-string: a string may not span lines unescaped
        if (c == u'\\') {
            if (m_pos + 1 >= m_text.size()) {
                ++m_pos;
                continue;
            }
            if (isNewline(m_text[m_pos + 1])) { // an escaped newline continues the string
                m_pos += (m_text[m_pos + 1] == u'\r' && peek(2) == u'\n') ? 3 : 2;
                continue;
            }
            consumeEscape(out);
            continue;
        }
        out.append(c == QChar(0) ? QChar(ReplacementCharacter) : c);
        ++m_pos;
    }
    return fail(Tr::tr("unterminated string at column %1").arg(column(start)));
}

bool CssReader::skipComment()
{
    const qsizetype start = m_pos;
    const qsizetype end = m_text.indexOf(u"*/", m_pos + 2);
    if (end < 0) {
        m_pos = m_text.size();
        return fail(Tr::tr("unterminated comment at column %1").arg(column(start)));
    }
    m_pos = end + 2;
    return true;
}

bool CssReader::skipWhitespace()
{
    bool sawWhitespace = false;
    while (!atEnd() && !m_failed) {
        if (isWhitespace(m_text[m_pos])) {
            sawWhitespace = true;
            ++m_pos;
        } else if (m_text[m_pos] == u'/' && peek(1) == u'*') {
            skipComment();
        } else {
            break;
        }
    }
    return sawWhitespace;
}

void CssReader::skipComments()
{
    while (!m_failed && peek() == u'/' && peek(1) == u'*')
        skipComment();
}

bool CssReader::fail(const QString& message)
{
    if (!m_failed) {
        m_failed = true;
        m_message = message;
    }
    return false;
}

} // namespace pav::selectors
