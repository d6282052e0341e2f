// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CrawlConfig: the JSON form behind --config and the crawl file (round trip, errors that name the key), validation
// and the robots.txt product token taken from the user agent.
#include <QJsonDocument>
#include <QTest>

#include "crawl/CrawlConfig.h"

using namespace pav;
using namespace pav::crawl;
using namespace std::chrono_literals;

namespace {
CrawlConfig everythingChanged()
{
    CrawlConfig config;
    config.seeds = {QStringLiteral("https://example.com/"), QStringLiteral("http://127.0.0.1:8080/start")};
    config.maxDepth = 4;
    config.maxPages = 12345;
    config.concurrency = 7;
    config.perHost = 3;
    config.delay = 250ms;
    config.timeout = 12s;
    config.retries = 5;
    config.userAgent = QStringLiteral("MyBot/1.0 (+http://x)");
    config.ignoreRobots = true;
    config.sitemaps = false;
    config.include = {QStringLiteral("/blog/"), QStringLiteral("\\.html$")};
    config.exclude = {QStringLiteral("[?&]sort=")};
    config.subdomains = true;
    config.external = true;
    config.htmlOnly = true;
    config.maxSize = 1024 * 1024;
    config.maxUrlLength = 500;
    config.maxQueryVariants = 20;
    config.maxRedirects = 3;
    config.storeHtml = true;
    config.storeHtmlLimit = 4096;
    extract::Rule price;
    price.name = QStringLiteral("price");
    price.expression = QStringLiteral(".price");
    price.matches = extract::Matches::All;
    price.filter = QStringLiteral("(\\d+)");
    extract::Rule stock;
    stock.name = QStringLiteral("stock");
    stock.kind = extract::RuleKind::NotContains;
    stock.expression = QStringLiteral("Sold out");
    stock.ignoreCase = true;
    config.rules = {price, stock};
    return config;
}
} // namespace

