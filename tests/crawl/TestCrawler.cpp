// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crawler end to end against LocalHttpServer: what gets fetched (the server's request log) and what the crawl file
// says (SQL over it) for dedup, scope, nofollow, --html-only, the live counters and bad configs. Redirects and page
// content are in TestCrawlerPages.cpp, robots.txt/sitemaps in TestCrawlerRobots.cpp, limits/retries/politeness/resume
// in TestCrawlerLimits.cpp.
#include <QTest>

#include "Bytes.h"
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
bool hasScheme(const QMap<QString, UrlRow>& rows, QLatin1StringView prefix)
{
    for (const QString& url : rows.keys()) {
        if (url.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

class TestCrawler : public QObject
{
    Q_OBJECT

private slots:
    void fetchesEachSpellingOfAUrlOnce()
    {
        LocalHttpServer server;
        const QByteArray origin = server.origin().toUtf8();
        const QByteArray upper = "HTTP://127.0.0.1:" + QByteArray::number(server.port());
        server.route("/", Reply::html(anchors({"/a", "/a#x", origin + "/a", "./a", "/b/../a", upper + "/a",
                                               "http://Example.COM:80/x", "http://example.com/x#frag"})));
        server.route("/a", Reply::html(anchors({"/", "a", "../a"})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(getsOf(server, "/"), 1);
        QCOMPARE(getsOf(server, "/a"), 1);
        const auto rows = harness.rows();
        QCOMPARE(rows.keys(), (QStringList{server.url("/"), server.url("/a"), QStringLiteral("http://example.com/x")}));
        QCOMPARE(rows.value(server.url("/a")).status, 200);
        QCOMPARE(rows.value(server.url("/a")).depth, 1);
        // Every spelling is still a link of its own; all point at the one row.
        QCOMPARE(harness.linkCount(server.url("/"), server.url("/a")), 6);
        QCOMPARE(harness.linkCount(server.url("/"), QStringLiteral("http://example.com/x")), 2);
        QCOMPARE(rows.value(QStringLiteral("http://example.com/x")).state, int(UrlState::NotCrawled));
    }

    void recordsOtherHostsAndChecksThemOnlyWithExternal_data()
    {
        QTest::addColumn<bool>("external");
        QTest::newRow("external off: recorded, not fetched") << false;
        QTest::newRow("external on: fetched once, not followed") << true;
    }
    void recordsOtherHostsAndChecksThemOnlyWithExternal()
    {
        QFETCH(bool, external);
        LocalHttpServer server;
        LocalHttpServer other; // another port is another origin
        server.route("/", Reply::html(anchors({other.url("/page").toUtf8(), "/in"})));
        server.route("/in", Reply::html(anchors({other.url("/page").toUtf8()})));
        other.route("/page", Reply::html(anchors({"/next", "/"})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.external = external;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        const UrlRow page = rows.value(other.url("/page"));
        QCOMPARE(harness.linkCount(server.url("/"), other.url("/page")), 1);
        QCOMPARE(harness.linkCount(server.url("/in"), other.url("/page")), 1);
        QCOMPARE(getsOf(server, "/in"), 1);
        QVERIFY(!rows.contains(other.url("/next")));
        QVERIFY(!rows.contains(other.url("/")));
        QCOMPARE(getsOf(other, "/next"), 0);
        QCOMPARE(getsOf(other, "/"), 0);
        if (external) {
            QCOMPARE(getsOf(other, "/page"), 1);
            QCOMPARE(page.state, int(UrlState::Done));
            QCOMPARE(page.status, 200);
            QCOMPARE(page.title, QString()); // checked, not analysed
        } else {
            QCOMPARE(other.requestCount(), 0);
            QCOMPARE(page.state, int(UrlState::NotCrawled));
            QVERIFY(!page.hasPage);
        }
    }

    void followsARedirectFromHttpToHttpsOfTheSameHost()
    {
        LocalHttpServer server;
        QString https = server.url("/secure");
        https.replace(0, 4, QStringLiteral("https")); // same host and port, other scheme
        server.route("/", Reply::redirect(https.toUtf8(), 301));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.retries = 0;
        config.timeout = 2s; // the fixture speaks no TLS: the fetch fails, but it is tried
        config.ignoreRobots = true; // else the https robots.txt, unreachable too, refuses the page before the fetch

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const UrlRow target = harness.rows().value(https);
        QCOMPARE(target.foundVia, int(FoundVia::Redirect));
        QCOMPARE(target.state, int(UrlState::Done)); // queued and fetched as part of the site, not left as external
        QVERIFY(target.hasPage);
        QVERIFY(!target.error.isEmpty());
    }

    void neverFetchesAnExcludedExternalUrl()
    {
        LocalHttpServer server;
        LocalHttpServer other; // another port is another site
        server.route("/", Reply::html(anchors({other.url("/ads/banner").toUtf8(), other.url("/page").toUtf8(),
                                               "/blog/1"})));
        server.route("/blog/1", Reply::html(anchors({})));
        other.route("/ads/banner", Reply::html(anchors({})));
        other.route("/page", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.external = true;
        config.exclude = {"/ads/"};
        config.include = {"/blog/"}; // narrows the crawled site only: external links are still checked

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        QCOMPARE(getsOf(other, "/ads/banner"), 0);
        QCOMPARE(rows.value(other.url("/ads/banner")).state, int(UrlState::NotCrawled));
        QCOMPARE(harness.linkCount(server.url("/"), other.url("/ads/banner")), 1);
        QCOMPARE(getsOf(other, "/page"), 1);
        QCOMPARE(rows.value(other.url("/page")).status, 200);
        QCOMPARE(getsOf(server, "/blog/1"), 1);
    }

    void appliesIncludeAndExcludePatterns_data()
    {
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QStringList>("fetched");
        QTest::addColumn<QStringList>("notFetched");
        QTest::newRow("include only") << QStringList{"/keep"} << QStringList{} << QStringList{"/keep1", "/keep2"}
                                      << QStringList{"/skip1", "/other"};
        QTest::newRow("exclude only") << QStringList{} << QStringList{"/skip"}
                                      << QStringList{"/keep1", "/keep2", "/other"} << QStringList{"/skip1"};
        QTest::newRow("exclude beats include") << QStringList{"/keep", "/skip"} << QStringList{"2$"}
                                               << QStringList{"/keep1", "/skip1"} << QStringList{"/keep2", "/other"};
        QTest::newRow("query part is matched")
            << QStringList{} << QStringList{"[?&]sort="} << QStringList{"/keep1", "/keep2", "/skip1", "/other"}
            << QStringList{"/keep1?sort=asc"};
    }
    void appliesIncludeAndExcludePatterns()
    {
        QFETCH(QStringList, include);
        QFETCH(QStringList, exclude);
        QFETCH(QStringList, fetched);
        QFETCH(QStringList, notFetched);
        LocalHttpServer server;
        server.route("/", Reply::html(anchors({"/keep1", "/keep2", "/skip1", "/other", "/keep1?sort=asc"})));
        for (const char* path : {"/keep1", "/keep2", "/skip1", "/other"})
            server.route(QString::fromLatin1(path), Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.include = include;
        config.exclude = exclude;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        QCOMPARE(getsOf(server, "/"), 1); // the seed is crawled whatever the patterns say
        for (const QString& path : fetched) {
            QVERIFY2(getsOf(server, path.toUtf8()) == 1, qPrintable(path));
            QCOMPARE(rows.value(server.url(path)).status, 200);
        }
        for (const QString& path : notFetched) {
            QVERIFY2(getsOf(server, path.toUtf8()) == 0, qPrintable(path));
            QCOMPARE(rows.value(server.url(path)).state, int(UrlState::NotCrawled));
        }
    }

    void dropsLinksWithOtherSchemes()
    {
        LocalHttpServer server;
        const QByteArray schemeRelative = "//127.0.0.1:" + QByteArray::number(server.port()) + "/ok";
        server.route("/", Reply::html(anchors({"ftp://127.0.0.1/file", "mailto:me@example.com", "javascript:go()",
                                               "tel:+380441234567", "data:text/html,hi", "file:///etc/passwd",
                                               "ws://127.0.0.1/socket", schemeRelative})));
        server.route("/ok", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        QCOMPARE(rows.keys(), (QStringList{server.url("/"), server.url("/ok")}));
        QCOMPARE(rows.value(server.url("/ok")).status, 200);
        QCOMPARE(harness.scalar("SELECT count(*) FROM links"), 1);
        for (const char* scheme : {"ftp:", "mailto:", "javascript:", "tel:", "data:", "file:", "ws:"})
            QVERIFY2(!hasScheme(rows, QLatin1StringView(scheme)), scheme);
    }

    void keepsItsCountersInStepWithTheCrawlFile()
    {
        LocalHttpServer server;
        LocalHttpServer other;
        server.route("/robots.txt", Reply::text("User-agent: *\nDisallow: /blocked\n"));
        server.route("/", Reply::html(anchors({"/ok", "/missing", "/blocked", "/moved", other.url("/x").toUtf8()})
                                      + "<a rel=nofollow href=/nf>nf</a>"));
        server.route("/ok", Reply::html(anchors({"/"})));
        server.route("/moved", Reply::redirect("/ok"));
        server.route("/nf", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.retries = 0;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const CrawlStats& stats = harness.lastStats();
        QCOMPARE(stats.pagesDone, harness.scalar("SELECT count(*) FROM pages"));
        QCOMPARE(stats.pagesDone, qint64(5)); // /, /ok, /missing (404), /blocked (robots), /moved
        QCOMPARE(stats.errors, harness.store().countErrors().value());
        QCOMPARE(stats.errors, qint64(1)); // the 404
        QCOMPARE(stats.queued, qint64(0));
        QCOMPARE(stats.inFlight, 0);
        QCOMPARE(stats.knownUrls, harness.scalar("SELECT count(*) FROM urls"));
        QCOMPARE(stats.knownUrls, qint64(7));
    }

    void doesNotFollowNofollowLinks()
    {
        LocalHttpServer server;
        server.route("/", Reply::html("<a rel=nofollow href=/nf>nf</a><a rel=\"noopener NOFOLLOW\" href=/nf2>nf2</a>"
                                      "<a href=/meta>meta</a><a rel=\"nofollowed external\" href=/token>t</a>"));
        server.route("/meta", Reply::html("<meta name=robots content=\"noindex, nofollow\"><a href=/child>c</a>"));
        server.route("/token", Reply::html(anchors({}))); // rel holds no "nofollow" token, only a longer word
        server.route("/nf", Reply::html(anchors({})));
        server.route("/nf2", Reply::html(anchors({})));
        server.route("/child", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        for (const char* path : {"/nf", "/nf2", "/child"}) {
            QVERIFY2(rows.contains(server.url(QLatin1String(path))), path);
            QCOMPARE(rows.value(server.url(QLatin1String(path))).state, int(UrlState::NotCrawled));
            QCOMPARE(getsOf(server, path), 0);
        }
        QCOMPARE(harness.linkCount(server.url("/meta"), server.url("/child")), 1);
        QCOMPARE(getsOf(server, "/meta"), 1);
        QCOMPARE(getsOf(server, "/token"), 1);
    }

    void obeysNofollowInTheXRobotsTagHeader_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<bool>("ignoreRobots");
        QTest::addColumn<bool>("followed");
        using Headers = QList<QByteArray>;
        QTest::newRow("nofollow") << Headers{"nofollow"} << false << false;
        QTest::newRow("none") << Headers{"None"} << false << false;
        QTest::newRow("among other directives") << Headers{"noarchive, NOFOLLOW"} << false << false;
        QTest::newRow("in a second header") << Headers{"noindex", "nofollow"} << false << false;
        QTest::newRow("for this crawler") << Headers{"pavutyna: nofollow"} << false << false;
        QTest::newRow("for another crawler") << Headers{"otherbot: nofollow, noindex"} << false << true;
        QTest::newRow("noindex only") << Headers{"noindex"} << false << true;
        QTest::newRow("a value with a colon") << Headers{"unavailable_after: 2030-01-01, nofollow"} << false << false;
        QTest::newRow("ignoring robots") << Headers{"nofollow"} << true << true;
    }
    void obeysNofollowInTheXRobotsTagHeader()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(bool, ignoreRobots);
        QFETCH(bool, followed);
        LocalHttpServer server;
        server.route("/", Reply::html(anchors({"/tagged"})));
        Reply tagged = Reply::html(anchors({"/child"}));
        for (const QByteArray& value : headers)
            tagged.header("X-Robots-Tag", value);
        server.route("/tagged", tagged);
        server.route("/child", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.ignoreRobots = ignoreRobots;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        QCOMPARE(getsOf(server, "/tagged"), 1);
        QCOMPARE(getsOf(server, "/child"), followed ? 1 : 0);
        QCOMPARE(rows.value(server.url("/child")).state, int(followed ? UrlState::Done : UrlState::NotCrawled));
        QCOMPARE(harness.linkCount(server.url("/tagged"), server.url("/child")), 1); // recorded all the same
    }

    void fetchesANofollowTargetThatANormalLinkReaches()
    {
        LocalHttpServer server;
        server.route("/", Reply::html("<a rel=nofollow href=/later>later</a><a href=/p>p</a>"));
        server.route("/p", Reply::html(anchors({"/later"})));
        server.route("/later", Reply::html("<title>Later</title>"));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const UrlRow later = harness.rows().value(server.url("/later"));
        QCOMPARE(getsOf(server, "/later"), 1);
        QCOMPARE(later.state, int(UrlState::Done));
        QCOMPARE(later.title, QStringLiteral("Later"));
        QCOMPARE(later.depth, 2);
    }

    void followsNofollowWhenIgnoringRobots()
    {
        LocalHttpServer server;
        server.route("/", Reply::html("<a rel=nofollow href=/nf>nf</a><a href=/meta>m</a>"));
        server.route("/meta", Reply::html("<meta name=robots content=nofollow><a href=/child>c</a>"));
        server.route("/nf", Reply::html(anchors({})));
        server.route("/child", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.ignoreRobots = true;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(getsOf(server, "/nf"), 1);
        QCOMPARE(getsOf(server, "/child"), 1);
    }

    void fetchesOnlyPagesWithHtmlOnly_data()
    {
        QTest::addColumn<bool>("htmlOnly");
        QTest::newRow("html only") << true;
        QTest::newRow("every resource") << false;
    }
    void fetchesOnlyPagesWithHtmlOnly()
    {
        QFETCH(bool, htmlOnly);
        LocalHttpServer server;
        server.route("/", Reply::html("<meta http-equiv=refresh content=\"5; url=/refresh\">"
                                      "<link rel=stylesheet href=/s.css><script src=/s.js></script>"
                                      "<img src=/i.png alt=pic><iframe src=/frame></iframe><a href=/page>p</a>"));
        server.route("/refresh", Reply::html(anchors({})));
        server.route("/s.css", Reply::bytes("text/css", "body{}"));
        server.route("/i.png", Reply::bytes("image/png", bytes("\x89PNG\r\n\x1a\n")));
        server.route("/frame", Reply::html(anchors({})));
        server.route("/page", Reply::html(anchors({})));
        // /s.js has no route: a 404
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.htmlOnly = htmlOnly;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        QCOMPARE(getsOf(server, "/page"), 1);
        QCOMPARE(getsOf(server, "/frame"), 1);
        // The option names a, area, iframe and frame: a meta refresh is recorded, not followed.
        for (const char* path : {"/s.css", "/s.js", "/i.png", "/refresh"}) {
            QVERIFY2(rows.contains(server.url(QLatin1String(path))), path);
            QCOMPARE(getsOf(server, path), htmlOnly ? 0 : 1);
        }
        if (htmlOnly) {
            QCOMPARE(rows.value(server.url("/i.png")).state, int(UrlState::NotCrawled));
            QCOMPARE(rows.value(server.url("/refresh")).state, int(UrlState::NotCrawled));
        } else {
            QCOMPARE(rows.value(server.url("/s.js")).status, 404);
            QCOMPARE(rows.value(server.url("/i.png")).status, 200);
            QCOMPARE(rows.value(server.url("/i.png")).contentType, QStringLiteral("image/png"));
            QCOMPARE(rows.value(server.url("/s.css")).status, 200);
        }
    }

    void refusesAnInvalidConfigWithoutFetching_data()
    {
        QTest::addColumn<QStringList>("seeds");
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad include regex")
            << QStringList{"SERVER"} << QStringList{"(unclosed"} << QStringLiteral("(unclosed");
        QTest::newRow("no seeds") << QStringList{} << QStringList{} << QStringLiteral("No URL to crawl.");
        QTest::newRow("ftp seed") << QStringList{"SERVER", "ftp://127.0.0.1/"} << QStringList{}
                                  << QStringLiteral("Unsupported URL scheme");
        QTest::newRow("seed without a host")
            << QStringList{"SERVER", "http://"} << QStringList{} << QStringLiteral("Invalid URL");
    }
    void refusesAnInvalidConfigWithoutFetching()
    {
        QFETCH(QStringList, seeds);
        QFETCH(QStringList, include);
        QFETCH(QString, messagePart);
        LocalHttpServer server;
        server.route("/", Reply::html(anchors({})));
        seeds.replaceInStrings(QStringLiteral("SERVER"), server.url("/"));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor(seeds);
        config.include = include;

        auto outcome = harness.crawl(config);

        QVERIFY(!outcome.hasValue());
        QVERIFY2(outcome.error().message.contains(messagePart), qPrintable(outcome.error().message));
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(harness.scalar("SELECT count(*) FROM urls"), 0);
    }
};

QObject* makeTestCrawler()
{
    return new TestCrawler;
}

#include "TestCrawler.moc"
