// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "SelectorTestSupport.h"

using namespace pav::selectors::test;

namespace {
const QByteArray List = R"(<ul id="u">
 <li id="i1">1</li><li id="i2" class="x">2</li><li id="i3">3</li><li id="i4" class="x">4</li><li id="i5">5</li><li id="i6" class="x">6</li>
</ul>)";

const QByteArray Types = R"(<div id="f"><h2 id="h1">a</h2><p id="p1">b</p><p id="p2">c</p><h2 id="h2">d</h2>
<p id="p3">e</p><span id="sp">f</span></div>)";

const QByteArray Empties = R"(<div id="e1"></div><div id="e2"> </div><div id="e3"><!-- c --></div>
<div id="e4"><span></span></div><div id="e5">t</div>)";

const QByteArray Has = R"(<div id="g1"><p id="gp1"><img id="im1"></p></div>
<div id="g2"><img id="im2"><p id="gp2">t</p></div>
<div id="g3"><span id="gs"><b id="gb">x</b></span></div>
<h3 id="h3a">A</h3><p id="after1">1</p><h3 id="h3b">B</h3><div id="after2">2</div>)";

const QByteArray Links = R"(<a id="k1" href="/">x</a><a id="k2">no</a><area id="k3" href="/">
<link id="k4" href="s.css" rel="stylesheet"><svg><a id="k5" href="/svg"></a></svg>)";

const QByteArray Forms = R"(<input id="c1" type="checkbox" checked><input id="c2" type="radio" checked>
<input id="c3" type="text" checked><input id="c4" type="CHECKBOX" checked><input id="c5" type="checkbox">
<select id="sel"><option id="o1">a</option><option id="o2" selected>b</option></select>)";

const QByteArray Disabled = R"(<button id="b1" disabled>x</button><button id="b2">y</button>
<fieldset id="fs" disabled><legend><input id="in1"></legend><input id="in2"></fieldset>
<select id="sel"><optgroup id="og" disabled><option id="op1">a</option></optgroup><option id="op2">b</option></select>
<a id="lnk" href="/" disabled>l</a><textarea id="ta" disabled></textarea>)";

const QByteArray Languages = R"(<div lang="en-US" id="L1"><p id="L2">a</p><p id="L3" lang="fr">b</p>
<p id="L4" lang="">c</p></div><p id="L5">d</p>)";
} // namespace

