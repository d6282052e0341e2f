// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QTest>

#include "XPathFixtures.h"

using namespace pav::xpath::test;

// XPath 1.0 over the shop page: every axis, node tests, predicates, each core function, operators, unions and
// number formatting. Expected results are rendered as XPathFixtures.h describes.
class TestXPathFunctions : public QObject
{
    Q_OBJECT

    std::unique_ptr<Page> m_page;

    void columns()
    {
        QTest::addColumn<QString>("xpath");
        QTest::addColumn<QString>("expected");
    }
    void row(const char* name, const QString& xpath, const QString& expected)
    {
        QTest::newRow(name) << xpath << expected;
    }
    void compareRow()
    {
        QFETCH(QString, xpath);
        QFETCH(QString, expected);
        QCOMPARE(run(*m_page, xpath), expected);
    }

private slots:
    void initTestCase() { m_page = std::make_unique<Page>(ShopPage); }

    void walksEveryAxis_data()
    {
        columns();
        row("child", "/html/body/child::div", "div#main | div#side(x)");
        row("child abbreviated", "/html/head/title", "title(Shop)");
        row("descendant", "//ul/descendant::li", "li(Apple) | li(Pear) | li(Plum)");
        row("descendant text", "//p/descendant::text()", "\"Привіт, \" | \"світ\" | \"!\"");
        row("parent", "//b/parent::*", "p#note(Привіт, світ!)");
        row("parent abbreviated", "//span/..", "div#side(x)");
        row("parent of an attribute", "//@title/..", "a(First)");
        row("ancestor", "//b/ancestor::*", "html | body | div#main | p#note(Привіт, світ!)");
        row("ancestor nearest first in a predicate", "//b/ancestor::*[1]", "p#note(Привіт, світ!)");
        row("ancestor-or-self", "//b/ancestor-or-self::*", "html | body | div#main | p#note(Привіт, світ!) | b(світ)");
        row("following-sibling", "//li[1]/following-sibling::li", "li(Pear) | li(Plum)");
        row("following-sibling over text", "//b/following-sibling::node()", "\"!\"");
        row("preceding-sibling", "//li[3]/preceding-sibling::li", "li(Apple) | li(Pear)");
        row("preceding-sibling nearest first", "//li[3]/preceding-sibling::li[1]", "li(Pear)");
        row("following", "//ul/following::*",
            "p#note(Привіт, світ!) | b(світ) | a(First) | a(Second) | div#side(x) | span(x)");
        row("preceding", "//p/preceding::*",
            "head(Shop) | title(Shop) | meta | h1(Products) | ul(ApplePearPlum) | li(Apple) | li(Pear) | li(Plum)");
        row("attribute", "//a/attribute::href", "@href=/a | @href=/b");
        row("attribute abbreviated, wildcard", "//a[1]/@*", "@href=/a | @title=A");
        row("namespace: only the implicit xml one", "/html/namespace::*", "=http://www.w3.org/XML/1998/namespace");
        row("self", "//li/self::li[@data-price='7']", "li(Plum)");
        row("self abbreviated", "//h1/.", "h1(Products)");
        row("descendant-or-self", "//ul/descendant-or-self::*", "ul(ApplePearPlum) | li(Apple) | li(Pear) | li(Plum)");
        row("double slash", "//div//span", "span(x)");
        row("root", "/", "/");
        row("document element", "/*", "html");
        row("wildcard children", "/html/*", "head(Shop) | body");
        row("comment()", "//comment()", "<!--footer-->");
        row("node()", "//p/node()", "\"Привіт, \" | b(світ) | \"!\"");
        row("text()", "//li/text()", "\"Apple\" | \"Pear\" | \"Plum\"");
        row("processing-instruction()", "count(//processing-instruction())", "=0");
        row("no such element", "//table", "");
        row("names are case-sensitive and lower case", "//LI", "");
    }
    void walksEveryAxis() { compareRow(); }

