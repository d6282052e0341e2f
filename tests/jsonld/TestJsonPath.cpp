// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <thread>
#include <vector>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

#include "JsonFixtures.h"

#include "html/HtmlDocument.h"
#include "jsonld/JsonLdBlock.h"
#include "jsonld/JsonPath.h"
#include "jsonld/JsonText.h"

using namespace pav::jsonld;

namespace {

QString render(const QList<QJsonValue>& values)
{
    QStringList parts;
    for (const QJsonValue& value : values)
        parts.append(jsonValueToText(value));
    return parts.join(QStringLiteral(" | "));
}

QJsonValue product() { return QJsonDocument::fromJson(Product).object(); }

QList<JsonLdBlock> blocksOf(const QByteArray& html)
{
    const pav::html::HtmlDocument document(html);
    return findJsonLd(document.root());
}

QByteArray ldScript(const char* json)
{
    return QByteArray("<script type=\"application/ld+json\">") + json + "</script>";
}
} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT

    void columns()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
    }
    static void row(const char* name, const char* path, const char* expected)
    {
        QTest::newRow(name) << QString::fromUtf8(path) << QString::fromUtf8(expected);
    }
    void compareRow()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const auto compiled = JsonPath::compile(path);
        QVERIFY2(compiled, compiled ? "" : qPrintable(compiled.error().message));
        QCOMPARE(render(compiled->evaluate(product())), expected);
    }