// Structural, logical and HTML-state pseudo-classes.
class TestPseudoClasses : public QObject
{
    Q_OBJECT

private slots:
    void matchesPseudoClasses_data()
    {
        addSelectColumns();
        const auto list
            = [](const QString& selector, const QString& expected) { addSelectRow("list", List, selector, expected); };
        list("li:first-child", "li#i1");
        list("li:last-child", "li#i6");
        list("li:only-child", "");
        list("ul:only-child", "ul#u");
        list("ul:first-child", "ul#u");
        list("li:nth-child(2)", "li#i2");
        list("li:nth-child(odd)", "li#i1 li#i3 li#i5");
        list("li:nth-child(ODD)", "li#i1 li#i3 li#i5");
        list("li:nth-child(even)", "li#i2 li#i4 li#i6");
        list("li:nth-child(2n+1)", "li#i1 li#i3 li#i5");
        list("li:nth-child(2N+1)", "li#i1 li#i3 li#i5");
        list("li:nth-child( 2n + 1 )", "li#i1 li#i3 li#i5");
        list("li:nth-child(2n- 1)", "li#i1 li#i3 li#i5");
        list("li:nth-child(2n -1)", "li#i1 li#i3 li#i5");
        list("li:nth-child(2n-1)", "li#i1 li#i3 li#i5");
        list("li:nth-child(2n+ 1)", "li#i1 li#i3 li#i5");
        list("li:nth-child(2n)", "li#i2 li#i4 li#i6");
        list("li:nth-child(-n+3)", "li#i1 li#i2 li#i3");
        list("li:nth-child(-n + 3)", "li#i1 li#i2 li#i3");
        list("li:nth-child(n+4)", "li#i4 li#i5 li#i6");
        list("li:nth-child(+n+4)", "li#i4 li#i5 li#i6");
        list("li:nth-child(3n)", "li#i3 li#i6");
        list("li:nth-child(0n+5)", "li#i5");
        list("li:nth-child(+5)", "li#i5");
        list("li:nth-child(-2)", "");
        list("li:nth-child(n)", "li#i1 li#i2 li#i3 li#i4 li#i5 li#i6");
        list("li:nth-child(-n)", "");
        list("li:nth-child(0)", "");
        list("li:nth-child(-2n+5)", "li#i1 li#i3 li#i5");
        list("li:nth-child(3n-1)", "li#i2 li#i5");
        list("li:nth-child(-3n+7)", "li#i1 li#i4");
        list("li:nth-child(1000000000000)", "");
        list("li:nth-child(/* c */2/* c */)", "li#i2");
        list("li:nth-last-child(1)", "li#i6");
        list("li:nth-last-child(2n)", "li#i1 li#i3 li#i5");
        list("li:nth-last-child(-n+2)", "li#i5 li#i6");
        list("li:nth-child(2 of .x)", "li#i4");
        list("li:nth-child(odd of .x)", "li#i2 li#i6");
        list("li:nth-child(2n+1 of .x)", "li#i2 li#i6");
        list("li:nth-child(1 OF .x)", "li#i2");
        list("li:nth-last-child(1 of .x)", "li#i6");
        list("li:nth-child(1 of :not(.x))", "li#i1");
        list("li:nth-child(n of li.x, #i1)", "li#i1 li#i2 li#i4 li#i6");
        list("li:nth-child(-n+2 of .x)", "li#i2 li#i4");
        list("#i3:nth-child(1 of .x)", "");
        list(".x:first-child", "");
        list("li.x:last-child", "li#i6");
        list("li:not(.x)", "li#i1 li#i3 li#i5");
        list("li:NOT(.x)", "li#i1 li#i3 li#i5");
        list("li:not(.x, :first-child)", "li#i3 li#i5");
        list("li:not(:nth-child(odd))", "li#i2 li#i4 li#i6");
        list("li:not(.x):not(#i1)", "li#i3 li#i5");
        list(":not(li, ul, html, head, body)", "");
        list("ul > :not(li)", "");
        list("li:not(ul > li)", "");
        list("li:not(div li)", "li#i1 li#i2 li#i3 li#i4 li#i5 li#i6");
        list("li:not(:not(.x))", "li#i2 li#i4 li#i6");
        list("li:is(.x, #i1)", "li#i1 li#i2 li#i4 li#i6");
        list(":is(ul, ol) > li:first-child", "li#i1");
        list("li:where(:nth-child(2))", "li#i2");
        list(":is(ul li)", "li#i1 li#i2 li#i3 li#i4 li#i5 li#i6");
        list(":is(#u) :is(.x)", "li#i2 li#i4 li#i6");
        list(":is(body > ul) > .x + li", "li#i3 li#i5");
        list(":where(li):where(.x)", "li#i2 li#i4 li#i6");
        list("li:is(:first-child, :last-child)", "li#i1 li#i6");
        list(":is(.x ~ li) :is(b)", "");
        list(":is(.x + li)", "li#i3 li#i5");

        const auto types = [](const QString& selector, const QString& expected) {
            addSelectRow("of-type", Types, selector, expected);
        };
        types("p:first-of-type", "p#p1");
        types("p:last-of-type", "p#p3");
        types("h2:first-of-type", "h2#h1");
        types("h2:last-of-type", "h2#h2");
        types("span:only-of-type", "span#sp");
        types("p:only-of-type", "");
        types("#f > :first-of-type", "h2#h1 p#p1 span#sp");
        types("#f > :last-of-type", "h2#h2 p#p3 span#sp");
        types("#f > :only-of-type", "span#sp");
        types("p:nth-of-type(2)", "p#p2");
        types("p:nth-last-of-type(1)", "p#p3");
        types("p:nth-of-type(odd)", "p#p1 p#p3");
        types("h2:nth-last-of-type(2)", "h2#h1");
        types("#f > :nth-child(3)", "p#p2");
        types("#f > :nth-of-type(2)", "p#p2 h2#h2");
        types("#f > :nth-last-of-type(2)", "h2#h1 p#p2");
        types("#f > :nth-of-type(-n+1)", "h2#h1 p#p1 span#sp");
        types("p:first-child", "");
        types("h2:first-child", "h2#h1");
        types("span:last-child", "span#sp");
        types(":root", "html");
        types("body:root", "");
        types(":root > body", "body");
        types(":ROOT", "html");
        types("html:first-child", "html");
        types("html:only-child", "html");
        types("body:last-child", "body");
        types("head:first-of-type", "head");

        const auto empties = [](const QString& selector, const QString& expected) {
            addSelectRow("empty", Empties, selector, expected);
        };
        empties("div:empty", "div#e1 div#e3");
        empties("div:not(:empty)", "div#e2 div#e4 div#e5");
        empties(":empty", "head div#e1 div#e3 span");
        empties("span:empty", "span");

        const auto has
            = [](const QString& selector, const QString& expected) { addSelectRow("has", Has, selector, expected); };
        has("div:has(img)", "div#g1 div#g2");
        has("div:has(> img)", "div#g2");
        has("div:has(> p > img)", "div#g1");
        has("div:has(p img)", "div#g1");
        has("div:has(div p)", "");
        has("div:has(span > b)", "div#g3");
        has("div:has(> span b)", "div#g3");
        has("div:has(> b)", "");
        has("h3:has(+ p)", "h3#h3a");
        has("h3:has(~ div)", "h3#h3a h3#h3b");
        has("h3:has(+ div)", "h3#h3b");
        has("h3:has(~ p)", "h3#h3a");
        has("h3:has(+ p + h3)", "h3#h3a");
        has("h3:has(+ p ~ div)", "h3#h3a");
        has("h3:has(~ div, + p)", "h3#h3a h3#h3b");
        has(":has(> img)", "p#gp1 div#g2");
        has("body > :has(b)", "div#g3");
        has("div:not(:has(img))", "div#g3 div#after2");
        has("div:has(:not(p))", "div#g1 div#g2 div#g3");
        has("div:has(img) + div", "div#g2 div#g3");
        has(":has(#gb)", "html body div#g3 span#gs");
        has("div:has(> p:empty)", "");
        has("div:has(~ h3)", "div#g1 div#g2 div#g3");
        has("img:has(*)", "");
        has("div:has(*:is(img, b))", "div#g1 div#g2 div#g3");
        has("div:has(> :is(p, span) > :is(img, b))", "div#g1 div#g3");
        has("div:has(p):has(img)", "div#g1 div#g2");
        has("div:has(p, b)", "div#g1 div#g2 div#g3");
        has(":has(> img) > img", "img#im1 img#im2");
        has("div:HAS(img)", "div#g1 div#g2");
        has("body:has(> h3 + p + h3 + div)", "body");
        has("body:has(> div ~ div > span > b)", "body");
        has("p:has(+ h3)", "p#after1");
        has("h3:has(~ div > b)", "");
        has("div:has(~ div > span > b)", "div#g1 div#g2");
        has("h3:has(~ div b)", "");

        const auto links = [](const QString& selector, const QString& expected) {
            addSelectRow("links", Links, selector, expected);
        };
        links(":link", "a#k1 area#k3 link#k4");
        links(":any-link", "a#k1 area#k3 link#k4");
        links("a:not(:link)", "a#k2 a#k5");

        const auto forms = [](const QString& selector, const QString& expected) {
            addSelectRow("forms", Forms, selector, expected);
        };
        forms(":checked", "input#c1 input#c2 input#c4 option#o2");
        forms("input:not(:checked)", "input#c3 input#c5");
        forms("option:checked", "option#o2");

        const auto disabled = [](const QString& selector, const QString& expected) {
            addSelectRow("disabled", Disabled, selector, expected);
        };
        disabled(":disabled", "button#b1 fieldset#fs input#in2 optgroup#og option#op1 textarea#ta");
        disabled(":enabled", "button#b2 input#in1 select#sel option#op2");
        disabled("a:disabled", "");

        const auto languages = [](const QString& selector, const QString& expected) {
            addSelectRow("lang", Languages, selector, expected);
        };
        languages(":lang(en)", "div#L1 p#L2");
        languages("p:lang(fr)", "p#L3");
        languages(":lang(EN-us)", "div#L1 p#L2");
        languages(":lang(en, fr)", "div#L1 p#L2 p#L3");
        languages(":lang(\"en\")", "div#L1 p#L2");
        languages("p:lang(de)", "");
        languages("p:lang(e)", "");
        languages("p:not(:lang(en))", "p#L3 p#L4 p#L5");
    }

    void matchesPseudoClasses()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, selector);
        QFETCH(QString, expected);
        QCOMPARE(selectIn(html, selector), expected);
    }
};

QObject* makeTestPseudoClasses() { return new TestPseudoClasses; }

#include "TestPseudoClasses.moc"
