// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crawler and the site's own instructions: robots.txt (rules, groups, Crawl-delay, failures) and sitemaps
// (robots.txt Sitemap: lines, /sitemap.xml, indexes, gzip), checked at the server and in the crawl file.
#include <QTest>

#include "CrawlHarness.h"
#include "CrawlTestMacros.h"
#include "LocalHttpServer.h"

using namespace pav;
using namespace pav::crawl;
using namespace pav::test;
using namespace std::chrono_literals;
using store::FoundVia;
using store::UrlState;

namespace {
QByteArray urlSet(const QStringList& urls)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const QString& url : urls)
        xml += "<url><loc>" + url.toUtf8() + "</loc></url>\n";
    return xml + "</urlset>\n";
}

QByteArray sitemapIndex(const QStringList& urls)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const QString& url : urls)
        xml += "<sitemap><loc>" + url.toUtf8() + "</loc></sitemap>\n";
    return xml + "</sitemapindex>\n";
}

using ReplyFactory = std::function<Reply()>;
} // namespace

Q_DECLARE_METATYPE(ReplyFactory)

class TestCrawlerRobots : public QObject
{
    Q_OBJECT

private slots:
    void recordsDisallowedUrlsWithoutFetchingThem()
    {
        LocalHttpServer server;
        server.route("/robots.txt", Reply::text("User-agent: *\nDisallow: /private\n"));
        server.route("/", Reply::html(anchors({"/private/x", "/private?q=1", "/public"})));
        server.route("/public", Reply::html(anchors({})));
        server.route("/private/x", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        for (const char* path : {"/private/x", "/private?q=1"}) {
            const UrlRow row = rows.value(server.url(QLatin1String(path)));
            QVERIFY2(row.hasPage, path);
            QCOMPARE(row.status, 0);
            QCOMPARE(row.error, QStringLiteral("blocked by robots.txt"));
            QCOMPARE(row.state, int(UrlState::BlockedByRobots));
            QCOMPARE(getsOf(server, path), 0);
        }
        QCOMPARE(rows.value(server.url("/public")).status, 200);
        QCOMPARE(getsOf(server, "/robots.txt"), 1);
    }

    void obeysTheGroupForOurToken_data()
    {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<QByteArray>("blocked");
        QTest::addColumn<QByteArray>("fetched");
        QTest::newRow("default agent: pavutyna group") << QString() << QByteArray("/ours") << QByteArray("/star");
        QTest::newRow("custom agent: its own group")
            << QStringLiteral("MyBot/1.0 (+http://127.0.0.1/bot)") << QByteArray("/mine") << QByteArray("/star");
        QTest::newRow("unknown agent: star group")
            << QStringLiteral("OtherBot/2.0") << QByteArray("/star") << QByteArray("/ours");
    }
    void obeysTheGroupForOurToken()
    {
        QFETCH(QString, userAgent);
        QFETCH(QByteArray, blocked);
        QFETCH(QByteArray, fetched);
        LocalHttpServer server;
        server.route("/robots.txt", Reply::text("User-agent: googlebot\nDisallow: /\n\n"
                                                "User-agent: Pavutyna\nDisallow: /ours\n\n"
                                                "User-agent: mybot\nDisallow: /mine\n\n"
                                                "User-agent: *\nDisallow: /star\n"));
        server.route("/", Reply::html(anchors({"/ours", "/mine", "/star"})));
        for (const char* path : {"/ours", "/mine", "/star"})
            server.route(QLatin1String(path), Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.userAgent = userAgent;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        QCOMPARE(getsOf(server, blocked), 0);
        QCOMPARE(rows.value(server.url(QString::fromLatin1(blocked))).state, int(UrlState::BlockedByRobots));
        QCOMPARE(getsOf(server, fetched), 1);
        QCOMPARE(rows.value(server.url(QString::fromLatin1(fetched))).status, 200);
        for (const RequestInfo& request : server.requests())
            QCOMPARE(request.header("User-Agent"), config.effectiveUserAgent());
    }

    void spacesRequestsByCrawlDelay()
    {
        LocalHttpServer server;
        server.route("/robots.txt", Reply::text("User-agent: *\nCrawl-delay: 0.25\n"));
        server.route("/", Reply::html(anchors({"/a", "/b", "/c"})));
        for (const char* path : {"/a", "/b", "/c"})
            server.route(QLatin1String(path), Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.perHost = 4;
        config.sitemaps = false;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(int(pageTargets(server).size()), 4);
        // Start times are reserved 250 ms apart; arrivals at the server carry a few ms of jitter each (more on a
        // loaded machine), so every gap gets a margin and the whole span is checked tightly.
        const QList<qint64> gaps
            = arrivalGapsMs(server, [](const QByteArray& target) { return target != "/robots.txt"; });
        QCOMPARE(int(gaps.size()), 3);
        qint64 span = 0;
        for (qint64 gap : gaps) {
            QVERIFY2(gap >= 200, qPrintable(QStringLiteral("gap %1 ms").arg(gap)));
            span += gap;
        }
        QVERIFY2(span >= 3 * 250 - 20, qPrintable(QStringLiteral("span %1 ms").arg(span)));
        QCOMPARE(server.maxConcurrent(), 1); // a Crawl-delay also means one request at a time
    }

    void treatsAnUnreadableRobotsTxtAsDisallowingEverything_data()
    {
        QTest::addColumn<ReplyFactory>("robots");
        QTest::addColumn<int>("retries");
        QTest::addColumn<QString>("error");
        QTest::newRow("500, no retries") << ReplyFactory([] {
            return Reply::status(500);
        }) << 0 << QStringLiteral("robots.txt answered HTTP 500, so the site is treated as disallowed");
        QTest::newRow("503, retried once")
            << ReplyFactory([] { return Reply::status(503); }) << 1
            << QStringLiteral("robots.txt answered HTTP 503, so the site is treated as disallowed");
        QTest::newRow("connection dropped") << ReplyFactory([] { return Reply::dropConnection(); }) << 0
                                            << QStringLiteral("robots.txt could not be fetched (");
    }
    void treatsAnUnreadableRobotsTxtAsDisallowingEverything()
    {
        QFETCH(ReplyFactory, robots);
        QFETCH(int, retries);
        QFETCH(QString, error);
        LocalHttpServer server;
        server.route("/robots.txt", robots());
        server.route("/", Reply::html(anchors({"/a"})));
        server.route("/sitemap.xml", Reply::bytes("application/xml", urlSet({server.url("/a")})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.retries = retries;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        // Nothing but robots.txt itself is requested: not the seed, not even the guessed /sitemap.xml.
        QCOMPARE(getsOf(server, "/robots.txt"), retries + 1);
        QCOMPARE(server.requestCount(), retries + 1);
        const UrlRow seed = harness.rows().value(server.url("/"));
        QCOMPARE(seed.status, 0);
        QCOMPARE(seed.state, int(UrlState::BlockedByRobots));
        QVERIFY2(seed.error.startsWith(error), qPrintable(seed.error));
    }

    void treatsAMissingRobotsTxtAsAllowingEverything_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("404") << 404;
        QTest::newRow("410") << 410;
        QTest::newRow("403") << 403;
    }
    void treatsAMissingRobotsTxtAsAllowingEverything()
    {
        QFETCH(int, status);
        LocalHttpServer server;
        server.route("/robots.txt", Reply::status(status, "User-agent: *\nDisallow: /\n"));
        server.route("/", Reply::html(anchors({"/a"})));
        server.route("/a", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(getsOf(server, "/robots.txt"), 1); // 4xx is an answer, not retried
        QCOMPARE(getsOf(server, "/a"), 1);
        QCOMPARE(harness.rows().value(server.url("/a")).status, 200);
    }

    void ignoresRobotsTxtWhenAsked()
    {
        LocalHttpServer server;
        server.route("/robots.txt", Reply::text("User-agent: *\nDisallow: /\nCrawl-delay: 5\n"));
        server.route("/", Reply::html(anchors({"/a"})));
        server.route("/a", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.ignoreRobots = true;

        auto outcome = harness.crawl(config, {}, {}, 4s); // a Crawl-delay of 5 s would trip the watchdog
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(getsOf(server, "/robots.txt"), 0);
        QCOMPARE(getsOf(server, "/a"), 1);
        QCOMPARE(harness.rows().value(server.url("/")).state, int(UrlState::Done));
    }

    void crawlsUrlsFoundOnlyInSitemaps_data()
    {
        QTest::addColumn<bool>("sitemapFirst");
        QTest::newRow("sitemap read before the link is seen") << true;
        QTest::newRow("link seen before the sitemap is read") << false;
    }
    void crawlsUrlsFoundOnlyInSitemaps()
    {
        QFETCH(bool, sitemapFirst);
        LocalHttpServer server;
        LocalHttpServer other;
        server.route("/robots.txt", Reply::text("User-agent: *\nDisallow: /blocked\nSitemap: "
                                                + server.url("/maps/index.xml").toUtf8() + "\n"));
        server.route("/maps/index.xml", Reply::bytes("application/xml", sitemapIndex({server.url("/maps/pages.xml"),
                                                                                      server.url("/maps/more.xml.gz"),
                                                                                      server.url("/maps/pages.xml")})));
        server.route("/maps/pages.xml",
                     Reply::bytes("application/xml", urlSet({server.url("/only-in-map"), server.url("/linked"),
                                                             other.url("/foreign"), server.url("/blocked")})));
        server.route("/maps/more.xml.gz",
                     Reply::bytes("application/octet-stream", compressZlib(urlSet({server.url("/from-gzip")}))));
        Reply plain = Reply::bytes("text/plain", server.url("/from-default").toUtf8() + "\n");
        if (!sitemapFirst)
            plain.delay(400ms);
        server.route("/sitemap.xml", plain);
        Reply home = Reply::html(anchors({"/linked"}));
        if (sitemapFirst)
            home.delay(400ms);
        server.route("/", home);
        for (const char* path : {"/only-in-map", "/linked", "/from-gzip", "/from-default"})
            server.route(QLatin1String(path), Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        for (const char* path : {"/only-in-map", "/from-gzip", "/from-default"}) {
            const UrlRow row = rows.value(server.url(QLatin1String(path)));
            QVERIFY2(row.status == 200, path);
            QCOMPARE(row.foundVia, int(FoundVia::Sitemap));
            QVERIFY(row.inSitemap);
            QCOMPARE(row.depth, 1);
            QCOMPARE(getsOf(server, path), 1);
        }
        const UrlRow linked = rows.value(server.url("/linked"));
        QCOMPARE(linked.foundVia, int(FoundVia::Link));
        QVERIFY(linked.inSitemap);
        QCOMPARE(getsOf(server, "/linked"), 1);
        QVERIFY(!rows.value(server.url("/")).inSitemap);
        QCOMPARE(rows.value(server.url("/blocked")).state, int(UrlState::BlockedByRobots));
        QVERIFY(!rows.contains(other.url("/foreign"))); // a sitemap speaks only for its own site
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(getsOf(server, "/maps/index.xml"), 1);
        QCOMPARE(getsOf(server, "/maps/pages.xml"), 1);
        QCOMPARE(getsOf(server, "/maps/more.xml.gz"), 1);
        QCOMPARE(getsOf(server, "/sitemap.xml"), 1);
    }

    void survivesAGzipBombSitemap_data()
    {
        QTest::addColumn<bool>("contentEncoding");
        QTest::newRow(".xml.gz body (the crawler unpacks it)") << false;
        QTest::newRow("Content-Encoding: gzip (libcurl unpacks it)") << true;
    }
    void survivesAGzipBombSitemap()
    {
        QFETCH(bool, contentEncoding);
        LocalHttpServer server;
        const Reply bomb = Reply::gzipBomb(64LL * 1024 * 1024); // unpacks past the 50 MB a sitemap may have
        server.route("/sitemap.xml", contentEncoding ? bomb : Reply::bytes("application/octet-stream", bomb.body()));
        server.route("/", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        QStringList warnings;

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}), {}, [&](Crawler& crawler) {
            QObject::connect(&crawler, &Crawler::warning, [&](const QString& message) { warnings.append(message); });
        });
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(harness.rows().keys(), QStringList{server.url("/")});
        QCOMPARE(getsOf(server, "/sitemap.xml"), 1);
        if (contentEncoding) {
            QCOMPARE(warnings, QStringList()); // a failed download is treated like a missing sitemap
        } else {
            QCOMPARE(int(warnings.size()), 1);
            QVERIFY2(warnings[0].startsWith(QStringLiteral("Sitemap ") + server.url("/sitemap.xml")),
                     qPrintable(warnings[0]));
        }
    }

    void readsNoSitemapWhenTurnedOff()
    {
        LocalHttpServer server;
        server.route("/robots.txt", Reply::text("Sitemap: " + server.url("/map.xml").toUtf8() + "\n"));
        server.route("/map.xml", Reply::bytes("application/xml", urlSet({server.url("/only-in-map")})));
        server.route("/sitemap.xml", Reply::bytes("application/xml", urlSet({server.url("/only-in-map")})));
        server.route("/", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.sitemaps = false;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(getsOf(server, "/map.xml"), 0);
        QCOMPARE(getsOf(server, "/sitemap.xml"), 0);
        QCOMPARE(harness.rows().keys(), QStringList{server.url("/")});
    }
};

QObject* makeTestCrawlerRobots()
{
    return new TestCrawlerRobots;
}

#include "TestCrawlerRobots.moc"
