// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>

#include "Bytes.h"

#include "html/HtmlDocument.h"
#include "html/PageParser.h"
#include "html/Utf8Text.h"

using namespace pav::html;

namespace {
ParsedPage parse(const QByteArray& html)
{
    return parsePage(HtmlDocument(html));
}

QStringList hrefs(const ParsedPage& page, LinkKind kind)
{
    QStringList out;
    for (const ExtractedLink& link : page.links) {
        if (link.kind == kind)
            out.append(QString::fromUtf8(link.href));
    }
    return out;
}
} // namespace

class TestPageParser : public QObject
{
    Q_OBJECT

private slots:
    void extractsEveryKindOfLink()
    {
        const ParsedPage page = parse(R"(<!doctype html><html><head>
            <base href="/base/">
            <link rel="stylesheet" href="/s.css"><link rel="icon" href="/favicon.ico">
            <script src="/app.js"></script>
            <meta http-equiv="refresh" content="5; URL='/refreshed'">
            </head><body>
            <a href="/a">A</a> <a href="b.html" rel="nofollow ugc">B</a>
            <map><area href="/area" alt="Region"></map>
            <img src="/i.png" srcset="/i2.png 2x, /i3.png 3x" alt="Pic">
            <picture><source srcset="/p.webp"></picture>
            <video src="/v.mp4"></video>
            <iframe src="/frame.html"></iframe>
            </body></html>)");
        QCOMPARE(page.baseHref, QStringLiteral("/base/"));
        QCOMPARE(hrefs(page, LinkKind::Anchor), (QStringList{"/a", "b.html"}));
        QCOMPARE(hrefs(page, LinkKind::Area), QStringList{"/area"});
        QCOMPARE(hrefs(page, LinkKind::Link), (QStringList{"/s.css", "/favicon.ico"}));
        QCOMPARE(hrefs(page, LinkKind::Script), QStringList{"/app.js"});
        QCOMPARE(hrefs(page, LinkKind::MetaRefresh), QStringList{"/refreshed"});
        QCOMPARE(hrefs(page, LinkKind::Image), (QStringList{"/i.png", "/i2.png", "/i3.png"}));
        QCOMPARE(hrefs(page, LinkKind::Media), (QStringList{"/p.webp", "/v.mp4"}));
        QCOMPARE(hrefs(page, LinkKind::Iframe), QStringList{"/frame.html"});

        const ExtractedLink& b = page.links[std::find_if(page.links.begin(), page.links.end(),
                                                         [](const auto& l) { return l.href == "b.html"; }) - page.links.begin()];
        QVERIFY(b.hasRel("nofollow"));
        QVERIFY(b.hasRel("ugc"));
        QVERIFY(!b.hasRel("sponsored"));
        QVERIFY(b.isNavigational());
    }

    void readsSrcsetAsTheHtmlSpecDoes_data()
    {
        QTest::addColumn<QString>("srcset");
        QTest::addColumn<QStringList>("urls");
        QTest::newRow("density descriptors") << "/a.jpg 1x, /b.jpg 2x" << QStringList{"/a.jpg", "/b.jpg"};
        QTest::newRow("width descriptors") << "/s.jpg 480w,/l.jpg 1080w" << QStringList{"/s.jpg", "/l.jpg"};
        QTest::newRow("comma inside a URL") << "https://x.com/c,w_100.jpg 3x"
                                            << QStringList{"https://x.com/c,w_100.jpg"};
        QTest::newRow("commas inside URLs, several candidates")
            << "/i/c_fill,w_100/a.jpg 100w, /i/c_fill,w_200/a.jpg 200w"
            << QStringList{"/i/c_fill,w_100/a.jpg", "/i/c_fill,w_200/a.jpg"};
        QTest::newRow("newline and tab separate") << "/a.jpg\t1x,\n/b.jpg\n2x" << QStringList{"/a.jpg", "/b.jpg"};
        QTest::newRow("candidates on their own lines") << "\n  /a.jpg 1x,\n  /b.jpg 2x\n"
                                                        << QStringList{"/a.jpg", "/b.jpg"};
        QTest::newRow("trailing comma ends a URL") << "/a.jpg, /b.jpg 2x" << QStringList{"/a.jpg", "/b.jpg"};
        // The spec reads a URL up to whitespace, so a comma with no space after it stays in the URL.
        QTest::newRow("comma without a space is part of the URL") << "/a.jpg,/b.jpg 2x" << QStringList{"/a.jpg,/b.jpg"};
        QTest::newRow("URL without a descriptor") << "/only.jpg" << QStringList{"/only.jpg"};
        QTest::newRow("stray commas") << ", ,/a.jpg 1x,, /b.jpg" << QStringList{"/a.jpg", "/b.jpg"};
        QTest::newRow("comma in parentheses") << "/a.jpg foo(1,2) 1x, /b.jpg 2x" << QStringList{"/a.jpg", "/b.jpg"};
    }
    void readsSrcsetAsTheHtmlSpecDoes()
    {
        QFETCH(QString, srcset);
        QFETCH(QStringList, urls);
        const QString html = QStringLiteral("<img srcset=\"%1\">").arg(srcset);
        QCOMPARE(hrefs(parse(html.toUtf8()), LinkKind::Image), urls);
    }

