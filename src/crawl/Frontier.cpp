// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/Frontier.h"

#include <algorithm>

namespace pav::crawl {

using store::FoundVia;
using store::QueuedUrl;
using store::UrlState;

Frontier::Frontier(store::CrawlStore& store)
    : m_store(store)
{
}

Result<void> Frontier::load()
{
    m_index = UrlIndex();
    m_sitemapOnly.clear();
    m_deferred.clear();
    m_window.clear();
    m_loadedUpTo = {};
    m_exhausted = false;
    auto count = m_store.countUrls();
    if (!count)
        return count.error();
    m_index.reserve(*count);
    return m_store.forEachUrl([this](qint64 id, std::uint64_t hash, FoundVia via, UrlState state) {
        if (hash != 0)
            m_index.insert(hash, id);
        if (via == FoundVia::Sitemap)
            m_sitemapOnly.insert(id);
        // Which NotCrawled rows were out of scope rather than deferred is not stored; listing them all only
        // costs a scope check when a link to one of them turns up again.
        if (state == UrlState::NotCrawled)
            m_deferred.insert(id);
    });
}

namespace {
// The hash of a normalised URL's UTF-8 bytes. Normalised URLs are ASCII (punycode hosts, percent-encoded
// paths), so narrowing into a stack buffer gives the same bytes without the allocation toUtf8() makes; this
// runs for every link of every page.
std::uint64_t hashOf(const QString& url)
{
    constexpr qsizetype StackLimit = 2048;
    if (url.size() <= StackLimit) {
        char bytes[StackLimit];
        const ushort* text = url.utf16();
        bool ascii = true;
        for (qsizetype i = 0; i < url.size(); ++i) {
            ascii = ascii && text[i] < 0x80;
            bytes[i] = char(text[i]);
        }
        if (ascii)
            return UrlIndex::hash(QByteArrayView(bytes, url.size()));
    }
    return UrlIndex::hash(url.toUtf8());
}
} // namespace

std::optional<qint64> Frontier::find(const QString& url) const
{
    return m_index.find(hashOf(url));
}

std::optional<qint64> Frontier::find(QByteArrayView utf8Url) const
{
    return m_index.find(UrlIndex::hash(utf8Url));
}

Result<Frontier::Added> Frontier::add(const QString& url, int depth, FoundVia via, UrlState state, int hops)
{
    const std::uint64_t hash = hashOf(url);
    if (auto known = m_index.find(hash))
        return Added{*known, false};
    auto id = m_store.addUrl(url, depth, via, state, hops);
    if (!id)
        return id.error();
    m_index.insert(hash, *id);
    if (via == FoundVia::Sitemap)
        m_sitemapOnly.insert(*id);
    if (state == UrlState::Queued)
        placeQueued(QueuedUrl{*id, url, depth, via, hops});
    return Added{*id, true};
}

Result<void> Frontier::requeue(qint64 id, const QString& url, int depth, FoundVia via, int hops)
{
    if (auto done = m_store.requeue(id, depth); !done)
        return done;
    m_deferred.remove(id);
    placeQueued(QueuedUrl{id, url, depth, via, hops});
    return {};
}

void Frontier::placeQueued(const QueuedUrl& url)
{
    // Rows after m_loadedUpTo are found by the next read. One that sorts before it (a redirect target keeps
    // its source's depth; a requeued row keeps its old id) would be skipped by the cursor: it joins the window.
    const Position position{url.depth, url.id};
    if (position < m_loadedUpTo) {
        const auto at = std::upper_bound(m_window.begin(), m_window.end(), position,
                                         [](const Position& p, const QueuedUrl& q) { return p < Position{q.depth, q.id}; });
        m_window.insert(at, url);
    } else {
        m_exhausted = false;
    }
}

Result<std::optional<QueuedUrl>> Frontier::next()
{
    if (m_window.empty() && !m_exhausted) {
        auto rows = m_store.queuedAfter(m_loadedUpTo.depth, m_loadedUpTo.id, WindowSize);
        if (!rows)
            return rows.error();
        for (QueuedUrl& row : *rows)
            m_window.push_back(std::move(row));
        if (!m_window.empty())
            m_loadedUpTo = {m_window.back().depth, m_window.back().id};
        m_exhausted = rows->size() < WindowSize;
    }
    if (m_window.empty())
        return std::optional<QueuedUrl>();
    QueuedUrl next = std::move(m_window.front());
    m_window.pop_front();
    return std::optional<QueuedUrl>(std::move(next));
}

} // namespace pav::crawl
