// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "extract/Extractor.h"
#include "extract/RuleSet.h"
#include "extract/RuleSpec.h"
#include "extract/RuleTester.h"
#include "html/HtmlDocument.h"

#include "ShopPage.h"

using namespace pav;
using namespace pav::extract;

namespace {


QStringList valuesOf(const QString& spec, const QByteArray& html = Shop)
{
    Result<Rule> rule = spec.startsWith(QLatin1String("contains:"))
        ? parseSearchSpec(QStringView(spec).sliced(9), RuleKind::Contains)
        : spec.startsWith(QLatin1String("not-contains:")) ? parseSearchSpec(QStringView(spec).sliced(13), RuleKind::NotContains)
                                                           : parseRuleSpec(spec);
    if (!rule)
        return {QStringLiteral("ERROR: ") + rule.error().message};
    Result<RuleSet> rules = RuleSet::compile({*rule});
    if (!rules)
        return {QStringLiteral("ERROR: ") + rules.error().message};
    const pav::html::HtmlDocument document(html);
    PageExtraction extraction = extractPage(*rules, document, html);
    return extraction.values.value(0);
}
} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private slots:
    void takesWhatEachRuleAsks_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("css element text") << "n=css:h1.name" << QStringList{"Кобзар Т. Шевченко"};
        QTest::newRow("css ::text takes direct text") << "n=css:h1.name::text" << QStringList{"Кобзар"};
        QTest::newRow("css first by default") << "t=css:.tags li" << QStringList{"поезія"};
        QTest::newRow("css all, blank values dropped? no: element text kept even when blank")
            << "t[all]=css:.tags li" << QStringList{"поезія", "класика", ""};
        QTest::newRow("css ::text all skips blank text") << "t[all]=css:.tags li::text" << QStringList{"поезія", "класика"};
        QTest::newRow("css ::attr") << "h[all]=css:a.more::attr(href)" << QStringList{"/p/6", "/p/7?x=1&y=2"};
        QTest::newRow("attr option on elements") << "h[all,attr=href]=css:a.more" << QStringList{"/p/6", "/p/7?x=1&y=2"};
        QTest::newRow("attr option, attribute missing") << "h[attr=title]=css:a.more" << QStringList{};
        QTest::newRow("data attribute") << "id[attr=data-id]=css:.product" << QStringList{"42"};
        QTest::newRow("count") << "n[count]=css:li" << QStringList{"3"};
        QTest::newRow("count of nothing") << "n[count]=css:table" << QStringList{"0"};
        QTest::newRow("inner html") << "h[html]=css:h1" << QStringList{"Кобзар <small>Т. Шевченко</small>"};
        QTest::newRow("outer html") << "h[outer]=css:.sku" << QStringList{"<span class=\"sku\">SKU: KB-5</span>"};
        QTest::newRow("filter capture") << "p[filter=(\\d+\\.\\d+)]=css:.price" << QStringList{"150.00"};
        QTest::newRow("filter without group keeps the match") << "p[filter=\\d+]=css:.price" << QStringList{"150"};
        QTest::newRow("filter drops values that do not match") << "t[all,filter=^к.*]=css:.tags li" << QStringList{"класика"};
        QTest::newRow("no match") << "x=css:.missing" << QStringList{};
        QTest::newRow("xpath element") << "s=xpath://span[@class='sku']" << QStringList{"SKU: KB-5"};
        QTest::newRow("xpath text node") << "s=xpath://h1/text()" << QStringList{"Кобзар"};
        QTest::newRow("xpath attribute") << "h[all]=xpath://a/@href" << QStringList{"/p/6", "/p/7?x=1&y=2"};
        QTest::newRow("xpath string") << "t=xpath:normalize-space(//title)" << QStringList{"Кобзар — Shop"};
        QTest::newRow("xpath number") << "n=xpath:count(//li)" << QStringList{"3"};
        QTest::newRow("xpath boolean") << "b=xpath:boolean(//table)" << QStringList{"false"};
        QTest::newRow("xpath comment") << "c=xpath://comment()" << QStringList{"GTM-ABC123"};
        QTest::newRow("xpath count option") << "n[count]=xpath://a" << QStringList{"2"};
        QTest::newRow("regex group") << "g=re:GTM-([A-Z0-9]+)" << QStringList{"ABC123"};
        QTest::newRow("regex whole match") << "g=re:GTM-[A-Z0-9]+" << QStringList{"GTM-ABC123"};
        QTest::newRow("regex all") << "h[all]=re:href=\"([^\"]+)\"" << QStringList{"/p/6", "/p/7?x=1&amp;y=2"};
        QTest::newRow("regex count") << "n[count]=re:<li>" << QStringList{"3"};
        QTest::newRow("regex over unicode") << "p=re:Ціна: (\\S+)" << QStringList{"150.00"};
        QTest::newRow("json-ld path") << "p=jsonld:$.offers.price" << QStringList{"150.00"};
        QTest::newRow("json-ld second block") << "b=jsonld:$.itemListElement[0].name" << QStringList{"Books"};
        QTest::newRow("json-ld all types") << "t[all]=jsonld:$['@type']" << QStringList{"Product", "BreadcrumbList"};
        QTest::newRow("json-ld object as json") << "o=jsonld:$.offers.priceCurrency" << QStringList{"UAH"};
        QTest::newRow("json-ld number") << "n=jsonld:$..position" << QStringList{"1"};
        QTest::newRow("json-ld count") << "n[count]=jsonld:$..name" << QStringList{"2"};
        QTest::newRow("contains literal") << "contains:s=In stock" << QStringList{"1"};
        QTest::newRow("contains counts") << "contains:s=class=\"more\"" << QStringList{"2"};
        QTest::newRow("contains is case-sensitive") << "contains:s=in stock" << QStringList{"0"};
        QTest::newRow("contains ignoring case") << "contains:s[i]=in STOCK" << QStringList{"1"};
        QTest::newRow("contains cyrillic ignoring case") << "contains:s[i]=КОБЗАР" << QStringList{"3"};
        QTest::newRow("contains regex") << "contains:s=re:GTM-\\w+" << QStringList{"1"};
        QTest::newRow("contains in text only") << "contains:s[text]=GTM" << QStringList{"0"};
        QTest::newRow("contains in source sees comments") << "contains:s=GTM" << QStringList{"1"};
        QTest::newRow("not contains, present") << "not-contains:s=In stock" << QStringList{"0"};
        QTest::newRow("not contains, absent") << "not-contains:s=Sold out" << QStringList{"1"};
        QTest::newRow("not contains regex") << "not-contains:s[i]=re:sold\\s+out" << QStringList{"1"};
    }

    void takesWhatEachRuleAsks()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, values);
        QCOMPARE(valuesOf(spec), values);
    }

    void cellsFollowTheMatchesMode_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("cell");
        QTest::newRow("first") << "t=css:li" << "поезія";
        QTest::newRow("all, default separator") << "t[all]=css:li::text" << "поезія; класика";
        QTest::newRow("all, own separator") << "t[all,sep=|]=css:li::text" << "поезія|класика";
        QTest::newRow("json array") << "t[json]=css:li::text" << "[\"поезія\",\"класика\"]";
        QTest::newRow("json array of nothing") << "t[json]=css:table" << "[]";
        QTest::newRow("nothing") << "t=css:table" << "";
        QTest::newRow("count ignores the mode") << "t[json,count]=css:li" << "3";
    }

    void cellsFollowTheMatchesMode()
    {
        QFETCH(QString, spec);
        QFETCH(QString, cell);
        Result<Rule> rule = parseRuleSpec(spec);
        QVERIFY(rule);
        QCOMPARE(cellOf(*rule, valuesOf(spec)), cell);
    }

    void storesJsonLdBlocksAsWritten()
    {
        Result<RuleSet> rules = RuleSet::compile({*parseRuleSpec(QStringLiteral("h=css:h1"))});
        QVERIFY(rules);
        const pav::html::HtmlDocument document(Shop);
        const PageExtraction extraction = extractPage(*rules, document, Shop);
        QCOMPARE(extraction.jsonLd.size(), 2);
        QVERIFY(extraction.jsonLd[0].contains("\"sku\":\"KB-5\""));
        QVERIFY(extraction.jsonLd[1].contains("BreadcrumbList"));
    }

    void capsWhatHostilePagesCanMakeARuleTake()
    {
        QByteArray html = "<ul>";
        for (int i = 0; i < 3000; ++i)
            html += "<li>" + QByteArray::number(i) + "</li>";
        html += "</ul><p id=big>" + QByteArray(MaxValueLength + 1000, 'x') + "</p>";
        QCOMPARE(valuesOf(QStringLiteral("t[all]=css:li"), html).size(), MaxValuesPerRule);
        QCOMPARE(valuesOf(QStringLiteral("n[count]=css:li"), html), QStringList{"3000"});
        QCOMPARE(valuesOf(QStringLiteral("b=css:#big"), html).value(0).size(), MaxValueLength);
        QCOMPARE(valuesOf(QStringLiteral("r[all]=re:<li>(\\d+)"), html).size(), MaxValuesPerRule);
        QCOMPARE(valuesOf(QStringLiteral("n[count]=re:<li>"), html), QStringList{"3000"});
    }

    void rejectsRulesUpFrontWithTheirPosition_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("css") << "price=css:.price[" << "rule \"price\": unterminated attribute selector at column 7";
        QTest::newRow("xpath") << "p=xpath://div[" << "rule \"p\": ";
        QTest::newRow("regex") << "p=re:a(b" << "rule \"p\": missing closing parenthesis at column 4";
        QTest::newRow("json path") << "p=jsonld:$.offers[" << "rule \"p\": ";
        QTest::newRow("filter") << "p[filter=*x]=css:p"
                                << "rule \"p\": filter: quantifier does not follow a repeatable item at column 1";
        QTest::newRow("unbalanced filter") << "p[filter=a(]=css:p" << "a '(' or '[' in them is not closed";
        QTest::newRow("empty css") << "p=css:" << "rule \"p\": the expression is empty";
        QTest::newRow("control character in name") << "a\tb=css:p" << "control characters";
    }

    void rejectsRulesUpFrontWithTheirPosition()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        const QStringList result = valuesOf(spec);
        QCOMPARE(result.size(), 1);
        QVERIFY2(result.first().startsWith(QStringLiteral("ERROR: ")) && result.first().contains(message),
                 qPrintable(result.first()));
    }

    void checksNamesAcrossRules()
    {
        const Rule a = *parseRuleSpec(QStringLiteral("Price=css:p"));
        const Rule b = *parseRuleSpec(QStringLiteral("price=css:span"));
        Result<RuleSet> twice = RuleSet::compile({a, b});
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains("two rules have this name"));
        Result<RuleSet> reserved = RuleSet::compile({a}, {"url", "price"});
        QVERIFY(!reserved);
        QVERIFY(reserved.error().message.contains("standard column"));
        QVERIFY(RuleSet::compile({a}, {"url", "title"}));
    }

    void testerRangesPointAtTheMatchesInTheSource_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("highlighted");
        QTest::newRow("elements, nested") << "d[all]=css:div" << QStringList{"<div>😀 <div>ціна</div></div>", "<div>ціна</div>"};
        QTest::newRow("text nodes") << "t[all]=css:div::text" << QStringList{"😀 ", "ціна"};
        QTest::newRow("attribute values") << "a=css:a::attr(href)" << QStringList{"\"/х\""};
        QTest::newRow("regex") << "r=re:ці(на)" << QStringList{"ціна"};
        QTest::newRow("xpath") << "x=xpath://a" << QStringList{"<a href=\"/х\">😀</a>"};
    }

    void testerRangesPointAtTheMatchesInTheSource()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, highlighted);
        const QByteArray html = "<p>Ї</p><div>😀 <div>ціна</div></div><a href=\"/х\">😀</a>";
        const RuleTrial trial = tryRule(*parseRuleSpec(spec), html);
        QVERIFY2(trial.error.isEmpty(), qPrintable(trial.error));
        QStringList texts;
        for (const auto& [start, length] : trial.ranges)
            texts.append(trial.source.mid(start, length));
        QCOMPARE(texts, highlighted);
    }
};

QObject* makeTestExtractor()
{
    return new TestExtractor;
}

#include "TestExtractor.moc"
