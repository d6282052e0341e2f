// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QChar>
#include <QRandomGenerator>
#include <QTest>

#include "html/Utf8Text.h"

namespace {
// countWords as it was before it skipped the inside of words: one character at a time. The faster version must
// count exactly as this did, on any bytes.
int countWordsByteByByte(const char* text)
{
    const auto isAsciiSpace = [](unsigned char b) { return b == ' ' || (b >= 0x09 && b <= 0x0D); };
    const auto isWideSpace = [](char32_t c) {
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
            || c == 0x202F || c == 0x205F || c == 0x3000;
    };
    int words = 0;
    bool inWord = false;
    bool hasContent = false;
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    while (*p) {
        char32_t c = *p;
        int length = 1;
        if (c >= 0x80) {
            if (c < 0xC0) {
                c = 0xFFFD;
            } else {
                length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                c &= (0x3F >> (length - 1));
                for (int k = 1; k < length; ++k) {
                    if ((p[k] & 0xC0) != 0x80) {
                        c = 0xFFFD;
                        length = k;
                        break;
                    }
                    c = (c << 6) | (p[k] & 0x3F);
                }
            }
        }
        p += length;
        if (c < 0x80 ? isAsciiSpace(static_cast<unsigned char>(c)) : isWideSpace(c)) {
            words += inWord && hasContent;
            inWord = hasContent = false;
        } else {
            inWord = true;
            const bool cyrillic = c >= 0x400 && c <= 0x4FF; // its short path counts U+0400–U+04FF as letters
            hasContent = hasContent || cyrillic || QChar::isLetterOrNumber(c);
        }
    }
    return words + (inWord && hasContent);
}
} // namespace

class TestUtf8Text : public QObject
{
    Q_OBJECT

private slots:
    // appendSimplified writes into the buffer it was given: a copy that shares it must keep its own text.
    void appendsWithoutTouchingSharedCopies()
    {
        QByteArray text = "one ";
        const QByteArray copy = text;
        pav::html::appendSimplified(text, "  two\u00A0 three\t");
        pav::html::appendSimplified(text, "");
        pav::html::appendSimplified(text, QByteArray("four  ").repeated(100));
        pav::html::chopTrailingSpace(text);
        QCOMPARE(copy, QByteArray("one "));
        QCOMPARE(text, "one two three " + QByteArray("four ").repeated(99) + "four");
    }

    void countsWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral(" one two\tthree\n") << 3;
        QTest::newRow("punctuation alone is no word") << QStringLiteral("a — b | c … 1") << 4;
        QTest::newRow("cyrillic") << QStringLiteral("Зима літо учень") << 3;
        QTest::newRow("wide spaces") << QStringLiteral("a\u00A0b\u2003c\u3000d") << 4;
        QTest::newRow("greek and cjk") << QStringLiteral("αβγ 漢字") << 2;
        QTest::newRow("words longer than a block")
            << QStringLiteral("Найвеличніший  антидискримінаційний\u00A0електрокардіографічний x") << 4;
        QTest::newRow("quotes, dashes and apostrophes inside words") << QStringLiteral("«м’ята»—це\u2009трава") << 2;
        QTest::newRow("control characters are not spaces") << QStringLiteral("ab\u0001cd\u001Fef gh") << 2;
        QTest::newRow("a space right after a block") << QStringLiteral("abcdefghijklmnop qrstuvwxyzabcdef g") << 3;
    }

    void countsWords()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(pav::html::countWords(text.toUtf8().constData()), words);
        QCOMPARE(countWordsByteByByte(text.toUtf8().constData()), words);
    }

    // Random text from pieces that sit on every path: one set has only ASCII and Cyrillic (the short paths, with
    // lone lead and continuation bytes to break them), the other every kind of space, mark, letter and malformed
    // sequence, and long words that cross the 16-byte steps of the skip. Neither may ever change a count.
    void countsAsTheByteLoopDid_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::newRow("ascii and cyrillic") << QList<QByteArray>{
            "a", "Z", "7", " ", "  ", "\t", "\n", "\r\n", "\x0b", "\x01", "\x1f", ".", ",", "-", "|", "@", "[", "`", "{",
            "Ї", "ж", "щ", "ґ", "Ӱ", "\xd2\x82", "\xd0", "\xd1", "\x80", "\xbf", "антидискримінаційний",
            "abcdefghijklmnopqrstu", "1234567890", "— ", "Зима", "літо"};
        // Mostly whole words and single spaces, so that most 16-byte blocks take countBlock's path.
        QTest::newRow("words and spaces") << QList<QByteArray>{
            "word", " ", " ", " ", "слово", "Ґанок", "x", "42", "abcdefghijklmnopq", "антидискримінаційний", "\n",
            " (a", ".", "-", "\xd0", "\x80", "a\xd1"};
        QTest::newRow("everything") << QList<QByteArray>{
            "a", "Z", "7", " ", "\t", "\n", "\r\n", "\x01", "\x1f", ".", "—", "|", "«", "»", "’", "-", "Ї", "ж",
            "щ", "ґ", "\xd2\x82", "α", "漢", "\xf0\x9f\x98\x80", "\xc2\xa0", "\xc2\x85", "\xe2\x80\x83", "\xe2\x80\xa8",
            "\xe3\x80\x80", "\xe1\x9a\x80", "\xe2\x81\x9f", "\xe2\x80\x8b", "\xc2\xa9", "\x80", "\xff", "\xc2",
            "\xe2\x80", "\xd0", "\xf0\x9f", "антидискримінаційний", "abcdefghijklmnopqrstu", "м’ята", "1234567890"};
    }

    void countsAsTheByteLoopDid()
    {
        QFETCH(QList<QByteArray>, pieces);
        QRandomGenerator random(20261207);
        for (int round = 0; round < 20'000; ++round) {
            QByteArray text;
            const int count = int(random.bounded(80));
            for (int i = 0; i < count; ++i)
                text += pieces[random.bounded(int(pieces.size()))];
            const int expected = countWordsByteByByte(text.constData());
            if (pav::html::countWords(text.constData()) != expected)
                QFAIL(qPrintable(QStringLiteral("%1 words expected in %2").arg(expected).arg(QString::fromLatin1(text.toHex(' ')))));
        }
    }
};

QObject* makeTestUtf8Text()
{
    return new TestUtf8Text;
}

#include "TestUtf8Text.moc"
