// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "GuiSite.h"
#include "LocalHttpServer.h"
#include "ui/window/CrawlSession.h"

using namespace pav;
using namespace pav::ui;
using pav::test::LocalHttpServer;

namespace {
constexpr int Pages = 60;

crawl::CrawlConfig configFor(const LocalHttpServer& server)
{
    crawl::CrawlConfig config;
    config.seeds = {server.url()};
    config.retries = 0;
    config.timeout = std::chrono::seconds(10);
    return config;
}
} // namespace

class TestCrawlSession : public QObject
{
    Q_OBJECT

private slots:
    void crawlsOnItsOwnThreadAndReportsCommittedRows()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages);
        QTemporaryDir dir;
        const QString path = dir.filePath("site.pavutyna");
        CrawlSession session;
        QSignalSpy ended(&session, &CrawlSession::ended);
        QList<qint64> committed;
        connect(&session, &CrawlSession::committed, this, [&](const QList<qint64>& ids, const crawl::CrawlStats&) {
            QCOMPARE(QThread::currentThread(), thread()); // delivered on the GUI thread
            committed += ids;
        });
        session.start(path, configFor(server));
        QCOMPARE(session.state(), CrawlSession::State::Running);
        QVERIFY(ended.wait(30'000));
        QCOMPARE(ended.first().at(0).value<RunEnd>(), RunEnd::Finished);
        QCOMPARE(session.state(), CrawlSession::State::Idle);
        const QSet<QString> fetched = test::fetchedUrls(path);
        // Home, the pages, /old, /missing, /private/x (blocked) and the image.
        QCOMPARE(fetched.size(), Pages + 5);
        QCOMPARE(committed.size(), fetched.size()); // every saved row was announced once, after its commit
        QCOMPARE(QSet<qint64>(committed.begin(), committed.end()).size(), committed.size());
        const auto stats = ended.first().at(2).value<crawl::CrawlStats>();
        QCOMPARE(stats.pagesDone, qint64(fetched.size()));
    }

    void pausesAndResumesToTheSameResult()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages, std::chrono::milliseconds(40));
        QTemporaryDir dir;
        const QString path = dir.filePath("paused.pavutyna");
        CrawlSession session;
        QSignalSpy ended(&session, &CrawlSession::ended);
        QList<qint64> committed;
        connect(&session, &CrawlSession::committed, this,
                [&](const QList<qint64>& ids, const crawl::CrawlStats&) { committed += ids; });
        crawl::CrawlConfig config = configFor(server);
        config.concurrency = 2;
        session.start(path, config);
        QTRY_VERIFY_WITH_TIMEOUT(committed.size() >= 5, 20'000);
        session.pause();
        QCOMPARE(session.state(), CrawlSession::State::Pausing);
        QVERIFY(ended.wait(20'000));
        QCOMPARE(ended.last().at(0).value<RunEnd>(), RunEnd::Interrupted);
        QCOMPARE(session.state(), CrawlSession::State::Paused);
        const qint64 atPause = test::fetchedUrls(path).size();
        QVERIFY(atPause < Pages + 5);
        QCOMPARE(qint64(committed.size()), atPause); // nothing saved that the window was not told about

        session.resume();
        QCOMPARE(session.state(), CrawlSession::State::Running);
        QVERIFY(ended.wait(60'000));
        QCOMPARE(ended.last().at(0).value<RunEnd>(), RunEnd::Finished);
        QCOMPARE(test::fetchedUrls(path).size(), Pages + 5);
        QCOMPARE(QSet<qint64>(committed.begin(), committed.end()).size(), Pages + 5);
    }

    void stopsAndCanBeResumedLater()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages, std::chrono::milliseconds(40));
        QTemporaryDir dir;
        const QString path = dir.filePath("stopped.pavutyna");
        {
            CrawlSession session;
            QSignalSpy ended(&session, &CrawlSession::ended);
            QSignalSpy committed(&session, &CrawlSession::committed);
            session.start(path, configFor(server));
            QVERIFY(committed.wait(20'000));
            session.stop();
            QCOMPARE(session.state(), CrawlSession::State::Stopping);
            QVERIFY(ended.wait(20'000));
            QCOMPARE(session.state(), CrawlSession::State::Idle);
        }
        CrawlSession later; // as after reopening the file
        QSignalSpy ended(&later, &CrawlSession::ended);
        later.resume(path);
        QVERIFY(ended.wait(60'000));
        QCOMPARE(ended.last().at(0).value<RunEnd>(), RunEnd::Finished);
        QCOMPARE(test::fetchedUrls(path).size(), Pages + 5);
    }

    void destroyingARunningSessionSavesTheFile()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages, std::chrono::milliseconds(40));
        QTemporaryDir dir;
        const QString path = dir.filePath("closed.pavutyna");
        QList<qint64> committed;
        {
            CrawlSession session;
            connect(&session, &CrawlSession::committed, this,
                    [&](const QList<qint64>& ids, const crawl::CrawlStats&) { committed += ids; });
            session.start(path, configFor(server));
            QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), 20'000);
        }
        QVERIFY(test::fetchedUrls(path).size() >= committed.size());
        CrawlSession later;
        QSignalSpy ended(&later, &CrawlSession::ended);
        later.resume(path);
        QVERIFY(ended.wait(60'000));
        QCOMPARE(test::fetchedUrls(path).size(), Pages + 5);
    }

    void reportsFilesItCannotUse()
    {
        QTemporaryDir dir;
        CrawlSession session;
        QSignalSpy ended(&session, &CrawlSession::ended);
        session.resume(dir.filePath("missing-folder/none.pavutyna"));
        QVERIFY(ended.wait(10'000));
        QCOMPARE(ended.first().at(0).value<RunEnd>(), RunEnd::Failed);
        QVERIFY(!ended.first().at(1).toString().isEmpty());

        const QString foreign = dir.filePath("notes.txt");
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text, not SQLite\n");
        file.close();
        session.resume(foreign);
        QVERIFY(ended.wait(10'000));
        QCOMPARE(ended.last().at(0).value<RunEnd>(), RunEnd::Failed);
        QFile check(foreign);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("just some text, not SQLite\n")); // untouched
        QCOMPARE(session.state(), CrawlSession::State::Idle);
    }

    void recrawlsOneUrlAndReplacesItsLinks()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, 10);
        QTemporaryDir dir;
        const QString path = dir.filePath("recrawl.pavutyna");
        CrawlSession session;
        QSignalSpy ended(&session, &CrawlSession::ended);
        session.start(path, configFor(server));
        QVERIFY(ended.wait(30'000));
        server.resetStats();
        server.route(QStringLiteral("/p/3"), test::Reply::html("<title>Changed</title><a href=\"/p/4\">only link</a>"));
        QList<qint64> committed;
        connect(&session, &CrawlSession::committed, this,
                [&](const QList<qint64>& ids, const crawl::CrawlStats&) { committed += ids; });
        session.recrawl(path, {idOf(path, server.url("/p/3"))});
        QVERIFY(ended.wait(30'000));
        QCOMPARE(ended.last().at(0).value<RunEnd>(), RunEnd::Finished);
        QStringList pagesFetched; // robots.txt is read again by the new run; no page but /p/3 is
        for (const test::RequestInfo& request : server.requests()) {
            if (request.path != "/robots.txt")
                pagesFetched.append(QString::fromUtf8(request.path));
        }
        QCOMPARE(pagesFetched, QStringList{"/p/3"});
        QCOMPARE(committed.size(), 1);
        QCOMPARE(linkCountOf(path, committed.first()), 1);
    }

private:
    static qint64 idOf(const QString& path, const QString& url);
    static int linkCountOf(const QString& path, qint64 urlId);
};

#include "store/CrawlReader.h"
#include "store/Statement.h"

qint64 TestCrawlSession::idOf(const QString& path, const QString& url)
{
    auto db = store::openCrawlReader(path);
    if (!db)
        return -1;
    auto statement = (*db)->prepare("SELECT id FROM urls WHERE url = ?1");
    if (!statement || !statement->bind(1, url).step().valueOr(false))
        return -1;
    return statement->int64(0);
}

int TestCrawlSession::linkCountOf(const QString& path, qint64 urlId)
{
    auto db = store::openCrawlReader(path);
    if (!db)
        return -1;
    auto statement = (*db)->prepare("SELECT count(*) FROM links WHERE source_id = ?1");
    if (!statement || !statement->bind(1, urlId).step().valueOr(false))
        return -1;
    return int(statement->int64(0));
}

QObject* makeTestCrawlSession()
{
    return new TestCrawlSession;
}

#include "TestCrawlSession.moc"
