// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <unistd.h>

#include <QTemporaryFile>
#include <QTest>

#include "XPathFixtures.h"
#include "xpath/XPathExpression.h"

using namespace pav::xpath;
using namespace pav::xpath::test;

namespace {
// Points file descriptor 2 at a temporary file for the scope's lifetime, so a test can see what was printed.
class CapturedStderr
{
public:
    CapturedStderr()
    {
        m_file.open();
        std::fflush(stderr);
        m_saved = ::dup(2);
        ::dup2(m_file.handle(), 2);
    }
    ~CapturedStderr() { restore(); }
    QByteArray text()
    {
        restore();
        m_file.seek(0);
        return m_file.readAll();
    }

private:
    void restore()
    {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, 2);
        ::close(m_saved);
        m_saved = -1;
    }
    QTemporaryFile m_file;
    int m_saved = -1;
};
} // namespace

class TestXPathErrors : public QObject
{
    Q_OBJECT

private slots:
    void rejectsMalformedExpressions_data()
    {
        QTest::addColumn<QString>("xpath");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const QString& xpath, const char* message) {
            QTest::newRow(name) << xpath << QString::fromUtf8(message);
        };
        row("unfinished predicate", "//div[@class='x'", "invalid expression at column 17: unfinished predicate");
        row("empty predicate", "//div[", "invalid expression at column 7: unexpected end of the expression");
        row("stray ]", "//div]", "invalid expression at column 6: unexpected \"]\"");
        row("extra ]", "//a[1]]", "invalid expression at column 7: unexpected \"]\"");
        row("unterminated string", "//a[@href='x]", "invalid expression at column 11: unterminated string literal");
        row("unterminated double-quoted string", "\"abc",
            "invalid expression at column 1: unterminated string literal");
        row("only slashes", "//", "invalid expression at column 3: unexpected end of the expression");
        row("trailing slash", "/html/", "invalid expression at column 7: unexpected end of the expression");
        row("empty", "", "invalid expression: the expression is empty");
        row("blank", "   ", "invalid expression: the expression is empty");
        row("attribute without a name", "//a[@]", "invalid expression at column 6: unexpected \"]\"");
        row("dangling operator", "1 +", "invalid expression at column 4: unexpected end of the expression");
        row("unclosed parenthesis", "((1)", "invalid expression at column 5: unexpected end of the expression");
        row("unknown axis", "//a/b/c/d::x", "invalid expression at column 11: unexpected \":x\"");
        row("double @", "@@x", "invalid expression at column 2: unexpected \"@x\"");
        row("== is not XPath", "//div[@class=='x']", "invalid expression at column 14: unexpected \"='x']\"");
        row("axis without a node test", "child::", "invalid expression at column 8: unexpected end of the expression");
        row("unknown function", "foo()", "invalid expression at column 1: unknown function foo()");
        row("unknown function in a predicate", "//a[bar(1)]", "invalid expression at column 5: unknown function bar()");
        row("XPath 2.0 function", "//a[ends-with(@href, '.pdf')]",
            "invalid expression at column 5: unknown function ends-with()");
        row("XPath 2.0 lower-case", "lower-case('A')", "invalid expression at column 1: unknown function lower-case()");
        row("count without arguments", "count()",
            "invalid expression at column 1: wrong number of arguments for count(): 0");
        row("substring with one", "substring('a')",
            "invalid expression at column 1: wrong number of arguments for substring(): 1");
        row("concat with one", "//a[concat('a')]",
            "invalid expression at column 5: wrong number of arguments for concat(): 1");
        row("true with one", "true(1)", "invalid expression at column 1: wrong number of arguments for true(): 1");
        row("position in a predicate with one", "//a[position(1) = 1]",
            "invalid expression at column 5: wrong number of arguments for position(): 1");
        row("translate with four", "translate('a', 'b', 'c', 'd')",
            "invalid expression at column 1: wrong number of arguments for translate(): 4");
        row("variable", "$x", "invalid expression at column 1: undefined variable $x (variables are not supported)");
        row("variable in a predicate", "//a[@href=$url]",
            "invalid expression at column 11: undefined variable $url (variables are not supported)");
        row("undefined prefix", "//x:y", "invalid expression at column 3: undefined namespace prefix \"x\"");
        row("undefined prefix wildcard", "//svg:*",
            "invalid expression at column 3: undefined namespace prefix \"svg\"");
        row("prefixed function", "fn:count(//a)", "invalid expression at column 1: undefined namespace prefix \"fn\"");
        row("wrong type found by a trial run", "count('x')", "invalid expression: an argument has the wrong type");
        row("NUL inside", QStringLiteral("//a") + QChar(0) + QStringLiteral("[1]"),
            "invalid expression at column 4: a NUL character");
        row("nesting too deep", QString(200, u'(') + u'1' + QString(200, u')'),
            "invalid expression at column 129: brackets nest more than 128 deep");
        row("too long", QStringLiteral("//a") + QString(20000, u' '),
            "invalid expression: the expression is longer than 16384 characters");
        row("column counts characters, not bytes", "//дів[@клас='x'",
            "invalid expression at column 16: unfinished predicate");
        row("unknown function after Cyrillic", "//p[. = 'світ' and f()]",
            "invalid expression at column 20: unknown function f()");
    }
    void rejectsMalformedExpressions()
    {
        QFETCH(QString, xpath);
        QFETCH(QString, message);
        const auto compiled = XPathExpression::compile(xpath);
        QVERIFY(!compiled);
        QCOMPARE(compiled.error().kind, pav::ErrorKind::InvalidArgument);
        QCOMPARE(compiled.error().message, message);
    }

    // The up-front scan must not reject what XPath allows: operator names used as element names, `*` as both
    // a name test and multiplication, node types, axes, the bound prefixes.
    void acceptsValidExpressions_data()
    {
        QTest::addColumn<QString>("xpath");
        for (const char* xpath :
            {"//div[@class and @id]", "//and | //or | //div | //mod", "//*[text() = 'and']", "2 * 3", "//*[* * 2 = 4]",
                "//a[@href][position() mod 2 = 1]", "child::text()", "processing-instruction('x')", "//node()",
                "ancestor-or-self::node()", "@*", "//@xlink:href", "//@xml:lang", "//xlink:*", "count( //li )",
                "concat('a', 'b', 'c', 'd')", "substring('abc', 1, 1)", "string()", "//a[last()]", "-1", "1 - -1",
                "//div/following-sibling::*[1]", "//a[contains(@href, 'x(')]", "//p[. = \"it's\"]",
                "//дів[@клас = 'значення']", "  //a  ", "id('a')/b", "(//a)[1]/@href"}) {
            QTest::newRow(xpath) << QString::fromUtf8(xpath);
        }
    }
    void acceptsValidExpressions()
    {
        QFETCH(QString, xpath);
        const auto compiled = XPathExpression::compile(xpath);
        QVERIFY2(compiled, compiled ? "" : qPrintable(compiled.error().message));
        QCOMPARE(compiled->text(), xpath);
    }

    void reportsErrorsThatOnlyEvaluationFinds()
    {
        // The trial run on an empty document never reaches the predicate, so this compiles.
        const auto compiled = XPathExpression::compile(QStringLiteral("//li[count('x') > 0]"));
        QVERIFY(compiled);
        const Page page(ShopPage);
        const auto result = compiled->tryEvaluate(page.view);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, pav::ErrorKind::InvalidArgument);
        QCOMPARE(result.error().message, QStringLiteral("invalid expression: an argument has the wrong type"));
        QVERIFY(compiled->evaluate(page.view).isEmpty());
    }

    void neverPrintsToStderr()
    {
        CapturedStderr captured;
        const Page page(ShopPage);
        for (const char* bad : {"//div[", "foo()", "$x", "//x:y", "count('x')", "1 +", "'open"})
            QVERIFY(!XPathExpression::compile(QString::fromLatin1(bad)));
        const auto runtime = XPathExpression::compile(QStringLiteral("//li[count('x')]"));
        QVERIFY(runtime);
        QVERIFY(!runtime->tryEvaluate(page.view));
        const auto heavy = XPathExpression::compile(QStringLiteral("count(//*[count(//*) > 1])"));
        QVERIFY(heavy);
        QVERIFY(!heavy->tryEvaluate(page.view, 100));
        QCOMPARE(captured.text(), QByteArray());
    }
};

QObject* makeTestXPathErrors() { return new TestXPathErrors; }

#include "TestXPathErrors.moc"
