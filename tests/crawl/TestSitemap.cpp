// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "LocalHttpServer.h"
#include "crawl/Sitemap.h"

using namespace pav::crawl;

namespace {
QByteArray gzipped(const QByteArray& data)
{
    return pav::test::compressZlib(data);
}

// Ordinary literals: moc (Qt 6.4) emits nothing for a file whose raw string literals hold XML.
const QByteArray UrlSet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                          "  <url><loc> https://example.com/ </loc><lastmod>2026-01-01</lastmod></url>\n"
                          "  <url><loc>https://example.com/a?x=1&amp;y=2</loc></url>\n"
                          "  <url><loc></loc></url>\n"
                          "  <url><loc>https://example.com/%D1%81%D1%82</loc></url>\n"
                          "</urlset>";
} // namespace

class TestSitemap : public QObject
{
    Q_OBJECT

private slots:
    void readsAUrlSet()
    {
        auto sitemap = parseSitemap(UrlSet);
        QVERIFY(sitemap.hasValue());
        QCOMPARE(sitemap->kind, Sitemap::Kind::Pages);
        QCOMPARE(sitemap->locations,
                 (QStringList{"https://example.com/", "https://example.com/a?x=1&y=2", "https://example.com/%D1%81%D1%82"}));
    }

    void readsAnIndex()
    {
        auto sitemap = parseSitemap("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                                    "<sitemap><loc>https://example.com/s1.xml</loc></sitemap>\n"
                                    "<sitemap><loc>https://example.com/s2.xml.gz</loc></sitemap></sitemapindex>");
        QCOMPARE(sitemap->kind, Sitemap::Kind::Index);
        QCOMPARE(sitemap->locations.size(), 2);
    }

    void readsGzippedSitemapsByTheirBytes()
    {
        auto sitemap = parseSitemap(gzipped(UrlSet));
        QVERIFY(sitemap.hasValue());
        QCOMPARE(sitemap->locations.size(), 3);
    }

    void readsPlainTextSitemaps()
    {
        auto sitemap = parseSitemap("https://example.com/one\r\n\r\nhttps://example.com/two\nnot a url\n");
        QCOMPARE(sitemap->locations, (QStringList{"https://example.com/one", "https://example.com/two"}));
    }

    void keepsWhatPrecedesDamage()
    {
        auto sitemap = parseSitemap("<urlset><url><loc>https://example.com/ok</loc></url><url><loc>https://exa");
        QVERIFY(sitemap.hasValue());
        QCOMPARE(sitemap->locations, QStringList{"https://example.com/ok"});
    }

    void rejectsWhatIsNotASitemap()
    {
        auto html = parseSitemap("<html><body><a href='/x'>x</a></body></html>");
        QVERIFY(!html);
        QVERIFY(html.error().message.contains(QLatin1String("<html>")));
        auto broken = parseSitemap("<urlset><<<");
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(QLatin1String("line")));
        auto damagedGzip = parseSitemap(gzipped(UrlSet).left(40));
        QVERIFY(!damagedGzip);
    }

    void stopsAGzipBombAtTheCap()
    {
        const QByteArray bomb = gzipped(QByteArray(20 << 20, '\0'));
        auto sitemap = parseSitemap(bomb, 1 << 20);
        QVERIFY(!sitemap);
        QVERIFY(sitemap.error().message.contains(QLatin1String("larger than")));
    }
};

QObject* makeTestSitemap()
{
    return new TestSitemap;
}

#include "TestSitemap.moc"