class TestCrawlConfig : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughJson()
    {
        const CrawlConfig original = everythingChanged();
        const QByteArray bytes = QJsonDocument(original.toJson()).toJson();
        auto read = CrawlConfig::fromJsonBytes(bytes, CrawlConfig{});
        QVERIFY2(read.hasValue(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->toJson(), original.toJson());
        QCOMPARE(read->seeds, original.seeds);
        QCOMPARE(read->delay, 250ms);
        QCOMPARE(read->timeout, 12s);
        QCOMPARE(read->maxPages, qint64(12345));
        QCOMPARE(read->maxSize, qint64(1024 * 1024));
        QCOMPARE(read->exclude, original.exclude);
        QCOMPARE(read->ignoreRobots, true);
        QCOMPARE(read->sitemaps, false);
        QCOMPARE(read->rules, original.rules);
        QCOMPARE(read->storeHtmlLimit, qint64(4096));
        // Every field has a key: the defaults differ from everythingChanged() in each of them.
        QCOMPARE(original.toJson().size(), 23);
        const QJsonObject defaults = CrawlConfig{}.toJson();
        for (auto it = defaults.begin(); it != defaults.end(); ++it)
            QVERIFY2(original.toJson().value(it.key()) != it.value(), qPrintable(it.key()));
    }

    void keepsDefaultsForMissingKeys()
    {
        CrawlConfig defaults;
        defaults.perHost = 9;
        defaults.userAgent = QStringLiteral("Base/1");
        auto read = CrawlConfig::fromJsonBytes("{\"maxDepth\": 3, \"include\": []}", defaults);
        QVERIFY(read.hasValue());
        QCOMPARE(read->maxDepth, 3);
        QCOMPARE(read->perHost, 9);
        QCOMPARE(read->userAgent, QStringLiteral("Base/1"));
        QCOMPARE(read->include, QStringList());
        auto empty = CrawlConfig::fromJsonBytes("{}", defaults);
        QVERIFY(empty.hasValue());
        QCOMPARE(empty->toJson(), defaults.toJson());
    }

    void rejectsBadValuesNamingTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown key") << QByteArray("{\"maxDepht\": 3}") << QStringLiteral("maxDepht");
        QTest::newRow("unknown key beside good ones")
            << QByteArray("{\"maxDepth\": 3, \"colour\": \"red\"}") << QStringLiteral("colour");
        QTest::newRow("number as string") << QByteArray("{\"maxDepth\": \"3\"}") << QStringLiteral("maxDepth");
        QTest::newRow("null") << QByteArray("{\"retries\": null}") << QStringLiteral("retries");
        QTest::newRow("bool as number") << QByteArray("{\"ignoreRobots\": 1}") << QStringLiteral("ignoreRobots");
        QTest::newRow("string as number") << QByteArray("{\"userAgent\": 5}") << QStringLiteral("userAgent");
        QTest::newRow("seeds not a list") << QByteArray("{\"seeds\": \"http://x/\"}") << QStringLiteral("seeds");
        QTest::newRow("include holds a number") << QByteArray("{\"include\": [\"a\", 1]}") << QStringLiteral("include");
        QTest::newRow("fraction") << QByteArray("{\"maxDepth\": 1.5}") << QStringLiteral("maxDepth");
        QTest::newRow("concurrency 0") << QByteArray("{\"concurrency\": 0}") << QStringLiteral("concurrency");
        QTest::newRow("perHost 1001") << QByteArray("{\"perHost\": 1001}") << QStringLiteral("perHost");
        QTest::newRow("maxDepth -2") << QByteArray("{\"maxDepth\": -2}") << QStringLiteral("maxDepth");
        QTest::newRow("maxPages -1") << QByteArray("{\"maxPages\": -1}") << QStringLiteral("maxPages");
        QTest::newRow("retries 101") << QByteArray("{\"retries\": 101}") << QStringLiteral("retries");
        QTest::newRow("delayMs -1") << QByteArray("{\"delayMs\": -1}") << QStringLiteral("delayMs");
        QTest::newRow("timeoutMs 0") << QByteArray("{\"timeoutMs\": 0}") << QStringLiteral("timeoutMs");
        QTest::newRow("maxSize 0") << QByteArray("{\"maxSize\": 0}") << QStringLiteral("maxSize");
        QTest::newRow("maxUrlLength 10") << QByteArray("{\"maxUrlLength\": 10}") << QStringLiteral("maxUrlLength");
        QTest::newRow("maxQueryVariants 0")
            << QByteArray("{\"maxQueryVariants\": 0}") << QStringLiteral("maxQueryVariants");
        QTest::newRow("maxRedirects 101") << QByteArray("{\"maxRedirects\": 101}") << QStringLiteral("maxRedirects");
        QTest::newRow("huge number") << QByteArray("{\"maxPages\": 1e300}") << QStringLiteral("maxPages");
        QTest::newRow("huge negative number") << QByteArray("{\"maxDepth\": -1e300}") << QStringLiteral("maxDepth");
        QTest::newRow("just past qint64") << QByteArray("{\"maxSize\": 9.3e18}") << QStringLiteral("maxSize");
        QTest::newRow("storeHtml as string") << QByteArray("{\"storeHtml\": \"yes\"}") << QStringLiteral("storeHtml");
        QTest::newRow("storeHtmlLimit -1") << QByteArray("{\"storeHtmlLimit\": -1}") << QStringLiteral("storeHtmlLimit");
        QTest::newRow("extract not a list") << QByteArray("{\"extract\": {}}") << QStringLiteral("extract");
        QTest::newRow("extract holds a string") << QByteArray("{\"extract\": [\"h1\"]}") << QStringLiteral("extract");
        QTest::newRow("rule with an unknown key, named")
            << QByteArray("{\"extract\": [{\"name\": \"h\", \"expression\": \"h1\", \"colour\": 1}]}")
            << QStringLiteral("h");
        QTest::newRow("invalid selector, named")
            << QByteArray("{\"extract\": [{\"name\": \"price\", \"expression\": \".price[\"}]}")
            << QStringLiteral("price");
    }
    void rejectsBadValuesNamingTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        auto read = CrawlConfig::fromJsonBytes(json, CrawlConfig{});
        QVERIFY(!read.hasValue());
        QVERIFY2(read.error().message.contains(QLatin1Char('"') + key + QLatin1Char('"')),
                 qPrintable(read.error().message));
        QCOMPARE(read.error().kind, ErrorKind::InvalidArgument);
    }

    void rejectsInvalidRegexes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("include: unclosed group")
            << QByteArray("{\"include\": [\"/ok/\", \"(blog\"]}") << QStringLiteral("(blog");
        QTest::newRow("exclude: bad range") << QByteArray("{\"exclude\": [\"[z-a]\"]}") << QStringLiteral("[z-a]");
        QTest::newRow("exclude: nothing to repeat")
            << QByteArray("{\"exclude\": [\"*.pdf\"]}") << QStringLiteral("*.pdf");
    }
    void rejectsInvalidRegexes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pattern);
        auto read = CrawlConfig::fromJsonBytes(json, CrawlConfig{});
        QVERIFY(!read.hasValue());
        QVERIFY2(read.error().message.contains(pattern), qPrintable(read.error().message));
    }

    void rejectsJsonThatIsNotAnObject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated") << QByteArray("{\"maxDepth\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("must be a JSON object");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    }
    void rejectsJsonThatIsNotAnObject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        auto read = CrawlConfig::fromJsonBytes(bytes, CrawlConfig{});
        QVERIFY(!read.hasValue());
        QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().message));
    }

    void validatesTheStruct()
    {
        QVERIFY(CrawlConfig{}.validate().hasValue());
        QVERIFY(everythingChanged().validate().hasValue());
        CrawlConfig zero;
        zero.concurrency = 0;
        QVERIFY(!zero.validate().hasValue());
        CrawlConfig badRegex;
        badRegex.exclude = {QStringLiteral("a(")};
        QVERIFY(!badRegex.validate().hasValue());
        QVERIFY(badRegex.validate().error().message.contains(QLatin1String("a(")));
        CrawlConfig negativeDepth;
        negativeDepth.maxDepth = -5;
        QVERIFY(!negativeDepth.validate().hasValue());
    }

    void derivesTheRobotsToken_data()
    {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("default") << QString() << QByteArray("pavutyna");
        QTest::newRow("name, version, comment") << QStringLiteral("MyBot/1.0 (+http://x)") << QByteArray("mybot");
        QTest::newRow("name only") << QStringLiteral("MyBot") << QByteArray("mybot");
        QTest::newRow("space before version") << QStringLiteral("Site Auditor/2") << QByteArray("site");
        QTest::newRow("surrounding spaces") << QStringLiteral("  SpaceBot/2  ") << QByteArray("spacebot");
        QTest::newRow("semicolon") << QStringLiteral("Bot;compatible") << QByteArray("bot");
        QTest::newRow("comment without space") << QStringLiteral("Bot(compatible)") << QByteArray("bot");
        QTest::newRow("browser-like") << QStringLiteral("Mozilla/5.0 (compatible; Foo/1.0)") << QByteArray("mozilla");
        QTest::newRow("hyphen and underscore kept") << QStringLiteral("my-bot_2/3") << QByteArray("my-bot_2");
    }
    void derivesTheRobotsToken()
    {
        QFETCH(QString, userAgent);
        QFETCH(QByteArray, token);
        CrawlConfig config;
        config.userAgent = userAgent;
        QCOMPARE(config.robotsToken(), token);
    }

    void sendsTheDefaultAgentWhenNoneIsSet()
    {
        CrawlConfig config;
        QVERIFY(config.effectiveUserAgent().startsWith("Pavutyna/"));
        config.userAgent = QStringLiteral("Мій бот/1");
        QCOMPARE(config.effectiveUserAgent(), QStringLiteral("Мій бот/1").toUtf8());
    }
};

QObject* makeTestCrawlConfig()
{
    return new TestCrawlConfig;
}

#include "TestCrawlConfig.moc"
