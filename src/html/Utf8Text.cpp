// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "html/Utf8Text.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
// The bytes of `v` in [lo, hi], as a 16-bit mask (unsigned: v - lo <= hi - lo).
int bytesInRange(__m128i v, unsigned char lo, unsigned char hi)
{
    const __m128i offset = _mm_sub_epi8(v, _mm_set1_epi8(char(lo)));
    return _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(char(hi - lo))), offset));
}

// Counts the words that start in the 16 bytes at `p` when every one of them starts with a letter or digit, the
// case of almost all text. `p[16]` must be readable (the terminating NUL will do). Returns false, having
// changed nothing, when the block needs the character-by-character path: a lead byte other than D0–D3 (a
// non-ASCII space, or a character whose class needs decoding), a D0–D3 without its continuation byte, or a
// word starting with anything but an ASCII letter or digit or a Cyrillic letter.
bool countBlock(const unsigned char* p, bool& inWord, int& words)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    const int cyrillicLead = bytesInRange(v, 0xD0, 0xD3);
    const int otherLead = bytesInRange(v, 0xC0, 0xFF) & ~cyrillicLead;
    const int lonelyLead = cyrillicLead & ~bytesInRange(next, 0x80, 0xBF);
    if (otherLead | lonelyLead)
        return false;
    const int space = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))) | bytesInRange(v, 0x09, 0x0D);
    const int content = bytesInRange(v, '0', '9') | bytesInRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z')
        | cyrillicLead;
    const int starts = ~space & ((space << 1) | (inWord ? 0 : 1)) & 0xFFFF;
    if (starts & ~content)
        return false;
    words += std::popcount(unsigned(starts));
    inWord = !(space & 0x8000);
    return true;
}
#endif
} // namespace

// A word is counted when its first letter or digit is seen. Sixteen bytes at a time where the block allows it
// (see countBlock); otherwise one character at a time, ASCII and Cyrillic (U+0400–U+04FF, lead bytes D0–D3)
// on short paths and other characters decoded. The block path is entered only between words or inside a word
// already counted, so its "a word starting here is counted" is exact.
int countWords(const char* text)
{
    int words = 0;
    bool inWord = false;  // the last character was part of a word
    bool counted = false; // ... and that word holds a letter or digit, so it has been counted
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    const auto* const end = p + std::strlen(text);
    const auto seeContent = [&] {
        words += !counted;
        inWord = counted = true;
    };
    while (p < end) {
        const unsigned char* stop = p + 1;
#if defined(__SSE2__)
        if (inWord == counted && end - p >= 16) {
            if (countBlock(p, inWord, words)) {
                counted = inWord;
                p += 16;
                continue;
            }
            stop = p + 16;
        }
#endif
        while (p < stop) {
            const unsigned char byte = *p;
            if (byte < 0x80) {
                if (isAsciiSpace(byte))
                    inWord = counted = false;
                else if ((byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z'))
                    seeContent();
                else
                    inWord = true;
                ++p;
                continue;
            }
            if (byte >= 0xD0 && byte <= 0xD3 && p + 1 < end && (p[1] & 0xC0) == 0x80) {
                seeContent();
                p += 2;
                continue;
            }
            char32_t c = 0;
            p += decode(p, end, c);
            if (isWideSpace(c))
                inWord = counted = false;
            else if (QChar::isLetterOrNumber(c))
                seeContent();
            else
                inWord = true;
        }
    }
    return words;
}

void appendSimplified(QByteArray& out, QByteArrayView text)
{
    // Written straight into `out`, grown once: folded text is never longer than the input, and an anchor's text
    // arrives in many small pieces (QByteArray::append for each run between spaces was most of the cost).
    const qsizetype start = out.size();
    bool spaceBefore = start == 0 || out.back() == ' ';
    out.resize(start + text.size());
    char* const begin = out.data();
    char* write = begin + start;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    const auto* run = p; // start of the pending run of non-space bytes
    const auto flush = [&](const unsigned char* upTo) {
        if (upTo == run)
            return;
        std::memcpy(write, run, std::size_t(upTo - run));
        write += upTo - run;
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
                *write++ = ' ';
                spaceBefore = true;
            }
            run = p + length;
        }
        p += length;
    }
    flush(end);
    out.truncate(write - begin);
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
