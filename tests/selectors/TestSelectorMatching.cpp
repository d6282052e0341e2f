// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "SelectorTestSupport.h"

using namespace pav::selectors::test;

namespace {
const QByteArray Basic = R"(<div id="main" class="content main">
  <h1 id="title" class="Title">Hello</h1>
  <p id="p1" class="intro lead">One</p>
  <p id="p2" class="lead">Two</p>
  <ul id="list">
    <li id="l1" class="item">a</li>
    <li id="l2" class="item odd-one">b</li>
    <li id="l3" class="item">c</li>
  </ul>
  <span id="s1" class="a-b">x</span>
</div>
<div id="side"><p id="p3">Three</p></div>)";

// Plain literals: moc reads "//" inside a raw string as a comment and then misses the test class.
const QByteArray Attributes
    = "<a id=\"a1\" href=\"https://example.com/page\" rel=\"next nofollow\" lang=\"en-US\" title=\"Hello "
      "World\">1</a>\n"
      "<a id=\"a2\" href=\"/local.pdf\" rel=\"prev\" lang=\"en\" title=\"hello world\" data-x=\"\">2</a>\n"
      "<a id=\"a3\" hreflang=\"FR\" type=\"TEXT/html\" data-v=\"a b  c\" class=\"btn\">3</a>\n"
      "<input id=\"i1\" type=\"CheckBox\" name=\"q\" value=\"Yes\">\n"
      "<img id=\"m1\" alt=\"\" src=\"x.png\">";

const QByteArray Combinators = R"(<div id="d1">
  <p id="c1">a</p>
  <div id="d2">
    <p id="c2">b</p>
    <span id="s1"><p id="c3">c</p></span>
  </div>
  <p id="c4">d</p>
  <p id="c5">e</p>
</div>)";

// Where the nearest candidate for a compound fails and a farther one succeeds: right-to-left matching must
// keep looking (restart from the descendant combinator) instead of giving up.
const QByteArray Backtracking = R"(<section id="s"><b id="b1"><i id="i"><b id="b2"><u id="u1"></u></b></i></b></section>
<div id="r"><h2 id="h"></h2><p id="q1"></p><em id="e1"></em><p id="q2"></p></div>)";
} // namespace