    void filtersWithPredicates_data()
    {
        columns();
        row("position", "//li[2]", "li(Pear)");
        row("last()", "//li[last()]", "li(Plum)");
        row("position() <", "//li[position() < 3]", "li(Apple) | li(Pear)");
        row("last() - 1", "//li[position() = last() - 1]", "li(Pear)");
        row("attribute equals", "//li[@class='item sale']", "li(Pear)");
        row("contains on an attribute", "//li[contains(@class, 'sale')]", "li(Pear)");
        row("numeric attribute", "//li[@data-price > 8]", "li(Apple) | li(Pear)");
        row("string value", "//li[. = 'Plum']", "li(Plum)");
        row("first of the whole set", "(//li)[1]", "li(Apple)");
        row("chained predicates", "//ul/li[2][@class='item sale']", "li(Pear)");
        row("position after a filter", "//li[@data-price][2]", "li(Pear)");
        row("child existence", "//div[span]", "div#side(x)");
        row("by id attribute", "//*[@id='note']", "p#note(Привіт, світ!)");
        row("not()", "//a[not(@title)]", "a(Second)");
        row("starts-with on text", "//li[starts-with(., 'P')]", "li(Pear) | li(Plum)");
        row("Cyrillic text", "//b[. = 'світ']", "b(світ)");
        row("contains Cyrillic", "//p[contains(., 'Привіт')]", "p#note(Привіт, світ!)");
        row("and / or", "//li[@data-price < 8 or @class = 'item sale']", "li(Pear) | li(Plum)");
    }
    void filtersWithPredicates() { compareRow(); }

    void callsNodeSetFunctions_data()
    {
        columns();
        row("count", "count(//li)", "=3");
        row("last at the top", "last()", "=1");
        row("last in a predicate", "//li[last() = 3][1]", "li(Apple)");
        row("position at the top", "position()", "=1");
        row("id", "id('note')", "p#note(Привіт, світ!)");
        row("id with several", "id('side note')", "p#note(Привіт, світ!) | div#side(x)");
        row("id missing", "id('nothing')", "");
        row("local-name", "local-name(//li)", "=li");
        row("local-name of an attribute", "local-name(//a/@href)", "=href");
        row("local-name of the context", "local-name()", "=");
        row("namespace-uri", "namespace-uri(//li)", "=");
        row("name", "name(/*)", "=html");
        row("name of the document", "name()", "=");
    }
    void callsNodeSetFunctions() { compareRow(); }

    void callsStringFunctions_data()
    {
        columns();
        row("string of an element", "string(//h1)", "=Products");
        row("string concatenates descendants", "string(//p)", "=Привіт, світ!");
        row("string of the first node", "string(//li)", "=Apple");
        row("string of nothing", "string(//table)", "=");
        row("concat", "concat('a', 'b', 'c')", "=abc");
        row("concat of nodes", "concat(//li[1], '-', //li[3])", "=Apple-Plum");
        row("starts-with true", "starts-with('hello', 'he')", "=true");
        row("starts-with false", "starts-with('hello', 'lo')", "=false");
        row("contains", "contains(//p, 'світ')", "=true");
        row("substring-before", "substring-before('2024-05-06', '-')", "=2024");
        row("substring-after", "substring-after('2024-05-06', '-')", "=05-06");
        row("substring-after missing", "substring-after('abc', 'x')", "=");
        row("substring", "substring('12345', 2, 3)", "=234");
        row("substring to the end", "substring('12345', 2)", "=2345");
        row("substring rounds", "substring('12345', 1.5, 2.6)", "=234");
        row("substring from 0", "substring('12345', 0, 3)", "=12");
        row("substring of Cyrillic", "substring('Привіт', 2, 3)", "=рив");
        row("string-length counts characters", "string-length('Привіт')", "=6");
        row("string-length of a node", "string-length(//h1)", "=8");
        row("normalize-space", "normalize-space('  a \t  b  ')", "=a b");
        row("translate", "translate('bar', 'abc', 'ABC')", "=BAr");
        row("translate removes", "translate('--aaa--', 'a-', 'A')", "=AAA");
        row("translate Cyrillic", "translate('привіт', 'пр', 'ПР')", "=ПРивіт");
    }
    void callsStringFunctions() { compareRow(); }

