// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "html/HtmlDocument.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <gumbo.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "html/GumboWalk.h"

namespace pav::html {

// Gumbo makes tens of thousands of small allocations per page and frees each one again in
// gumbo_destroy_output: malloc and free were a quarter of a crawl's CPU time. A bump allocator that is
// dropped whole takes that to almost nothing. Gumbo grows buffers by allocating anew and freeing the old
// one, so memory that is freed is wasted until the document dies; that is why pages over ArenaLimit bytes
// use malloc instead (Gumbo's own appetite is about ten times the page).
struct HtmlDocument::Arena
{
    static constexpr std::size_t ChunkSize = 256 * 1024;
    static constexpr qsizetype ArenaLimit = 4 * 1024 * 1024;
    // Chunks a thread keeps for its next documents: a fresh 256 KiB block cost a malloc_consolidate pass and
    // page faults on first touch, for every page. 24 chunks (6 MiB a thread) cover most pages up to ArenaLimit.
    static constexpr std::size_t KeptChunks = 24;

    using Chunk = std::unique_ptr<std::byte[]>;
    std::vector<Chunk> chunks;    // each ChunkSize long
    std::vector<Chunk> oversized; // single allocations larger than a chunk, freed with the document
    std::byte* next = nullptr;
    std::size_t left = 0;

    static std::vector<Chunk>& spareChunks()
    {
        thread_local std::vector<Chunk> spare;
        return spare;
    }

    ~Arena()
    {
        std::vector<Chunk>& spare = spareChunks();
        while (!chunks.empty() && spare.size() < KeptChunks) {
            spare.push_back(std::move(chunks.back()));
            chunks.pop_back();
        }
    }

    void* allocate(std::size_t size)
    {
        size = (size + 15) & ~std::size_t(15);
        if (size > ChunkSize) {
            oversized.push_back(std::make_unique_for_overwrite<std::byte[]>(size));
            return oversized.back().get();
        }
        if (size > left) {
            std::vector<Chunk>& spare = spareChunks();
            if (spare.empty()) {
                chunks.push_back(std::make_unique_for_overwrite<std::byte[]>(ChunkSize));
            } else {
                chunks.push_back(std::move(spare.back()));
                spare.pop_back();
            }
            next = chunks.back().get();
            left = ChunkSize;
        }
        void* block = next;
        next += size;
        left -= size;
        return block;
    }

    static void* gumboAllocate(void* self, std::size_t size) { return static_cast<Arena*>(self)->allocate(size); }
    static void gumboFree(void*, void*) {}
};

namespace {
GumboOptions parseOptions()
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we never read the parse errors; recording them costs time and memory
    return options;
}

// The '<' in `text`. Sixteen bytes per step with SSE2, in byte-wide counters summed every 255 steps: the bench
// site's pages (30 KB, read from memory) take 3.1 µs each, where finding each '<' with memchr (indexOf), a call
// per tag, took 6.3 and std::count 15 (GCC widens every byte to a 64-bit counter).
qsizetype countLessThanSigns(QByteArrayView text)
{
    const char* data = text.data();
    const qsizetype size = text.size();
    qsizetype count = 0;
    qsizetype at = 0;
#if defined(__SSE2__)
    const __m128i needle = _mm_set1_epi8('<');
    while (size - at >= 16) {
        __m128i counters = _mm_setzero_si128();
        const qsizetype steps = std::min<qsizetype>((size - at) / 16, 255);
        for (qsizetype step = 0; step < steps; ++step, at += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at));
            counters = _mm_sub_epi8(counters, _mm_cmpeq_epi8(bytes, needle)); // a match is -1
        }
        const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128()); // two 64-bit lanes
        count += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#endif
    for (; at < size; ++at)
        count += data[at] == '<';
    return count;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

// What the depth estimate needs to know about a tag name.
enum class TagClass
{
    Nests,
    DoesNotNest, // never holds children, or the parser supplies its end tag when the next one starts: counting
                 // these would flag ordinary long lists and tables
    RawText,     // script, style, textarea, title: their text is not markup
};

