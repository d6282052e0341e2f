// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "jsonld/JsonPath.h"

using namespace pav::jsonld;

class TestJsonPathErrors : public QObject
{
    Q_OBJECT

private slots:
    void rejectsMalformedPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const QString& path, const char* message) {
            QTest::newRow(name) << path << QString::fromUtf8(message);
        };
        row("empty", "", "the path is empty");
        row("blank", "   ", "the path is empty");
        row("dot at the end", "$.", "expected a name after '.' at column 3");
        row("two dots at the end", "$..", "expected a name after '..' at column 4");
        row("dot then bracket", "$.[0]", "expected a name after '.' at column 3");
        row("open bracket", "$[", "expected a name, an index, '*' or a filter at column 3");
        row("unclosed index", "$[0", "expected ']' at column 4");
        row("unclosed quoted name", "$['name'", "expected ']' at column 9");
        row("unterminated string", "$['name", "unterminated string at column 3");
        row("escaped closing quote", "$[\"a\\\"]", "unterminated string at column 3");
        row("bare word in brackets", "$[abc]", "expected a name, an index, '*' or a filter at column 3");
        row("fractional index", "$[1.5]", "expected ']' at column 4");
        row("minus alone", "$[-]", "expected a whole number at column 3");
        row("slice step zero", "$[0:1:0]", "a slice step cannot be 0 at column 7");
        row("unclosed wildcard", "$.a[*", "expected ']' at column 6");
        row("filter without parenthesis", "$[?@.a]", "expected '(' at column 4");
        row("unclosed filter", "$[?(@.a == 1]", "expected ')' at column 13");
        row("filter without ]", "$[?(@.a)", "expected ']' at column 9");
        row("missing value", "$[?(@.a == )]", "expected a value at column 12");
        row("single =", "$[?(@.a = 1)]", "expected '==' at column 9");
        row("literal alone", "$[?('x')]", "expected a path starting with @ or $ at column 5");
        row("single |", "$[?(@.a | @.b)]", "expected '||' at column 9");
        row("single &", "$[?(@.a & @.b)]", "expected '&&' at column 9");
        row("misspelt true", "$[?(@.a == tru)]", "expected a value at column 12");
        row("bad number", "$[?(@.a == 1e)]", "invalid number at column 12");
        row("unterminated literal", "$[?(@.a == 'x)]", "unterminated string at column 12");
        row("text after the path", "$.a b", "unexpected 'b' at column 5");
        row("stray ]", "$]", "unexpected ']' at column 2");
        row("star after $", "$*", "unexpected '*' at column 2");
        row("too many negations", QStringLiteral("$[?(") + QString(40, u'!') + QStringLiteral("@.a)]"),
            "filters nest too deeply at column 36");
        row("too many parentheses",
            QStringLiteral("$[?(") + QString(40, u'(') + QStringLiteral("@.a") + QString(40, u')')
                + QStringLiteral(")]"),
            "filters nest too deeply at column 36");
    }
    void rejectsMalformedPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto compiled = JsonPath::compile(path);
        QVERIFY(!compiled);
        QCOMPARE(compiled.error().kind, pav::ErrorKind::InvalidArgument);
        QCOMPARE(compiled.error().message, message);
    }

    void rejectsHostileNestingQuickly()
    {
        QString path = QStringLiteral("$");
        for (int i = 0; i < 10000; ++i)
            path += QStringLiteral("[?(@");
        QVERIFY(!JsonPath::compile(path));
        QVERIFY(JsonPath::compile(
            QStringLiteral("$") + QString(20000, u'.').replace(QStringLiteral(".."), QStringLiteral(".a"))));
    }
};

QObject* makeTestJsonPathErrors() { return new TestJsonPathErrors; }

#include "TestJsonPathErrors.moc"
