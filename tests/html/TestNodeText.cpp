// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gumbo.h>

#include <QTest>

#include "html/HtmlDocument.h"
#include "html/NodeText.h"

using namespace pav::html;

namespace {
// The first element with id="x".
const GumboNode* target(const HtmlDocument& document)
{
    const GumboNode* found = nullptr;
    document.walk([&](const GumboNode* node) {
        if (found)
            return false;
        if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboAttribute* id = gumbo_get_attribute(&node->v.element.attributes, "id");
            if (id && QByteArrayView(id->value) == "x") {
                found = node;
                return false;
            }
        }
        return true;
    });
    return found;
}
} // namespace

class TestNodeText : public QObject
{
    Q_OBJECT

private slots:
    void readableText_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain") << QByteArray("<p id=x>Hello world</p>") << QByteArray("Hello world");
        QTest::newRow("white space folded") << QByteArray("<p id=x>  a \n\t b  </p>") << QByteArray("a b");
        QTest::newRow("inline joins words") << QByteArray("<p id=x>Pa<b>vu</b>tyna</p>") << QByteArray("Pavutyna");
        QTest::newRow("cells are separated") << QByteArray("<table><tr id=x><td>Name</td><td>Price</td></tr></table>")
                                             << QByteArray("Name Price");
        QTest::newRow("br separates") << QByteArray("<p id=x>one<br>two</p>") << QByteArray("one two");
        QTest::newRow("script and style left out")
            << QByteArray("<div id=x>a <script>var x=1</script><style>p{}</style>b</div>") << QByteArray("a b");
        QTest::newRow("comments left out") << QByteArray("<p id=x>a<!-- hidden -->b</p>") << QByteArray("ab");
        QTest::newRow("entities decoded") << QByteArray("<p id=x>Tom &amp; Jerry &lt;3</p>") << QByteArray("Tom & Jerry <3");
        QTest::newRow("nbsp is white space") << QByteArray("<p id=x>1&nbsp;299 грн</p>") << QByteArray("1 299 грн");
        QTest::newRow("cyrillic") << QByteArray("<h1 id=x>Ціна: <span>150</span></h1>") << QByteArray("Ціна: 150");
        QTest::newRow("empty") << QByteArray("<p id=x></p>") << QByteArray();
        QTest::newRow("nested lists") << QByteArray("<ul id=x><li>a<ul><li>b</li></ul></li><li>c</li></ul>")
                                      << QByteArray("a b c");
    }

    void readableText()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, text);
        const HtmlDocument document(html);
        const GumboNode* node = target(document);
        QVERIFY(node);
        QCOMPARE(pav::html::readableText(node), text);
    }

    void serialises_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("inner");
        QTest::addColumn<QByteArray>("outer");
        QTest::newRow("element with attributes") << QByteArray("<div id=x class='a b'>t<b>x</b></div>")
                                                 << QByteArray("t<b>x</b>")
                                                 << QByteArray("<div id=\"x\" class=\"a b\">t<b>x</b></div>");
        QTest::newRow("text escaped") << QByteArray("<p id=x>a &lt; b &amp; c</p>") << QByteArray("a &lt; b &amp; c")
                                      << QByteArray("<p id=\"x\">a &lt; b &amp; c</p>");
        QTest::newRow("attribute quotes escaped") << QByteArray("<p id=x title='say \"hi\" & go'></p>") << QByteArray()
                                                  << QByteArray("<p id=\"x\" title=\"say &quot;hi&quot; &amp; go\"></p>");
        QTest::newRow("void elements") << QByteArray("<p id=x>a<br>b<img src=i.png></p>")
                                       << QByteArray("a<br>b<img src=\"i.png\">")
                                       << QByteArray("<p id=\"x\">a<br>b<img src=\"i.png\"></p>");
        QTest::newRow("repaired markup") << QByteArray("<ul id=x><li>a<li>b</ul>") << QByteArray("<li>a</li><li>b</li>")
                                         << QByteArray("<ul id=\"x\"><li>a</li><li>b</li></ul>");
        QTest::newRow("script raw") << QByteArray("<div id=x><script>if (a < b && c) {}</script></div>")
                                    << QByteArray("<script>if (a < b && c) {}</script>")
                                    << QByteArray("<div id=\"x\"><script>if (a < b && c) {}</script></div>");
        QTest::newRow("comment kept") << QByteArray("<div id=x><!--c--></div>") << QByteArray("<!--c-->")
                                      << QByteArray("<div id=\"x\"><!--c--></div>");
        QTest::newRow("nbsp as entity") << QByteArray("<p id=x>a&nbsp;b</p>") << QByteArray("a&nbsp;b")
                                        << QByteArray("<p id=\"x\">a&nbsp;b</p>");
        QTest::newRow("unknown tag by its name") << QByteArray("<my-widget id=x>w</my-widget>") << QByteArray("w")
                                                 << QByteArray("<my-widget id=\"x\">w</my-widget>");
    }

    void serialises()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, inner);
        QFETCH(QByteArray, outer);
        const HtmlDocument document(html);
        const GumboNode* node = target(document);
        QVERIFY(node);
        QCOMPARE(innerHtml(node), inner);
        QCOMPARE(outerHtml(node), outer);
    }

    void deepNestingNeedsNoRecursion()
    {
        QByteArray html = "<div id=x>";
        for (int i = 0; i < HtmlDocument::MaxNestingDepth - 30; ++i)
            html += "<span>";
        html += "deep";
        const HtmlDocument document(html);
        const GumboNode* node = target(document);
        QVERIFY(node);
        QCOMPARE(pav::html::readableText(node), QByteArray("deep"));
        const QByteArray outer = outerHtml(node);
        QVERIFY(outer.contains("<span>deep</span></span>"));
        QCOMPARE(outer.count("</span>"), HtmlDocument::MaxNestingDepth - 30);
        QVERIFY(outer.endsWith("</span></div>"));
    }
};

QObject* makeTestNodeText()
{
    return new TestNodeText;
}

#include "TestNodeText.moc"
