// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "SelectorTestSupport.h"

using namespace pav::selectors::test;

namespace {
const QByteArray Foreign = R"(<svg id="sv" viewBox="0 0 1 1"><foreignObject id="fo"><p id="in">t</p></foreignObject>
<linearGradient id="lg"></linearGradient><title id="st">s</title></svg>
<math id="mt"><mi id="x">x</mi></math><My-Widget id="w" Data-Foo="1"></My-Widget><foreignobject id="hf"></foreignobject>)";

const QByteArray Template = R"(<template id="tp"><p id="tc">in</p><p id="tc2">two</p></template><p id="out">out</p>)";

const QByteArray Unicode
    = "<p id=\"u1\" class=\"ціна\">1</p><p id=\"ü\" class=\"🔥 hot\">2</p>\n"
      "<p id=\"u3\" data-назва=\"так\">3</p><p id=\"u4\" class=\"1a a:b\">4</p><p id=\"x.y\" class=\"é ét 123\">5</p>\n"
      "<p id=\"#hash\" title='say \"hi\"'>6</p><p id=\"u7\" title=\"it's\" class=\"-\">7</p><p id=\"u8\" "
      "data-x=\"A\">8</p>";

const QByteArray Quirks = R"(<!-- no doctype: quirks mode --><p id="Q" class="Foo">q</p>)";
const QByteArray NoQuirks = R"(<p id="Q" class="Foo">q</p>)";
// Plain literals: moc reads "//" inside a raw string as a comment and then misses the test class.
// Gumbo 0.10 sets quirks mode only for a missing doctype, not from legacy public identifiers, and never
// reports limited quirks; this one is no-quirks for it, as it is for browsers.
const QByteArray LimitedQuirks = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" "
                                 "\"http://www.w3.org/TR/html4/loose.dtd\"><p id=\"Q\" class=\"Foo\">q</p>";
} // namespace

