// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gumbo.h>

#include <QTest>

#include "XPathFixtures.h"
#include "xpath/XPathExpression.h"

using namespace pav::xpath;
using namespace pav::xpath::test;

// The libxml2 view of Gumbo's tree: what HTML5 builds from broken markup, names that are not XML names,
// foreign content, and matches that lead back to the very Gumbo nodes and attributes.
class TestXmlView : public QObject
{
    Q_OBJECT

private slots:
    void mirrorsTheTreeHtml5Builds_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("xpath");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* html, const char* xpath, const char* expected) {
            QTest::newRow(name) << QByteArray(html) << QString::fromUtf8(xpath) << QString::fromUtf8(expected);
        };
        row("implied html, head, body", "<p>x", "/html/body/p", "p(x)");
        row("implied tbody", "<table><td>x</table>", "//table/tbody/tr/td", "td(x)");
        row("unclosed paragraphs", "<p>one<p>two", "//p", "p(one) | p(two)");
        row("misnested formatting", "<b><i>x</b>y</i>", "//i", "i(x) | i(y)");
        row("upper-case tags and attributes", "<DIV CLASS=\"A\">x</DIV>", "//div/@class", "@class=A");
        row("unknown tag, lower-cased", "<MyWidget>w</MyWidget>", "//mywidget", "mywidget(w)");
        row("attribute name that is no XML name", "<div a\"b=1>t</div>", "//div/@*", "@a\"b=1");
        row("name() of it", "<div a\"b=1>t</div>", "name(//div/@*)", "=a\"b");
        row("element name with a colon", "<x:y>t</x:y>", "//*[name()='x:y']", "x:y(t)");
        row("local-name of it", "<x:y>t</x:y>", "local-name(//body/*)", "=x:y");
        row("<1abc> is text", "<p><1abc></p>", "//p/text()", "\"<1abc>\"");
        row("comment between text", "<p>a<!--c-->b</p>", "//p/node()", "\"a\" | <!--c--> | \"b\"");
        row("white space text nodes", "<div> <span>s</span> </div>", "count(//div/text())", "=2");
        row("white space counts in string()", "<div> <span>s</span> </div>", "string(//div)", "= s ");
        row("template contents", "<template><p>in</p></template>", "//template/p", "p(in)");
        row("svg element names", "<svg><foreignObject></foreignObject><clipPath/></svg>", "name(//svg/*[2])",
            "=clipPath");
        row("svg foreignObject", "<svg><foreignObject><p>x</p></foreignObject></svg>", "//foreignObject/p", "p(x)");
        row("svg attribute case", "<svg viewBox=\"0 0 1 1\"></svg>", "//svg/@viewBox", "@viewBox=0 0 1 1");
        row("svg path", "<svg><path d=\"M0\"/></svg>", "//svg/path/@d", "@d=M0");
        row("xlink attribute", "<svg><a xlink:href=\"#t\">l</a></svg>", "//@xlink:href", "@href=#t");
        row("xlink name()", "<svg><a xlink:href=\"#t\">l</a></svg>", "name(//@xlink:href)", "=xlink:href");
        row("CDATA as text", "<svg><![CDATA[raw]]></svg>", "//svg/text()", "\"raw\"");
        row("mathml", "<math><mi>x</mi></math>", "//math/mi", "mi(x)");
        row("xml:lang on an HTML element", "<p xml:lang=\"de\">x</p>", "//@xml:lang", "@xml:lang=de");
        row("lang() from xml:lang", "<p xml:lang=\"de\">x</p>", "count(//p[lang('de')])", "=1");
        row("Cyrillic attribute value", "<li title=\"Ціна\">9</li>", "//li[@title='Ціна']", "li(9)");
        row("entities decoded", "<p>a &amp; b &lt; c</p>", "string(//p)", "=a & b < c");
        row("duplicate id: first wins", "<i id=d>1</i><b id=d>2</b>", "id('d')", "i#d(1)");
        row("duplicate attributes: first wins", "<p a=1 a=2>x</p>", "//p/@a", "@a=1");
        row("empty document", "", "count(//*)", "=3");
        row("script text is text", "<script>if (a < b) x();</script>", "string(//script)", "=if (a < b) x();");
    }
    void mirrorsTheTreeHtml5Builds()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, xpath);
        QFETCH(QString, expected);
        const Page page(html);
        QCOMPARE(run(page, xpath), expected);
    }

    void mapsAttributesBackToGumbo()
    {
        const Page page(ShopPage);
        const auto matches = XPathExpression::compile(QStringLiteral("//li[2]/@data-price"))->evaluate(page.view);
        QCOMPARE(matches.size(), 1);
        QVERIFY(matches[0].isAttribute());
        const GumboNode* li = matches[0].node;
        QCOMPARE(li->type, GUMBO_NODE_ELEMENT);
        QCOMPARE(li->v.element.tag, GUMBO_TAG_LI);
        QCOMPARE(gumboAttribute(matches[0]), gumbo_get_attribute(&li->v.element.attributes, "data-price"));
        QCOMPARE(QByteArray(gumboAttribute(matches[0])->value), QByteArray("25.5"));
    }

    void mapsTextBackToGumbo()
    {
        const Page page(ShopPage);
        const auto matches = XPathExpression::compile(QStringLiteral("//p/text()"))->evaluate(page.view);
        QCOMPARE(matches.size(), 2);
        const auto elements = XPathExpression::compile(QStringLiteral("//p"))->evaluate(page.view);
        QCOMPARE(elements.size(), 1);
        const GumboVector& children = elements[0].node->v.element.children;
        QCOMPARE(children.length, 3u);
        QCOMPARE(matches[0].node, static_cast<const GumboNode*>(children.data[0]));
        QCOMPARE(matches[1].node, static_cast<const GumboNode*>(children.data[2]));
        QCOMPARE(matches[0].node->type, GUMBO_NODE_TEXT);
        QVERIFY(matches[0].isNode());
        QCOMPARE(QString::fromUtf8(matches[0].node->v.text.text), QStringLiteral("Привіт, "));
    }

    void pointsEveryNodeBackAtGumbo()
    {
        const Page page(ShopPage);
        int nodes = 0;
        page.document.walk([&](const GumboNode* node) {
            nodes += node->type != GUMBO_NODE_DOCUMENT;
            return true;
        });
        QCOMPARE(page.view.nodeCount(), nodes);

        const auto all = XPathExpression::compile(QStringLiteral("//node()"))->evaluate(page.view);
        QCOMPARE(all.size(), nodes);
        for (const auto& match : all)
            QVERIFY(match.isNode());
    }

    void movesWithoutCopying()
    {
        pav::html::HtmlDocument document(QByteArray("<p>a</p><p>b</p>"));
        XmlView first(document);
        auto* doc = first.document();
        XmlView second(std::move(first));
        QCOMPARE(first.document(), nullptr);
        QCOMPARE(second.document(), doc);
        XmlView third(nullptr);
        third = std::move(second);
        QCOMPARE(third.document(), doc);
        const auto matches = XPathExpression::compile(QStringLiteral("//p"))->evaluate(third);
        QCOMPARE(matches.size(), 2);
        QVERIFY(XPathExpression::compile(QStringLiteral("//p"))->evaluate(first).isEmpty());
    }
};

QObject* makeTestXmlView() { return new TestXmlView; }

#include "TestXmlView.moc"
