// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include "async/Cancellation.h"
#include "async/Event.h"
#include "async/Semaphore.h"
#include "async/TaskGroup.h"
#include "async/Task.h"
#include "common/Result.h"
#include "crawl/CrawlConfig.h"
#include "crawl/Frontier.h"
#include "crawl/HostPolicy.h"
#include "crawl/RetryPolicy.h"
#include "crawl/RobotsCache.h"
#include "crawl/ScopeRules.h"
#include "extract/RuleSet.h"

namespace pav::net {
class HttpClient;
struct Response;
}

namespace pav::crawl {

struct PageAnalysis;

// "scheme://host[:port]": the unit of robots.txt and politeness.
QString originOf(const QUrl& url);
QString originOfUrl(const QString& url);

struct CrawlStats
{
    qint64 pagesDone = 0; // rows written: fetched URLs, redirects, errors, robots refusals
    qint64 queued = 0;    // waiting, in flight included
    qint64 errors = 0;    // no response, 4xx, 5xx, refused by robots.txt
    qint64 knownUrls = 0; // every URL seen, link targets that are not crawled included
    int inFlight = 0;
    double pagesPerSecond = 0; // over the last few seconds
    std::chrono::milliseconds elapsed{0};
};

enum class CrawlOutcome
{
    Finished,    // nothing left to fetch, or a limit was reached
    Interrupted, // the token fired; the crawl file is consistent and can be resumed
};

// Crawls the sites of a CrawlConfig into a crawl file. One dispatcher hands queued URLs to visits, at most
// `concurrency` at a time; each visit checks robots.txt, waits for its host's politeness slot, fetches with
// retries, has the page analysed on the parse pool and stores the row and its links in one batched write.
// Runs on the thread that owns the event loop and the store; the store and client must outlive run().
class Crawler : public QObject
{
    Q_OBJECT

public:
    Crawler(CrawlConfig config, store::CrawlStore& store, net::HttpClient& http, QObject* parent = nullptr);
    ~Crawler() override;

    // Starts a new crawl (seeds from the config) or continues the one in the store. Errors are failures
    // to run at all: an invalid config, no valid seed, a crawl file that cannot be written.
    async::Task<Result<CrawlOutcome>> run(async::CancellationToken stop);

    CrawlStats stats() const;
    const CrawlConfig& config() const { return m_config; }

signals:
    void pageSaved(qint64 urlId, const QString& url, int status);
    void warning(const QString& message);

private:
    Result<void> prepare();
    Result<void> addSeeds();
    async::Task<> dispatch(async::TaskGroup& workers, async::CancellationToken token);
    async::Task<> visit(store::QueuedUrl url, async::Semaphore::Permit slot, async::CancellationToken token);
    async::Task<> crawlUrl(store::QueuedUrl url, async::CancellationToken token);
    async::Task<net::Response> fetchWithRetries(QString url, QString origin, int* attempts,
                                                async::CancellationToken token);
    async::Task<> readSitemaps(QString origin, async::CancellationToken token);
    void handleRedirect(const store::QueuedUrl& url, store::PageRecord& page);
    // `headerNofollow`: the response's X-Robots-Tag said nofollow/none, like a robots meta saying it.
    QList<store::Utf8LinkRecord> enqueueLinks(const store::QueuedUrl& from, const PageAnalysis& analysis,
                                              bool headerNofollow);
    // Finds or adds a discovered URL; nothing when it must not even be recorded (too long, a trap).
    std::optional<qint64> discover(const QString& url, int depth, store::FoundVia via, bool followable, int hops = 0);
    // discover() for a link of a page, by its normalised UTF-8 bytes: a URL already known and in no special
    // state (most links) is settled by the seen-set alone, without building a QString.
    std::optional<qint64> discoverLink(QByteArrayView url, int depth, bool followable);
    bool isTrap(const QString& url);
    // Rebuilds m_queryVariants from the crawl file when a crawl is resumed, so it traps what a crawl that was
    // never interrupted would.
    Result<void> countQueryVariants();
    void save(qint64 urlId, const QString& url, const store::PageRecord& page,
              const QList<store::Utf8LinkRecord>& links, store::UrlState state,
              const store::PageExtras* extras = nullptr);
    // Extraction (CrawlerExtraction.cpp): compiles the rules and records them in the crawl file (a resumed
    // crawl with the same rules keeps its values), then turns each page's results into what is stored with it.
    Result<void> prepareExtraction();
    bool keepsHtml() const { return m_config.storeHtml && m_storedHtmlBytes < m_config.storeHtmlLimit; }
    store::PageExtras extrasOf(PageAnalysis& analysis);
    void fail(const Error& error);
    bool pageLimitReached() const;

    CrawlConfig m_config;
    store::CrawlStore& m_store;
    net::HttpClient& m_http;
    Frontier m_frontier;
    std::optional<ScopeRules> m_scope;
    HostPolicy m_hosts;
    RetryPolicy m_retry;
    std::unique_ptr<RobotsCache> m_robots;
    async::Semaphore m_slots;
    async::Event m_changed;
    QThreadPool m_parsePool;
    async::CancellationSource m_abort;
    std::optional<Error> m_failure;
    QHash<quint64, int> m_queryVariants; // hash of scheme://host/path → distinct queries queued for it
    extract::RuleSet m_rules;
    qint64 m_storedHtmlBytes = 0; // against CrawlConfig::storeHtmlLimit

    qint64 m_fetched = 0; // URLs fetched (counted against --max-pages), this run and earlier ones
    qint64 m_pagesDone = 0;
    qint64 m_errors = 0;
    qint64 m_queued = 0;
    int m_inFlight = 0;
    int m_background = 0; // sitemap readers still running
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_elapsedBefore{0}; // from earlier runs of a resumed crawl
    QList<std::pair<qint64, qint64>> m_rateSamples; // (ms, pagesDone), for pages/s
};

} // namespace pav::crawl
