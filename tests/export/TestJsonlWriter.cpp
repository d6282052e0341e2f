// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "FailingDevice.h"
#include "export/JsonlWriter.h"

using namespace pav::exporting;
using pav::test::FailingDevice;

namespace {
QByteArray jsonString(const QString& text)
{
    QByteArray out;
    JsonlWriter::appendString(out, text.toUtf8());
    return out;
}
} // namespace

class TestJsonlWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesKeysInOrderAndValuesByKind()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonlWriter writer(&buffer, {"url", "status", "title", "error", "in_sitemap", "hreflang"});
        const Cell first[] = {Cell::text("https://example.com/"),
                              Cell::number(200),
                              Cell::text("Home"),
                              Cell::null(),
                              Cell::boolean(true),
                              Cell::json(R"([{"lang":"uk","href":"/uk/"}])")};
        const Cell second[] = {Cell::text("https://example.com/x"),
                               Cell::number(-1),
                               Cell::text(""),
                               Cell::text("x"),
                               Cell::boolean(false),
                               Cell::json("[]")};
        QVERIFY(writer.writeRow(first));
        QVERIFY(writer.writeRow(second));
        QVERIFY(writer.flush());
        const QByteArray expected
            = R"({"url":"https://example.com/","status":200,"title":"Home","error":null,"in_sitemap":true,)"
              R"("hreflang":[{"lang":"uk","href":"/uk/"}]})"
              "\n"
              R"({"url":"https://example.com/x","status":-1,"title":"","error":"x","in_sitemap":false,)"
              R"("hreflang":[]})"
              "\n";
        QCOMPARE(buffer.data(), expected);
    }

    void fillsMissingCellsWithNullAndIgnoresExtraOnes()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonlWriter writer(&buffer, {"a", "b"});
        const Cell one[] = {Cell::number(1)};
        const Cell three[] = {Cell::number(1), Cell::number(2), Cell::number(3)};
        QVERIFY(writer.writeRow(one));
        QVERIFY(writer.writeRow(three));
        QCOMPARE(buffer.data(), QByteArray("{\"a\":1,\"b\":null}\n{\"a\":1,\"b\":2}\n"));
    }

    void escapesStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << "title" << QByteArray(R"("title")");
        QTest::newRow("empty") << "" << QByteArray(R"("")");
        QTest::newRow("quote and backslash") << R"(say "hi" \o/)" << QByteArray("\"say \\\"hi\\\" \\\\o/\"");
        QTest::newRow("newlines and tab") << "a\r\nb\tc" << QByteArray(R"("a\r\nb\tc")");
        QTest::newRow("other controls") << QString::fromUtf8("\x01\x08\x0c\x1f", 4)
                                        << QByteArray(R"("\u0001\b\f\u001f")");
        QTest::newRow("nul") << QString(QChar(0)) << QByteArray(R"("\u0000")");
        QTest::newRow("ukrainian as utf-8") << "Привіт, «світе»" << QByteArray("\"Привіт, «світе»\"");
        QTest::newRow("emoji") << "🕸" << QByteArray("\"🕸\"");
        QTest::newRow("formula stays as is") << "=HYPERLINK(1)" << QByteArray(R"x("=HYPERLINK(1)")x");
    }

    void escapesStrings()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoded);
        QCOMPARE(jsonString(text), encoded);
        // And any JSON parser reads back exactly what went in.
        const QByteArray line = "{\"k\":" + encoded + "}";
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(QLatin1String("k")).toString(), text);
    }

    void writesAnEmptyObjectWithoutKeys()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonlWriter writer(&buffer, {});
        QVERIFY(writer.writeRow({}));
        QCOMPARE(buffer.data(), QByteArray("{}\n"));
    }

    void reportsAFullDiskAndStops()
    {
        FailingDevice device(20);
        JsonlWriter writer(&device, {"k"});
        const Cell small[] = {Cell::number(1)};
        const Cell big[] = {Cell::text("this row does not fit any more")};
        QVERIFY(writer.writeRow(small));
        QVERIFY(!writer.writeRow(big));
        QVERIFY(writer.hasError());
        QCOMPARE(writer.errorString(), QLatin1String("Could not write the JSON Lines file: No space left on device"));
        QVERIFY(!writer.writeRow(small)); // the first error is kept and nothing more is written
        QVERIFY(!writer.flush());
        QCOMPARE(device.written(), qint64(8));
    }

    void reportsAFullDiskOnFlush()
    {
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly))
            QFAIL("/dev/full cannot be opened: this test needs Linux's always-full device");
        JsonlWriter writer(&full, {"k"});
        const Cell cells[] = {Cell::text("fits in the file buffer")};
        QVERIFY(writer.writeRow(cells));
        QVERIFY(!writer.flush());
        QVERIFY2(writer.errorString().startsWith(QLatin1String("Could not write the JSON Lines file: ")),
                 qPrintable(writer.errorString()));
    }

    // Guards against an accidental quadratic path: 1M rows of a pages-like shape take about 0.7 s in a release
    // build and 1.5-3 s in a debug one; the bound leaves room for sanitizers and a busy machine. The full export
    // is measured by bench_export.
    void writesAMillionRowsQuickly()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QStringList keys = {"url", "status", "title", "meta_description", "word_count", "hreflang"};
        JsonlWriter writer(&buffer, keys);
        const QByteArray url = "https://example.com/section/page-with-a-fairly-long-path?query=1";
        const QByteArray title = "Сторінка з \"лапками\" та комою, як у справжньому заголовку";
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1'000'000; ++i) {
            const Cell cells[] = {Cell::text(url),   Cell::number(200), Cell::text(title),
                                  Cell::text(title), Cell::number(i),   Cell::json("[]")};
            if (!writer.writeRow(cells))
                QFAIL(qPrintable(writer.errorString()));
            if (buffer.size() > 64 << 20)
                buffer.seek(0); // keep memory flat: only the encoding is measured
        }
        const qint64 ms = timer.elapsed();
        qInfo("1,000,000 JSONL rows encoded in %lld ms", ms);
        QVERIFY2(ms < 30'000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }
};

QObject* makeTestJsonlWriter()
{
    return new TestJsonlWriter;
}

#include "TestJsonlWriter.moc"
