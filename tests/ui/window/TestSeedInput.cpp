// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "crawl/SeedInput.h"

using namespace pav::crawl;

class TestSeedInput : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("seeds");
        QTest::newRow("full URL") << "https://example.com/" << QStringList{"https://example.com/"};
        QTest::newRow("no scheme") << "example.com" << QStringList{"https://example.com/"};
        QTest::newRow("no scheme with path") << "example.com/shop?a=1" << QStringList{"https://example.com/shop?a=1"};
        QTest::newRow("host and port") << "127.0.0.1:8080" << QStringList{"http://127.0.0.1:8080/"};
        QTest::newRow("localhost and port") << "localhost:8080/a" << QStringList{"http://localhost:8080/a"};
        QTest::newRow("a host that starts with digits") << "1password.com" << QStringList{"https://1password.com/"};
        QTest::newRow("upper case") << "HTTP://Example.COM:80/A" << QStringList{"http://example.com/A"};
        QTest::newRow("spaces around") << "  http://a.example/  " << QStringList{"http://a.example/"};
        QTest::newRow("two sites") << "http://a.example/ https://b.example/x"
                                   << QStringList{"http://a.example/", "https://b.example/x"};
        QTest::newRow("duplicates once") << "http://a.example/ HTTP://A.example/#top" << QStringList{"http://a.example/"};
        QTest::newRow("IDN") << "http://пример.укр/" << QStringList{"http://xn--e1afmkfd.xn--j1amh/"};
    }
    void acceptsWhatPeopleType()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, seeds);
        auto parsed = parseSeedUrls(typed);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(*parsed, seeds);
    }

    void refusesWhatCannotBeCrawled_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "Type the address of a site to crawl";
        QTest::newRow("blank") << "   \t " << "Type the address of a site to crawl";
        QTest::newRow("ftp") << "ftp://example.com/" << "Only http and https addresses can be crawled: ftp://example.com/";
        QTest::newRow("mailto") << "mailto:someone@example.com" << "Only http and https addresses can be crawled";
        QTest::newRow("javascript") << "javascript:alert(1)" << "Only http and https addresses can be crawled";
        QTest::newRow("no host") << "http://" << "Not a valid web address: http://";
        QTest::newRow("bad port") << "http://example.com:99999/" << "Not a valid web address";
        QTest::newRow("second one bad") << "http://ok.example/ ftp://bad.example/" << "ftp://bad.example/";
    }
    void refusesWhatCannotBeCrawled()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        auto parsed = parseSeedUrls(typed);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void readsAUrlList()
    {
        const QByteArray list = "\xEF\xBB\xBF# exported from a spreadsheet\r\n"
                                "https://example.com/a\r\n"
                                "\r\n"
                                "example.com/b\r\n"
                                "https://example.com/a\r\n"
                                "   https://example.com/c   \n";
        auto parsed = parseUrlList(list);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(*parsed, (QStringList{"https://example.com/a", "https://example.com/b", "https://example.com/c"}));
    }

    void namesTheLineOfABadEntry()
    {
        auto parsed = parseUrlList("https://example.com/a\nhttps://example.com/b\nftp://example.com/c\n");
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.startsWith(QLatin1String("Line 3: ")), qPrintable(parsed.error().message));
    }

    void refusesEmptyAndBinaryLists()
    {
        QVERIFY(!parseUrlList(""));
        QVERIFY(!parseUrlList("# only a comment\n\n"));
        auto binary = parseUrlList(QByteArray("\x89PNG\r\n\x1a\n\xff\xfe\x00\x01", 12));
        QVERIFY(!binary);
        QVERIFY2(binary.error().message.contains(QLatin1String("not UTF-8")), qPrintable(binary.error().message));
    }

    void handlesAHugeList()
    {
        QByteArray list;
        for (int i = 0; i < 100'000; ++i)
            list += "https://example.com/p/" + QByteArray::number(i) + '\n';
        QElapsedTimer clock;
        clock.start();
        auto parsed = parseUrlList(list);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 100'000);
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    }
};

QObject* makeTestSeedInput()
{
    return new TestSeedInput;
}

#include "TestSeedInput.moc"
