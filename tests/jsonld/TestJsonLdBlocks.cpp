// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

#include "html/HtmlDocument.h"
#include "jsonld/JsonLdBlock.h"
#include "jsonld/JsonText.h"

using namespace pav::jsonld;

namespace {
// Each block as its compact JSON, or "invalid: <error>", joined with " | ".
QString render(const QList<JsonLdBlock>& blocks)
{
    QStringList parts;
    for (const JsonLdBlock& block : blocks)
        parts.append(block.isValid ? jsonValueToText(block.value) : QStringLiteral("invalid: ") + block.error);
    return parts.join(QStringLiteral(" | "));
}

QString script(const char* type, const char* json)
{
    return QStringLiteral("<script type=\"%1\">%2</script>").arg(QString::fromUtf8(type), QString::fromUtf8(json));
}
} // namespace

class TestJsonLdBlocks : public QObject
{
    Q_OBJECT

private slots:
    void findsBlocks_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const QString& html, const char* expected) {
            QTest::newRow(name) << html << QString::fromUtf8(expected);
        };
        const char* product = R"({"@type":"Product","name":"Чайник"})";
        row("in head", "<head>" + script("application/ld+json", product) + "</head>", product);
        row("in body", "<body><p>x</p>" + script("application/ld+json", product) + "</body>", product);
        row("head and body in document order",
            "<head>" + script("application/ld+json", R"({"a":1})") + "</head><body>"
                + script("application/ld+json", R"({"b":2})") + "</body>",
            R"({"a":1} | {"b":2})");
        row("type in any case", script("Application/LD+JSON", product), product);
        row("type with parameters", script("application/ld+json; charset=utf-8", product), product);
        row("type with white space", script("  application/ld+json ", product), product);
        row("other script types are skipped",
            script("application/json", R"({"x":1})") + script("text/javascript", "var a = 1;")
                + QStringLiteral("<script>{\"y\":2}</script>") + script("application/ld+json+x", "{}"),
            "");
        row("HTML comment wrapper", script("application/ld+json", R"(<!-- {"a":1} -->)"), R"({"a":1})");
        row("CDATA comment wrapper", script("application/ld+json", R"(/*<![CDATA[*/ {"a":1} /*]]>*/)"), R"({"a":1})");
        row("CDATA line-comment wrapper", script("application/ld+json", "//<![CDATA[\n{\"a\":1}\n//]]>"), R"({"a":1})");
        row("trailing semicolon", script("application/ld+json", R"({"a":1};)"), R"({"a":1})");
        row("surrounding white space", script("application/ld+json", "\n\n   {\"a\":1}\n  "), R"({"a":1})");
        row("top-level array", script("application/ld+json", R"([{"a":1},{"b":2}])"), R"([{"a":1},{"b":2}])");
        row("@graph", script("application/ld+json", R"({"@graph":[{"@type":"Organization"}]})"),
            R"({"@graph":[{"@type":"Organization"}]})");
        row("keys come back sorted", script("application/ld+json", R"({"b":1,"a":2})"), R"({"a":2,"b":1})");
        row("invalid JSON kept", script("application/ld+json", "{\"name\": \"x"),
            "invalid: unterminated string at byte 11");
        row("missing comma (Qt calls it an unterminated object)", script("application/ld+json", R"({"a":1 "b":2})"),
            "invalid: unterminated object at byte 8");
        row("error offset counts the wrapper", script("application/ld+json", R"(<!-- {"a":} -->)"),
            "invalid: expected an object or an array at byte 11");
        row("trailing garbage", script("application/ld+json", R"({"a":1} x)"),
            "invalid: unexpected text after the JSON at byte 8");
        row("empty block", script("application/ld+json", "   "), "invalid: the block is empty");
        row("bare string", script("application/ld+json", R"("just text")"), "invalid: illegal value at byte 1");
        row("valid after invalid", script("application/ld+json", "{") + script("application/ld+json", R"({"ok":true})"),
            R"(invalid: unterminated object at byte 1 | {"ok":true})");
        row("entities are not decoded in script", script("application/ld+json", R"({"a":"&amp;"})"),
            R"({"a":"&amp;"})");
        row("inside a template", "<template>" + script("application/ld+json", R"({"t":1})") + "</template>",
            R"({"t":1})");
    }
    void findsBlocks()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        const pav::html::HtmlDocument document(html.toUtf8());
        QCOMPARE(render(findJsonLd(document.root())), expected);
    }

    void keepsTheSourceAsWritten()
    {
        const QByteArray json = "\n <!-- {\"name\": \"Чайник\"} --> \n";
        const pav::html::HtmlDocument document("<script type=application/ld+json>" + json + "</script>");
        const auto blocks = findJsonLd(document.root());
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks[0].source, json);
        QVERIFY(blocks[0].isValid);
        QVERIFY(blocks[0].error.isEmpty());
        QCOMPARE(blocks[0].value.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Чайник"));
        QVERIFY(findJsonLd(nullptr).isEmpty());
    }

    void writesValuesAsText_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* json, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(expected);
        };
        row("price with cents zero becomes an integer", "1299.00", "1299");
        row("integer", "1299", "1299");
        row("price as a string stays as written", "\"1299.00\"", "1299.00");
        row("fraction", "12.99", "12.99");
        row("exponent written", "1e2", "100");
        row("small number without exponent", "1.5e-7", "0.00000015");
        row("large number without exponent", "1e21", "1000000000000000000000");
        row("64-bit integer exactly", "9007199254740993", "9007199254740993");
        row("beyond 64 bits: the nearest double", "12345678901234567890", "12345678901234567168");
        row("negative", "-42.5", "-42.5");
        row("negative zero", "-0.0", "0");
        row("true", "true", "true");
        row("false", "false", "false");
        row("null is empty", "null", "");
        row("string with Cyrillic", "\"Ціна: 5 грн\"", "Ціна: 5 грн");
        row("object compact with sorted keys", "{\"b\": 1, \"a\": [1, 2]}", "{\"a\":[1,2],\"b\":1}");
        row("empty array", "[]", "[]");
    }
    void writesValuesAsText()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QJsonDocument document = QJsonDocument::fromJson("[" + json.toUtf8() + "]");
        QVERIFY(document.isArray());
        QCOMPARE(jsonValueToText(document.array().at(0)), expected);
    }

    void writesUndefinedAsEmpty() { QCOMPARE(jsonValueToText(QJsonValue(QJsonValue::Undefined)), QString()); }
};

QObject* makeTestJsonLdBlocks() { return new TestJsonLdBlocks; }

#include "TestJsonLdBlocks.moc"
