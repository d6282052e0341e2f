// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/RobotsCache.h"


#include "async/Sleep.h"
#include "common/Error.h"
#include "crawl/HostPolicy.h"
#include "crawl/RetryPolicy.h"
#include "net/HttpClient.h"

namespace pav::crawl {

namespace {
// The failure texts are stored in the crawl file, so they stay English like every stored error.
constexpr qint64 MaxRobotsBytes = 512 * 1024; // RFC 9309 §2.5: parse at least 500 KiB
} // namespace

RobotsCache::RobotsCache(net::HttpClient& http, HostPolicy& hosts, const RetryPolicy& retry, QByteArray userAgent,
                         QByteArray productToken, std::chrono::milliseconds timeout)
    : m_http(http)
    , m_hosts(hosts)
    , m_retry(retry)
    , m_userAgent(std::move(userAgent))
    , m_productToken(std::move(productToken))
    , m_timeout(timeout)
{
}

RobotsCache::~RobotsCache() = default;

async::Task<std::shared_ptr<RobotsCache::Entry>> RobotsCache::forOrigin(QString origin, async::CancellationToken token)
{
    if (std::shared_ptr<Entry> known = m_entries.value(origin)) {
        co_await known->ready.wait(token);
        if (known->cancelled)
            throw Cancelled();
        co_return known;
    }
    auto entry = std::make_shared<Entry>();
    m_entries.insert(origin, entry);
    try {
        co_await fetchInto(entry, origin, token);
    } catch (...) {
        // Whoever waits on this entry is woken and told; the next caller starts afresh.
        m_entries.remove(origin);
        entry->cancelled = true;
        entry->ready.set();
        throw;
    }
    entry->ready.set();
    co_return entry;
}

async::Task<> RobotsCache::fetchInto(std::shared_ptr<Entry> entry, QString origin, async::CancellationToken token)
{
    net::Request request;
    request.url = origin + QStringLiteral("/robots.txt");
    request.userAgent = m_userAgent;
    request.timeout = m_timeout;
    request.followRedirects = true;
    request.maxRedirects = 5;
    request.maxBodySize = MaxRobotsBytes;
    net::Response response;
    for (int attempt = 1;; ++attempt) {
        {
            auto lease = co_await m_hosts.acquire(origin, token);
            response = co_await m_http.fetch(request, token);
        }
        const auto wait = m_retry.delayBefore(attempt, response.status, response.error,
                                              response.header("retry-after"));
        if (!wait)
            break;
        co_await async::sleepFor(*wait, token);
    }

    if (response.error == net::FetchError::BodyTooLarge) {
        // Larger than anyone should write: what arrived is still what the site asked for.
        entry->robots = Robots::parse(response.body, m_productToken);
    } else if (!response.isOk()) {
        entry->robots = Robots::disallowAll();
        entry->failure = QStringLiteral("robots.txt could not be fetched (%1)").arg(response.errorText);
    } else if (response.status >= 200 && response.status < 300) {
        entry->robots = Robots::parse(response.body, m_productToken);
    } else if (response.status >= 500 || response.status == 429) {
        entry->robots = Robots::disallowAll();
        entry->failure = QStringLiteral("robots.txt answered HTTP %1, so the site is treated as disallowed").arg(response.status);
    } else {
        entry->robots = Robots::allowAll(); // 3xx past five hops, 4xx: no rules
    }
    if (auto delay = entry->robots.crawlDelay())
        m_hosts.setCrawlDelay(origin, *delay);
}

} // namespace pav::crawl
