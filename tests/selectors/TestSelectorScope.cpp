// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <thread>

#include <gumbo.h>

#include <QElapsedTimer>
#include <QTest>

#include "SelectorTestSupport.h"

#include "html/HtmlDocument.h"
#include "selectors/DomHelpers.h"
#include "selectors/SelectorList.h"

using namespace pav::selectors;
using namespace pav::selectors::test;
using pav::html::HtmlDocument;

namespace {
const QByteArray Nested = R"(<div id="outer"><div id="inner"><p id="p1">a</p></div><p id="p2">b</p></div>)";

const GumboNode* byId(const HtmlDocument& document, const char* id)
{
    const GumboNode* found = nullptr;
    document.walk([&](const GumboNode* node) {
        if (!found && dom::isElement(node)) {
            if (const GumboAttribute* attribute = dom::findAttribute(node, "id", "id");
                attribute && qstrcmp(attribute->value, id) == 0)
                found = node;
        }
        return !found;
    });
    return found;
}

SelectorList compile(const QString& text)
{
    pav::Result<SelectorList> parsed = SelectorList::parse(text);
    if (!parsed)
        qFatal("%s: %s", qPrintable(text), qPrintable(parsed.error().message));
    return *parsed;
}

QByteArray nestedDivs(int depth, const QByteArray& innermost)
{
    return "<!doctype html><body>" + QByteArray("<div>").repeated(depth) + innermost
        + QByteArray("</div>").repeated(depth);
}

int elapsedMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return int(timer.elapsed());
}
} // namespace

