// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/Crawler.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "async/OnWorker.h"
#include "async/Sleep.h"
#include "async/TaskGroup.h"
#include "common/Log.h"
#include "crawl/PageAnalysis.h"
#include "crawl/PageRecords.h"
#include "crawl/RobotsDirectives.h"
#include "crawl/Url.h"
#include "html/HtmlDocument.h"
#include "net/HttpClient.h"

namespace pav::crawl {

using store::FoundVia;
using store::PageRecord;
using store::QueuedUrl;
using store::UrlState;
using store::Utf8LinkRecord;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::crawl::Crawler)
};

// Stored error texts stay English: they are data in the crawl file and its exports, which are read by
// scripts; the GUI translates what it shows.
constexpr auto BlockedByRobots = "blocked by robots.txt";
} // namespace

QString originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

QString originOfUrl(const QString& url)
{
    return originOf(QUrl(url));
}

Crawler::Crawler(CrawlConfig config, store::CrawlStore& store, net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(store)
    , m_http(http)
    , m_frontier(store)
    , m_hosts(HostPolicy::Options{m_config.perHost, m_config.delay})
    , m_retry(RetryPolicy::Options{m_config.retries})
    , m_slots(std::max(1, m_config.concurrency))
{
    m_parsePool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_robots = std::make_unique<RobotsCache>(m_http, m_hosts, m_retry, m_config.effectiveUserAgent(),
                                             m_config.robotsToken(), m_config.timeout);
}

Crawler::~Crawler()
{
    m_parsePool.waitForDone();
}

CrawlStats Crawler::stats() const
{
    CrawlStats stats;
    stats.pagesDone = m_pagesDone;
    stats.queued = m_queued;
    stats.errors = m_errors;
    stats.knownUrls = m_frontier.knownUrls();
    stats.inFlight = m_inFlight;
    stats.elapsed = m_elapsedBefore + std::chrono::milliseconds(m_clock.isValid() ? m_clock.elapsed() : 0);
    if (m_rateSamples.size() >= 2) {
        const auto& [firstMs, firstPages] = m_rateSamples.first();
        const auto& [lastMs, lastPages] = m_rateSamples.last();
        if (lastMs > firstMs)
            stats.pagesPerSecond = double(lastPages - firstPages) * 1000.0 / double(lastMs - firstMs);
    }
    return stats;
}

Result<void> Crawler::prepare()
{
    if (auto valid = m_config.validate(); !valid)
        return valid;
    QStringList seeds;
    for (const QString& seed : std::as_const(m_config.seeds)) {
        auto normalised = normaliseUrl(seed);
        if (!normalised)
            return normalised.error();
        seeds.append(*normalised);
    }
    if (seeds.isEmpty())
        return Error{ErrorKind::InvalidArgument, Tr::tr("No URL to crawl.")};
    auto scope = ScopeRules::create(seeds, {m_config.subdomains, m_config.include, m_config.exclude});
    if (!scope)
        return scope.error();
    m_scope = std::move(*scope);

    if (auto ready = prepareExtraction(); !ready)
        return ready;
    auto stored = m_store.meta(QStringLiteral("config"));
    if (!stored)
        return stored.error();
    const bool resuming = !stored->isEmpty();
    if (auto saved = m_store.setMeta(QStringLiteral("config"),
                                     QString::fromUtf8(QJsonDocument(m_config.toJson()).toJson(QJsonDocument::Compact)));
        !saved)
        return saved;
    if (resuming) {
        if (auto loaded = m_frontier.load(); !loaded)
            return loaded;
        if (auto counted = countQueryVariants(); !counted)
            return counted;
        auto elapsed = m_store.meta(QStringLiteral("elapsed_ms"));
        if (elapsed)
            m_elapsedBefore = std::chrono::milliseconds(elapsed->toLongLong());
    } else {
        if (auto added = m_store.setMeta(QStringLiteral("created_at"),
                                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !added)
            return added;
    }
    for (const QString& seed : std::as_const(seeds)) {
        if (m_frontier.find(seed))
            continue;
        (void)isTrap(seed); // a seed counts against --max-query-variants of its path like any queued URL
        auto added = m_frontier.add(seed, 0, FoundVia::Seed);
        if (!added)
            return added.error();
    }
    for (auto count : {std::pair{&m_pagesDone, &store::CrawlStore::countDone},
                       std::pair{&m_errors, &store::CrawlStore::countErrors},
                       std::pair{&m_queued, &store::CrawlStore::countQueued},
                       std::pair{&m_fetched, &store::CrawlStore::countFetched}}) {
        auto value = (m_store.*count.second)();
        if (!value)
            return value.error();
        *count.first = *value;
    }
    return {};
}

async::Task<Result<CrawlOutcome>> Crawler::run(async::CancellationToken stop)
{
    m_clock.start();
    if (auto ready = prepare(); !ready)
        co_return ready.error();
    m_abort = async::CancellationSource(stop);
    bool interrupted = false;
    std::exception_ptr bug;
    {
        async::TaskGroup workers(m_abort.token());
        auto sitemapsRead = m_store.meta(QStringLiteral("sitemaps_read"));
        if (m_config.sitemaps && sitemapsRead && sitemapsRead->isEmpty()) {
            QSet<QString> origins;
            for (const QString& seed : std::as_const(m_config.seeds)) {
                if (auto normalised = normaliseUrl(seed))
                    origins.insert(originOf(QUrl(*normalised)));
            }
            for (const QString& origin : std::as_const(origins)) {
                ++m_background;
                workers.spawn(readSitemaps(origin, workers.token()));
            }
        }
        try {
            co_await dispatch(workers, workers.token());
        } catch (const Cancelled&) {
            interrupted = true;
        }
        // Whatever still runs now is a sitemap reader (the dispatcher waits for every visit) or, after an
        // interruption, a visit whose URL stays queued for the next run.
        workers.cancel();
        try {
            co_await workers.join();
        } catch (...) {
            bug = std::current_exception();
        }
    }
    m_parsePool.waitForDone();
    (void)m_store.setMeta(QStringLiteral("elapsed_ms"), QString::number(stats().elapsed.count()));
    if (auto flushed = m_store.flush(); !flushed && !m_failure)
        m_failure = flushed.error();
    if (bug)
        std::rethrow_exception(bug);
    if (m_failure)
        co_return *m_failure;
    if (interrupted || stop.isCancelled())
        co_return CrawlOutcome::Interrupted;
    co_return CrawlOutcome::Finished;
}

bool Crawler::pageLimitReached() const
{
    return m_config.maxPages > 0 && m_fetched >= m_config.maxPages;
}

async::Task<> Crawler::dispatch(async::TaskGroup& workers, async::CancellationToken token)
{
    while (!m_failure) {
        m_changed.clear();
        if (pageLimitReached()) {
            if (m_inFlight == 0)
                break;
            co_await m_changed.wait(token); // a visit refused by robots.txt gives its budget back
            continue;
        }
        auto next = m_frontier.next();
        if (!next) {
            fail(next.error());
            break;
        }
        if (!*next) {
            if (m_inFlight == 0 && m_background == 0)
                break;
            co_await m_changed.wait(token);
            continue;
        }
        auto permit = co_await m_slots.acquire(token);
        ++m_inFlight;
        ++m_fetched;
        workers.spawn(visit(std::move(**next), std::move(permit), token));
    }
}

async::Task<> Crawler::visit(QueuedUrl url, async::Semaphore::Permit slot, async::CancellationToken token)
{
    // `slot` is one of the `concurrency` places; it is given back when this frame ends.
    Q_UNUSED(slot);
    struct Done
    {
        Crawler* crawler;
        ~Done()
        {
            --crawler->m_inFlight;
            crawler->m_changed.set();
        }
    } done{this};
    co_await crawlUrl(std::move(url), std::move(token));
}

async::Task<net::Response> Crawler::fetchWithRetries(QString url, QString origin, int* attempts,
                                                     async::CancellationToken token)
{
    net::Request request;
    request.url = url;
    request.userAgent = m_config.effectiveUserAgent();
    request.timeout = m_config.timeout;
    request.maxBodySize = m_config.maxSize;
    request.headers = {{"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"}};
    net::Response response;
    for (int attempt = 1;; ++attempt) {
        {
            auto lease = co_await m_hosts.acquire(origin, token);
            response = co_await m_http.fetch(request, token);
        }
        *attempts = attempt;
        const auto wait = m_retry.delayBefore(attempt, response.status, response.error,
                                              response.header("retry-after"));
        if (!wait)
            break;
        qCDebug(lcCrawl) << "retrying" << url << "in" << wait->count() << "ms";
        co_await async::sleepFor(*wait, token);
    }
    co_return response;
}

async::Task<> Crawler::crawlUrl(QueuedUrl url, async::CancellationToken token)
{
    const QUrl parsed(url.url);
    const QString origin = originOf(parsed);
    if (!m_config.ignoreRobots) {
        std::shared_ptr<RobotsCache::Entry> robots = co_await m_robots->forOrigin(origin, token);
        if (!robots->robots.isAllowed(pathAndQuery(parsed))) {
            PageRecord page;
            page.error = robots->failure.isEmpty() ? QString::fromLatin1(BlockedByRobots) : robots->failure;
            --m_fetched;
            save(url.id, url.url, page, {}, UrlState::BlockedByRobots);
            co_return;
        }
    }
    int attempts = 0;
    net::Response response = co_await fetchWithRetries(url.url, origin, &attempts, token);
    PageRecord page = recordOf(response, attempts);
    PageAnalysis analysis; // outlives `links`, which borrow its texts, up to the save at the end
    QList<Utf8LinkRecord> links;
    const bool isRedirect = response.isOk() && response.status >= 300 && response.status < 400;
    if (isRedirect && !response.redirectUrl.isEmpty()) {
        handleRedirect(url, page);
    } else if (response.isOk() && response.status >= 200 && response.status < 300
               && isHtmlContentType(response.contentType())
               && (m_scope->isInScope(url.url) || url.foundVia == FoundVia::Seed)) {
        // External pages are checked, never followed: only pages of the crawled sites are parsed. A seed is parsed
        // even when --include/--exclude would leave it out: it is where the user asked the crawl to start.
        // A named callable: GCC 12 mishandles lambdas with captures built inside a co_await expression.
        auto analyse = [body = std::move(response.body), type = response.contentType(), pageUrl = url.url,
                        request = AnalysisRequest{&m_rules, keepsHtml()}] {
            return analysePage(body, type, pageUrl, request);
        };
        analysis = co_await async::onWorker(std::move(analyse), token, &m_parsePool);
        fillPageFields(page, analysis);
        if (page.canonical.isEmpty()) {
            const QString fromHeader = canonicalFromLinkHeader(response.header("link"));
            if (!fromHeader.isEmpty()) {
                auto resolved = resolveUrl(url.url, fromHeader);
                page.canonical = resolved ? *resolved : fromHeader;
                page.canonicalCount = 1;
            }
        }
        if (analysis.truncated)
            page.error = QStringLiteral("HTML nested deeper than %1 levels; the rest of the page was not parsed")
                             .arg(html::HtmlDocument::MaxNestingDepth);
        const bool headerNofollow = !m_config.ignoreRobots
            && headersForbidFollowing(response.headerValues("x-robots-tag"), m_config.robotsToken());
        links = enqueueLinks(url, analysis, headerNofollow);
        if (!m_rules.isEmpty() || !analysis.compressedHtml.isEmpty()) {
            const store::PageExtras extras = extrasOf(analysis);
            save(url.id, url.url, page, links, UrlState::Done, &extras);
            co_return;
        }
    }
    save(url.id, url.url, page, links, UrlState::Done);
}

void Crawler::save(qint64 urlId, const QString& url, const PageRecord& page, const QList<Utf8LinkRecord>& links,
                   UrlState state, const store::PageExtras* extras)
{
    if (m_failure)
        return;
    if (auto saved = m_store.savePageUtf8(urlId, page, links, state, extras); !saved) {
        fail(saved.error());
        return;
    }
    ++m_pagesDone;
    --m_queued;
    if (state == UrlState::Done && (page.status >= 400 || !page.error.isEmpty()))
        ++m_errors;
    const qint64 now = m_clock.elapsed();
    if (m_rateSamples.isEmpty() || now - m_rateSamples.last().first >= 250) {
        m_rateSamples.append({now, m_pagesDone});
        while (m_rateSamples.size() > 2 && now - m_rateSamples.first().first > 5000)
            m_rateSamples.removeFirst();
    }
    emit pageSaved(urlId, url, page.status);
}

void Crawler::fail(const Error& error)
{
    if (m_failure)
        return;
    m_failure = error;
    qCDebug(lcCrawl) << "crawl stopped:" << error.message; // the caller reports it
    m_abort.requestCancellation();
    m_changed.set();
}

} // namespace pav::crawl