// Names are folded to lower case into a small buffer once; every candidate is at most 8 characters long, so
// anything longer nests. Runs for every tag of every page, so it avoids a search over a list of strings.
TagClass classifyTag(QByteArrayView name)
{
    if (name.size() > 8)
        return TagClass::Nests;
    char lower[8];
    for (qsizetype i = 0; i < name.size(); ++i)
        lower[i] = char(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
    const QByteArrayView folded(lower, name.size());
    const auto any = [&](std::initializer_list<QByteArrayView> names) {
        for (QByteArrayView candidate : names) {
            if (candidate == folded)
                return true;
        }
        return false;
    };
    switch (folded.size()) {
    case 1:
        return folded[0] == 'p' ? TagClass::DoesNotNest : TagClass::Nests;
    case 2:
        return any({"br", "hr", "li", "dt", "dd", "tr", "td", "th", "rb", "rt", "rp"}) ? TagClass::DoesNotNest
                                                                                        : TagClass::Nests;
    case 3:
        return any({"col", "img", "wbr"}) ? TagClass::DoesNotNest : TagClass::Nests;
    case 4:
        return any({"area", "base", "link", "meta", "html", "head", "body"}) ? TagClass::DoesNotNest : TagClass::Nests;
    case 5:
        if (any({"embed", "input", "track", "param", "tbody", "thead", "tfoot"}))
            return TagClass::DoesNotNest;
        return any({"style", "title"}) ? TagClass::RawText : TagClass::Nests;
    case 6:
        if (any({"source", "keygen", "option"}))
            return TagClass::DoesNotNest;
        return folded == "script" ? TagClass::RawText : TagClass::Nests;
    case 7:
        return folded == "caption" ? TagClass::DoesNotNest : TagClass::Nests;
    case 8:
        if (any({"optgroup", "colgroup"}))
            return TagClass::DoesNotNest;
        return folded == "textarea" ? TagClass::RawText : TagClass::Nests;
    default:
        return TagClass::Nests;
    }
}
} // namespace

qsizetype HtmlDocument::depthLimitOffset(QByteArrayView html, int maxDepth)
{
    // Each level of nesting is opened by a '<' of its own, so a document with no more of them than the limit
    // cannot nest deeper, and needs none of the tag-by-tag scan below. Counted 4 KiB at a time, to stop early.
    qsizetype opens = 0;
    for (qsizetype block = 0; block < html.size() && opens <= maxDepth; block += 4096)
        opens += countLessThanSigns(html.sliced(block, std::min<qsizetype>(4096, html.size() - block)));
    if (opens <= maxDepth)
        return -1;
    int depth = 0;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        if (html[i] != '<') {
            const void* next = std::memchr(html.data() + i, '<', std::size_t(n - i));
            if (!next)
                return -1;
            i = static_cast<const char*>(next) - html.data();
        }
        if (html.sliced(i).startsWith("<!--")) {
            const qsizetype end = html.indexOf("-->", i + 4);
            if (end < 0)
                return -1;
            i = end + 3;
            continue;
        }
        const bool closing = i + 1 < n && html[i + 1] == '/';
        qsizetype nameStart = i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && isNameChar(html[nameEnd]))
            ++nameEnd;
        if (nameEnd == nameStart) {
            ++i;
            continue;
        }
        const QByteArrayView name = html.sliced(nameStart, nameEnd - nameStart);
        const qsizetype tagEnd = html.indexOf('>', nameEnd);
        if (tagEnd < 0)
            return -1;
        const TagClass kind = classifyTag(name);
        if (closing) {
            if (kind != TagClass::DoesNotNest)
                depth = std::max(0, depth - 1);
        } else if (kind == TagClass::RawText) {
            // Raw text: skip to the matching end tag, whose '<' must not be read as markup.
            const QByteArray endTag = "</" + name.toByteArray().toLower();
            qsizetype end = tagEnd;
            while ((end = html.indexOf('<', end + 1)) >= 0 && html.sliced(end, std::min<qsizetype>(endTag.size(), n - end))
                                                                      .compare(endTag, Qt::CaseInsensitive) != 0) {
            }
            if (end < 0)
                return -1;
            i = end;
            continue;
        } else if (kind == TagClass::Nests && html[tagEnd - 1] != '/' && ++depth > maxDepth) {
            return i;
        }
        i = tagEnd + 1;
    }
    return -1;
}

HtmlDocument::HtmlDocument(QByteArray utf8)
    : m_utf8(std::move(utf8))
{
    if (const qsizetype cut = depthLimitOffset(m_utf8, MaxNestingDepth); cut >= 0) {
        m_utf8.truncate(cut);
        m_truncated = true;
    }
    GumboOptions options = parseOptions();
    if (m_utf8.size() <= Arena::ArenaLimit) {
        m_arena = std::make_unique<Arena>();
        options.allocator = &Arena::gumboAllocate;
        options.deallocator = &Arena::gumboFree;
        options.userdata = m_arena.get();
    }
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

HtmlDocument::HtmlDocument(HtmlDocument&& other) noexcept
    : m_utf8(std::move(other.m_utf8))
    , m_arena(std::move(other.m_arena))
    , m_output(std::exchange(other.m_output, nullptr))
    , m_truncated(other.m_truncated)
{
}

HtmlDocument::~HtmlDocument()
{
    // With the arena, destroying the output would only walk the tree calling a no-op free.
    if (m_output && !m_arena) {
        const GumboOptions options = parseOptions();
        gumbo_destroy_output(&options, m_output);
    }
}

const GumboNode* HtmlDocument::root() const
{
    return m_output ? m_output->document : nullptr;
}

void HtmlDocument::walk(const std::function<bool(const GumboNode*)>& visit) const
{
    std::vector<const GumboNode*> stack;
    walkTree(root(), stack, visit);
}

} // namespace pav::html
