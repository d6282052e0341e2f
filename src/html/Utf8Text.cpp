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

// The state of a word count as it moves through a text: a word is a run of non-space characters, and it counts
// when it holds at least one letter or digit.
struct WordCounter
{
    int words = 0;
    bool inWord = false;
    bool hasContent = false;

    void endWord()
    {
        words += inWord && hasContent;
        inWord = hasContent = false;
    }

    // One character at `p`; returns the byte after it. ASCII and Cyrillic (U+0400–U+04FF, lead bytes D0–D3) take
    // short paths; other characters are decoded.
    const unsigned char* step(const unsigned char* p, const unsigned char* end)
    {
        const unsigned char byte = *p;
        if (byte < 0x80) {
            if (isAsciiSpace(byte)) {
                endWord();
            } else {
                inWord = true;
                hasContent = hasContent || (byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z');
            }
            return p + 1;
        }
        if (byte >= 0xD0 && byte <= 0xD3 && p + 1 < end && (p[1] & 0xC0) == 0x80) {
            inWord = hasContent = true;
            return p + 2;
        }
        char32_t c = 0;
        p += decode(p, end, c);
        if (isWideSpace(c)) {
            endWord();
        } else {
            inWord = true;
            hasContent = hasContent || QChar::isLetterOrNumber(c);
        }
        return p;
    }

#if defined(__SSE2__)
    // Sixteen bytes at once when they are ASCII and well-formed Cyrillic only, which is most of a Ukrainian or
    // English page; false (nothing counted) otherwise, for step() to take them. `p[16]` must be readable (the
    // text's NUL terminator at the latest). `pendingLead`: the previous block ended with a Cyrillic lead byte.
    bool block(const unsigned char* p, bool& pendingLead)
    {
        const auto inRange = [](__m128i bytes, char low, char span) { // low <= byte <= low + span, unsigned
            const __m128i shifted = _mm_sub_epi8(bytes, _mm_set1_epi8(low));
            return _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(span)), shifted);
        };
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const unsigned high = unsigned(_mm_movemask_epi8(bytes));
        const unsigned lead = unsigned(_mm_movemask_epi8(inRange(bytes, char(0xD0), 3)));
        const unsigned continuation = unsigned(_mm_movemask_epi8(inRange(bytes, char(0x80), 0x3F)));
        // Every continuation byte must follow a lead byte and every lead byte be followed by one, here or in p[16].
        const bool leadAtEnd = lead & 0x8000;
        if ((high & ~(lead | continuation)) != 0 || continuation != (((lead << 1) | unsigned(pendingLead)) & 0xFFFF)
            || (leadAtEnd && (p[16] & 0xC0) != 0x80))
            return false;
        pendingLead = leadAtEnd;
        const __m128i letters = inRange(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), 'a', 25);
        const unsigned content = unsigned(_mm_movemask_epi8(_mm_or_si128(letters, inRange(bytes, '0', 9)))) | lead;
        const unsigned space = unsigned(_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')), inRange(bytes, '\t', '\r' - '\t'))));
        const unsigned nonSpace = ~space & 0xFFFF;
        const unsigned noContent = nonSpace & ~content;
        const unsigned starts = nonSpace & ~((nonSpace << 1) | unsigned(inWord));
        // Runs of non-space bytes that end in this block (the one that was open may end at its first byte).
        const unsigned ends = nonSpace & ~(nonSpace >> 1) & 0x7FFF;
        const bool openRunEndsFirst = inWord && (nonSpace & 1) == 0;
        // Adding a run's first bit to it carries through the run of content-less bytes that starts there and sets
        // the bit after it: on a space when the whole word had no content, past bit 15 when it goes on.
        const unsigned seeds = (starts & noContent) | (inWord && !hasContent && (noContent & 1) ? 1u : 0u);
        const unsigned after = (noContent + seeds) & ~noContent;
        const int emptyEnded = std::popcount(after & space) + (openRunEndsFirst && !hasContent);
        words += std::popcount(ends) + int(openRunEndsFirst) - emptyEnded;
        inWord = nonSpace & 0x8000;
        hasContent = inWord && (after & 0x10000) == 0; // no content-less run reached the block's end
        return true;
    }
#endif
};
} // namespace

// Runs for every text node of every page: in blocks of sixteen bytes where the text allows it (see
// WordCounter::block), a character at a time where it does not.
int countWords(const char* text)
{
    WordCounter counter;
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    const auto* const end = p + std::strlen(text);
#if defined(__SSE2__)
    bool pendingLead = false;
    while (end - p >= 16) {
        if (counter.block(p, pendingLead)) {
            p += 16;
            continue;
        }
        pendingLead = false;
        for (const unsigned char* blockEnd = p + 16; p < blockEnd;)
            p = counter.step(p, end);
    }
#endif
    while (p < end)
        p = counter.step(p, end);
    counter.endWord();
    return counter.words;
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
