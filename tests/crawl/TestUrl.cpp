// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "crawl/Url.h"

using namespace pav::crawl;

class TestUrl : public QObject
{
    Q_OBJECT

private slots:
    void normalisesToOneSpelling_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scheme and host case") << "HTTP://Example.COM/Path" << "http://example.com/Path";
        QTest::newRow("default http port") << "http://example.com:80/a" << "http://example.com/a";
        QTest::newRow("default https port") << "https://example.com:443/a" << "https://example.com/a";
        QTest::newRow("other port kept") << "http://example.com:8080/a" << "http://example.com:8080/a";
        QTest::newRow("https on 80 kept") << "https://example.com:80/" << "https://example.com:80/";
        QTest::newRow("empty path") << "http://example.com" << "http://example.com/";
        QTest::newRow("dot segments") << "http://example.com/a/./b/../c" << "http://example.com/a/c";
        QTest::newRow("trailing dot-dot") << "http://example.com/a/b/.." << "http://example.com/a/";
        QTest::newRow("trailing dot") << "http://example.com/a/." << "http://example.com/a/";
        QTest::newRow("double slash kept") << "http://example.com/a//b" << "http://example.com/a//b";
        QTest::newRow("leading dot-dot") << "http://example.com/../../a" << "http://example.com/a";
        QTest::newRow("fragment dropped") << "http://example.com/a#section" << "http://example.com/a";
        QTest::newRow("empty fragment dropped") << "http://example.com/a#" << "http://example.com/a";
        QTest::newRow("unreserved decoded") << "http://example.com/%7Euser/%41b" << "http://example.com/~user/Ab";
        QTest::newRow("hex upper case") << "http://example.com/a%2fb" << "http://example.com/a%2Fb";
        QTest::newRow("space encoded") << "http://example.com/a b" << "http://example.com/a%20b";
        QTest::newRow("utf-8 path encoded") << "http://example.com/сторінка" << "http://example.com/%D1%81%D1%82%D0%BE%D1%80%D1%96%D0%BD%D0%BA%D0%B0";
        QTest::newRow("idn host to punycode") << "http://приклад.укр/" << "http://xn--80aikifvh.xn--j1amh/";
        QTest::newRow("query kept in order") << "http://example.com/?b=2&a=1" << "http://example.com/?b=2&a=1";
        QTest::newRow("surrounding spaces") << "  http://example.com/x  " << "http://example.com/x";
        QTest::newRow("trailing dot host kept") << "http://example.com./" << "http://example.com./";
    }

    void normalisesToOneSpelling()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto result = normaliseUrl(input);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(*result, expected);
        // Normalising is idempotent.
        QCOMPARE(*normaliseUrl(*result), expected);
    }

    void rejectsWhatCannotBeCrawled_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("mailto") << "mailto:someone@example.com";
        QTest::newRow("javascript") << "javascript:void(0)";
        QTest::newRow("ftp") << "ftp://example.com/";
        QTest::newRow("data") << "data:text/plain,hi";
        QTest::newRow("no scheme") << "example.com/page";
        QTest::newRow("no host") << "http:///path";
        QTest::newRow("broken ipv6") << "http://[::1/";
    }

    void rejectsWhatCannotBeCrawled()
    {
        QFETCH(QString, input);
        auto result = normaliseUrl(input);
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
    }

    void resolvesReferencesAgainstTheirPage_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        const QString base = QStringLiteral("http://example.com/dir/page.html?q=1");
        QTest::newRow("relative file") << base << "other.html" << "http://example.com/dir/other.html";
        QTest::newRow("parent") << base << "../up.html" << "http://example.com/up.html";
        QTest::newRow("absolute path") << base << "/root" << "http://example.com/root";
        QTest::newRow("query only") << base << "?p=2" << "http://example.com/dir/page.html?p=2";
        QTest::newRow("fragment only") << base << "#top" << "http://example.com/dir/page.html?q=1";
        QTest::newRow("scheme relative") << base << "//cdn.example.org/x.js" << "http://cdn.example.org/x.js";
        QTest::newRow("absolute other host") << base << "HTTPS://Other.org:443" << "https://other.org/";
        QTest::newRow("spaces around href") << base << "  next.html " << "http://example.com/dir/next.html";
    }

    void resolvesReferencesAgainstTheirPage()
    {
        QFETCH(QString, base);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        auto result = resolveUrl(base, reference);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(*result, expected);
        const UrlResolver resolver(base);
        QCOMPARE(*resolver.resolve(reference), expected);
    }

    void appendsNothingForAReferenceThatIsNoUrl()
    {
        const UrlResolver resolver(QStringLiteral("http://example.com/a/"));
        for (const QByteArray& reference : {QByteArray("http://[::1"), QByteArray("ftp://example.com/f"),
                                           QByteArray("http://exa mple.com/")}) {
            QByteArray buffer = "kept";
            QVERIFY2(!resolver.resolveUtf8(reference).hasValue(), reference.constData());
            QVERIFY2(!resolver.appendResolvedUtf8(reference, buffer), reference.constData());
            QCOMPARE(buffer, QByteArray("kept"));
        }
    }

    // UrlResolver's quick path must give exactly what the QUrl path gives, for every shape of reference it takes.
    void quickResolutionAgreesWithQUrl()
    {
        const QStringList bases = {
            QStringLiteral("http://example.com"),
            QStringLiteral("http://example.com/"),
            QStringLiteral("http://example.com/dir/page.html?q=1"),
            QStringLiteral("HTTPS://Ex.COM:443/a/b/"),
            QStringLiteral("http://example.com:8080/a"),
            QStringLiteral("http://user:pw@h.example/a/b/c.html#frag"),
            QStringLiteral("http://example.com/a/./b/../c/"),
            QStringLiteral("http://xn--80ak6aa92e.com/%D0%BF%D1%80%D0%B8/"),
        };
        const QStringList references = {
            "", "#", "#top", "?", "?p=2", "?a=1&b=2#x", ".", "..", "./", "../", "../..", "../../..", "../../../x",
            "a", "a/", "a/b", "a/./b", "a/../b", "a/b/../../c", "a/b/../../../../c", "./a", "../a", "..a", "a..",
            ".hidden", "a/.", "a/..", "/", "/.", "/..", "/./a", "/../a", "/a/b/../c", "/a//b", "x//y", "..//x",
            "~user/", "a_b-c.d~e", "page.html?x=1&y=2", "page.html#f", "dir/?", "/?q", "A/B.HTML",
            // Not plain: these take the QUrl path, also through resolveUtf8.
            "при/віт.html", " /padded ", "a%2fb", "//other.example/x", "a b", "../../%7euser/",
        };
        int quick = 0;
        for (const QString& base : bases) {
            const UrlResolver resolver(base);
            for (const QString& reference : references) {
                const pav::Result<QString> slow = resolver.resolveSlowly(reference);
                const pav::Result<QString> fast = resolver.resolve(reference);
                QVERIFY2(slow.hasValue() && fast.hasValue(), qPrintable(base + QStringLiteral(" + ") + reference));
                QVERIFY2(*fast == *slow, qPrintable(base + QStringLiteral(" + \"") + reference + QStringLiteral("\": quick ") + *fast + QStringLiteral(", QUrl ") + *slow));
                // The UTF-8 entry point the page analysis uses gives the same bytes.
                const pav::Result<QByteArray> utf8 = resolver.resolveUtf8(reference.toUtf8());
                QVERIFY2(utf8.hasValue() && *utf8 == slow->toUtf8(), qPrintable(base + QStringLiteral(" + ") + reference));
                // And appended to a buffer that holds other links already (dot segments are removed in place, so
                // they must stay within the new URL), whose capacity is too small for it.
                QByteArray buffer = "http://before.example/../kept";
                buffer.squeeze();
                QVERIFY(resolver.appendResolvedUtf8(reference.toUtf8(), buffer));
                QVERIFY2(buffer == "http://before.example/../kept" + slow->toUtf8(),
                         qPrintable(base + QStringLiteral(" + ") + reference + QStringLiteral(": ") + buffer));
                ++quick;
            }
        }
        QCOMPARE(quick, bases.size() * references.size());
    }
};

QObject* makeTestUrl()
{
    return new TestUrl;
}

#include "TestUrl.moc"
