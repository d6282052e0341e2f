// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include "html/HtmlDocument.h"
#include "selectors/SelectorList.h"

using pav::ErrorKind;
using pav::selectors::PseudoElement;
using pav::selectors::SelectorList;

Q_DECLARE_METATYPE(pav::selectors::PseudoElement)

// What parse() accepts and the exact message, with its column, for what it rejects.
class TestSelectorErrors : public QObject
{
    Q_OBJECT

private slots:
    void rejectsMalformedSelectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("message");
        const auto row = [](const QString& selector, const QString& message) {
            QTest::newRow(selector.left(60).toUtf8().constData()) << selector << message;
        };
        row("", "empty selector");
        row("   ", "empty selector");
        row("/* only a comment */", "empty selector");
        row(".price[", "unterminated attribute selector at column 7");
        row("div >", "expected a selector after '>' at column 5");
        row("p:nth-child(2n+)", "invalid an+b expression at column 13");
        row(":hover", "unsupported pseudo-class :hover at column 1");
        row("a:visited", "unsupported pseudo-class :visited at column 2");
        row("a:focus", "unsupported pseudo-class :focus at column 2");
        row("div:target", "unsupported pseudo-class :target at column 4");
        row("p:ACTIVE", "unsupported pseudo-class :active at column 2");
        row(":dir(ltr)", "unsupported pseudo-class :dir at column 1");
        row(":scope > p", "unsupported pseudo-class :scope at column 1");
        row(":foo", "unknown pseudo-class :foo at column 1");
        row("p:contains(x)", "unsupported pseudo-class :contains at column 2");
        row("p::before", "unsupported pseudo-element ::before at column 2");
        row("p:before", "unsupported pseudo-element ::before at column 2");
        row("p::first-line", "unsupported pseudo-element ::first-line at column 2");
        row("p:first-letter", "unsupported pseudo-element ::first-letter at column 2");
        row("p::foo", "unknown pseudo-element ::foo at column 2");
        row("div + ", "expected a selector after '+' at column 5");
        row("div ~", "expected a selector after '~' at column 5");
        row("> p", "expected a selector before '>' at column 1");
        row("+ p", "expected a selector before '+' at column 1");
        row("a, ~ p", "expected a selector before '~' at column 4");
        row("a,", "expected a selector after ',' at column 2");
        row("a, ", "expected a selector after ',' at column 2");
        row(",a", "expected a selector before ',' at column 1");
        row("a,,b", "expected a selector before ',' at column 3");
        row("a > > b", "expected a selector after '>' at column 3");
        row("a >+ b", "expected a selector after '>' at column 3");
        row(".", "expected an identifier after '.' at column 1");
        row("#", "expected an identifier after '#' at column 1");
        row(".1a", "expected an identifier after '.' at column 1");
        row("#1", "expected an identifier after '#' at column 1");
        row("#-1", "expected an identifier after '#' at column 1");
        row("p.", "expected an identifier after '.' at column 2");
        row("p. a", "expected an identifier after '.' at column 2");
        row("[", "unterminated attribute selector at column 1");
        row("[]", "expected an attribute name at column 2");
        row("[=a]", "expected an attribute name at column 2");
        row("[a=]", "expected an identifier or a quoted string as the attribute value at column 4");
        row("[a=1]", "expected an identifier or a quoted string as the attribute value at column 4");
        row("[a!=b]", "unexpected '!' in attribute selector at column 3");
        row("[a==b]", "expected an identifier or a quoted string as the attribute value at column 4");
        row("[a=b c]", "unknown attribute selector flag 'c' at column 6");
        row("[a=b i s]", "unexpected 's' in attribute selector at column 8");
        row("[a='b]", "unterminated string at column 4");
        row("[a=\"b", "unterminated string at column 4");
        row("[a='b\nc']", "unterminated string at column 4");
        row("[a=b", "unterminated attribute selector at column 1");
        row("[a", "unterminated attribute selector at column 1");
        row("[a~=b", "unterminated attribute selector at column 1");
        row("*|a", "namespaces are not supported at column 1");
        row("|a", "namespaces are not supported at column 1");
        row("ns|a", "namespaces are not supported at column 1");
        row("[ns|a]", "namespaces are not supported at column 2");
        row("[*|a]", "namespaces are not supported at column 2");
        row("[|a]", "namespaces are not supported at column 2");
        row(":not(", "unterminated :not() at column 1");
        row(":not(p", "unterminated :not() at column 1");
        row("a:not(b", "unterminated :not() at column 2");
        row(":is(a b c", "unterminated :is() at column 1");
        row(":not()", "pseudo-class :not needs an argument at column 1");
        row(":is( )", "pseudo-class :is needs an argument at column 1");
        row(":where()", "pseudo-class :where needs an argument at column 1");
        row(":not", "pseudo-class :not needs an argument at column 1");
        row(":nth-child", "pseudo-class :nth-child needs an argument at column 1");
        row(":nth-child()", "pseudo-class :nth-child needs an argument at column 1");
        row(":first-child()", "pseudo-class :first-child takes no argument at column 1");
        row(":root(x)", "pseudo-class :root takes no argument at column 1");
        row(":nth-child(2n+1", "unterminated :nth-child() at column 1");
        row(":nth-child(", "unterminated :nth-child() at column 1");
        row(":nth-child(odd", "unterminated :nth-child() at column 1");
        row(":nth-child(n", "unterminated :nth-child() at column 1");
        row(":nth-child(2n of p", "unterminated :nth-child() at column 1");
        row(":nth-child(+ 2)", "invalid an+b expression at column 12");
        row(":nth-child(- n)", "invalid an+b expression at column 12");
        row(":nth-child(+ n)", "invalid an+b expression at column 12");
        row(":nth-child(2 n)", "invalid an+b expression at column 12");
        row(":nth-child(2n 1)", "invalid an+b expression at column 12");
        row(":nth-child(n+-1)", "invalid an+b expression at column 12");
        row(":nth-child(2n+ -1)", "invalid an+b expression at column 12");
        row(":nth-child(--n)", "invalid an+b expression at column 12");
        row(":nth-child(1.5)", "invalid an+b expression at column 12");
        row(":nth-child(foo)", "invalid an+b expression at column 12");
        row(":nth-child(nx)", "invalid an+b expression at column 12");
        row(":nth-child(n-)", "invalid an+b expression at column 12");
        row(":nth-child( odd x)", "invalid an+b expression at column 13");
        row(":nth-child(2n of)", "expected a selector after 'of' at column 15");
        row(":nth-child(2n of )", "expected a selector after 'of' at column 15");
        row(":nth-of-type(2n of p)", "invalid an+b expression at column 14");
        row(":nth-child(2n+1of p)", "invalid an+b expression at column 12");
        row("p:NTH-CHILD(2n+)", "invalid an+b expression at column 13");
        row(":has(:has(a))", ":has() cannot be nested at column 6");
        row(":has(:is(:has(a)))", ":has() cannot be nested at column 10");
        row(":has()", "pseudo-class :has needs an argument at column 1");
        row(":has(> )", "expected a selector after '>' at column 6");
        row(":has(a, > )", "expected a selector after '>' at column 9");
        row(":is(> a)", "expected a selector before '>' at column 5");
        row(":is(::text)", "pseudo-elements are not allowed inside :is() at column 5");
        row(":has(a::attr(href))", "pseudo-elements are not allowed inside :has() at column 7");
        row(":nth-child(1 of p::text)", "pseudo-elements are not allowed inside :nth-child() at column 18");
        row("p::text a", "pseudo-element ::text must be at the end of the selector at column 2");
        row("p::text.x", "pseudo-element ::text must be at the end of the selector at column 2");
        row("p::text::text", "pseudo-element ::text must be at the end of the selector at column 2");
        row("a::attr(href) > b", "pseudo-element ::attr must be at the end of the selector at column 2");
        row("p::text, a::attr(href)", "selector list mixes pseudo-elements at column 11");
        row("p::text, a", "selector list mixes pseudo-elements at column 10");
        row("a, p::text", "selector list mixes pseudo-elements at column 5");
        row("a::attr(href), a::attr(src)", "selector list mixes pseudo-elements at column 17");
        row("a::attr", "pseudo-element ::attr needs an attribute name at column 2");
        row("a::attr()", "pseudo-element ::attr needs an attribute name at column 9");
        row("a::attr(href", "unterminated ::attr() at column 2");
        row("a::attr(", "unterminated ::attr() at column 2");
        row("a::attr(href x)", "unexpected 'x' at column 14");
        row("p::text()", "pseudo-element ::text takes no argument at column 2");
        row("a.b*", "a type selector must come first in a compound selector at column 4");
        row("div/**/p", "a type selector must come first in a compound selector at column 8");
        row("[a]b", "a type selector must come first in a compound selector at column 4");
        row("div /* open", "unterminated comment at column 5");
        row("[a=/*b]", "unterminated comment at column 4");
        row("div $", "unexpected '$' at column 5");
        row("a{", "unexpected '{' at column 2");
        row("a)", "unexpected ')' at column 2");
        row("a;b", "unexpected ';' at column 2");
        row("a\\\nb", "unexpected '\\' at column 2");
        row(":", "expected an identifier after ':' at column 1");
        row("a: b", "expected an identifier after ':' at column 2");
        row("::", "expected an identifier after '::' at column 1");
        row(":lang()", "pseudo-class :lang needs an argument at column 1");
        row(":lang(1)", "expected a language at column 7");
        row(":lang(en", "unterminated :lang() at column 1");
        row(":not(a,)", "expected a selector after ',' at column 7");
        row(":is(a;)", "unexpected ';' at column 6");
        row(".🔥 $", "unexpected '$' at column 4");
        row(".ціна:hover", "unsupported pseudo-class :hover at column 6");
        row(QString(16385, u'a'), "selector is longer than 16384 characters");
        row(QString(":not(").repeated(40) + "a" + QString(")").repeated(40),
            "selector nests pseudo-classes more than 32 deep at column 161");
        row(QString("a ").repeated(300), "selector has more than 256 compound selectors at column 1");
        row(QStringList(9, QString("a ").repeated(249) + "a").join(", "),
            "selector list has more than 2048 compound selectors at column 4009");
    }

    void rejectsMalformedSelectors()
    {
        QFETCH(QString, selector);
        QFETCH(QString, message);
        const pav::Result<SelectorList> parsed = SelectorList::parse(selector);
        QVERIFY2(!parsed, qPrintable(QStringLiteral("accepted: ") + selector));
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(parsed.error().message, message);
    }

    // Garbage made of selector pieces: every string either parses (and then selects without trouble) or is
    // rejected with a message; nothing crashes or hangs (the sanitizer build runs this too).
    void survivesRandomSelectors()
    {
        static const QStringList pieces = {
            "a",
            "b",
            "*",
            ".",
            "#",
            "x",
            "[",
            "]",
            "=",
            "~",
            "|",
            "^",
            "$",
            ":",
            "(",
            ")",
            ">",
            "+",
            ",",
            " ",
            "\"",
            "'",
            "\\",
            "/*",
            "*/",
            "n",
            "2",
            "-",
            "of",
            "i",
            "\n",
            ":has(",
            ":not(",
            ":is(",
            ":nth-child(",
            ":nth-of-type(",
            "::text",
            "::attr(",
            ":lang(",
            ":empty",
            "\\31 ",
            "ц",
            "🔥",
            "\0",
        };
        const pav::html::HtmlDocument document(
            "<!doctype html><div id=a class=b><p lang=en>x<b>y</b></p><ul><li>1<li>2</ul></div><svg><a/></svg>");
        QRandomGenerator random(20260601);
        int parsed = 0;
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = random.bounded(1, 12);
            for (int j = 0; j < length; ++j)
                text += pieces[random.bounded(int(pieces.size()))];
            const pav::Result<SelectorList> list = SelectorList::parse(text);
            if (list) {
                ++parsed;
                list->select(document.root());
            } else {
                QVERIFY2(!list.error().message.isEmpty(), qPrintable(text));
            }
        }
        QVERIFY(parsed > 100); // the generator does produce valid selectors too
    }

    void reportsPseudoElements_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<PseudoElement>("pseudoElement");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("plain") << "div.price" << PseudoElement::None << "";
        QTest::newRow("text") << ".product h1::text" << PseudoElement::Text << "";
        QTest::newRow("text upper case") << "p::TEXT" << PseudoElement::Text << "";
        QTest::newRow("text alone") << "::text" << PseudoElement::Text << "";
        QTest::newRow("text on every selector") << "p::text , b::text" << PseudoElement::Text << "";
        QTest::newRow("attr") << "a.next::attr(href)" << PseudoElement::Attribute << "href";
        QTest::newRow("attr quoted") << "a::attr( 'data-x' )" << PseudoElement::Attribute << "data-x";
        QTest::newRow("attr case kept") << "svg::attr(viewBox)" << PseudoElement::Attribute << "viewBox";
        QTest::newRow("attr list") << "a::attr(href), link::attr(href)" << PseudoElement::Attribute << "href";
        QTest::newRow("attr escaped") << "a::attr(data\\-x)" << PseudoElement::Attribute << "data-x";
        QTest::newRow("text after has") << "div:has(> p)::text" << PseudoElement::Text << "";
    }

    void reportsPseudoElements()
    {
        QFETCH(QString, selector);
        QFETCH(PseudoElement, pseudoElement);
        QFETCH(QString, attribute);
        const pav::Result<SelectorList> parsed = SelectorList::parse(selector);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->pseudoElement(), pseudoElement);
        QCOMPARE(parsed->attributeName(), attribute);
        QCOMPARE(parsed->source(), selector);
    }
};

QObject* makeTestSelectorErrors() { return new TestSelectorErrors; }

#include "TestSelectorErrors.moc"
