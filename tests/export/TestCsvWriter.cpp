// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QFile>
#include <QTest>

#include "FailingDevice.h"
#include "export/CsvWriter.h"

using namespace pav::exporting;
using pav::test::FailingDevice;

namespace {
QByteArray csv(const QList<QStringList>& rows, CsvWriter::Options options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    for (const QStringList& row : rows)
        writer.writeRow(row);
    return buffer.data();
}
} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesPerRfc4180_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << "title" << QByteArray("title");
        QTest::newRow("empty") << "" << QByteArray("");
        QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"");
        QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << "line1\nline2" << QByteArray("\"line1\nline2\"");
        QTest::newRow("carriage return inside") << "a\rb" << QByteArray("\"a\rb\"");
        QTest::newRow("utf-8") << "Привіт, світе" << QByteArray("\"Привіт, світе\"");
        QTest::newRow("spaces kept") << "  padded  " << QByteArray("  padded  ");
    }

    void quotesPerRfc4180()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, encoded);
        QCOMPARE(CsvWriter::encodeCell(cell, true), encoded);
    }

    void neutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("equals") << "=HYPERLINK(\"http://evil\")" << QByteArray("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        QTest::newRow("plus") << "+1+2" << QByteArray("'+1+2");
        QTest::newRow("minus") << "-2+3" << QByteArray("'-2+3");
        QTest::newRow("at") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << "\t=1" << QByteArray("'\t=1");
        QTest::newRow("carriage return") << "\r=1" << QByteArray("\"'\r=1\"");
        QTest::newRow("equals later is fine") << "a=b" << QByteArray("a=b");
    }

    void neutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, encoded);
        QCOMPARE(CsvWriter::encodeCell(cell, true), encoded);
    }

    void rawModeKeepsCellsAsTheyAre()
    {
        QCOMPARE(CsvWriter::encodeCell(u"=1+1", false), QByteArray("=1+1"));
        QCOMPARE(CsvWriter::encodeCell(u"-5", false), QByteArray("-5"));
    }

    void writesRowsWithCrlfAndOptionalBom()
    {
        QCOMPARE(csv({{"url", "status"}, {"http://a/", "200"}}), QByteArray("url,status\r\nhttp://a/,200\r\n"));
        QCOMPARE(csv({{"a"}, {"b"}}, {.neutraliseFormulas = true, .utf8Bom = true}), QByteArray("\xEF\xBB\xBF" "a\r\nb\r\n"));
    }

    void reportsAFullDiskAndStops()
    {
        FailingDevice device(10);
        CsvWriter writer(&device);
        QVERIFY(writer.writeRow({"short"}));
        QVERIFY(!writer.writeRow({"this row does not fit any more"}));
        QVERIFY(writer.hasError());
        QVERIFY(writer.errorString().contains(QLatin1String("No space left on device")));
        QVERIFY(!writer.writeRow({"x"}));
    }

    void writesTypedCellsWithoutNeutralisingNumbers()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        const QByteArray title = "=HYPERLINK(\"http://evil/\")";
        const Cell cells[] = {Cell::number(-5),
                              Cell::null(),
                              Cell::boolean(true),
                              Cell::boolean(false),
                              Cell::text(title),
                              Cell::text("a,b"),
                              Cell::json(R"([{"lang":"uk"}])")};
        QVERIFY(writer.writeRow(cells));
        QVERIFY(writer.flush());
        const QByteArray expected = "-5,,true,false,\"'=HYPERLINK(\"\"http://evil/\"\")\",\"a,b\","
                                    "\"[{\"\"lang\"\":\"\"uk\"\"}]\"\r\n";
        QCOMPARE(buffer.data(), expected);
    }

    void typedAndStringRowsEncodeTheSame()
    {
        const QStringList texts = {QStringLiteral("Привіт, \"світе\""), QStringLiteral("@x"),
                                   QStringLiteral("line1\nline2"), QStringLiteral("-1"), QString()};
        QList<QByteArray> utf8;
        for (const QString& text : texts)
            utf8.append(text.toUtf8());
        QList<Cell> cells;
        for (const QByteArray& bytes : utf8)
            cells.append(Cell::text(bytes));
        QBuffer typed;
        typed.open(QIODevice::WriteOnly);
        CsvWriter(&typed).writeRow(std::span<const Cell>(cells));
        QCOMPARE(typed.data(), csv({texts}));
    }

    void reportsAFullDiskOnFlush()
    {
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly))
            QFAIL("/dev/full cannot be opened: this test needs Linux's always-full device");
        CsvWriter writer(&full);
        QVERIFY(writer.writeRow({"fits in the file buffer"})); // buffered: the disk has not been asked yet
        QVERIFY(!writer.flush());
        QVERIFY2(writer.errorString().startsWith(QLatin1String("Could not write the CSV file: ")),
                 qPrintable(writer.errorString()));
        QVERIFY(!writer.writeRow({"x"}));
    }
};

QObject* makeTestCsvWriter()
{
    return new TestCsvWriter;
}

#include "TestCsvWriter.moc"