// What select() returns for a scope, for ::text and ::attr(), matches(), deep documents and shared use.
class TestSelectorScope : public QObject
{
    Q_OBJECT

private slots:
    void keepsCombinatorsInsideTheScope_data()
    {
        QTest::addColumn<QByteArray>("scopeId");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* scope, const QString& selector, const QString& expected) {
            QTest::newRow(qPrintable(QStringLiteral("%1 in #%2").arg(selector, QString::fromLatin1(scope))))
                << QByteArray(scope) << selector << expected;
        };
        row("inner", "div p", "p#p1");
        row("outer", "div p", "p#p1 p#p2");
        row("inner", "div div p", "");
        row("outer", "div div p", "p#p1");
        row("inner", "div > p", "p#p1");
        row("inner", "#inner", "div#inner");
        row("inner", "div", "div#inner");
        row("inner", "*", "div#inner p#p1");
        row("p1", "p", "p#p1");
        row("p2", "div + p", "");
        row("outer", "div + p", "p#p2");
        row("p2", "p", "p#p2");
        row("inner", ":root", "");
        row("inner", "p:first-child", "p#p1");
        row("p2", "p:last-child", "p#p2");
        row("p2", "p:nth-child(2)", "p#p2");
        row("inner", "p:is(div div p)", "p#p1");
        row("inner", "div:has(p)", "div#inner");
        row("outer", "div:has(+ p)", "div#inner");
        row("inner", "body div p", "");
        row("inner", "p::text", "'a'");
        row("outer", "div::attr(id)", "@id=outer @id=inner");
    }

    void keepsCombinatorsInsideTheScope()
    {
        QFETCH(QByteArray, scopeId);
        QFETCH(QString, selector);
        QFETCH(QString, expected);
        const HtmlDocument document(withDoctype(Nested));
        const GumboNode* scope = byId(document, scopeId.constData());
        QVERIFY(scope);
        QCOMPARE(describe(compile(selector).select(scope)), expected);
    }

    void selectsTextAndAttributes_data()
    {
        addSelectColumns();
        const QByteArray mixed = R"(<div id="t1">a<b id="tb">b</b>c<!--x--></div><p id="w"> x <i>y</i> </p>)"
                                 R"(<svg><text id="st"><![CDATA[cd]]></text></svg><ul><li></li></ul>)";
        addSelectRow("text", mixed, "div::text", "'a' 'c'");
        addSelectRow("text", mixed, "div *::text", "'b'");
        addSelectRow("text", mixed, "div::text, b::text", "'a' 'b' 'c'");
        addSelectRow("text", mixed, "b::text, div::text", "'a' 'b' 'c'");
        addSelectRow("text", mixed, "p::text", "' x ' ' '");
        addSelectRow("text", mixed, "p ::text", "'y'");
        addSelectRow("text", mixed, "text::text", "'cd'");
        addSelectRow("text", mixed, "li::text", "");
        addSelectRow("text", mixed, "#t1 ::text", "'b'");
        addSelectRow("text", mixed, "body > *::text", "'a' 'c' ' x ' ' '");
        const QByteArray attributes
            = R"(<a id="a1" href="/a" data-x="1">1</a><a id="a2">2</a><link id="l" href="/s.css">)"
              R"(<img id="i" alt=""><svg viewBox="0 0 2 2"></svg>)";
        addSelectRow("attr", attributes, "a::attr(href)", "@href=/a");
        addSelectRow("attr", attributes, "a::attr(HREF)", "@href=/a");
        addSelectRow("attr", attributes, "a::attr(data-x)", "@data-x=1");
        addSelectRow("attr", attributes, "a::attr(id)", "@id=a1 @id=a2");
        addSelectRow("attr", attributes, "img::attr('alt')", "@alt=");
        addSelectRow("attr", attributes, "svg::attr(viewBox)", "@viewBox=0 0 2 2");
        addSelectRow("attr", attributes, "svg::attr(viewbox)", "");
        addSelectRow("attr", attributes, "link::attr(href), a::attr(href)", "@href=/a @href=/s.css");
        addSelectRow("attr", attributes, "*::attr(href)", "@href=/a @href=/s.css");
        addSelectRow("attr", attributes, "::attr(nothing)", "");
    }

    void selectsTextAndAttributes()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, selector);
        QFETCH(QString, expected);
        QCOMPARE(selectIn(html, selector), expected);
    }

    void matchesSingleElements()
    {
        const HtmlDocument document(withDoctype(Nested));
        const GumboNode* p1 = byId(document, "p1");
        const GumboNode* p2 = byId(document, "p2");
        QVERIFY(compile("div div p").matches(p1));
        QVERIFY(!compile("div div p").matches(p2));
        QVERIFY(compile("body > div p:first-child").matches(p1));
        QVERIFY(compile("p::text").matches(p1)); // the pseudo-element is ignored
        QVERIFY(compile("div + p, span").matches(p2));
        QVERIFY(!compile("div + p").matches(p1));
        QVERIFY(!compile("*").matches(static_cast<const GumboNode*>(p1->v.element.children.data[0]))); // text
        QVERIFY(!compile("*").matches(document.root()));
        QVERIFY(!compile("p").matches(nullptr));
    }

    void handlesDegenerateScopes()
    {
        const HtmlDocument document(withDoctype(Nested));
        const GumboNode* p1 = byId(document, "p1");
        const auto* text = static_cast<const GumboNode*>(p1->v.element.children.data[0]);
        QVERIFY(compile("p").select(text).isEmpty());
        QVERIFY(compile("p").select(nullptr).isEmpty());
        const SelectorList none;
        QVERIFY(none.select(document.root()).isEmpty());
        QVERIFY(!none.matches(p1));
        QCOMPARE(none.pseudoElement(), PseudoElement::None);
    }

    void copiesShareTheCompiledSelectors()
    {
        const HtmlDocument document(withDoctype(Nested));
        SelectorList copy;
        {
            const SelectorList original = compile("div > p");
            copy = original;
        }
        QCOMPARE(describe(copy.select(document.root())), QStringLiteral("p#p1 p#p2"));
        QCOMPARE(copy.source(), QStringLiteral("div > p"));
    }

    void isSafeToShareBetweenThreads()
    {
        const SelectorList list = compile("li:nth-child(odd):has(b) > b, li:not(:has(b))");
        QByteArray html = "<!doctype html><ul>";
        for (int i = 0; i < 400; ++i)
            html += i % 3 ? "<li><b>x</b></li>" : "<li>y</li>";
        const HtmlDocument reference(html);
        const qsizetype expected = list.select(reference.root()).size();
        QVERIFY(expected > 0);
        std::vector<qsizetype> counts(4, 0);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < counts.size(); ++t) {
            threads.emplace_back([&, t] {
                const HtmlDocument document(html);
                for (int round = 0; round < 20; ++round)
                    counts[t] += list.select(document.root()).size();
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        for (qsizetype count : counts)
            QCOMPARE(count, expected * 20);
    }

    // 1023 nested divs (the most HtmlDocument keeps with the span inside). The bounds are loose enough for a
    // sanitizer build; an exponential or cubic matcher takes minutes here.
    void staysFastOnDeepDocuments_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("count");
        QTest::newRow("descendant chain") << "div div div span" << 1;
        QTest::newRow("failing descendant chain") << "section div div span" << 0;
        QTest::newRow("failing at the top") << "p div div div div" << 0;
        QTest::newRow("child chain") << "div > div > div > span" << 1;
        QTest::newRow("every div") << "body div" << 1023;
        QTest::newRow("divs in divs") << "div div" << 1022;
        QTest::newRow("has descendant") << "div:has(span)" << 1023;
        QTest::newRow("has child") << "div:has(> span)" << 1;
        QTest::newRow("has complex") << "div:has(div div span)" << 1021;
        QTest::newRow("has failing complex") << "div:has(section div span)" << 0;
        QTest::newRow("has inside descendant") << "div:has(span) div:has(span) span" << 1;
        QTest::newRow("not has") << "div:not(:has(div))" << 1;
        QTest::newRow("is chain") << ":is(div div) :is(div div) span" << 1;
        QTest::newRow("only children") << "div:only-child:first-of-type span" << 1;
    }

    void staysFastOnDeepDocuments()
    {
        QFETCH(QString, selector);
        QFETCH(int, count);
        const HtmlDocument document(nestedDivs(1023, "<span>x</span>"));
        QVERIFY(!document.wasTruncated());
        const SelectorList list = compile(selector);
        qsizetype found = -1;
        const int ms = elapsedMs([&] { found = list.select(document.root()).size(); });
        QCOMPARE(found, qsizetype(count));
        QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    void staysFastOnLongSiblingLists_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("count");
        QTest::newRow("nth-child") << "li:nth-child(5000)" << 1;
        QTest::newRow("nth-last-of-type") << "li:nth-last-of-type(2n)" << 5000;
        QTest::newRow("subsequent siblings") << "li ~ li ~ li.last" << 1;
        QTest::newRow("failing subsequent siblings") << "li.none ~ li ~ li" << 0;
        QTest::newRow("has later sibling") << "li:has(~ li.last)" << 9999;
        QTest::newRow("has next siblings") << "li:has(+ li + li.last)" << 1;
        QTest::newRow("last of type") << "li:last-of-type" << 1;
        QTest::newRow("nth-child of S") << "li:nth-child(odd of li)" << 5000;
        QTest::newRow("nth-last-child of S") << "li:nth-last-child(1 of :not(.last))" << 1;
    }

    void staysFastOnLongSiblingLists()
    {
        QFETCH(QString, selector);
        QFETCH(int, count);
        const HtmlDocument document(
            "<!doctype html><ul>" + QByteArray("<li>x</li>").repeated(9999) + "<li class=last>y</li></ul>");
        const SelectorList list = compile(selector);
        qsizetype found = -1;
        const int ms = elapsedMs([&] { found = list.select(document.root()).size(); });
        QCOMPARE(found, qsizetype(count));
        QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }
};

QObject* makeTestSelectorScope() { return new TestSelectorScope; }

#include "TestSelectorScope.moc"
