// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crawler and what pages say: redirect hops, loops and chains, canonicals, charsets, compression, broken HTML and
// links that are not links, checked at the server and in the crawl file.
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

class TestCrawlerPages : public QObject
{
    Q_OBJECT

private slots:
    void recordsEveryRedirectHop()
    {
        LocalHttpServer server;
        server.route("/r1", Reply::redirect("/r2", 301));
        server.route("/r2", Reply::redirect(server.url("/final").toUtf8(), 302));
        server.route("/final", Reply::html("<title>Final</title>"));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/r1")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        QCOMPARE(rows.size(), 3);
        const UrlRow r1 = rows.value(server.url("/r1"));
        const UrlRow r2 = rows.value(server.url("/r2"));
        const UrlRow final = rows.value(server.url("/final"));
        QCOMPARE(r1.status, 301);
        QCOMPARE(r1.redirectUrl, server.url("/r2"));
        QCOMPARE(r1.foundVia, int(FoundVia::Seed));
        QCOMPARE(r1.error, QString());
        QCOMPARE(r2.status, 302);
        QCOMPARE(r2.redirectUrl, server.url("/final"));
        QCOMPARE(r2.foundVia, int(FoundVia::Redirect));
        QCOMPARE(r2.hops, 1);
        QCOMPARE(final.status, 200);
        QCOMPARE(final.title, QStringLiteral("Final"));
        QCOMPARE(final.foundVia, int(FoundVia::Redirect));
        QCOMPARE(final.hops, 2);
        QCOMPARE(final.depth, 0); // a redirect does not take the crawl a level deeper
        QCOMPARE(final.redirectUrl, QString());
        for (const char* path : {"/r1", "/r2", "/final"})
            QCOMPARE(getsOf(server, path), 1);
    }

