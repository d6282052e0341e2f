// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QTest>

#include "extract/Rule.h"
#include "extract/RuleSpec.h"

using namespace pav;
using namespace pav::extract;

namespace {
// Expected JSON written with ` for ", so the fixtures need neither escapes nor raw strings (which moc misreads).
QByteArray j(const char* text)
{
    return QByteArray(text).replace('`', '"');
}

QByteArray json(const Rule& rule)
{
    return QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

class TestRuleSpec : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheCommandLineForm_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("rule");
        QTest::newRow("css by default") << "price=.price" << j("{`expression`:`.price`,`kind`:`css`,`name`:`price`}");
        QTest::newRow("css prefix") << "price=css:.price::text"
                                    << j("{`expression`:`.price::text`,`kind`:`css`,`name`:`price`}");
        QTest::newRow("css pseudo-class is not a prefix") << "first=li:first-child"
                                                          << j("{`expression`:`li:first-child`,`kind`:`css`,`name`:`first`}");
        QTest::newRow("xpath") << "h=xpath://h1[@class='x']"
                               << j("{`expression`:`//h1[@class='x']`,`kind`:`xpath`,`name`:`h`}");
        QTest::newRow("regex") << "id=re:id=(\\d+)" << j("{`expression`:`id=(\\\\d+)`,`kind`:`regex`,`name`:`id`}");
        QTest::newRow("regex long prefix") << "id=regex:x" << j("{`expression`:`x`,`kind`:`regex`,`name`:`id`}");
        QTest::newRow("json-ld") << "p=jsonld:$.offers.price"
                                 << j("{`expression`:`$.offers.price`,`kind`:`jsonld`,`name`:`p`}");
        QTest::newRow("equals in the expression") << "a=css:[data-x=\"1=2\"]"
                                                  << j("{`expression`:`[data-x=\\`1=2\\`]`,`kind`:`css`,`name`:`a`}");
        QTest::newRow("all") << "t[all]=.tag" << j("{`expression`:`.tag`,`kind`:`css`,`matches`:`all`,`name`:`t`}");
        QTest::newRow("json") << "t[json]=.tag" << j("{`expression`:`.tag`,`kind`:`css`,`matches`:`json`,`name`:`t`}");
        QTest::newRow("count") << "n[count]=a" << j("{`expression`:`a`,`kind`:`css`,`name`:`n`,`take`:`count`}");
        QTest::newRow("inner html") << "b[html]=.body"
                                    << j("{`expression`:`.body`,`kind`:`css`,`name`:`b`,`take`:`inner-html`}");
        QTest::newRow("outer html") << "b[outer]=.body"
                                    << j("{`expression`:`.body`,`kind`:`css`,`name`:`b`,`take`:`outer-html`}");
        QTest::newRow("attribute") << "img[attr=src]=img"
                                   << j("{`attribute`:`src`,`expression`:`img`,`kind`:`css`,`name`:`img`,`take`:`attribute`}");
        QTest::newRow("separator") << "t[all, sep= | ]=.tag"
                                   << j("{`expression`:`.tag`,`kind`:`css`,`matches`:`all`,`name`:`t`,`separator`:` | `}");
        QTest::newRow("escaped comma in separator") << "t[all,sep=\\,]=.tag"
                                                    << j("{`expression`:`.tag`,`kind`:`css`,`matches`:`all`,`name`:`t`,`separator`:`,`}");
        QTest::newRow("filter keeps backslashes") << "p[filter=(\\d+[.,]\\d+)]=.price"
                                                  << j("{`expression`:`.price`,`filter`:`(\\\\d+[.,]\\\\d+)`,`kind`:`css`,`name`:`p`}");
        QTest::newRow("escaped bracket in filter") << "p[filter=x\\]]=.p"
                                                   << j("{`expression`:`.p`,`filter`:`x\\\\]`,`kind`:`css`,`name`:`p`}");
        QTest::newRow("commas inside a class or group") << "p[filter=(\\d+,\\d+)|[.,],all]=.p"
                                                       << j("{`expression`:`.p`,`filter`:`(\\\\d+,\\\\d+)|[.,]`,`kind`:`css`,`matches`:`all`,`name`:`p`}");
        QTest::newRow("cyrillic name") << "ціна=.price" << j("{`expression`:`.price`,`kind`:`css`,`name`:`ціна`}");
        QTest::newRow("name trimmed") << " price =.p" << j("{`expression`:`.p`,`kind`:`css`,`name`:`price`}");
    }

