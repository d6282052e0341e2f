// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// analysePage (charset, parse, link resolution against <base href>), the Link: header canonical and the HTML
// content-type test: the pure part of the crawler, run without any network.
#include <QTest>

#include "Bytes.h"
#include "crawl/PageAnalysis.h"
#include "extract/RuleSet.h"
#include "extract/RuleSpec.h"
#include "store/StoredHtml.h"

using namespace pav;
using namespace pav::crawl;
using pav::test::bytes;

namespace {
const QString PageUrl = QStringLiteral("http://h.example/a/b.html?q=1");

QStringList linkUrls(const PageAnalysis& analysis)
{
    QStringList urls;
    for (const PageLinks::Link link : analysis.links)
        urls.append(QString::fromUtf8(link.url));
    return urls;
}
} // namespace

class TestPageAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void resolvesRelativeLinks_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sibling") << QStringLiteral("c.html") << QStringLiteral("http://h.example/a/c.html");
        QTest::newRow("parent") << QStringLiteral("../c") << QStringLiteral("http://h.example/c");
        QTest::newRow("above the root") << QStringLiteral("../../../c") << QStringLiteral("http://h.example/c");
        QTest::newRow("absolute path") << QStringLiteral("/c") << QStringLiteral("http://h.example/c");
        QTest::newRow("query only") << QStringLiteral("?x=2") << QStringLiteral("http://h.example/a/b.html?x=2");
        QTest::newRow("fragment only") << QStringLiteral("#top") << QStringLiteral("http://h.example/a/b.html?q=1");
        QTest::newRow("scheme-relative") << QStringLiteral("//other.example/p")
                                         << QStringLiteral("http://other.example/p");
        QTest::newRow("spaces around") << QStringLiteral("  c  ") << QStringLiteral("http://h.example/a/c");
        QTest::newRow("upper-case scheme and host, default port")
            << QStringLiteral("HTTP://H.EXAMPLE:80/x") << QStringLiteral("http://h.example/x");
        QTest::newRow("https default port")
            << QStringLiteral("https://h.example:443/x") << QStringLiteral("https://h.example/x");
        QTest::newRow("other port kept") << QStringLiteral("http://h.example:8080/x")
                                         << QStringLiteral("http://h.example:8080/x");
        QTest::newRow("dot segments") << QStringLiteral("./x/./y/../z") << QStringLiteral("http://h.example/a/x/z");
        QTest::newRow("non-ASCII path") << QStringLiteral("/шлях")
                                        << QStringLiteral("http://h.example/%D1%88%D0%BB%D1%8F%D1%85");
        QTest::newRow("IDN host") << QStringLiteral("http://приклад.укр/")
                                  << QStringLiteral("http://xn--80aikifvh.xn--j1amh/");
        QTest::newRow("empty path") << QStringLiteral("http://other.example")
                                    << QStringLiteral("http://other.example/");
        QTest::newRow("ftp: not crawlable") << QStringLiteral("ftp://h.example/file") << QString();
    }
    void resolvesRelativeLinks()
    {
        QFETCH(QString, href);
        QFETCH(QString, expected);
        const QByteArray html = "<a href=\"" + href.toUtf8() + "\">x</a>";
        const PageAnalysis analysis = analysePage(html, "text/html; charset=utf-8", PageUrl);
        QCOMPARE(linkUrls(analysis), QStringList{expected});
    }

    void resolvesAgainstBaseHref_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("expected");
        QTest::newRow("absolute base") << QByteArray("<base href=\"http://other.example/dir/\">") << QStringLiteral("x")
                                       << QStringLiteral("http://other.example/dir/x");
        QTest::newRow("absolute base, root-relative href")
            << QByteArray("<base href=\"http://other.example/dir/\">") << QStringLiteral("/root")
            << QStringLiteral("http://other.example/root");
        QTest::newRow("relative base") << QByteArray("<base href=\"/sub/\">") << QStringLiteral("x")
                                       << QStringLiteral("http://h.example/sub/x");
        QTest::newRow("base going up") << QByteArray("<base href=\"../up/\">") << QStringLiteral("x")
                                       << QStringLiteral("http://h.example/up/x");
        QTest::newRow("base without href")
            << QByteArray("<base target=\"_blank\">") << QStringLiteral("x") << QStringLiteral("http://h.example/a/x");
        QTest::newRow("first base wins") << QByteArray("<base href=\"/one/\"><base href=\"/two/\">")
                                         << QStringLiteral("x") << QStringLiteral("http://h.example/one/x");
        QTest::newRow("unusable base ignored") << QByteArray("<base href=\"javascript:void(0)\">")
                                               << QStringLiteral("x") << QStringLiteral("http://h.example/a/x");
    }
    void resolvesAgainstBaseHref()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, href);
        QFETCH(QString, expected);
        const QByteArray html = "<html><head>" + head + "</head><body><a href=\"" + href.toUtf8() + "\">x</a>";
        const PageAnalysis analysis = analysePage(html, "text/html", PageUrl);
        QCOMPARE(linkUrls(analysis), QStringList{expected});
    }

    void resolvesCanonicalAndHreflang()
    {
        const QByteArray html = "<html><head><base href=\"/base/\">"
                                "<link rel=canonical href=\"../canon?x=1#frag\">"
                                "<link rel=alternate hreflang=uk href=\"uk/\">"
                                "<link rel=alternate hreflang=en href=\"https://en.example/\">"
                                "</head></html>";
        const PageAnalysis analysis = analysePage(html, "text/html", PageUrl);
        QCOMPARE(analysis.fields.canonical, QStringLiteral("http://h.example/canon?x=1"));
        QCOMPARE(analysis.fields.canonicalCount, 1);
        QCOMPARE(analysis.fields.hreflang.size(), 2);
        QCOMPARE(analysis.fields.hreflang[0].language, QStringLiteral("uk"));
        QCOMPARE(analysis.fields.hreflang[0].href, QStringLiteral("http://h.example/base/uk/"));
        QCOMPARE(analysis.fields.hreflang[1].href, QStringLiteral("https://en.example/"));
    }

    void keepsAnchorTextRelAndKind()
    {
        const QByteArray html = "<a rel=\"NoFollow External\" href=/x>  Some\n text </a><img src=/i.png alt=Pic>"
                                "<script src=/s.js></script><a href=\"javascript:go()\">js</a><a href=mailto:a@b>m</a>";
        const PageAnalysis analysis = analysePage(html, "text/html", PageUrl);
        QCOMPARE(analysis.links.size(), 3);
        QCOMPARE(QString::fromUtf8(analysis.links[0].anchor), QStringLiteral("Some text"));
        QCOMPARE(QString::fromUtf8(analysis.links[0].rel), QStringLiteral("nofollow external"));
        QCOMPARE(analysis.links[0].kind, html::LinkKind::Anchor);
        QCOMPARE(QString::fromUtf8(analysis.links[1].url), QStringLiteral("http://h.example/i.png"));
        QCOMPARE(analysis.links[1].kind, html::LinkKind::Image);
        QCOMPARE(analysis.links[2].kind, html::LinkKind::Script);
    }

    void flagsTooDeepNesting()
    {
        const QByteArray deep = "<a href=/before>b</a>" + QByteArray("<div>").repeated(5000) + "<a href=/after>a</a>";
        const PageAnalysis truncated = analysePage(deep, "text/html", PageUrl);
        QVERIFY(truncated.truncated);
        QCOMPARE(linkUrls(truncated), QStringList{QStringLiteral("http://h.example/before")});
        const PageAnalysis shallow = analysePage("<div><div><a href=/x>x</a></div></div>", "text/html", PageUrl);
        QVERIFY(!shallow.truncated);
    }

    void decodesTheDeclaredCharset_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QByteArray>("encoding");
        const QString hello = QStringLiteral("Привіт, світ");
        const QByteArray cp1251 = bytes("\xcf\xf0\xe8\xe2\xb3\xf2, \xf1\xe2\xb3\xf2");
        const QByteArray koi8u = bytes("\xf0\xd2\xc9\xd7\xa6\xd4, \xd3\xd7\xa6\xd4");
        QTest::newRow("windows-1251 header") << QByteArray("text/html; charset=windows-1251")
                                             << "<title>" + cp1251 + "</title>" << hello << QByteArray("windows-1251");
        QTest::newRow("koi8-u meta only")
            << QByteArray("text/html") << "<meta charset=koi8-u><title>" + koi8u << hello << QByteArray("koi8-u");
        QTest::newRow("header beats meta")
            << QByteArray("text/html; charset=koi8-u") << "<meta charset=windows-1251><title>" + koi8u << hello
            << QByteArray("koi8-u");
        QTest::newRow("UTF-8 BOM beats header")
            << QByteArray("text/html; charset=windows-1251") << "\xef\xbb\xbf<title>" + hello.toUtf8() << hello
            << QByteArray("utf-8");
        QTest::newRow("meta inside a comment ignored")
            << QByteArray("text/html") << "<!-- <meta charset=koi8-u> --><title>" + hello.toUtf8() << hello
            << QByteArray("utf-8");
        QTest::newRow("undeclared invalid UTF-8: windows-1252")
            << QByteArray("text/html") << bytes("<title>caf\xe9</title>") << QStringLiteral("café")
            << QByteArray("windows-1252");
        QTest::newRow("unknown charset label falls back")
            << QByteArray("text/html; charset=x-no-such") << "<title>" + hello.toUtf8() << hello << QByteArray("utf-8");
    }
    void decodesTheDeclaredCharset()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, title);
        QFETCH(QByteArray, encoding);
        const PageAnalysis analysis = analysePage(body, contentType, PageUrl);
        QCOMPARE(analysis.fields.title, title);
        QCOMPARE(analysis.encoding, encoding);
    }

    void readsTheCanonicalFromALinkHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("quoted") << QByteArray("<http://x/c>; rel=\"canonical\"") << QStringLiteral("http://x/c");
        QTest::newRow("unquoted, last") << QByteArray("<http://x/c>; rel=canonical") << QStringLiteral("http://x/c");
        QTest::newRow("unquoted, then another link")
            << QByteArray("<http://x/c>; rel=canonical, <http://x/o>; rel=alternate") << QStringLiteral("http://x/c");
        QTest::newRow("unquoted, then a parameter")
            << QByteArray("<http://x/c>;rel=canonical;anchor=\"#a\"") << QStringLiteral("http://x/c");
        QTest::newRow("second link") << QByteArray("<http://x/o>; rel=\"alternate\", <http://x/c>; rel=\"canonical\"")
                                     << QStringLiteral("http://x/c");
        QTest::newRow("one of several rel values")
            << QByteArray("<http://x/c>; rel=\"alternate canonical\"") << QStringLiteral("http://x/c");
        QTest::newRow("upper case") << QByteArray("<http://x/c>; REL=\"Canonical\"") << QStringLiteral("http://x/c");
        QTest::newRow("parameter before rel")
            << QByteArray("<http://x/c>; type=\"text/html\"; rel=\"canonical\"") << QStringLiteral("http://x/c");
        QTest::newRow("relative target, as written")
            << QByteArray("</c?x=1>; rel=\"canonical\"") << QStringLiteral("/c?x=1");
        QTest::newRow("other relation") << QByteArray("<http://x/o>; rel=\"preload\"") << QString();
        QTest::newRow("canonical only in a title")
            << QByteArray("<http://x/o>; title=\"canonical\"; rel=\"next\"") << QString();
        QTest::newRow("rel= inside a title") << QByteArray("<http://x/o>; title=\"rel=canonical\"") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("unterminated") << QByteArray("<http://x/c; rel=canonical") << QString();
    }
    void readsTheCanonicalFromALinkHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        QCOMPARE(canonicalFromLinkHeader(header), expected);
    }

    void recognisesHtmlContentTypes_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("isHtml");
        QTest::newRow("text/html") << QByteArray("text/html") << true;
        QTest::newRow("with charset, upper case") << QByteArray("TEXT/HTML; charset=UTF-8") << true;
        QTest::newRow("xhtml") << QByteArray("application/xhtml+xml") << true;
        QTest::newRow("missing") << QByteArray() << true;
        QTest::newRow("leading space") << QByteArray("  text/html") << true;
        QTest::newRow("plain text") << QByteArray("text/plain") << false;
        QTest::newRow("json") << QByteArray("application/json") << false;
        QTest::newRow("image") << QByteArray("image/png") << false;
    }
    void recognisesHtmlContentTypes()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(bool, isHtml);
        QCOMPARE(isHtmlContentType(contentType), isHtml);
    }

    void extractsUtf8ValuesFromAnyCharset_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        // «Ціна: 150 грн» and «Кобзар» in three encodings.
        QTest::newRow("windows-1251 header") << QByteArray("<h1>\xCA\xEE\xE1\xE7\xE0\xF0</h1><p class=p>\xD6\xB3\xED\xE0: 150 \xE3\xF0\xED</p>")
                                            << QByteArray("text/html; charset=windows-1251");
        QTest::newRow("koi8-u meta") << QByteArray("<meta charset=koi8-u><h1>\xEB\xCF\xC2\xDA\xC1\xD2</h1><p class=p>\xE3\xA6\xCE\xC1: 150 \xC7\xD2\xCE</p>")
                                    << QByteArray("text/html");
        QTest::newRow("utf-8 with a BOM") << QByteArray("\xEF\xBB\xBF<h1>Кобзар</h1><p class=p>Ціна: 150 грн</p>")
                                         << QByteArray("text/html");
    }

    void extractsUtf8ValuesFromAnyCharset()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QList<extract::Rule> rules;
        for (const char* spec : {"name=css:h1", "price=re:Ціна: (\\d+)", "unit[filter=\\d+ (\\S+)]=xpath://p[@class='p']"})
            rules.append(*extract::parseRuleSpec(QString::fromUtf8(spec)));
        Result<extract::RuleSet> compiled = extract::RuleSet::compile(rules);
        QVERIFY2(compiled, qPrintable(compiled ? QString() : compiled.error().message));
        const PageAnalysis analysis = analysePage(body, contentType, QStringLiteral("http://127.0.0.1/"),
                                                  AnalysisRequest{&*compiled, true});
        QCOMPARE(analysis.extraction.values.size(), 3);
        QCOMPARE(analysis.extraction.values[0], QStringList{"Кобзар"});
        QCOMPARE(analysis.extraction.values[1], QStringList{"150"});
        QCOMPARE(analysis.extraction.values[2], QStringList{"грн"});
        // The stored page is the decoded UTF-8, so re-extraction needs no charset of its own.
        QVERIFY(QString::fromUtf8(store::decompressHtml(analysis.compressedHtml).value_or(QByteArray()))
                    .contains(QStringLiteral("Кобзар")));
        QVERIFY(analysePage(body, contentType, QStringLiteral("http://127.0.0.1/")).compressedHtml.isEmpty());
    }
};

QObject* makeTestPageAnalysis()
{
    return new TestPageAnalysis;
}

#include "TestPageAnalysis.moc"