    void endsARedirectLoop_data()
    {
        QTest::addColumn<QStringList>("loop"); // each redirects to the next, the last to the first
        QTest::addColumn<QString>("seed");
        QTest::newRow("A -> B -> A, linked") << QStringList{"/la", "/lb"} << QStringLiteral("/");
        QTest::newRow("A -> B -> A, A is the seed") << QStringList{"/la", "/lb"} << QStringLiteral("/la");
        QTest::newRow("A -> A") << QStringList{"/la"} << QStringLiteral("/");
        QTest::newRow("A -> B -> C -> A") << QStringList{"/la", "/lb", "/lc"} << QStringLiteral("/");
    }
    void endsARedirectLoop()
    {
        QFETCH(QStringList, loop);
        QFETCH(QString, seed);
        LocalHttpServer server;
        server.route("/", Reply::html(anchors({loop.first().toUtf8()})));
        for (qsizetype i = 0; i < loop.size(); ++i)
            server.route(loop[i], Reply::redirect(loop[(i + 1) % loop.size()].toUtf8()));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url(seed)}), {}, {}, 10s);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        for (const QString& path : loop) {
            QCOMPARE(getsOf(server, path.toUtf8()), 1);
            QCOMPARE(rows.value(server.url(path)).status, 302);
        }
        const UrlRow last = rows.value(server.url(loop.last()));
        QVERIFY2(last.error.contains(QLatin1String("redirect loop")), qPrintable(last.error));
    }

    void refusesRedirectChainsLongerThanTheLimit_data()
    {
        QTest::addColumn<int>("maxRedirects");
        QTest::newRow("default limit of 10, 12 hops") << 10;
        QTest::newRow("limit 3") << 3;
        QTest::newRow("limit 0: no redirect followed") << 0;
    }
    void refusesRedirectChainsLongerThanTheLimit()
    {
        QFETCH(int, maxRedirects);
        LocalHttpServer server;
        for (int hop = 0; hop < 12; ++hop)
            server.route(QStringLiteral("/h%1").arg(hop), Reply::redirect("/h" + QByteArray::number(hop + 1), 302));
        server.route("/h12", Reply::html("<title>end</title>"));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/h0")});
        config.maxRedirects = maxRedirects;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        const UrlRow last = rows.value(server.url(QStringLiteral("/h%1").arg(maxRedirects)));
        QCOMPARE(last.status, 302);
        QCOMPARE(last.error, QStringLiteral("redirect chain longer than %1 hops").arg(maxRedirects));
        QCOMPARE(rows.size(), maxRedirects + 1);
        for (int hop = 0; hop <= 12; ++hop)
            QCOMPARE(getsOf(server, "/h" + QByteArray::number(hop)), hop <= maxRedirects ? 1 : 0);
    }

    void followsRedirectsToOtherHostsOnlyWithExternal_data()
    {
        QTest::addColumn<bool>("external");
        QTest::newRow("external off") << false;
        QTest::newRow("external on") << true;
    }
    void followsRedirectsToOtherHostsOnlyWithExternal()
    {
        QFETCH(bool, external);
        LocalHttpServer server;
        LocalHttpServer other;
        server.route("/", Reply::html(anchors({"/go"})));
        server.route("/go", Reply::redirect(other.url("/landing").toUtf8(), 301));
        other.route("/landing", Reply::html(anchors({"/deeper"})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);
        CrawlConfig config = CrawlHarness::configFor({server.url("/")});
        config.external = external;

        auto outcome = harness.crawl(config);
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        const UrlRow landing = rows.value(other.url("/landing"));
        QCOMPARE(rows.value(server.url("/go")).redirectUrl, other.url("/landing"));
        QCOMPARE(landing.foundVia, int(FoundVia::Redirect));
        QCOMPARE(getsOf(other, "/deeper"), 0);
        if (external) {
            QCOMPARE(getsOf(other, "/landing"), 1);
            QCOMPARE(landing.status, 200);
        } else {
            QCOMPARE(other.requestCount(), 0);
            QCOMPARE(landing.state, int(UrlState::NotCrawled));
        }
    }

    void recordsAnUnusableRedirect_data()
    {
        QTest::addColumn<QByteArray>("location"); // empty: no Location header at all
        QTest::addColumn<QString>("error");
        QTest::newRow("to an ftp URL") << QByteArray("ftp://127.0.0.1/file")
                                       << QStringLiteral("invalid redirect target");
        QTest::newRow("no Location header") << QByteArray() << QString();
    }
    void recordsAnUnusableRedirect()
    {
        QFETCH(QByteArray, location);
        QFETCH(QString, error);
        LocalHttpServer server;
        server.route("/", Reply::html(anchors({"/go"})));
        server.route("/go", location.isEmpty() ? Reply::status(302) : Reply::redirect(location, 301));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        QCOMPARE(rows.value(server.url("/go")).status, location.isEmpty() ? 302 : 301);
        QCOMPARE(rows.value(server.url("/go")).error, error);
        QCOMPARE(rows.size(), 2); // nothing recorded for the target
    }

    void storesTheCanonical_data()
    {
        QTest::addColumn<QByteArray>("linkHeader");
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("path"); // expected canonical on the test server; empty: none
        QTest::newRow("Link header, unquoted rel")
            << QByteArray("</canon>; rel=canonical") << QByteArray("<title>x</title>") << QStringLiteral("/canon");
        QTest::newRow("Link header among others")
            << QByteArray("</style.css>; rel=preload, </c2?x=1>; rel=\"canonical\"") << QByteArray()
            << QStringLiteral("/c2?x=1");
        QTest::newRow("HTML beats the header")
            << QByteArray("</header>; rel=canonical") << QByteArray("<link rel=canonical href=\"html#top\">")
            << QStringLiteral("/html");
        QTest::newRow("none") << QByteArray() << QByteArray("<title>x</title>") << QString();
    }
    void storesTheCanonical()
    {
        QFETCH(QByteArray, linkHeader);
        QFETCH(QByteArray, html);
        QFETCH(QString, path);
        LocalHttpServer server;
        Reply page = Reply::html(html);
        if (!linkHeader.isEmpty())
            page.header("Link", linkHeader);
        server.route("/", page);
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(harness.rows().value(server.url("/")).canonical, path.isEmpty() ? QString() : server.url(path));
    }

    void readsCompressedAndChunkedPages_data()
    {
        QTest::addColumn<QString>("transfer");
        QTest::newRow("gzip") << QStringLiteral("gzip");
        QTest::newRow("deflate") << QStringLiteral("deflate");
        QTest::newRow("chunked") << QStringLiteral("chunked");
    }
    void readsCompressedAndChunkedPages()
    {
        QFETCH(QString, transfer);
        LocalHttpServer server;
        Reply home = Reply::html("<title>Стиснуто</title>" + anchors({"/next"}));
        if (transfer == QLatin1String("gzip"))
            home.gzip();
        else if (transfer == QLatin1String("deflate"))
            home.deflate();
        else
            home.chunked();
        server.route("/", home);
        server.route("/next", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(harness.rows().value(server.url("/")).title, QStringLiteral("Стиснуто"));
        QCOMPARE(getsOf(server, "/next"), 1);
    }

    void decodesTitlesFromTheDeclaredCharset_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("encoding");
        const QString title = QStringLiteral("Привіт, світ");
        const QByteArray cp1251 = bytes("\xcf\xf0\xe8\xe2\xb3\xf2, \xf1\xe2\xb3\xf2");
        const QByteArray koi8u = bytes("\xf0\xd2\xc9\xd7\xa6\xd4, \xd3\xd7\xa6\xd4");
        const QByteArray utf8 = title.toUtf8();
        QTest::newRow("windows-1251 header charset")
            << QByteArray("text/html; charset=windows-1251") << "<html><title>" + cp1251 + "</title>"
            << QStringLiteral("windows-1251");
        QTest::newRow("koi8-u meta charset only")
            << QByteArray("text/html") << "<html><head><meta charset=\"koi8-u\"><title>" + koi8u + "</title>"
            << QStringLiteral("koi8-u");
        QTest::newRow("koi8-u http-equiv meta")
            << QByteArray("text/html")
            << "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-U\"><title>" + koi8u + "</title>"
            << QStringLiteral("koi8-u");
        QTest::newRow("UTF-8 BOM beats a header charset")
            << QByteArray("text/html; charset=windows-1251") << "\xef\xbb\xbf<title>" + utf8 + "</title>"
            << QStringLiteral("utf-8");
        QTest::newRow("header charset beats meta")
            << QByteArray("text/html; charset=windows-1251") << "<meta charset=\"koi8-u\"><title>" + cp1251 + "</title>"
            << QStringLiteral("windows-1251");
        QTest::newRow("nothing declared, valid UTF-8")
            << QByteArray("text/html") << "<title>" + utf8 + "</title>" << QStringLiteral("utf-8");
        QTest::newRow("cp1251 alias in header") << QByteArray("text/html; charset=\"cp1251\"")
                                                << "<title>" + cp1251 + "</title>" << QStringLiteral("windows-1251");
    }
    void decodesTitlesFromTheDeclaredCharset()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, encoding);
        LocalHttpServer server;
        server.route("/", Reply::bytes(contentType, body));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const UrlRow row = harness.rows().value(server.url("/"));
        QCOMPARE(row.status, 200);
        QCOMPARE(row.title, QStringLiteral("Привіт, світ"));
        QCOMPARE(row.encoding, encoding);
        QCOMPARE(row.contentType, QString::fromLatin1(contentType));
    }

    void survivesMalformedHtml_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed tags") << QByteArray("<html><body><div><p><b><a href=/found>x<table><tr><td>"
                                                     "<a href='/found2'>y")
                                       << QString();
        QTest::newRow("garbage bytes") << bytes("\x00\xff\xfe\x01<a href=/found>\x80\x81</a>\x00<a href=/found2>")
                                       << QString();
        QTest::newRow("5000-deep nesting")
            << "<a href=/found>a</a><a href=/found2>b</a>" + QByteArray("<div>").repeated(5000) + "<a href=/deep>c</a>"
            << QStringLiteral("HTML nested deeper than 1024 levels; the rest of the page was not parsed");
    }
    void survivesMalformedHtml()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        LocalHttpServer server;
        server.route("/", Reply::bytes("text/html", body));
        server.route("/found", Reply::html(anchors({})));
        server.route("/found2", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        const auto rows = harness.rows();
        QCOMPARE(rows.value(server.url("/")).status, 200);
        QCOMPARE(rows.value(server.url("/")).error, error);
        QCOMPARE(getsOf(server, "/found"), 1);
        QCOMPARE(getsOf(server, "/found2"), 1);
        QCOMPARE(getsOf(server, "/deep"), 0);
    }

    void ignoresLinksInCommentsAndScripts()
    {
        LocalHttpServer server;
        server.route("/", Reply::html("<body><!-- <a href=/commented>old</a> -->"
                                      "<a href=\"javascript:location='/js'\">js</a>"
                                      "<a href=\"mailto:me@127.0.0.1\">mail</a>"
                                      "<script>var s = '<a href=/in-script>x</a>';</script>"
                                      "<a href=/real>real</a></body>"));
        server.route("/real", Reply::html(anchors({})));
        CrawlHarness harness;
        REQUIRE_HARNESS(harness);

        auto outcome = harness.crawl(CrawlHarness::configFor({server.url("/")}));
        REQUIRE_OUTCOME(outcome, CrawlOutcome::Finished);

        QCOMPARE(harness.rows().keys(), (QStringList{server.url("/"), server.url("/real")}));
        QCOMPARE(pageTargets(server), (QList<QByteArray>{"/", "/real"}));
    }
};

QObject* makeTestCrawlerPages()
{
    return new TestCrawlerPages;
}

#include "TestCrawlerPages.moc"
