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

// Can this byte end a word? ASCII white space is at most ' ', and every other space starts with one of these
// lead bytes (see mayStartWideSpace). Any other byte inside a word that already holds a letter or digit leaves
// the count exactly as it is.
bool mayEndWord(unsigned char byte)
{
    return byte <= ' ' || mayStartWideSpace(byte);
}

// The first byte in [p, end) for which mayEndWord() holds, or `end`. Most of a page's text is the inside of words,
// so this is where countWords() spends its time: sixteen bytes a step where SSE2 is there (all x86-64).
const unsigned char* skipWordBytes(const unsigned char* p, const unsigned char* end)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i c2 = _mm_set1_epi8(char(0xC2));
    const __m128i e1 = _mm_set1_epi8(char(0xE1));
    const __m128i two = _mm_set1_epi8(2);
    for (; end - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(bytes, space), bytes);          // byte <= ' '
        const __m128i fromE1 = _mm_sub_epi8(bytes, e1);
        const __m128i wide = _mm_or_si128(_mm_cmpeq_epi8(bytes, c2),                    // C2, or E1..E3
                                          _mm_cmpeq_epi8(_mm_min_epu8(fromE1, two), fromE1));
        if (const int mask = _mm_movemask_epi8(_mm_or_si128(low, wide)))
            return p + std::countr_zero(unsigned(mask));
    }
#endif
    while (p < end && !mayEndWord(*p))
        ++p;
    return p;
}
} // namespace

// ASCII and Cyrillic (U+0400–U+04FF, lead bytes D0–D3) take short paths: this runs for every text node of every
// page. Other characters are decoded. Once a word holds a letter or digit, only a space can change the count, so
// the rest of the word is skipped in blocks. (A branch-free version driven by a byte-class table ran twice the
// instructions of the byte loop on this site's Ukrainian text.)
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
    const auto* const end = p + std::strlen(text);
    while (true) {
        if (wordHasContent)
            p = skipWordBytes(p, end);
        if (p == end)
            break;
        const unsigned char byte = *p;
        if (byte < 0x80) {
            if (isAsciiSpace(byte)) {
                endWord();
            } else {
                inWord = true;
                wordHasContent = wordHasContent || (byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z');
            }
            ++p;
            continue;
        }
        if (byte >= 0xD0 && byte <= 0xD3 && p + 1 < end && (p[1] & 0xC0) == 0x80) {
            inWord = wordHasContent = true;
            p += 2;
            continue;
        }
        char32_t c = 0;
        p += decode(p, end, c);
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
