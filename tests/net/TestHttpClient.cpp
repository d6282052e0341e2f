// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>

#include "Bytes.h"
#include <QTimer>

#include "LocalHttpServer.h"
#include "async/Gather.h"
#include "async/LoopProbe.h"
#include "async/RunBlocking.h"
#include "async/Semaphore.h"
#include "async/WithTimeout.h"
#include "net/HttpClient.h"
#include "net/Transfer.h"

using namespace pav;
using namespace pav::async;
using namespace pav::net;
using namespace pav::test;
using namespace std::chrono_literals;

namespace {
Request get(const QString& url)
{
    Request request;
    request.url = url;
    request.timeout = 5s;
    return request;
}

Response fetchNow(HttpClient& client, Request request, CancellationToken token = {})
{
    return runBlocking(client.fetch(std::move(request), std::move(token)), 10s);
}

Task<Response> limitedFetch(HttpClient* client, Semaphore* limit, Request request)
{
    auto permit = co_await limit->acquire();
    co_return co_await client->fetch(std::move(request));
}

// Peak resident memory since the last reset, from /proc (kB → bytes).
qint64 procStatus(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}
} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        QCOMPARE(Transfer::liveCount(), 0L);
        QCOMPARE(liveTaskFrames(), 0L);
    }

    void fetchesStatusHeadersBodyAndTimings()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/page"),
                     Reply::html("<h1>Привіт</h1>").header("Set-Cookie", "a=1").header("Set-Cookie", "b=2"));
        HttpClient client;
        Response response = fetchNow(client, get(server.url(QStringLiteral("/page"))));
        QVERIFY2(response.isOk(), qPrintable(response.errorText));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("<h1>Привіт</h1>"));
        QCOMPARE(response.contentType(), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(response.headerValues("set-cookie"), (QList<QByteArray>{"a=1", "b=2"}));
        QCOMPARE(response.httpVersion, QByteArray("1.1"));
        QCOMPARE(response.effectiveUrl, server.url(QStringLiteral("/page")));
        QCOMPARE(response.primaryIp, QStringLiteral("127.0.0.1"));
        QVERIFY(response.timings.total > 0us);
        QVERIFY(response.timings.firstByte <= response.timings.total);
        QVERIFY(response.timings.connect <= response.timings.firstByte);
    }

    void sendsUserAgentAndExtraHeaders()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/"), Reply::text("ok"));
        HttpClient client({.userAgent = "PavTest/1"});
        Request request = get(server.url());
        request.headers = {{"X-Probe", "42"}};
        QVERIFY(fetchNow(client, request).isOk());
        request.userAgent = "Override/2";
        QVERIFY(fetchNow(client, request).isOk());
        const auto log = server.requests();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].header("user-agent"), QByteArray("PavTest/1"));
        QCOMPARE(log[0].header("x-probe"), QByteArray("42"));
        QCOMPARE(log[1].header("user-agent"), QByteArray("Override/2"));
    }

    void aReusedHandleKeepsNothingOfTheLastRequest()
    {
        // One client reuses its curl handles: each request must start from curl's defaults, not the last one's.
        LocalHttpServer server;
        server.route(QStringLiteral("/"), Reply::text("body"));
        server.route(QStringLiteral("/old"), Reply::redirect("/", 301));
        HttpClient client;
        Request first = get(server.url(QStringLiteral("/old")));
        first.method = Request::Method::Head;
        first.followRedirects = true;
        first.headers = {{"X-Probe", "1"}};
        first.userAgent = "Once/1";
        QCOMPARE(fetchNow(client, first).status, 200);
        Response second = fetchNow(client, get(server.url(QStringLiteral("/old"))));
        QCOMPARE(second.status, 301); // not followed
        Response third = fetchNow(client, get(server.url()));
        QCOMPARE(third.body, QByteArray("body")); // GET, not HEAD
        const auto log = server.requests();
        QCOMPARE(log.size(), 4);
        QCOMPARE(log[2].method, QByteArray("GET"));
        QCOMPARE(log[2].header("x-probe"), QByteArray());
        QVERIFY(log[2].header("user-agent") != QByteArray("Once/1"));
        QCOMPARE(log[3].method, QByteArray("GET"));
    }

    void headRequestHasNoBody()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/"), Reply::text("body"));
        HttpClient client;
        Request request = get(server.url());
        request.method = Request::Method::Head;
        Response response = fetchNow(client, request);
        QVERIFY(response.isOk());
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(server.requests().first().method, QByteArray("HEAD"));
    }

    void redirectsAreReportedNotFollowedByDefault()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/old"), Reply::redirect("/new", 301));
        server.route(QStringLiteral("/new"), Reply::text("new"));
        HttpClient client;
        Response response = fetchNow(client, get(server.url(QStringLiteral("/old"))));
        QVERIFY(response.isOk());
        QCOMPARE(response.status, 301);
        QCOMPARE(response.redirectUrl, server.url(QStringLiteral("/new")));
        QCOMPARE(server.requestCount(), 1);
    }

    void followsRedirectsWhenAskedAndStopsLoops()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/a"), Reply::redirect("/b"));
        server.route(QStringLiteral("/b"), Reply::text("end"));
        server.route(QStringLiteral("/loop"), Reply::redirect("/loop"));
        HttpClient client;
        Request request = get(server.url(QStringLiteral("/a")));
        request.followRedirects = true;
        Response response = fetchNow(client, request);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("end"));
        QCOMPARE(response.effectiveUrl, server.url(QStringLiteral("/b")));
        QCOMPARE(response.headerValues("location"), QList<QByteArray>{}); // only the final hop's headers

        request.url = server.url(QStringLiteral("/loop"));
        request.maxRedirects = 5;
        response = fetchNow(client, request);
        QCOMPARE(response.error, FetchError::TooManyRedirects);
        QVERIFY(!response.errorText.isEmpty());
    }

    void decodesCompressedAndChunkedBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("gzip") << QStringLiteral("/gzip");
        QTest::newRow("deflate") << QStringLiteral("/deflate");
        QTest::newRow("chunked") << QStringLiteral("/chunked");
        QTest::newRow("chunked gzip") << QStringLiteral("/chunked-gzip");
        QTest::newRow("trickled") << QStringLiteral("/trickle");
    }

    void decodesCompressedAndChunkedBodies()
    {
        QFETCH(QString, path);
        const QByteArray text = QByteArray("павутина ").repeated(5000);
        LocalHttpServer server;
        server.route(QStringLiteral("/gzip"), Reply::text(text).gzip());
        server.route(QStringLiteral("/deflate"), Reply::text(text).deflate());
        server.route(QStringLiteral("/chunked"), Reply::text(text).chunked());
        server.route(QStringLiteral("/chunked-gzip"), Reply::text(text).gzip().chunked());
        server.route(QStringLiteral("/trickle"), Reply::text(text).trickle(8192, 2ms));
        HttpClient client;
        Response response = fetchNow(client, get(server.url(path)));
        QVERIFY2(response.isOk(), qPrintable(response.errorText));
        QCOMPARE(response.body.size(), text.size());
        QCOMPARE(response.body, text);
        QCOMPARE(server.requests().first().header("accept-encoding").isEmpty(), false);
    }

    void reusesOneConnectionForSequentialFetches()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/"), Reply::text("x"));
        HttpClient client;
        for (int i = 0; i < 10; ++i)
            QVERIFY(fetchNow(client, get(server.url())).isOk());
        QCOMPARE(server.connectionCount(), 1);
    }

    void keepsCookiesWhenEnabled()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/set"), Reply::text("set").header("Set-Cookie", "session=abc; Path=/"));
        server.route(QStringLiteral("/check"), Reply::text("check"));
        HttpClient withCookies({.cookies = true});
        QVERIFY(fetchNow(withCookies, get(server.url(QStringLiteral("/set")))).isOk());
        QVERIFY(fetchNow(withCookies, get(server.url(QStringLiteral("/check")))).isOk());
        HttpClient without;
        QVERIFY(fetchNow(without, get(server.url(QStringLiteral("/set")))).isOk());
        QVERIFY(fetchNow(without, get(server.url(QStringLiteral("/check")))).isOk());
        const auto log = server.requests();
        QCOMPARE(log[1].header("cookie"), QByteArray("session=abc"));
        QCOMPARE(log[3].header("cookie"), QByteArray());
    }

    void rejectsBadUrlsWithAClearMessage_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("error");
        const int invalid = int(FetchError::InvalidUrl);
        const int scheme = int(FetchError::UnsupportedScheme);
        QTest::newRow("empty") << QString() << invalid;
        QTest::newRow("spaces only") << QStringLiteral("   ") << invalid;
        QTest::newRow("no scheme") << QStringLiteral("example.com/page") << invalid;
        QTest::newRow("no host") << QStringLiteral("http://") << invalid;
        QTest::newRow("broken ipv6") << QStringLiteral("http://[::1/") << invalid;
        QTest::newRow("bad port") << QStringLiteral("http://127.0.0.1:99999/") << invalid;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/file") << scheme;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << scheme;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << scheme;
        QTest::newRow("mailto") << QStringLiteral("mailto:a@b.c") << scheme;
    }

    void rejectsBadUrlsWithAClearMessage()
    {
        QFETCH(QString, url);
        QFETCH(int, error);
        HttpClient client;
        Response response = fetchNow(client, get(url));
        QCOMPARE(int(response.error), error);
        QVERIFY(response.errorText.contains(QLatin1String("URL")));
        QCOMPARE(response.status, 0);
    }

    void reportsConnectionRefused()
    {
        quint16 closedPort = 0;
        {
            LocalHttpServer server; // take a port, then free it so nothing listens there
            closedPort = server.port();
        }
        HttpClient client;
        Response response = fetchNow(client, get(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort)));
        QCOMPARE(response.error, FetchError::ConnectionRefused);
        QVERIFY(response.errorText.startsWith(QLatin1String("Connection refused")));
    }

    void brokenServersGiveErrorsNotCrashes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("error");
        QTest::newRow("dropped connection") << QStringLiteral("/drop") << int(FetchError::ConnectionReset);
        QTest::newRow("garbage instead of HTTP") << QStringLiteral("/garbage") << int(FetchError::MalformedResponse);
        QTest::newRow("binary noise") << QStringLiteral("/noise") << int(FetchError::MalformedResponse);
        QTest::newRow("body shorter than Content-Length") << QStringLiteral("/short") << int(FetchError::TruncatedBody);
        QTest::newRow("invalid gzip") << QStringLiteral("/badgzip") << int(FetchError::DecodingFailed);
    }

    void brokenServersGiveErrorsNotCrashes()
    {
        QFETCH(QString, path);
        QFETCH(int, error);
        LocalHttpServer server;
        server.route(QStringLiteral("/drop"), Reply::dropConnection());
        server.route(QStringLiteral("/garbage"), Reply::raw("HELLO THERE\r\n\r\nthis is not http"));
        server.route(QStringLiteral("/noise"), Reply::raw(pav::test::bytes("\x00\xff\x13\x37garbage\r\n\r\n")));
        server.route(QStringLiteral("/short"), Reply::text("only ten b").claimLength(1000));
        server.route(QStringLiteral("/badgzip"), Reply::text("definitely not gzip").header("Content-Encoding", "gzip"));
        HttpClient client;
        Response response = fetchNow(client, get(server.url(path)));
        QCOMPARE(int(response.error), error);
        QVERIFY(!response.errorText.isEmpty());
    }

    void stalledServerTimesOut_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("no response at all") << QStringLiteral("/silent");
        QTest::newRow("headers, then no body") << QStringLiteral("/stall");
    }

    void stalledServerTimesOut()
    {
        QFETCH(QString, path);
        LocalHttpServer server;
        server.route(QStringLiteral("/silent"), Reply::text("late").delay(30s));
        server.route(QStringLiteral("/stall"), Reply::text("never sent").stall());
        HttpClient client;
        Request request = get(server.url(path));
        request.timeout = 300ms;
        QElapsedTimer clock;
        clock.start();
        Response response = fetchNow(client, request);
        QCOMPARE(response.error, FetchError::Timeout);
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 15'000, qPrintable(QString::number(clock.elapsed())));
    }

    void bodyOverTheLimitStops()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/huge"), Reply::huge(1LL << 30));
        HttpClient client;
        Request request = get(server.url(QStringLiteral("/huge")));
        request.maxBodySize = 1 << 20;
        Response response = fetchNow(client, request);
        QCOMPARE(response.error, FetchError::BodyTooLarge);
        QVERIFY(response.body.size() <= request.maxBodySize);
    }

    void gzipBombStopsAtTheCapWithoutMemoryGrowth()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/bomb"), Reply::gzipBomb(2LL << 30)); // 2 GiB of zeros, ~2 MB on the wire
        HttpClient client;
        Request request = get(server.url(QStringLiteral("/bomb")));
        request.maxBodySize = 8 << 20;
        const qint64 before = procStatus("VmRSS:");
        resetPeakRss();
        Response response = fetchNow(client, request);
        const qint64 growth = procStatus("VmHWM:") - before;
        QCOMPARE(response.error, FetchError::BodyTooLarge);
        QVERIFY(response.bytesReceived < 4 << 20);
        QVERIFY2(growth < 64LL << 20, qPrintable(QStringLiteral("peak RSS grew by %1 MB").arg(growth >> 20)));
    }

    void cancellationMidBodyDetachesTheTransfer()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/slow"), Reply::text(QByteArray(100'000, 'x')).trickle(1000, 200ms)); // 20 s in all
        HttpClient client;
        CancellationSource stop;
        QTimer::singleShot(100ms, [&] { stop.requestCancellation(); });
        QElapsedTimer clock;
        clock.start();
        QVERIFY_THROWS_EXCEPTION(Cancelled, fetchNow(client, get(server.url(QStringLiteral("/slow"))), stop.token()));
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(client.activeTransfers(), 0);
        QCOMPARE(Transfer::liveCount(), 0L);
        // The client still works after a cancelled transfer.
        server.route(QStringLiteral("/"), Reply::text("ok"));
        QVERIFY(fetchNow(client, get(server.url())).isOk());
    }

    void cancellationBeforeStartThrowsAtOnce()
    {
        LocalHttpServer server;
        HttpClient client;
        CancellationSource stop;
        stop.requestCancellation();
        QVERIFY_THROWS_EXCEPTION(Cancelled, fetchNow(client, get(server.url()), stop.token()));
        QCOMPARE(server.requestCount(), 0);
    }

    void timeoutWrapperAbandonsAStalledFetch()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/stall"), Reply::text("x").stall());
        HttpClient client;
        QVERIFY_THROWS_EXCEPTION(TimedOut,
                                 runBlocking(withTimeout(client.fetch(get(server.url(QStringLiteral("/stall")))), 100ms), 5s));
        QCOMPARE(client.activeTransfers(), 0);
        QCOMPARE(Transfer::liveCount(), 0L);
    }

    // A server that closes every connection (HTTP/1.0 style) must still get parallel requests: waiting to see
    // whether a connection could be multiplexed (CURLOPT_PIPEWAIT) serialised them against such servers.
    void closingServerStillGetsParallelRequests()
    {
        LocalHttpServer server;
        server.setFallback([](const RequestInfo& request) {
            return Reply::html("<p>" + request.path + "</p>").header("Connection", "close").delay(100ms);
        });
        HttpClient client;
        Semaphore limit(8);
        std::vector<Task<Response>> tasks;
        for (int i = 0; i < 16; ++i)
            tasks.push_back(limitedFetch(&client, &limit, get(server.url(QStringLiteral("/c%1").arg(i)))));
        auto results = runBlocking(gather(std::move(tasks)), 30s);
        for (const auto& result : results) {
            QVERIFY(result.hasValue());
            QVERIFY2(result->isOk(), qPrintable(result->errorText));
        }
        QCOMPARE(server.requestCount(), 16);
        QVERIFY2(server.maxConcurrent() >= 6, qPrintable(QString::number(server.maxConcurrent())));
        QCOMPARE(server.connectionCount(), 16);
    }

    void twoThousandFetchesNeverExceedTheLimit()
    {
        LocalHttpServer server;
        server.setFallback([](const RequestInfo& request) {
            return Reply::html("<p>" + request.path + "</p>").delay(2ms);
        });
        HttpClient client;
        Semaphore limit(32);
        std::vector<Task<Response>> tasks;
        for (int i = 0; i < 2000; ++i)
            tasks.push_back(limitedFetch(&client, &limit, get(server.url(QStringLiteral("/p%1").arg(i)))));
        LoopProbe probe;
        probe.start();
        auto results = runBlocking(gather(std::move(tasks)), 60s);
        probe.stop();
        QCOMPARE(results.size(), 2000u);
        for (int i = 0; i < 2000; ++i) {
            QVERIFY(results[i].hasValue());
            QVERIFY2(results[i]->isOk(), qPrintable(results[i]->errorText));
            QCOMPARE(results[i]->body, "<p>/p" + QByteArray::number(i) + "</p>");
        }
        QCOMPARE(server.requestCount(), 2000);
        QVERIFY2(server.maxConcurrent() <= 32, qPrintable(QString::number(server.maxConcurrent())));
        QVERIFY2(server.maxConcurrent() >= 16, qPrintable(QString::number(server.maxConcurrent())));
        // Kept alive and reused: one connection per concurrent slot, none closed and reopened.
        QVERIFY2(server.connectionCount() <= 32, qPrintable(QString::number(server.connectionCount())));
        QCOMPARE(server.openConnections(), server.connectionCount());
        qInfo("2,000 fetches: peak concurrency %d, %d connections, longest loop stall %.1f ms",
              server.maxConcurrent(), server.connectionCount(), probe.longestGapMs());
    }
};

QObject* makeTestHttpClient()
{
    return new TestHttpClient;
}

#include "TestHttpClient.moc"