// Trees as HTML5 builds them from broken markup, foreign content, templates, quirks mode, Unicode and escapes.
class TestSelectorTrees : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheTreeHtml5Builds_data()
    {
        addSelectColumns();
        // <div> closes an open <p>: they end up siblings, and the <p> is empty.
        const QByteArray pDiv = R"(<p id="p"><div id="d">x</div>)";
        addSelectRow("p then div", pDiv, "p > div", "");
        addSelectRow("p then div", pDiv, "p + div", "div#d");
        addSelectRow("p then div", pDiv, "p:empty", "p#p");
        addSelectRow("p then div", pDiv, "body > *", "p#p div#d");
        // Tables get a <tbody>.
        const QByteArray table = R"(<table id="t"><tr id="r"><td id="c">x</td></tr></table>)";
        addSelectRow("implied tbody", table, "table > tr", "");
        addSelectRow("implied tbody", table, "table > tbody > tr", "tr#r");
        addSelectRow("implied tbody", table, "tbody", "tbody");
        addSelectRow("implied tbody", table, "table td", "td#c");
        addSelectRow("implied tbody", table, "tr > td:only-child", "td#c");
        // Foster parenting moves the <div> out of the table, in front of it.
        const QByteArray foster = R"(<table id="t"><div id="f">x</div><tr><td>y</td></tr></table>)";
        addSelectRow("foster parenting", foster, "div + table", "table#t");
        addSelectRow("foster parenting", foster, "table div", "");
        addSelectRow("foster parenting", foster, "body > div", "div#f");
        addSelectRow("foster parenting", foster, "body > :first-child", "div#f");
        // The adoption agency: <b><p>x</b>y</p> becomes <b></b><p><b>x</b>y</p>, the <b> cloned with its id.
        const QByteArray adoption = R"(<b id="b"><p id="p">x</b>y</p>)";
        addSelectRow("adoption agency", adoption, "b", "b#b b#b");
        addSelectRow("adoption agency", adoption, "p > b", "b#b");
        addSelectRow("adoption agency", adoption, "body > b", "b#b");
        addSelectRow("adoption agency", adoption, "b + p", "p#p");
        addSelectRow("adoption agency", adoption, "b:empty", "b#b");
        addSelectRow("adoption agency", adoption, "b p", "");
        // A link inside a link closes the first.
        const QByteArray links = R"(<a id="a1" href="#">one<a id="a2" href="#">two</a>)";
        addSelectRow("nested links", links, "a + a", "a#a2");
        addSelectRow("nested links", links, "a a", "");
        const QByteArray items = R"(<ul><li id="i1">a<li id="i2">b</ul>)";
        addSelectRow("implied end tags", items, "li + li", "li#i2");
        addSelectRow("implied end tags", items, "li li", "");
        const QByteArray options = R"(<select><option id="o1">a<option id="o2" selected>b</select>)";
        addSelectRow("implied end tags", options, "option:checked", "option#o2");
        addSelectRow("implied end tags", options, "option:first-child", "option#o1");
        const QByteArray headless = R"(<title id="t">x</title><meta id="m"><p id="p">y</p>)";
        addSelectRow("implied head", headless, "head > *", "title#t meta#m");
        addSelectRow("implied head", headless, "body > *", "p#p");

        const auto foreign = [](const QString& selector, const QString& expected) {
            addSelectRow("foreign", Foreign, selector, expected);
        };
        foreign("foreignObject", "foreignObject#fo foreignobject#hf");
        foreign("foreignobject", "foreignobject#hf");
        foreign("FOREIGNOBJECT", "foreignobject#hf");
        foreign("svg", "svg#sv");
        foreign("SVG", "");
        foreign("linearGradient", "linearGradient#lg");
        foreign("lineargradient", "");
        foreign("svg > foreignObject > p", "p#in");
        foreign("svg title", "title#st");
        foreign("title", "title#st");
        foreign("[viewBox]", "svg#sv");
        foreign("[viewbox]", "");
        foreign("math mi", "mi#x");
        foreign("math > *", "mi#x");
        foreign("my-widget", "my-widget#w");
        foreign("MY-WIDGET", "my-widget#w");
        foreign("My-Widget[data-foo]", "my-widget#w");
        foreign("[DATA-FOO='1']", "my-widget#w");
        foreign("p:only-of-type", "p#in");

        const auto templates = [](const QString& selector, const QString& expected) {
            addSelectRow("template", Template, selector, expected);
        };
        templates("template", "template#tp");
        templates("template > p", "p#tc p#tc2");
        templates("p", "p#tc p#tc2 p#out");
        templates("template:empty", "");
        templates("template + p", "");
        templates("p:first-child", "p#tc p#out");
        templates("template:has(> p)", "template#tp");
        templates("head > template", "template#tp");

        const auto unicode = [](const QString& selector, const QString& expected) {
            addSelectRow("unicode", Unicode, selector, expected);
        };
        unicode(".ціна", "p#u1");
        unicode(".ЦІНА", "");
        unicode("#ü", "p#ü");
        unicode("#Ü", "");
        unicode(".🔥", "p#ü");
        unicode(".🔥.hot", "p#ü");
        unicode("[data-назва=так]", "p#u3");
        unicode("[data-назва='так']", "p#u3");
        unicode(QStringLiteral("[class~=\"ціна\"]"), "p#u1");
        unicode(".\\31 a", "p#u4");
        unicode(".\\31a", "");
        unicode(".a\\:b", "p#u4");
        unicode("#x\\.y", "p#x.y");
        unicode(".\\e9", "p#x.y");
        unicode(".\\E9 t", "p#x.y");
        unicode(".\\0000e9", "p#x.y");
        unicode(".\\31 23", "p#x.y");
        unicode("#\\#hash", "p##hash");
        unicode("[title=\"say \\\"hi\\\"\"]", "p##hash");
        unicode("[title='say \"hi\"']", "p##hash");
        unicode("[title='it\\'s']", "p#u7");
        unicode("[title=\"it's\"]", "p#u7");
        unicode("[data-x=\"\\41\"]", "p#u8");
        unicode("[data-x=\\41]", "p#u8");
        unicode(".\\-", "p#u7");
        unicode(".a\\ b", "");
        unicode("\\70#u1", "p#u1");
        unicode("P\\23u1", "");
        unicode("[data-x=\"\\\nA\"]", "p#u8");

        addSelectRow("quirks", Quirks, ".foo", "p#Q");
        addSelectRow("quirks", Quirks, ".FOO", "p#Q");
        addSelectRow("quirks", Quirks, "#q", "p#Q");
        addSelectRow("quirks", Quirks, "[class=foo]", "");
        addSelectRow("quirks", Quirks, "[id=q i]", "p#Q");
        addSelectRow("quirks", Quirks, "P.Foo", "p#Q");
        addSelectRow("no quirks", NoQuirks, ".foo", "");
        addSelectRow("no quirks", NoQuirks, "#q", "");
        addSelectRow("no quirks", NoQuirks, ".Foo#Q", "p#Q");
        addSelectRow("limited quirks", LimitedQuirks, ".foo", "");
        addSelectRow("limited quirks", LimitedQuirks, "#Q.Foo", "p#Q");
    }

    void matchesTheTreeHtml5Builds()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, selector);
        QFETCH(QString, expected);
        QCOMPARE(selectIn(html, selector), expected);
    }
};

QObject* makeTestSelectorTrees() { return new TestSelectorTrees; }

#include "TestSelectorTrees.moc"