    void callsBooleanFunctions_data()
    {
        columns();
        row("boolean of a node-set", "boolean(//li)", "=true");
        row("boolean of nothing", "boolean(//table)", "=false");
        row("boolean of a string", "boolean('')", "=false");
        row("boolean of a number", "boolean(0.5)", "=true");
        row("not", "not(false())", "=true");
        row("true", "true()", "=true");
        row("false", "false()", "=false");
        row("lang from HTML's lang attribute", "//*[lang('uk')]", "p#note(Привіт, світ!) | b(світ)");
        row("lang inherited", "//li[lang('en')]", "li(Apple) | li(Pear) | li(Plum)");
        row("lang ignores case", "//h1[lang('EN')]", "h1(Products)");
        row("lang sublanguage does not match", "//h1[lang('en-gb')]", "");
        row("lang count", "count(//*[lang('en')])", "=15");
    }
    void callsBooleanFunctions() { compareRow(); }

    void callsNumberFunctions_data()
    {
        columns();
        row("number", "number('12.5')", "=12.5");
        row("number with spaces", "number('  42  ')", "=42");
        row("number not a number", "number('abc')", "=NaN");
        row("number of true", "number(true())", "=1");
        row("sum", "sum(//li/@data-price)", "=42.5");
        row("floor", "floor(2.7)", "=2");
        row("floor negative", "floor(-0.5)", "=-1");
        row("ceiling", "ceiling(2.1)", "=3");
        row("round half up", "round(2.5)", "=3");
        row("round negative half", "round(-2.5)", "=-2");
        row("number of an attribute", "number(//li[2]/@data-price) * 2", "=51");
    }
    void callsNumberFunctions() { compareRow(); }

    void appliesOperatorsAndUnions_data()
    {
        columns();
        row("and", "1 = 1 and 2 > 1", "=true");
        row("or", "1 = 2 or 2 = 2", "=true");
        row("!=", "'a' != 'b'", "=true");
        row("node-set = number is existential", "//li/@data-price = 7", "=true");
        row("node-set != number is existential", "//li/@data-price != 10", "=true");
        row("<=", "3 <= 3", "=true");
        row(">=", "3 >= 4", "=false");
        row("strings compare as numbers", "'10' < '9'", "=false");
        row("count compared", "count(//li) = 3", "=true");
        row("sum compared", "sum(//li/@data-price) > 40", "=true");
        row("arithmetic precedence", "2 * 3 + 1", "=7");
        row("subtraction", "1 - 3", "=-2");
        row("unary minus", "-(3)", "=-3");
        row("div", "10 div 4", "=2.5");
        row("mod", "7 mod 3", "=1");
        row("mod negative", "-7 mod 3", "=-1");
        row("union", "//h1 | //span", "h1(Products) | span(x)");
        row("union in document order", "//span | //h1", "h1(Products) | span(x)");
        row("union removes duplicates", "//li | //li[2]", "li(Apple) | li(Pear) | li(Plum)");
        row("union of attributes", "//a/@title | //a/@href", "@href=/a | @title=A | @href=/b");
        row("union of text and comment", "//comment() | //title/text()", "\"Shop\" | <!--footer-->");
    }
    void appliesOperatorsAndUnions() { compareRow(); }

    void formatsNumbersAsStringDoes_data()
    {
        columns();
        row("integer without .0", "1.0", "=1");
        row("large integer", "1000000 * 1000000", "=1000000000000");
        row("fraction", "0.5", "=0.5");
        row("shortest round trip, as the spec says", "0.1 + 0.2", "=0.30000000000000004");
        row("third", "1 div 3", "=0.3333333333333333");
        row("price", "1299.00", "=1299");
        row("no exponent for big numbers", "1000000 * 1000000 * 1000000 * 1000", "=1000000000000000000000");
        row("no exponent for small numbers", "1 div 10000000", "=0.0000001");
        row("negative fraction", "-2.25", "=-2.25");
        row("libxml2's string() inside an expression keeps 15 digits", "concat('', 1 div 3)", "=0.333333333333333");
        row("libxml2's string() inside an expression uses exponents", "string(1000000 * 1000000)", "=1e+12");
        row("infinity", "1 div 0", "=Infinity");
        row("negative infinity", "-1 div 0", "=-Infinity");
        row("NaN", "0 div 0", "=NaN");
        row("negative zero", "-0", "=0");
        row("string() of a number", "string(1 div 0)", "=Infinity");
        row("concat with a number", "concat('n=', 2 + 2)", "=n=4");
    }
    void formatsNumbersAsStringDoes() { compareRow(); }
};

QObject* makeTestXPathFunctions() { return new TestXPathFunctions; }

#include "TestXPathFunctions.moc"
