// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "extract/SimpleXPath.h"
#include "html/HtmlDocument.h"
#include "selectors/SelectorList.h"
#include "xpath/XPathExpression.h"
#include "xpath/XmlView.h"

#include "ShopPage.h"

using namespace pav;
using namespace pav::extract;

namespace {
// Broken nesting, attribute case, nested text and whitespace: where a translation would show its mistakes.
const QByteArray Tricky = "<!doctype html><html><body><div class=price id=a>1 <b>2</b> 3<div class=price>4</div></div>"
                          "<p><div class='price x'>5</div><p class=PRICE TYPE=Text>6</p>"
                          "<table><tr><td class=price>7</td></tr></table><a href=/x rel=next>n</a>"
                          "<a href='' rel=prev>p</a><ul><li>a<li> <li>c</ul><my-tag data-v=1>m</my-tag></body></html>";

QList<html::Match> byXPath(const QString& expression, const xpath::XmlView& view)
{
    Result<xpath::XPathExpression> compiled = xpath::XPathExpression::compile(expression);
    return compiled ? compiled->evaluate(view) : QList<html::Match>{};
}
} // namespace

class TestSimpleXPath : public QObject
{
    Q_OBJECT

private slots:
    void translates_data()
    {
        QTest::addColumn<QString>("xpath");
        QTest::addColumn<QString>("css"); // empty: left to libxml2
        QTest::newRow("descendant") << "//li" << "li";
        QTest::newRow("child") << "//ul/li" << "ul > li";
        QTest::newRow("descendant step") << "//aside[@class='related']//li" << "aside[class=\"related\" s] li";
        QTest::newRow("from the root") << "/html/body/div" << "html:root > body > div";
        QTest::newRow("any element") << "//div/*" << "div > *";
        QTest::newRow("attribute present") << "//a[@href]" << "a[href]";
        QTest::newRow("two predicates") << "//a[@href][@rel=\"next\"]" << "a[href][rel=\"next\" s]";
        QTest::newRow("contains") << "//div[contains(@class,'price')]" << "div[class*=\"price\" s]";
        QTest::newRow("contains nothing") << "//div[contains(@class,'')]" << "div[class]";
        QTest::newRow("text") << "//h1/text()" << "h1::text";
        QTest::newRow("attribute") << "//a/@href" << "a::attr(href)";
        QTest::newRow("quote in value") << "//a[@title='say \"hi\"']" << "a[title=\"say \\\"hi\\\"\" s]";
        QTest::newRow("hyphenated names") << "//my-tag[@data-v='1']" << "my-tag[data-v=\"1\" s]";
        QTest::newRow("position") << "//li[1]" << "";
        QTest::newRow("function") << "count(//li)" << "";
        QTest::newRow("descendant text") << "//div//text()" << "";
        QTest::newRow("descendant attribute") << "//div//@class" << "";
        QTest::newRow("axis") << "//div/following-sibling::p" << "";
        QTest::newRow("union") << "//a | //b" << "";
        QTest::newRow("spaces in a predicate") << "//a[@rel = 'next']" << "";
        QTest::newRow("upper case name") << "//DIV" << "";
        QTest::newRow("namespaced attribute") << "//a[@xlink:href]" << "";
        QTest::newRow("relative path") << "div/p" << "";
        QTest::newRow("trailing slash") << "//div/" << "";
        QTest::newRow("text() first") << "//text()" << "";
        QTest::newRow("node test") << "//div/node()" << "";
        QTest::newRow("other predicate") << "//a[starts-with(@href,'/')]" << "";
        QTest::newRow("parent step") << "//a/.." << "";
    }

    void translates()
    {
        QFETCH(QString, xpath);
        QFETCH(QString, css);
        const std::optional<QString> translated = cssForSimpleXPath(xpath);
        QCOMPARE(translated.value_or(QString()), css);
        if (translated)
            QVERIFY2(selectors::SelectorList::parse(*translated), qPrintable(*translated));
    }

    // The translation is only worth having if both routes select the very same nodes.
    void selectsWhatLibxml2Selects_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("xpath");
        const char* paths[] = {"//div", "//div[@class='price']", "//div/text()", "//div/b", "//div//b",
                               "//*[@class='price']", "//td[@class='price']/text()", "//p[@class='price']",
                               "//p[@type='Text']", "//p[@type='text']", "//a/@href", "//a[@href='']",
                               "//a[contains(@rel,'ex')]/text()", "//ul/li/text()", "//li", "//table/tbody/tr/td",
                               "//table/tr", "/html/body/p", "//my-tag/@data-v", "//div[contains(@class,'')]",
                               "//*", "/html", "//body/*/div"};
        for (const char* path : paths)
            QTest::newRow(path) << Tricky << QString::fromLatin1(path);
        for (const char* path : {"//h1/text()", "//ul[@class='tags']/li", "//a[@class='more']/@href", "//span"})
            QTest::newRow((QByteArray("shop ") + path).constData()) << Shop << QString::fromLatin1(path);
    }

    void selectsWhatLibxml2Selects()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, xpath);
        const std::optional<QString> css = cssForSimpleXPath(xpath);
        QVERIFY2(css, "expected a translation");
        const html::HtmlDocument document(html);
        const xpath::XmlView view(document);
        const QList<html::Match> expected = byXPath(xpath, view);
        Result<selectors::SelectorList> selector = selectors::SelectorList::parse(*css);
        QVERIFY(selector);
        const QList<html::Match> actual = selector->select(document.root());
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual[i].node, expected[i].node);
            QCOMPARE(actual[i].attribute, expected[i].attribute);
        }
    }
};

QObject* makeTestSimpleXPath()
{
    return new TestSimpleXPath;
}

#include "TestSimpleXPath.moc"
