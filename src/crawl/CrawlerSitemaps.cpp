// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crawler: discovery through sitemaps (robots.txt Sitemap: lines and /sitemap.xml), in a file of its own
// because it is a separate producer of URLs that runs beside the dispatcher.
#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include "crawl/Crawler.h"
#include "crawl/Sitemap.h"
#include "crawl/Url.h"
#include "net/HttpClient.h"

namespace pav::crawl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::crawl::Crawler)
};
constexpr int MaxSitemapFiles = 1000; // sitemap indexes can nest; a hostile one must not keep us busy forever

} // namespace

async::Task<> Crawler::readSitemaps(QString origin, async::CancellationToken token)
{
    struct Done
    {
        Crawler* crawler;
        ~Done()
        {
            --crawler->m_background;
            crawler->m_changed.set();
        }
    } done{this};

    QStringList queue;
    std::shared_ptr<RobotsCache::Entry> robots;
    if (!m_config.ignoreRobots) {
        robots = co_await m_robots->forOrigin(origin, token);
        for (const QByteArray& location : robots->robots.sitemaps())
            queue.append(QString::fromUtf8(location));
    }
    queue.append(origin + QStringLiteral("/sitemap.xml"));

    QSet<QString> seen;
    int files = 0;
    while (!queue.isEmpty() && files < MaxSitemapFiles && !m_failure) {
        auto location = normaliseUrl(queue.takeFirst());
        if (!location || seen.contains(*location))
            continue;
        seen.insert(*location);
        // A sitemap of this origin is fetched only where a page could be: robots.txt answering 5xx (or being
        // unreachable) disallows everything, the guessed /sitemap.xml included.
        if (const QUrl parsed(*location); robots && originOfUrl(*location) == origin
                                           && !robots->robots.isAllowed(pathAndQuery(parsed)))
            continue;
        ++files;

        net::Request request;
        request.url = *location;
        request.userAgent = m_config.effectiveUserAgent();
        request.timeout = m_config.timeout;
        request.followRedirects = true;
        request.maxRedirects = 5;
        request.maxBodySize = MaxSitemapBytes;
        net::Response response;
        {
            auto lease = co_await m_hosts.acquire(originOfUrl(*location), token);
            response = co_await m_http.fetch(request, token);
        }
        if (!response.isOk() || response.status != 200)
            continue; // no sitemap is the normal case
        QByteArray body = std::move(response.body);
        if (body.startsWith("\x1f\x8b")) {
            auto unpacked = gunzip(body, MaxSitemapBytes);
            if (!unpacked) {
                emit warning(Tr::tr("Sitemap %1: %2").arg(*location, unpacked.error().message));
                continue;
            }
            body = std::move(*unpacked);
        }
        auto sitemap = parseSitemap(body);
        if (!sitemap) {
            emit warning(Tr::tr("Sitemap %1: %2").arg(*location, sitemap.error().message));
            continue;
        }
        if (sitemap->kind == Sitemap::Kind::Index) {
            queue.append(sitemap->locations);
            continue;
        }
        for (const QString& entry : std::as_const(sitemap->locations)) {
            auto url = normaliseUrl(entry);
            if (!url || !m_scope->isInScope(*url))
                continue; // RFC-less but universal: a sitemap speaks only for its own site
            const std::optional<qint64> id = discover(*url, 1, store::FoundVia::Sitemap, true);
            if (!id)
                continue;
            if (auto marked = m_store.markInSitemap(*id); !marked) {
                fail(marked.error());
                break;
            }
        }
    }
    if (!m_failure)
        (void)m_store.setMeta(QStringLiteral("sitemaps_read"), QStringLiteral("1"));
}

} // namespace pav::crawl
