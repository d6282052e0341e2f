// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>

#include "Bytes.h"

#include "crawl/Robots.h"

using namespace pav::crawl;
using namespace std::chrono_literals;

class TestRobots : public QObject
{
    Q_OBJECT

private slots:
    void decidesPerRfc9309_data()
    {
        QTest::addColumn<QByteArray>("robots");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("allowed");

        const QByteArray basic = "User-agent: *\nDisallow: /private/\nAllow: /private/open\n";
        QTest::newRow("no rule matches") << basic << QByteArray("/public") << true;
        QTest::newRow("disallowed prefix") << basic << QByteArray("/private/x") << false;
        QTest::newRow("longer allow wins") << basic << QByteArray("/private/open/page") << true;
        QTest::newRow("prefix is not a folder match") << basic << QByteArray("/private") << true;

        const QByteArray longest = "User-agent: *\nAllow: /a\nDisallow: /a/b\nAllow: /a/b/c\n";
        QTest::newRow("longest match: disallow") << longest << QByteArray("/a/b/x") << false;
        QTest::newRow("longest match: allow") << longest << QByteArray("/a/b/c/d") << true;

        const QByteArray tie = "User-agent: *\nDisallow: /page\nAllow: /page\n";
        QTest::newRow("equal length: allow wins") << tie << QByteArray("/page") << true;
        const QByteArray tieReversed = "User-agent: *\nAllow: /page\nDisallow: /page\n";
        QTest::newRow("equal length, other order") << tieReversed << QByteArray("/page") << true;

        const QByteArray wild = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\nDisallow: /end$\n";
        QTest::newRow("star and dollar") << wild << QByteArray("/docs/file.pdf") << false;
        QTest::newRow("dollar anchors the end") << wild << QByteArray("/docs/file.pdf?x=1") << true;
        QTest::newRow("star in the middle") << wild << QByteArray("/search/results?q=shoes") << false;
        QTest::newRow("star needs the rest") << wild << QByteArray("/search/results?p=2") << true;
        QTest::newRow("dollar exact") << wild << QByteArray("/end") << false;
        QTest::newRow("dollar not prefix") << wild << QByteArray("/endless") << true;

        QTest::newRow("disallow all") << QByteArray("User-agent: *\nDisallow: /\n") << QByteArray("/anything") << false;
        QTest::newRow("empty disallow allows") << QByteArray("User-agent: *\nDisallow:\n") << QByteArray("/x") << true;
        QTest::newRow("robots.txt always allowed") << QByteArray("User-agent: *\nDisallow: /\n") << QByteArray("/robots.txt") << true;
        QTest::newRow("empty file") << QByteArray() << QByteArray("/x") << true;
        QTest::newRow("garbage file") << pav::test::bytes("\x00\xff<html>not robots</html>\n::::\n") << QByteArray("/x") << true;

        const QByteArray groups = "User-agent: googlebot\nDisallow: /\n\nUser-agent: Pavutyna\nDisallow: /only-us\n\n"
                                  "User-agent: *\nDisallow: /everyone\n";
        QTest::newRow("our group, not star") << groups << QByteArray("/everyone") << true;
        QTest::newRow("our group applies") << groups << QByteArray("/only-us") << false;
        QTest::newRow("other bot's group ignored") << groups << QByteArray("/elsewhere") << true;

        const QByteArray merged = "User-agent: pavutyna\nDisallow: /a\n\nUser-agent: other\nUser-agent: PAVUTYNA\nDisallow: /b\n";
        QTest::newRow("our groups merge (1)") << merged << QByteArray("/a") << false;
        QTest::newRow("our groups merge (2)") << merged << QByteArray("/b") << false;

        const QByteArray starOnly = "User-agent: googlebot\nDisallow: /g\n\nUser-agent: *\nDisallow: /s\n";
        QTest::newRow("falls back to star") << starOnly << QByteArray("/s") << false;
        QTest::newRow("star group only") << starOnly << QByteArray("/g") << true;

        QTest::newRow("product with version") << QByteArray("User-agent: Pavutyna/1.0\nDisallow: /v\n")
                                              << QByteArray("/v") << false;
        QTest::newRow("comments and case")
            << QByteArray("# hello\nUSER-AGENT: * # all\nDISALLOW: /x # no\n") << QByteArray("/x/y") << false;
        QTest::newRow("CRLF line endings") << QByteArray("User-agent: *\r\nDisallow: /crlf\r\n") << QByteArray("/crlf") << false;
        QTest::newRow("rules before any agent ignored") << QByteArray("Disallow: /\nUser-agent: *\nAllow: /\n")
                                                        << QByteArray("/x") << true;

        const QByteArray encoded = "User-agent: *\nDisallow: /%7Euser/\nDisallow: /caf%c3%a9\nDisallow: /a%2fb\n";
        QTest::newRow("unreserved percent-decoded") << encoded << QByteArray("/~user/x") << false;
        QTest::newRow("utf-8 rule vs encoded url") << encoded << QByteArray("/caf%C3%A9/menu") << false;
        QTest::newRow("raw utf-8 url") << encoded << QByteArray("/café") << false;
        QTest::newRow("reserved stays encoded") << encoded << QByteArray("/a/b") << true;
        QTest::newRow("reserved encoded matches") << encoded << QByteArray("/a%2Fb") << false;
    }

    void decidesPerRfc9309()
    {
        QFETCH(QByteArray, robots);
        QFETCH(QByteArray, path);
        QFETCH(bool, allowed);
        QCOMPARE(Robots::parse(robots, "Pavutyna").isAllowed(path), allowed);
    }

    void readsCrawlDelayAndSitemaps()
    {
        const auto robots = Robots::parse("Sitemap: http://a/s1.xml\nUser-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n"
                                          "sitemap: http://a/s2.xml.gz\n",
                                          "pavutyna");
        QCOMPARE(robots.crawlDelay(), std::optional<std::chrono::milliseconds>(2500ms));
        QCOMPARE(robots.sitemaps(), (QList<QByteArray>{"http://a/s1.xml", "http://a/s2.xml.gz"}));
        QVERIFY(!Robots::parse("User-agent: *\nCrawl-delay: soon\n", "pavutyna").crawlDelay().has_value());
        QVERIFY(!Robots::parse("User-agent: *\nCrawl-delay: -1\n", "pavutyna").crawlDelay().has_value());
    }

    void unreachableRobotsDisallowsAndMissingAllows()
    {
        QVERIFY(!Robots::disallowAll().isAllowed("/page"));
        QVERIFY(Robots::disallowAll().isAllowed("/robots.txt"));
        QVERIFY(Robots::allowAll().isAllowed("/page"));
    }

    void hostilePatternsStayFast()
    {
        QByteArray robots = "User-agent: *\n";
        for (int i = 0; i < 2000; ++i)
            robots += "Disallow: /" + QByteArray("*a").repeated(50) + "$\n";
        const auto parsed = Robots::parse(robots, "pavutyna");
        QCOMPARE(parsed.ruleCount(), 2000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(parsed.isAllowed("/" + QByteArray("a").repeated(2000) + "b"));
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    }

    void readsAtMost500KiB()
    {
        QByteArray robots = "User-agent: *\n" + QByteArray("# padding\n").repeated(60'000) + "Disallow: /late\n";
        QVERIFY(Robots::parse(robots, "pavutyna").isAllowed("/late"));
    }
};

QObject* makeTestRobots()
{
    return new TestRobots;
}

#include "TestRobots.moc"