private slots:
    void selectsEveryPathForm_data()
    {
        columns();
        row("member", "$.name", "Чайник");
        row("without $", "name", "Чайник");
        row("without $, two steps", "offers[0].price", "1299");
        row("leading dot without $", ".sku", "K-1");
        row("@ in a dotted name", "$.@type", "Product");
        row("bare @type", "@type", "Product");
        row("single-quoted member", "$['@type']", "Product");
        row("double-quoted member", "$[\"@type\"]", "Product");
        row("member with a dot", "$['a.b']", "dotted");
        row("escaped quote", "$['it\\'s']", "quoted");
        row("Cyrillic member", "$.назва", "кириличний ключ");
        row("Cyrillic quoted member", "$['назва']", "кириличний ключ");
        row("root object", "$.brand", "{\"@type\":\"Brand\",\"name\":\"Тефаль\"}");
        row("index", "$.offers[0].price", "1299");
        row("price written as a string", "$.offers[1].price", "999.50");
        row("negative index", "$.offers[-1].priceCurrency", "UAH");
        row("index out of range", "$.offers[5]", "");
        row("negative index out of range", "$.image[-4]", "");
        row("wildcard on an array", "$.offers[*].price", "1299 | 999.50");
        row("dot wildcard on an array", "$.offers.*.price", "1299 | 999.50");
        row("wildcard on an object: key order", "$.brand.*", "Brand | Тефаль");
        row("bracket wildcard on an object", "$.aggregateRating[*]", "AggregateRating | 4.5 | 12");
        row("slice", "$.image[0:2]", "a.jpg | b.jpg");
        row("slice to the end", "$.image[1:]", "b.jpg | c.jpg");
        row("slice negative end", "$.image[:-1]", "a.jpg | b.jpg");
        row("slice step", "$.image[::2]", "a.jpg | c.jpg");
        row("slice backwards", "$.image[::-1]", "c.jpg | b.jpg | a.jpg");
        row("slice beyond the end", "$.image[1:100]", "b.jpg | c.jpg");
        row("index union", "$.image[0,2]", "a.jpg | c.jpg");
        row("union keeps the written order", "$.image[2,0]", "c.jpg | a.jpg");
        row("name union", "$['name','sku']", "Чайник | K-1");
        row("spaces inside brackets", "$.offers[ 0 ][ 'price' ]", "1299");
        row("number", "$.aggregateRating.ratingValue", "4.5");
        row("long integer", "$.gtin", "12345678901234");
        row("boolean", "$.isNew", "true");
        row("null is empty", "$.discontinued", "");
        row("array as JSON", "$.tags", "[\"a\",\"b\"]");
        row("missing member", "$.missing", "");
        row("member of a string", "$.name.first", "");
        row("names do not map over arrays", "$.offers.price", "");
        row("index on an object", "$.brand[0]", "");
    }
    void selectsEveryPathForm() { compareRow(); }

    void descendsRecursivelyInPreOrder_data()
    {
        columns();
        row("root before descendants", "$..name", "Чайник | Тефаль");
        row("all @type in key order", "$..@type", "Product | AggregateRating | Brand | Offer | Offer");
        row("price anywhere", "$..price", "1299 | 999.50");
        row("without $", "..price", "1299 | 999.50");
        row("then a path", "$..offers[0].price", "1299");
        row("index of every array", "$..[0]",
            "a.jpg | {\"@type\":\"Offer\",\"availability\":\"InStock\",\"price\":1299,\"priceCurrency\":\"UAH\"} | a");
        row("every descendant of an object", "$.brand..*", "Brand | Тефаль");
        row("quoted name after ..", "$..['ratingValue']", "4.5");
        row("filter after .. has no duplicates", "$..[?(@['@type']=='Offer')].price", "1299 | 999.50");
        row("nothing found", "$..nothing", "");
    }
    void descendsRecursivelyInPreOrder() { compareRow(); }

    void filters_data()
    {
        columns();
        row("existence", "$.offers[?(@.availability)].price", "1299");
        row("number greater", "$.offers[?(@.price > 1000)].price", "1299");
        row("numeric string less", "$.offers[?(@.price < 1000)].price", "999.50");
        row("less or equal", "$.offers[?(@.price <= 999.5)].price", "999.50");
        row("greater or equal", "$.offers[?(@.price >= 999.5)].price", "1299 | 999.50");
        row("equal number", "$.offers[?(@.price == 1299)].priceCurrency", "UAH");
        row("equal string", "$.offers[?(@.price == '999.50')].price", "999.50");
        row("== needs the same type", "$.offers[?(@.price == 999.5)].price", "");
        row("not equal holds when missing", "$.offers[?(@.availability != 'InStock')].price", "999.50");
        row("quoted @ key", "$.offers[?(@['@type']=='Offer')].price", "1299 | 999.50");
        row("an object tests itself", "$[?(@['@type']=='Product')].name", "Чайник");
        row("an object that fails", "$[?(@['@type']=='Event')].name", "");
        row("or", "$.offers[?(@.price > 1000 || @.priceCurrency == 'EUR')].price", "1299");
        row("and", "$.offers[?(@.price && @.availability)].price", "1299");
        row("not", "$.offers[?(!@.availability)].price", "999.50");
        row("parentheses", "$.offers[?((@.price > 2000) || (@.price < 1000))].price", "999.50");
        row("absolute path in a filter", "$.offers[?(@.price > $.aggregateRating.reviewCount)].price", "1299 | 999.50");
        row("boolean literal", "$[?(@.isNew == true)].sku", "K-1");
        row("null literal", "$[?(@.discontinued == null)].sku", "K-1");
        row("Cyrillic literal", "$[?(@.name == 'Чайник')].sku", "K-1");
        row("elements themselves", "$.image[?(@ == 'b.jpg')]", "b.jpg");
        row("array member offers its elements", "$[?(@.tags == 'b')].sku", "K-1");
        row("nested filter", "$[?(@.offers[?(@.price > 1000)])].sku", "K-1");
        row("literal on the left", "$.offers[?(1000 < @.price)].price", "1299");
    }
    void filters() { compareRow(); }

    void searchesBlocksGraphsAndArrays_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QByteArray graph = ldScript(GraphBlock);
        const auto row = [](const char* name, const QByteArray& html, const char* path, const char* expected) {
            QTest::newRow(name) << html << QString::fromUtf8(path) << QString::fromUtf8(expected);
        };
        row("@graph item as a root", graph, "$.offers.price", "10");
        row("@graph items in order", graph, "$.name", "Org | P");
        row("the block itself too", graph, "$['@context']", "https://schema.org");
        row("descent does not repeat @graph items", graph, "$..price", "10");
        row("filter on @graph items", graph, "$[?(@['@type']=='Product')].name", "P");
        row("through @graph explicitly", graph, "$['@graph'][1].name", "P");
        row("@graph as one object", ldScript(R"({"@graph":{"name":"Only"}})"), "$.name", "Only");
        row("top-level array: each element", ldScript(R"([{"@type":"BreadcrumbList"},{"@type":"Product","name":"P"}])"),
            "$['@type']", "BreadcrumbList | Product");
        row("@graph inside an array element", ldScript(R"([{"@graph":[{"name":"G"}]}])"), "$.name", "G");
        row("several blocks in order", ldScript(R"({"name":"A"})") + ldScript(R"({"name":"B"})"), "name", "A | B");
        row("invalid blocks are skipped", ldScript("{") + ldScript(R"({"name":"B"})"), "name", "B");
        row("no blocks", "<p>x</p>", "$.name", "");
    }
    void searchesBlocksGraphsAndArrays()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const auto compiled = JsonPath::compile(path);
        QVERIFY(compiled);
        QCOMPARE(render(compiled->evaluate(blocksOf(html))), expected);
    }

    void keepsItsText() { QCOMPARE(JsonPath::compile(u"$.offers[0]")->text(), QStringLiteral("$.offers[0]")); }

    void descendsIntoDeepDocumentsWithoutRecursion()
    {
        // QJsonDocument parses up to 1024 levels; our descent uses its own stack.
        QByteArray json;
        for (int i = 0; i < 1000; ++i)
            json += "{\"a\":";
        json += "{\"price\":1}";
        for (int i = 0; i < 1000; ++i)
            json += "}";
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QVERIFY(document.isObject());
        QCOMPARE(render(JsonPath::compile(u"$..price")->evaluate(document.object())), QStringLiteral("1"));
        QCOMPARE(JsonPath::compile(u"$..*")->evaluate(document.object()).size(), 1001);
    }

    void sharesOnePathAcrossThreads()
    {
        const auto path = JsonPath::compile(u"$.offers[?(@.price > 100)].price");
        QVERIFY(path);
        const QJsonValue root = product();
        std::atomic<int> wrong {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                const JsonPath copy = *path;
                for (int i = 0; i < 500; ++i) {
                    if (render(copy.evaluate(root)) != QStringLiteral("1299 | 999.50"))
                        ++wrong;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QObject* makeTestJsonPath() { return new TestJsonPath; }

#include "TestJsonPath.moc"