// Type, universal, class, id and attribute selectors, and the four combinators, on ordinary documents.
class TestSelectorMatching : public QObject
{
    Q_OBJECT

private slots:
    void selectsInDocumentOrder_data()
    {
        addSelectColumns();
        const auto basic = [](const QString& selector, const QString& expected) {
            addSelectRow("basic", Basic, selector, expected);
        };
        basic("p", "p#p1 p#p2 p#p3");
        basic("P", "p#p1 p#p2 p#p3");
        basic("li", "li#l1 li#l2 li#l3");
        basic("LI", "li#l1 li#l2 li#l3");
        basic("*", "html head body div#main h1#title p#p1 p#p2 ul#list li#l1 li#l2 li#l3 span#s1 div#side p#p3");
        basic("div", "div#main div#side");
        basic("section", "");
        basic("html", "html");
        basic("head", "head");
        basic("body", "body");
        basic(".lead", "p#p1 p#p2");
        basic(".intro.lead", "p#p1");
        basic(".lead.intro", "p#p1");
        basic(".LEAD", "");
        basic(".Title", "h1#title");
        basic(".title", "");
        basic(".item", "li#l1 li#l2 li#l3");
        basic("li.item.odd-one", "li#l2");
        basic(".odd", "");
        basic(".a-b", "span#s1");
        basic(".a", "");
        basic("p.lead", "p#p1 p#p2");
        basic("div.content", "div#main");
        basic(".main.content", "div#main");
        basic(".content.side", "");
        basic("*.lead", "p#p1 p#p2");
        basic("#p1", "p#p1");
        basic("#P1", "");
        basic("p#p2", "p#p2");
        basic("li#p2", "");
        basic("#p1#p1", "p#p1");
        basic("#p1#p2", "");
        basic("#p1.lead.intro", "p#p1");
        basic("*#side", "div#side");
        basic("p, li", "p#p1 p#p2 li#l1 li#l2 li#l3 p#p3");
        basic("li, p", "p#p1 p#p2 li#l1 li#l2 li#l3 p#p3");
        basic("p, p, .lead", "p#p1 p#p2 p#p3");
        basic("#side,#title", "h1#title div#side");
        basic("  p  ", "p#p1 p#p2 p#p3");
        basic("p/* comment */", "p#p1 p#p2 p#p3");
        basic("/* x */p.lead/* y */,/* z */h1", "h1#title p#p1 p#p2");
        basic("p/**/.lead", "p#p1 p#p2");

        const auto attributes = [](const QString& selector, const QString& expected) {
            addSelectRow("attributes", Attributes, selector, expected);
        };
        attributes("[href]", "a#a1 a#a2");
        attributes("[HREF]", "a#a1 a#a2");
        attributes("[data-x]", "a#a2");
        attributes("[data-x='']", "a#a2");
        attributes("[data-x=\"\"]", "a#a2");
        attributes("[data-x=a]", "");
        attributes("[rel=next]", "");
        attributes("[rel~=next]", "a#a1");
        attributes("[rel~=nofollow]", "a#a1");
        attributes("[rel~='']", "");
        attributes("[rel~='next nofollow']", "");
        attributes("[rel~=NEXT]", "a#a1");
        attributes("[lang|=en]", "a#a1 a#a2");
        attributes("[lang|=EN]", "a#a1 a#a2");
        attributes("[lang|=en-US]", "a#a1");
        attributes("[lang|=en-]", "");
        attributes("[lang|=e]", "");
        attributes("[href^=https]", "a#a1");
        attributes("[href^='']", "");
        attributes("[href^=HTTPS]", "");
        attributes("[href^=HTTPS i]", "a#a1");
        attributes("[href$=\".pdf\"]", "a#a2");
        attributes("[href$='']", "");
        attributes("[href*=example]", "a#a1");
        attributes("[href*='']", "");
        attributes("[href*=EXAMPLE]", "");
        attributes("[href*=EXAMPLE i]", "a#a1");
        attributes("[title='Hello World']", "a#a1");
        attributes("[title='hello world']", "a#a2");
        attributes("[title='hello world' i]", "a#a1 a#a2");
        attributes("[title='hello world' I]", "a#a1 a#a2");
        attributes("[title='hello world'i]", "a#a1 a#a2");
        attributes("[title='HELLO WORLD' s]", "");
        attributes("[title='Hello World' S]", "a#a1");
        attributes("[title*=World]", "a#a1");
        attributes("[title*=world i]", "a#a1 a#a2");
        attributes("[title$=WORLD i]", "a#a1 a#a2");
        attributes("[title^=hello s]", "a#a2");
        attributes("[hreflang=fr]", "a#a3");
        attributes("[hreflang=fr s]", "");
        attributes("[type='text/html']", "a#a3");
        attributes("[type=checkbox]", "input#i1");
        attributes("[type=checkbox s]", "");
        attributes("[type=CheckBox s]", "input#i1");
        attributes("[type^=check]", "input#i1");
        attributes("[name=Q]", "");
        attributes("[name=q]", "input#i1");
        attributes("[value=yes]", "");
        attributes("[value=yes i]", "input#i1");
        attributes("[data-v~=b]", "a#a3");
        attributes("[data-v~=c]", "a#a3");
        attributes("[data-v~=a]", "a#a3");
        attributes("[data-v~=' b']", "");
        attributes("[data-v*=' b ']", "a#a3");
        attributes("[data-v='a b  c']", "a#a3");
        attributes("[alt]", "img#m1");
        attributes("[alt='']", "img#m1");
        attributes("[alt^='']", "");
        attributes("[alt$='']", "");
        attributes("[alt*='']", "");
        attributes("[alt|='']", "img#m1");
        attributes("[alt~='']", "");
        attributes("[class|=btn]", "a#a3");
        attributes("[ href = '/local.pdf' ]", "a#a2");
        attributes("[/* c */href/* c */=/* c */'/local.pdf'/* c */]", "a#a2");
        attributes("[href=\"/local.pdf\"]", "a#a2");
        attributes("a[href][rel]", "a#a1 a#a2");
        attributes("a[href][hreflang]", "");
        attributes("[id=a1],[id=a3]", "a#a1 a#a3");
        attributes("[id='a1'], [id=\"a3\"]", "a#a1 a#a3");
        attributes("input[type][name=q][value]", "input#i1");
        attributes("[src=x\\.png]", "img#m1");

        const auto combinators = [](const QString& selector, const QString& expected) {
            addSelectRow("combinators", Combinators, selector, expected);
        };
        combinators("div p", "p#c1 p#c2 p#c3 p#c4 p#c5");
        combinators("div > p", "p#c1 p#c2 p#c4 p#c5");
        combinators("div>p", "p#c1 p#c2 p#c4 p#c5");
        combinators("div  >  p", "p#c1 p#c2 p#c4 p#c5");
        combinators("div\n\t>\r\np", "p#c1 p#c2 p#c4 p#c5");
        combinators("div\n\tp", "p#c1 p#c2 p#c3 p#c4 p#c5");
        combinators("div/**/ /**/p", "p#c1 p#c2 p#c3 p#c4 p#c5");
        combinators("div/**/>/**/p", "p#c1 p#c2 p#c4 p#c5");
        combinators("div div p", "p#c2 p#c3");
        combinators("div > div > p", "p#c2");
        combinators("div div div p", "");
        combinators("span p", "p#c3");
        combinators("span > p", "p#c3");
        combinators("div span p", "p#c3");
        combinators("#d1 > #d2 > span > p", "p#c3");
        combinators("#d1 > span", "");
        combinators("#d1 span", "span#s1");
        combinators("p + p", "p#c5");
        combinators("p+p", "p#c5");
        combinators("p + div", "div#d2");
        combinators("div + p", "p#c4");
        combinators("p ~ p", "p#c4 p#c5");
        combinators("p~p", "p#c4 p#c5");
        combinators("p ~ div", "div#d2");
        combinators("#c1 ~ *", "div#d2 p#c4 p#c5");
        combinators("#c1 + *", "div#d2");
        combinators("div ~ p", "p#c4 p#c5");
        combinators("p + p + p", "");
        combinators("#c1 ~ p + p", "p#c5");
        combinators("#c1 + div + p + p", "p#c5");
        combinators("body > div > p + div > span", "span#s1");
        combinators("html body div", "div#d1 div#d2");
        combinators("body > p", "");
        combinators("* > p", "p#c1 p#c2 p#c3 p#c4 p#c5");
        combinators("* + p", "p#c4 p#c5");
        combinators("* ~ p", "p#c4 p#c5");
        combinators("div p, span", "p#c1 p#c2 span#s1 p#c3 p#c4 p#c5");
        combinators("#d2 p ~ span", "span#s1");
        combinators("div#d2 ~ p", "p#c4 p#c5");
        combinators("section p", "");
        combinators("p p", "");
        combinators("p > *", "");
        combinators("html > body > div#d1 > p", "p#c1 p#c4 p#c5");
        combinators("* > html", "");
        combinators("head + body", "body");
        combinators("head ~ *", "body");

        const auto backtracking = [](const QString& selector, const QString& expected) {
            addSelectRow("backtracking", Backtracking, selector, expected);
        };
        backtracking("section > b u", "u#u1");
        backtracking("section > b > u", "");
        backtracking("section > b > i > b > u", "u#u1");
        backtracking("i b u", "u#u1");
        backtracking("i > b > u", "u#u1");
        backtracking("b b u", "u#u1");
        backtracking("b b b u", "");
        backtracking("section > i", "");
        backtracking("section b > u", "u#u1");
        backtracking("section > b i > b u", "u#u1");
        backtracking("h2 ~ p + em", "em#e1");
        backtracking("h2 + p ~ p", "p#q2");
        backtracking("h2 + em", "");
        backtracking("h2 ~ em", "em#e1");
        backtracking("div > h2 + p", "p#q1");
        backtracking("h2 ~ p ~ p", "p#q2");
        backtracking("h2 + p + em + p", "p#q2");
        backtracking("section ~ div > p", "p#q1 p#q2");
        backtracking("section + div em", "em#e1");
        backtracking("div ~ section", "");
    }

    void selectsInDocumentOrder()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, selector);
        QFETCH(QString, expected);
        QCOMPARE(selectIn(html, selector), expected);
    }
};

QObject* makeTestSelectorMatching() { return new TestSelectorMatching; }

#include "TestSelectorMatching.moc"
