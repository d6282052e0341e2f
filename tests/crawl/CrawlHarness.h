// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include "async/Cancellation.h"
#include "common/Result.h"
#include "crawl/CrawlConfig.h"
#include "crawl/Crawler.h"
#include "store/CrawlStore.h"

class QObject;

namespace pav::net {
class HttpClient;
}

namespace pav::test {

class LocalHttpServer;

// One URL of a crawl file as the tests read it back: the urls row joined with its pages row, if any.
struct UrlRow
{
    QString url;
    int depth = 0;
    int foundVia = -1;
    int state = -1;
    int hops = 0;
    bool inSitemap = false;
    bool hasPage = false; // a pages row exists (fetched, refused by robots.txt, or an error)
    int status = -1;
    QString redirectUrl;
    QString error;
    QString title;
    QString encoding;
    QString contentType;
    QString canonical;
    int attempts = 0;
};

// A crawl file in a temporary directory, one HttpClient, and the plumbing to run a Crawler over them and read the
// result back by SQL. Lives on the test's thread; every crawl runs under runBlocking with a watchdog.
class CrawlHarness
{
public:
    CrawlHarness();
    ~CrawlHarness();

    bool isReady() const
    {
        return m_store != nullptr;
    }
    QString errorString() const
    {
        return m_error;
    }
    store::CrawlStore& store()
    {
        return *m_store;
    }

    // What the tests start from: the given seeds, a short timeout; everything else as shipped.
    static crawl::CrawlConfig configFor(const QStringList& seeds);

    // Runs one Crawler to its end. A watchdog expiry comes back as an Error of kind TimedOut. `setUp` may connect to
    // the crawler's signals (and cancel `stop`) before it starts.
    Result<crawl::CrawlOutcome> crawl(crawl::CrawlConfig config, async::CancellationToken stop = {},
                                      const std::function<void(crawl::Crawler&)>& setUp = {},
                                      std::chrono::milliseconds watchdog = std::chrono::seconds(20));

    // The crawler's counters as run() left them, from the last crawl().
    const crawl::CrawlStats& lastStats() const
    {
        return m_stats;
    }

    // Closes and reopens the crawl file, as a new process resuming the crawl would.
    bool reopen();

    QMap<QString, UrlRow> rows(); // every URL of the crawl file, by URL
    int linkCount(const QString& from, const QString& to); // link rows between the two URLs
    qint64 scalar(const QString& sql); // first column of the first row, -1 on error

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<store::CrawlStore> m_store;
    std::unique_ptr<net::HttpClient> m_http;
    crawl::CrawlStats m_stats;
};

// GET requests whose target (path and query) is exactly `target`.
int getsOf(const LocalHttpServer& server, const QByteArray& target);
// Targets of every request but robots.txt and /sitemap.xml, in arrival order.
QList<QByteArray> pageTargets(const LocalHttpServer& server);
// Milliseconds between consecutive request arrivals, for requests whose target passes `keep` (all when empty).
QList<qint64> arrivalGapsMs(const LocalHttpServer& server, const std::function<bool(const QByteArray&)>& keep = {});

} // namespace pav::test
