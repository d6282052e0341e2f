// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>
#include <optional>

#include <QSet>
#include <QString>

#include "common/Result.h"
#include "crawl/UrlIndex.h"
#include "store/CrawlStore.h"

namespace pav::crawl {

// Every URL the crawl knows, and the order in which queued ones are handed out: breadth-first by depth, then
// by discovery. The queue itself lives in the crawl file (urls.state = Queued); memory holds the seen-set and
// a window of the next few hundred queued rows read through a (depth, id) cursor. A URL handed out stays
// Queued in the file until its result is saved, so after a crash it is simply handed out again.
// Lives on the crawl's thread; the store must outlive it.
class Frontier
{
public:
    explicit Frontier(store::CrawlStore& store);

    // Rebuilds the seen-set from the crawl file (a resumed crawl) and rewinds the cursor.
    Result<void> load();

    struct Added
    {
        qint64 id = 0;
        bool isNew = false;
    };
    // `url` must be normalised. A URL already known keeps its row; the returned id is that row's.
    Result<Added> add(const QString& url, int depth, store::FoundVia via,
                      store::UrlState state = store::UrlState::Queued, int hops = 0);
    std::optional<qint64> find(const QString& url) const;
    std::optional<qint64> find(QByteArrayView utf8Url) const; // the same URL's UTF-8 bytes

    // A URL recorded as NotCrawled for a reason that a later link can lift (past --max-depth, reached only
    // through nofollow): remembered, so that such a link puts it back in the queue.
    void defer(qint64 id) { m_deferred.insert(id); }
    bool isDeferred(qint64 id) const { return m_deferred.contains(id); }
    Result<void> requeue(qint64 id, const QString& url, int depth, store::FoundVia via, int hops);

    // The next queued URL not handed out yet, or nothing when every queued URL is out (for now).
    Result<std::optional<store::QueuedUrl>> next();

    qsizetype knownUrls() const { return m_index.size(); }
    std::size_t memoryBytes() const { return m_index.memoryBytes(); }

    // URLs whose only source so far is a sitemap: the first link to one of them updates its found_via.
    bool isSitemapOnly(qint64 id) const { return m_sitemapOnly.contains(id); }
    void forgetSitemapOnly(qint64 id) { m_sitemapOnly.remove(id); }

private:
    struct Position
    {
        int depth = -1;
        qint64 id = 0;
        bool operator<(const Position& other) const
        {
            return depth != other.depth ? depth < other.depth : id < other.id;
        }
    };
    static constexpr int WindowSize = 512;
    void placeQueued(const store::QueuedUrl& url);

    store::CrawlStore& m_store;
    UrlIndex m_index;
    QSet<qint64> m_sitemapOnly;
    QSet<qint64> m_deferred;
    std::deque<store::QueuedUrl> m_window; // sorted by Position
    Position m_loadedUpTo;                 // the last row read into the window
    bool m_exhausted = false;              // the last read found nothing after m_loadedUpTo
};

} // namespace pav::crawl