    void readsMetaRefreshAsTheHtmlSpecDoes_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("url");
        QTest::newRow("no url= and no space") << "0;/next" << "/next";
        QTest::newRow("URL= in quotes") << "5; URL='/x'" << "/x";
        QTest::newRow("url= without space") << "0;url=/y" << "/y";
        QTest::newRow("double quotes, spaces around =") << "3 ; url = \"/z\"" << "/z";
        QTest::newRow("comma separator") << "0,/comma" << "/comma";
        QTest::newRow("space separator") << "1 /space" << "/space";
        QTest::newRow("fractional delay") << "1.5; url=/frac" << "/frac";
        QTest::newRow("text after the closing quote") << "0; url='/q' ignored" << "/q";
        QTest::newRow("URL containing url") << "0; /curl?u=1" << "/curl?u=1";
        QTest::newRow("a URL starting with url") << "0; urls/list" << "urls/list";
        QTest::newRow("delay only: the page itself") << "5" << "";
        QTest::newRow("no delay is not a refresh") << "url=/nodelay" << "";
        QTest::newRow("junk after the delay") << "5x; url=/junk" << "";
    }
    void readsMetaRefreshAsTheHtmlSpecDoes()
    {
        QFETCH(QString, content);
        QFETCH(QString, url);
        const QString html = QStringLiteral("<meta http-equiv=refresh content=\"%1\">").arg(content.toHtmlEscaped());
        const QStringList found = hrefs(parse(html.toUtf8()), LinkKind::MetaRefresh);
        QCOMPARE(found, url.isEmpty() ? QStringList() : QStringList{url});
    }

    void navigationalLinksAreWhatHtmlOnlyFollows_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("navigational");
        QTest::newRow("a") << int(LinkKind::Anchor) << true;
        QTest::newRow("area") << int(LinkKind::Area) << true;
        QTest::newRow("iframe") << int(LinkKind::Iframe) << true;
        QTest::newRow("frame") << int(LinkKind::Frame) << true;
        QTest::newRow("meta refresh") << int(LinkKind::MetaRefresh) << false;
        QTest::newRow("link") << int(LinkKind::Link) << false;
        QTest::newRow("img") << int(LinkKind::Image) << false;
        QTest::newRow("script") << int(LinkKind::Script) << false;
        QTest::newRow("media") << int(LinkKind::Media) << false;
    }
    void navigationalLinksAreWhatHtmlOnlyFollows()
    {
        QFETCH(int, kind);
        QFETCH(bool, navigational);
        ExtractedLink link;
        link.kind = LinkKind(kind);
        QCOMPARE(link.isNavigational(), navigational);
    }

    void keepsAnchorTextAndAlt()
    {
        const ParsedPage page = parse("<a href=/x>  Read   <b>more</b>\n about <img src=/i.png alt='cats'> </a>"
                                      "<map><area href=/r alt=' Room  one '></map>");
        QCOMPARE(QString::fromUtf8(page.links[0].anchor), QStringLiteral("Read more about cats"));
        QCOMPARE(QString::fromUtf8(page.links.last().anchor), QStringLiteral("Room one"));
    }

    // The UTF-8 whitespace folding must give exactly what QString::simplified() gives (it replaced it).
    void simplifiesUtf8AsQStringDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces only") << QStringLiteral(" \t\n\r\f\v ");
        QTest::newRow("ascii") << QStringLiteral("  Read \t more\n\n about  ");
        QTest::newRow("cyrillic") << QStringLiteral("Зима  літо\nучень — Павутина ");
        QTest::newRow("nbsp and em space") << QStringLiteral("\u00A0a\u00A0\u00A0b\u2003c\u3000\u2028d\u0085");
        QTest::newRow("no-break-like non-spaces") << QStringLiteral("a\u200Bb\u2060c\uFEFFd \u00A9");
        QTest::newRow("astral") << QStringLiteral("\U0001F600 \U0001F600\u205F\u202Fx");
    }

    void simplifiesUtf8AsQStringDoes()
    {
        QFETCH(QString, text);
        QCOMPARE(QString::fromUtf8(pav::html::simplified(text.toUtf8())), text.simplified());
        // Pieces appended one after another fold as their concatenation does.
        QByteArray joined;
        for (const QString& piece : text.split(QLatin1Char('b'))) {
            pav::html::appendSimplified(joined, piece.toUtf8());
            pav::html::appendSimplified(joined, "b");
        }
        joined.chop(1);
        pav::html::chopTrailingSpace(joined);
        QCOMPARE(QString::fromUtf8(joined), text.simplified());
    }

    void ignoresLinksThatAreNotLinks()
    {
        const ParsedPage page = parse("<!-- <a href='/in-comment'>x</a> -->"
                                      "<a href='javascript:void(0)'>js</a><a href='MAILTO:a@b.c'>mail</a>"
                                      "<a href='data:text/html,hi'>data</a><a href='tel:+380'>tel</a><a href=''>empty</a>"
                                      "<a>no href</a><template><a href='/in-template'>t</a></template>"
                                      "<script>document.write('<a href=/in-script>')</script><a href='/real'>real</a>");
        QCOMPARE(hrefs(page, LinkKind::Anchor), QStringList{"/real"});
    }

    void readsPageFields()
    {
        const ParsedPage page = parse(R"(<html lang="uk"><head>
            <title> Головна   сторінка </title><title>Second</title>
            <meta name="description" content="  Опис  сторінки ">
            <meta name="Description" content="duplicate">
            <meta name="robots" content="NOINDEX, follow"><meta name="robots" content="noarchive">
            <link rel="canonical" href="https://example.com/">
            <link rel="alternate" hreflang="en" href="/en/"><link rel="alternate" hreflang="uk" href="/uk/">
            </head><body>
            <h1>Перший <span>заголовок</span></h1><h1>Другий</h1><h2>a</h2><h2>b</h2><h2>c</h2>
            <p>Один два три — чотири, 5 six.</p>
            <script>var notWords = 1 2 3 4 5 6 7 8;</script><style>p { color: red }</style>
            </body></html>)");
        const PageFields& f = page.fields;
        QCOMPARE(f.title, QStringLiteral("Головна сторінка"));
        QCOMPARE(f.titleCount, 2);
        QCOMPARE(f.metaDescription, QStringLiteral("Опис сторінки"));
        QCOMPARE(f.metaDescriptionCount, 2);
        QCOMPARE(f.metaRobots, QStringLiteral("noindex, follow, noarchive"));
        QCOMPARE(f.canonical, QStringLiteral("https://example.com/"));
        QCOMPARE(f.canonicalCount, 1);
        QCOMPARE(f.h1, QStringLiteral("Перший заголовок"));
        QCOMPARE(f.h1Count, 2);
        QCOMPARE(f.h2Count, 3);
        QCOMPARE(f.language, QStringLiteral("uk"));
        QCOMPARE(f.hreflang.size(), 2);
        QCOMPARE(f.hreflang[1].language, QStringLiteral("uk"));
        QCOMPARE(f.hreflang[1].href, QStringLiteral("/uk/"));
        // "Перший заголовок Другий a b c Один два три чотири, 5 six." — the dash is not a word.
        QCOMPARE(f.wordCount, 12);
    }

    void survivesMalformedMarkup()
    {
        const ParsedPage page = parse("<p>Broken<a href=/one>one<a href=/two>two</b></i>"
                                      "<div <a href='/three'>x</div><table><a href=/four>in table</table>"
                                      "<a href=\"/five>never closed");
        const QStringList anchors = hrefs(page, LinkKind::Anchor);
        QVERIFY(anchors.contains(QStringLiteral("/one")));
        QVERIFY(anchors.contains(QStringLiteral("/two")));
        QVERIFY(anchors.contains(QStringLiteral("/four"))); // foster-parented out of the table, as browsers do
    }

    void unclosedTitleSwallowsTheRestAsBrowsersDo()
    {
        const ParsedPage page = parse("<title>Broken<a href=/x>x</a>");
        QCOMPARE(page.fields.title, QStringLiteral("Broken<a href=/x>x</a>"));
        QVERIFY(page.links.isEmpty());
    }

    void handlesEmptyAndBinaryInput()
    {
        QVERIFY(parse({}).links.isEmpty());
        QVERIFY(parse(pav::test::bytes("\x00\x01\x02\xff\xfe")).links.isEmpty());
    }

    void survivesDeepNesting()
    {
        // Gumbo alone needs a minute for 40,000 nested <div>s; the depth cap keeps this in milliseconds.
        const int depth = 100'000;
        const QByteArray html = "<a href=/first>first</a>" + QByteArray("<div>").repeated(depth) + "<a href=/deep>deep</a>"
                                + QByteArray("</div>").repeated(depth);
        QElapsedTimer clock;
        clock.start();
        const HtmlDocument document(html);
        const ParsedPage page = parsePage(document);
        QVERIFY(document.wasTruncated());
        QCOMPARE(hrefs(page, LinkKind::Anchor), QStringList{"/first"}); // what came before the cut is kept
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    }

    void depthEstimateIgnoresOrdinaryStructure_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<bool>("cut");
        QTest::newRow("long list without end tags") << "<ul>" + QByteArray("<li>item").repeated(5000) << false;
        QTest::newRow("many paragraphs") << QByteArray("<p>text").repeated(5000) << false;
        QTest::newRow("big table") << "<table>" + QByteArray("<tr><td>a<td>b").repeated(3000) << false;
        QTest::newRow("void elements") << QByteArray("<br><img src=x><input>").repeated(3000) << false;
        QTest::newRow("self-closing svg") << "<svg>" + QByteArray("<path d='M0'/>").repeated(3000) + "</svg>" << false;
        QTest::newRow("tags in script") << "<script>" + QByteArray("<div>").repeated(3000) + "</script>" << false;
        QTest::newRow("tags in comment") << "<!--" + QByteArray("<div>").repeated(3000) + "-->" << false;
        QTest::newRow("balanced siblings") << QByteArray("<div><span>x</span></div>").repeated(5000) << false;
        QTest::newRow("deep divs") << QByteArray("<div>").repeated(2000) << true;
        // At the limit exactly, and one past it: the '<' count that lets most pages skip the scan is exact there.
        QTest::newRow("divs as deep as the limit")
            << QByteArray("<div>").repeated(HtmlDocument::MaxNestingDepth) << false;
        QTest::newRow("divs one deeper than the limit")
            << QByteArray("<div>").repeated(HtmlDocument::MaxNestingDepth + 1) << true;
        // The same spread over many 4 KiB blocks (the count's unit), with text between tags and an odd offset.
        const QByteArray spreadDiv = "<div>" + QByteArray("word ").repeated(12) + "x";
        QTest::newRow("spread divs as deep as the limit")
            << "abc" + spreadDiv.repeated(HtmlDocument::MaxNestingDepth) << false;
        QTest::newRow("spread divs one deeper than the limit")
            << "abc" + spreadDiv.repeated(HtmlDocument::MaxNestingDepth + 1) << true;
        QTest::newRow("deep divs after a comment") << "<!-- < -->" + QByteArray("<div>").repeated(2000) << true;
        QTest::newRow("deep unclosed spans") << QByteArray("<span>").repeated(2000) << true;
    }

    void depthEstimateIgnoresOrdinaryStructure()
    {
        QFETCH(QByteArray, html);
        QFETCH(bool, cut);
        QCOMPARE(HtmlDocument::depthLimitOffset(html, HtmlDocument::MaxNestingDepth) >= 0, cut);
    }
};

QObject* makeTestPageParser()
{
    return new TestPageParser;
}
#include "TestPageParser.moc"
