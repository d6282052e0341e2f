// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "crawl/ScopeRules.h"

using namespace pav::crawl;
using Verdict = ScopeRules::Verdict;

class TestScopeRules : public QObject
{
    Q_OBJECT

private slots:
    void classifiesUrls_data()
    {
        QTest::addColumn<bool>("subdomains");
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("verdict");
        const QStringList none;
        const int in = int(Verdict::InScope);
        const int ext = int(Verdict::External);
        const int excl = int(Verdict::Excluded);
        QTest::newRow("same host") << false << none << none << "https://www.example.co.uk/a" << in;
        // Scope is the seed's host, not its origin: a site redirecting http:// to https:// (or linking back to
        // http://) is one site; this row asserted "another origin" before, which crawled nothing past such a redirect.
        QTest::newRow("other scheme, same host") << false << none << none << "http://www.example.co.uk/a" << in;
        QTest::newRow("http on the default port spelled out")
            << false << none << none << "http://www.example.co.uk:80/a" << in;
        QTest::newRow("https port spelled out") << false << none << none << "https://www.example.co.uk:443/a" << in;
        QTest::newRow("other port") << false << none << none << "https://www.example.co.uk:8443/a" << ext;
        QTest::newRow("other scheme, other port") << false << none << none << "http://www.example.co.uk:8080/a" << ext;
        QTest::newRow("subdomain without --subdomains") << false << none << none << "https://shop.example.co.uk/" << ext;
        QTest::newRow("subdomain with --subdomains") << true << none << none << "https://shop.example.co.uk/" << in;
        QTest::newRow("bare domain with --subdomains") << true << none << none << "https://example.co.uk/" << in;
        QTest::newRow("public suffix is not the site") << true << none << none << "https://other.co.uk/" << ext;
        QTest::newRow("other site") << false << none << none << "https://example.org/" << ext;
        QTest::newRow("exclude wins") << false << none << QStringList{"/private/"} << "https://www.example.co.uk/private/x" << excl;
        QTest::newRow("include needed") << false << QStringList{"/blog/"} << none << "https://www.example.co.uk/shop" << excl;
        QTest::newRow("include matches") << false << QStringList{"/blog/", "/news/"} << none << "https://www.example.co.uk/news/1" << in;
        QTest::newRow("exclude over include") << false << QStringList{"/blog/"} << QStringList{"\\?replytocom="}
                                              << "https://www.example.co.uk/blog/?replytocom=5" << excl;
        QTest::newRow("mailto is external") << false << none << none << "mailto:a@example.co.uk" << ext;
        QTest::newRow("exclude applies to other sites")
            << false << none << QStringList{"/ads/"} << "https://ads.example.org/ads/1" << excl;
        QTest::newRow("include does not narrow other sites")
            << false << QStringList{"/blog/"} << none << "https://example.org/shop" << ext;
        QTest::newRow("exclude applies to other schemes")
            << false << none << QStringList{"^mailto:"} << "mailto:a@example.co.uk" << excl;
    }

    void classifiesUrls()
    {
        QFETCH(bool, subdomains);
        QFETCH(QStringList, include);
        QFETCH(QStringList, exclude);
        QFETCH(QString, url);
        QFETCH(int, verdict);
        auto rules = ScopeRules::create({"https://www.example.co.uk/"}, {subdomains, include, exclude});
        QVERIFY(rules.hasValue());
        QCOMPARE(int(rules->classify(url)), verdict);
    }

    void knowsRegistrableDomains()
    {
        QCOMPARE(ScopeRules::registrableDomain("a.b.example.co.uk"), QStringLiteral("example.co.uk"));
        QCOMPARE(ScopeRules::registrableDomain("www.example.com"), QStringLiteral("example.com"));
        QCOMPARE(ScopeRules::registrableDomain("xn--80aikifvh.xn--j1amh"), QStringLiteral("xn--80aikifvh.xn--j1amh"));
        QCOMPARE(ScopeRules::registrableDomain("127.0.0.1"), QStringLiteral("127.0.0.1"));
        QCOMPARE(ScopeRules::registrableDomain("::1"), QStringLiteral("::1"));
    }

    void rejectsInvalidPatternsUpFront()
    {
        auto rules = ScopeRules::create({"https://a/"}, {false, {"ok"}, {"(unclosed"}});
        QVERIFY(!rules);
        QVERIFY2(rules.error().message.contains(QLatin1String("--exclude")), qPrintable(rules.error().message));
        QVERIFY(rules.error().message.contains(QLatin1String("(unclosed")));
    }

    void treatsHttpAndHttpsOfASeedHostAsOneSite_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("inScope");
        QTest::newRow("http seed, https page") << "http://site.example/" << "https://site.example/a" << true;
        QTest::newRow("https seed, http page") << "https://site.example/" << "http://site.example/a" << true;
        QTest::newRow("http seed, https on another port")
            << "http://site.example/" << "https://site.example:8443/" << false;
        QTest::newRow("ports kept: same port, other scheme")
            << "http://127.0.0.1:8080/" << "https://127.0.0.1:8080/" << true;
        QTest::newRow("ports kept: other port") << "http://127.0.0.1:8080/" << "http://127.0.0.1:8081/" << false;
        QTest::newRow("ports kept: default port") << "http://127.0.0.1:8080/" << "http://127.0.0.1/" << false;
        QTest::newRow("other host") << "http://site.example/" << "https://www.site.example/" << false;
    }
    void treatsHttpAndHttpsOfASeedHostAsOneSite()
    {
        QFETCH(QString, seed);
        QFETCH(QString, url);
        QFETCH(bool, inScope);
        auto rules = ScopeRules::create({seed}, {});
        QVERIFY(rules.hasValue());
        QCOMPARE(rules->isInScope(url), inScope);
    }

    void localSeedsWork()
    {
        auto rules = ScopeRules::create({"http://127.0.0.1:8080/"}, {});
        QVERIFY(rules->isInScope("http://127.0.0.1:8080/page"));
        QVERIFY(!rules->isInScope("http://127.0.0.1:9090/page"));
        auto withSubdomains = ScopeRules::create({"http://127.0.0.1:8080/"}, {.subdomains = true});
        QVERIFY(withSubdomains->isInScope("http://127.0.0.1:9090/page")); // same host, any port
        QVERIFY(!withSubdomains->isInScope("http://127.0.0.2/page"));
    }
};

QObject* makeTestScopeRules()
{
    return new TestScopeRules;
}

#include "TestScopeRules.moc"
