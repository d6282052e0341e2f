// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "html/Utf8Text.h"

#include <QChar>

namespace pav::html {

namespace {
bool isAsciiSpace(unsigned char byte)
{
    return byte == ' ' || (byte >= 0x09 && byte <= 0x0D);
}

// Unicode's White_Space set above ASCII, spelled out: QChar::isSpace looks every non-ASCII character up in a
// table.
bool isWideSpace(char32_t c)
{
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Decodes the sequence at `p` (lead byte >= 0x80) into `c`, returning its length; a malformed one counts as
// one U+FFFD so that the caller always moves on.
int decode(const unsigned char* p, const unsigned char* end, char32_t& c)
{
    c = *p;
    if (c < 0xC0) {
        c = 0xFFFD;
        return 1;
    }
    const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    c &= (0x3F >> (length - 1));
    for (int k = 1; k < length; ++k) {
        if (p + k >= end || (p[k] & 0xC0) != 0x80) {
            c = 0xFFFD;
            return k;
        }
        c = (c << 6) | (p[k] & 0x3F);
    }
    return length;
}

// Only these lead bytes start a non-ASCII space (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000).
bool mayStartWideSpace(unsigned char byte)
{
    return byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3;
}
} // namespace

// ASCII and Cyrillic (U+0400–U+04FF, lead bytes D0–D3) take short paths: this runs for every text node of every
// page. Other characters are decoded. (A branch-free version driven by a byte-class table ran twice the
// instructions on this site's Ukrainian text: it steps byte by byte where this steps a Cyrillic letter at once.)
int countWords(const char* text)
{
    int words = 0;
    bool inWord = false;
    bool wordHasContent = false;
    const auto endWord = [&] {
        words += inWord && wordHasContent;
        inWord = wordHasContent = false;
    };
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    while (true) {
        const unsigned char byte = *p;
        if (byte < 0x80) {
            if (byte == 0)
                break;
            if (isAsciiSpace(byte)) {
                endWord();
            } else {
                inWord = true;
                wordHasContent = wordHasContent || (byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z');
            }
            ++p;
            continue;
        }
        if (byte >= 0xD0 && byte <= 0xD3 && (p[1] & 0xC0) == 0x80) {
            inWord = wordHasContent = true;
            p += 2;
            continue;
        }
        char32_t c = 0;
        // The text is NUL-terminated, so a truncated sequence stops at the NUL, which is no continuation byte.
        p += decode(p, p + 4, c);
        if (isWideSpace(c)) {
            endWord();
        } else {
            inWord = true;
            wordHasContent = wordHasContent || QChar::isLetterOrNumber(c);
        }
    }
    endWord();
    return words;
}

void appendSimplified(QByteArray& out, QByteArrayView text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    const auto* run = p; // start of the pending run of non-space bytes
    bool spaceBefore = out.isEmpty() || out.back() == ' ';
    const auto flush = [&](const unsigned char* upTo) {
        if (upTo == run)
            return;
        out.append(reinterpret_cast<const char*>(run), upTo - run);
        spaceBefore = false;
    };
    while (p < end) {
        const unsigned char byte = *p;
        int length = 1;
        bool space = false;
        if (byte < 0x80) {
            space = isAsciiSpace(byte);
        } else if (mayStartWideSpace(byte)) {
            char32_t c = 0;
            length = decode(p, end, c);
            space = isWideSpace(c);
        }
        if (space) {
            flush(p);
            if (!spaceBefore) {
                out.append(' ');
                spaceBefore = true;
            }
            run = p + length;
        }
        p += length;
    }
    flush(end);
}

void chopTrailingSpace(QByteArray& out)
{
    if (!out.isEmpty() && out.back() == ' ')
        out.chop(1);
}

QByteArray simplified(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    appendSimplified(out, text);
    chopTrailingSpace(out);
    return out;
}

} // namespace pav::html