    void parsesTheCommandLineForm()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, rule);
        Result<Rule> parsed = parseRuleSpec(spec);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(json(*parsed), rule);
    }

    void refusesMalformedSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("no equals") << "price" << "expected '='";
        QTest::newRow("no name") << "=.price" << "no name";
        QTest::newRow("unclosed options") << "p[all=.x" << "no closing ']'";
        QTest::newRow("unknown option") << "p[every]=.x" << "unknown option \"every\"";
        QTest::newRow("valued flag") << "p[all=1]=.x" << "unknown option";
        QTest::newRow("empty attribute") << "p[attr=]=.x" << "unknown option";
        QTest::newRow("text after options") << "p[all]x=.x" << "expected '='";
    }

    void refusesMalformedSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        Result<Rule> parsed = parseRuleSpec(spec);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        QCOMPARE(parsed.error().kind, pav::ErrorKind::InvalidArgument);
    }

    void parsesSearches_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("negated");
        QTest::addColumn<QByteArray>("rule");
        QTest::newRow("literal") << "stock=In stock" << false
                                 << j("{`expression`:`In stock`,`kind`:`contains`,`name`:`stock`}");
        QTest::newRow("regex kept with its prefix") << "gtm=re:GTM-\\w+" << false
                                                    << j("{`expression`:`re:GTM-\\\\w+`,`kind`:`contains`,`name`:`gtm`}");
        QTest::newRow("not contains, text, ignore case") << "ga[text,i]=analytics" << true
                                                         << j("{`expression`:`analytics`,`ignoreCase`:true,`kind`:`not-contains`,`name`:`ga`,`searchText`:true}");
    }

    void parsesSearches()
    {
        QFETCH(QString, spec);
        QFETCH(bool, negated);
        QFETCH(QByteArray, rule);
        Result<Rule> parsed = parseSearchSpec(spec, negated ? RuleKind::NotContains : RuleKind::Contains);
        QVERIFY(parsed);
        QCOMPARE(json(*parsed), rule);
        QVERIFY(!parseSearchSpec(QStringLiteral("x[all]=y"), RuleKind::Contains));
    }

    void jsonRoundTripsAndNamesItsErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message"); // empty: valid, and toJson gives the input back
        QTest::newRow("minimal") << j("{`expression`:`h1`,`kind`:`css`,`name`:`h`}") << QString();
        QTest::newRow("everything")
            << j("{`attribute`:`href`,`expression`:`a`,`filter`:`x(.)`,`kind`:`css`,`matches`:`json`,`name`:`h`,`separator`:`|`,`take`:`attribute`}")
            << QString();
        QTest::newRow("search options")
            << j("{`expression`:`x`,`ignoreCase`:true,`kind`:`not-contains`,`name`:`s`,`searchText`:true}")
            << QString();
        QTest::newRow("unknown key") << j("{`name`:`h`,`expression`:`h1`,`colour`:`red`}")
                                     << "unknown key \"colour\"";
        QTest::newRow("unknown kind") << j("{`name`:`h`,`expression`:`h1`,`kind`:`sql`}") << "unknown kind \"sql\"";
        QTest::newRow("unknown take") << j("{`name`:`h`,`expression`:`h1`,`take`:`all`}") << "unknown take";
        QTest::newRow("unknown matches") << j("{`name`:`h`,`expression`:`h1`,`matches`:`last`}")
                                         << "unknown matches";
        QTest::newRow("wrong type") << j("{`name`:`h`,`expression`:1}") << "\"expression\" must be a string";
        QTest::newRow("wrong flag type") << j("{`name`:`h`,`expression`:`x`,`ignoreCase`:`yes`}")
                                         << "must be true or false";
    }

    void jsonRoundTripsAndNamesItsErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        Result<Rule> rule = Rule::fromJson(QJsonDocument::fromJson(input).object());
        if (message.isEmpty()) {
            QVERIFY2(rule, qPrintable(rule ? QString() : rule.error().message));
            QCOMPARE(json(*rule), input);
        } else {
            QVERIFY(!rule);
            QVERIFY2(rule.error().message.contains(message), qPrintable(rule.error().message));
            QVERIFY2(rule.error().message.contains("\"h\""), qPrintable(rule.error().message)); // names the rule
        }
    }
};

QObject* makeTestRuleSpec()
{
    return new TestRuleSpec;
}

#include "TestRuleSpec.moc"
