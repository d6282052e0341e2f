// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "Bytes.h"

#include "net/Charset.h"

using namespace pav::net;

namespace {
const QString Pryvit = QStringLiteral("Привіт, світе");
const QByteArray Cp1251 = "\xcf\xf0\xe8\xe2\xb3\xf2, \xf1\xe2\xb3\xf2\xe5";
const QByteArray Koi8u = "\xf0\xd2\xc9\xd7\xa6\xd4, \xd3\xd7\xa6\xd4\xc5";
} // namespace

class TestCharset : public QObject
{
    Q_OBJECT

private slots:
    void decodesPerWhatwgSniffing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("contains");
        const int bom = int(DecodedText::Source::ByteOrderMark);
        const int header = int(DecodedText::Source::HttpHeader);
        const int meta = int(DecodedText::Source::MetaTag);
        const int guess = int(DecodedText::Source::Guess);

        QTest::newRow("windows-1251 header") << "<p>" + Cp1251 << QByteArray("text/html; charset=windows-1251")
                                             << QByteArray("windows-1251") << header << Pryvit;
        QTest::newRow("koi8-u header, quoted") << "<p>" + Koi8u << QByteArray("text/html; charset=\"KOI8-U\"")
                                               << QByteArray("koi8-u") << header << Pryvit;
        QTest::newRow("cp1251 alias") << "<p>" + Cp1251 << QByteArray("text/html;charset=cp1251")
                                      << QByteArray("windows-1251") << header << Pryvit;
        QTest::newRow("meta charset") << "<html><head><meta charset=\"windows-1251\"></head><p>" + Cp1251
                                      << QByteArray("text/html") << QByteArray("windows-1251") << meta << Pryvit;
        QTest::newRow("meta http-equiv") << "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-u\"><p>" + Koi8u
                                         << QByteArray() << QByteArray("koi8-u") << meta << Pryvit;
        QTest::newRow("meta content without http-equiv ignored")
            << "<meta content=\"text/html; charset=koi8-u\"><p>" + QByteArray("plain") << QByteArray()
            << QByteArray("utf-8") << guess << QStringLiteral("plain");
        QTest::newRow("unquoted meta, upper case") << "<META CHARSET=WINDOWS-1251><p>" + Cp1251 << QByteArray()
                                                   << QByteArray("windows-1251") << meta << Pryvit;
        QTest::newRow("header beats meta") << "<meta charset=koi8-u><p>" + Cp1251 << QByteArray("text/html; charset=windows-1251")
                                           << QByteArray("windows-1251") << header << Pryvit;
        QTest::newRow("unknown header charset falls to meta")
            << "<meta charset=windows-1251><p>" + Cp1251 << QByteArray("text/html; charset=klingon")
            << QByteArray("windows-1251") << meta << Pryvit;
        QTest::newRow("utf-8 BOM beats header") << "\xEF\xBB\xBF<p>" + Pryvit.toUtf8()
                                                << QByteArray("text/html; charset=windows-1251")
                                                << QByteArray("utf-8") << bom << Pryvit;
        QByteArray utf16 = pav::test::bytes("\xFF\xFE");
        for (QChar c : QStringLiteral("<p>Привіт"))
            utf16 += char(c.unicode() & 0xff), utf16 += char(c.unicode() >> 8);
        QTest::newRow("utf-16le BOM") << utf16 << QByteArray() << QByteArray("utf-16le") << bom << QStringLiteral("Привіт");
        QTest::newRow("meta in a comment is ignored")
            << "<!-- <meta charset=koi8-u> --><p>" + Pryvit.toUtf8() << QByteArray() << QByteArray("utf-8") << guess << Pryvit;
        QTest::newRow("meta after 1024 bytes is not seen")
            << QByteArray(1100, ' ') + "<meta charset=koi8-u><p>ok" << QByteArray() << QByteArray("utf-8") << guess
            << QStringLiteral("ok");
        QTest::newRow("meta utf-16 means utf-8") << "<meta charset=utf-16><p>" + Pryvit.toUtf8() << QByteArray()
                                                 << QByteArray("utf-8") << meta << Pryvit;
        QTest::newRow("latin1 label decodes as windows-1252") << QByteArray("<p>\x80 5") << QByteArray("text/html; charset=ISO-8859-1")
                                                              << QByteArray("windows-1252") << header << QStringLiteral("€ 5");
        QTest::newRow("undeclared valid utf-8") << "<p>" + Pryvit.toUtf8() << QByteArray("text/html")
                                                << QByteArray("utf-8") << guess << Pryvit;
        QTest::newRow("undeclared legacy bytes") << QByteArray("<p>caf\xe9") << QByteArray() << QByteArray("windows-1252")
                                                 << guess << QStringLiteral("café");
        QTest::newRow("invalid bytes become U+FFFD") << QByteArray("<p>ok \xff\xfe\xfd") << QByteArray("text/html; charset=utf-8")
                                                     << QByteArray("utf-8") << header << QStringLiteral("ok \uFFFD");
        QTest::newRow("unterminated meta") << QByteArray("<meta charset=\"windows-1251") << QByteArray()
                                           << QByteArray("utf-8") << guess << QStringLiteral("<meta");
    }

    void decodesPerWhatwgSniffing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, encoding);
        QFETCH(int, source);
        QFETCH(QString, contains);
        const DecodedText decoded = decodeHtml(body, contentType);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(int(decoded.source), source);
        QVERIFY2(decoded.text.contains(contains), qPrintable(decoded.text));
    }
};

QObject* makeTestCharset()
{
    return new TestCharset;
}

#include "TestCharset.moc"
