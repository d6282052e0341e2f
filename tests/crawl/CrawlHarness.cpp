// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrawlHarness.h"

#include <QTimer>

#include "LocalHttpServer.h"
#include "async/RunBlocking.h"
#include "net/HttpClient.h"

namespace pav::test {

using namespace std::chrono_literals;

CrawlHarness::CrawlHarness()
    : m_http(std::make_unique<net::HttpClient>())
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    m_path = m_dir.filePath(QStringLiteral("crawl.pavutyna"));
    reopen();
}

CrawlHarness::~CrawlHarness() = default;

bool CrawlHarness::reopen()
{
    m_store.reset(); // flushes
    auto opened = store::CrawlStore::open(m_path);
    if (!opened) {
        m_error = opened.error().message;
        return false;
    }
    m_store = std::move(*opened);
    return true;
}

crawl::CrawlConfig CrawlHarness::configFor(const QStringList& seeds)
{
    crawl::CrawlConfig config;
    config.seeds = seeds;
    config.timeout = 5s;
    return config;
}

Result<crawl::CrawlOutcome> CrawlHarness::crawl(crawl::CrawlConfig config, async::CancellationToken stop,
                                                const std::function<void(crawl::Crawler&)>& setUp,
                                                std::chrono::milliseconds watchdog)
{
    if (!m_store)
        return Error{ErrorKind::Io, m_error};
    crawl::Crawler crawler(std::move(config), *m_store, *m_http);
    if (setUp)
        setUp(crawler);
    // The watchdog stops the crawl through its token, so a crawl that never ends fails its test and the suite goes
    // on; runBlocking's own watchdog (which destroys the task and aborts) is only the backstop.
    async::CancellationSource guard(stop);
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        timedOut = true;
        guard.requestCancellation();
    });
    timer.start(watchdog);
    auto outcome = async::runBlocking(crawler.run(guard.token()), watchdog + std::chrono::seconds(10));
    (void)m_store->flush();
    m_stats = crawler.stats();
    if (timedOut)
        return Error{ErrorKind::TimedOut,
                     QStringLiteral("the crawl did not finish within %1 ms").arg(watchdog.count())};
    return outcome;
}

QMap<QString, UrlRow> CrawlHarness::rows()
{
    QMap<QString, UrlRow> rows;
    if (!m_store)
        return rows;
    (void)m_store->flush();
    auto query = m_store->database().prepare(
        "SELECT u.url, u.depth, u.found_via, u.state, u.hops, u.in_sitemap, p.url_id IS NOT NULL, "
        "coalesce(p.status, -1), coalesce(p.redirect_url, ''), coalesce(p.error, ''), coalesce(p.title, ''), "
        "coalesce(p.encoding, ''), coalesce(p.content_type, ''), coalesce(p.attempts, 0), coalesce(p.canonical, '') "
        "FROM urls u LEFT JOIN pages p ON p.url_id = u.id ORDER BY u.id");
    if (!query)
        return rows;
    while (true) {
        auto step = query->step();
        if (!step || !*step)
            break;
        UrlRow row;
        row.url = query->text(0);
        row.depth = int(query->int64(1));
        row.foundVia = int(query->int64(2));
        row.state = int(query->int64(3));
        row.hops = int(query->int64(4));
        row.inSitemap = query->int64(5) != 0;
        row.hasPage = query->int64(6) != 0;
        row.status = int(query->int64(7));
        row.redirectUrl = query->text(8);
        row.error = query->text(9);
        row.title = query->text(10);
        row.encoding = query->text(11);
        row.contentType = query->text(12);
        row.attempts = int(query->int64(13));
        row.canonical = query->text(14);
        rows.insert(row.url, row);
    }
    return rows;
}

int CrawlHarness::linkCount(const QString& from, const QString& to)
{
    if (!m_store)
        return -1;
    auto query = m_store->database().prepare(
        "SELECT count(*) FROM links l JOIN urls s ON s.id = l.source_id JOIN urls t ON t.id = l.target_id "
        "WHERE s.url = ?1 AND t.url = ?2");
    if (!query)
        return -1;
    query->bind(1, from).bind(2, to);
    auto step = query->step();
    return step && *step ? int(query->int64(0)) : -1;
}

qint64 CrawlHarness::scalar(const QString& sql)
{
    if (!m_store)
        return -1;
    (void)m_store->flush();
    const QByteArray utf8 = sql.toUtf8();
    auto query = m_store->database().prepare(utf8.constData());
    if (!query)
        return -1;
    auto step = query->step();
    return step && *step ? query->int64(0) : -1;
}

int getsOf(const LocalHttpServer& server, const QByteArray& target)
{
    int count = 0;
    for (const RequestInfo& request : server.requests()) {
        if (request.method == "GET" && request.target == target)
            ++count;
    }
    return count;
}

QList<QByteArray> pageTargets(const LocalHttpServer& server)
{
    QList<QByteArray> targets;
    for (const RequestInfo& request : server.requests()) {
        if (request.path != "/robots.txt" && request.path != "/sitemap.xml")
            targets.append(request.target);
    }
    return targets;
}

QList<qint64> arrivalGapsMs(const LocalHttpServer& server, const std::function<bool(const QByteArray&)>& keep)
{
    using std::chrono::duration_cast;
    using std::chrono::milliseconds;
    QList<qint64> gaps;
    std::optional<std::chrono::steady_clock::time_point> previous;
    for (const RequestInfo& request : server.requests()) {
        if (keep && !keep(request.target))
            continue;
        if (previous)
            gaps.append(duration_cast<milliseconds>(request.received - *previous).count());
        previous = request.received;
    }
    return gaps;
}

} // namespace pav::test
