// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RuleTesterDialog: a page's stored HTML is shown and every edit of the rule is tried on it after a pause, on a
// worker: matches are highlighted where they are in the source, values and the cell listed; a bad rule shows its
// message and nothing highlighted; a page without stored HTML says so; a big page does not stall the GUI.
#include <algorithm>
#include <limits>

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "extract/Extractor.h"
#include "store/StoredHtml.h"
#include "store/CrawlStore.h"
#include "ui/details/RuleTesterDialog.h"

using namespace pav;
using pav::ui::RuleTesterDialog;

namespace {
const QByteArray Product = "<html><head><title>Чай</title></head><body>\n"
                           "<h1>Зелений чай</h1>\n<p class=\"price\">10</p>\n<p>note</p>\n<p class=\"price\">20</p>\n"
                           "</body></html>";

QByteArray bigPage()
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < 40'000; ++i)
        html += "<div class=\"item\"><span>item " + QByteArray::number(i) + "</span><i>x</i></div>\n";
    return html + "</body></html>";
}

struct TesterCrawl
{
    QString path;
    qint64 product = 0;
    qint64 plain = 0;
    qint64 big = 0;
};

Result<TesterCrawl> writeTesterCrawl(const QString& path)
{
    auto opened = store::CrawlStore::open(path);
    if (!opened)
        return opened.error();
    store::CrawlStore& crawl = **opened;
    TesterCrawl built{path};
    store::PageRecord page;
    page.status = 200;
    page.contentType = QStringLiteral("text/html");
    for (auto [target, url, body] : {std::tuple{&built.product, "http://site.test/tea", Product},
                                     std::tuple{&built.plain, "http://site.test/plain", QByteArray()},
                                     std::tuple{&built.big, "http://site.test/big", bigPage()}}) {
        auto id = crawl.addUrl(QString::fromLatin1(url), 0, store::FoundVia::Seed);
        if (!id)
            return id.error();
        *target = *id;
        if (auto saved = crawl.savePage(*id, page, {}); !saved)
            return saved.error();
        if (!body.isEmpty()) {
            if (auto saved = crawl.saveExtras(*id, {{}, {}, store::compressHtml(body)}, true); !saved)
                return saved.error();
        }
    }
    if (auto flushed = crawl.flush(); !flushed)
        return flushed.error();
    return built;
}

bool loaded(RuleTesterDialog& dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isLoading(); }, 10'000);
}

// Types the expression as a user would and waits for the trial that follows the last key.
bool typeAndTry(RuleTesterDialog& dialog, const QString& expression)
{
    QSignalSpy shown(&dialog, &RuleTesterDialog::trialShown);
    dialog.expressionEdit()->clear();
    QTest::keyClicks(dialog.expressionEdit(), expression);
    return shown.wait(10'000) && !dialog.isTrying();
}

QStringList highlighted(const RuleTesterDialog& dialog)
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection& mark : dialog.sourceView()->extraSelections())
        texts.append(mark.cursor.selectedText());
    return texts;
}
} // namespace

class TestRuleTester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto built = writeTesterCrawl(m_dir.filePath(QStringLiteral("tester.pavutyna")));
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
        m_crawl = *built;
    }

    void typingASelectorHighlightsItsMatches_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("marked");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("elements") << QStringLiteral(".price")
                                  << QStringList{"<p class=\"price\">10</p>", "<p class=\"price\">20</p>"}
                                  << QStringList{"10", "20"};
        QTest::newRow("text in another script") << QStringLiteral("h1::text") << QStringList{"Зелений чай"}
                                                << QStringList{"Зелений чай"};
        // An attribute's value is marked as written, quotes and all.
        QTest::newRow("an attribute's value") << QStringLiteral(".price::attr(class)")
                                              << QStringList{"\"price\"", "\"price\""}
                                              << QStringList{"price", "price"};
        QTest::newRow("nothing matches") << QStringLiteral("table") << QStringList{} << QStringList{};
    }
    void typingASelectorHighlightsItsMatches()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, marked);
        QFETCH(QStringList, values);
        RuleTesterDialog dialog(m_crawl.path, m_crawl.product);
        dialog.show();
        QVERIFY(loaded(dialog));
        QVERIFY(dialog.hasPage());
        QVERIFY(dialog.notice().isEmpty());
        QCOMPARE(dialog.pageUrl(), QStringLiteral("http://site.test/tea"));
        QCOMPARE(dialog.sourceView()->toPlainText(), QString::fromUtf8(Product));
        auto* matches = dialog.findChild<QComboBox*>(QStringLiteral("matches"));
        matches->setCurrentIndex(int(extract::Matches::All));
        QVERIFY(typeAndTry(dialog, expression));
        QCOMPARE(highlighted(dialog), marked);
        QCOMPARE(dialog.highlightedRanges().size(), marked.size());
        QCOMPARE(dialog.values(), values);
        QCOMPARE(dialog.cell(), values.join(QStringLiteral("; ")));
        if (!marked.isEmpty()) // the first match is where the source is scrolled to
            QCOMPARE(dialog.sourceView()->textCursor().position(), int(dialog.highlightedRanges().first().first));
        QVERIFY(dialog.message().contains(QString::number(marked.size())));
    }

    void anInvalidRuleShowsItsMessageAndHighlightsNothing()
    {
        RuleTesterDialog dialog(m_crawl.path, m_crawl.product);
        QVERIFY(loaded(dialog));
        QVERIFY(typeAndTry(dialog, QStringLiteral(".price")));
        QCOMPARE(highlighted(dialog).size(), 2);
        QVERIFY(typeAndTry(dialog, QStringLiteral("p[class")));
        QVERIFY2(dialog.message().contains(QStringLiteral("column")), qPrintable(dialog.message()));
        QVERIFY(dialog.sourceView()->extraSelections().isEmpty());
        QVERIFY(dialog.values().isEmpty());
        QVERIFY(dialog.cell().isEmpty());
    }

    void editsArePausedForThenTriedOnce()
    {
        RuleTesterDialog dialog(m_crawl.path, m_crawl.product);
        QVERIFY(loaded(dialog));
        QSignalSpy shown(&dialog, &RuleTesterDialog::trialShown);
        QVERIFY(shown.wait(5000)); // the empty rule, once the page is there
        shown.clear();
        QTest::keyClicks(dialog.expressionEdit(), QStringLiteral("p.price"), Qt::NoModifier, 5);
        QVERIFY(shown.wait(5000));
        QTest::qWait(2 * RuleTesterDialog::DebounceMs);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(dialog.values(), QStringList{"10"}); // Matches First
    }

    void aPageWithoutStoredHtmlSaysSo_data()
    {
        QTest::addColumn<bool>("inFile");
        QTest::addColumn<QString>("notice");
        QTest::newRow("not stored") << true << QStringLiteral("HTML was not stored");
        QTest::newRow("not in the file") << false << QStringLiteral("not in the crawl file");
    }
    void aPageWithoutStoredHtmlSaysSo()
    {
        QFETCH(bool, inFile);
        QFETCH(QString, notice);
        RuleTesterDialog dialog(m_crawl.path, inFile ? m_crawl.plain : 999);
        QVERIFY(loaded(dialog));
        QVERIFY(!dialog.hasPage());
        QVERIFY2(dialog.notice().contains(notice), qPrintable(dialog.notice()));
        QVERIFY(dialog.sourceView()->toPlainText().isEmpty());
        QSignalSpy shown(&dialog, &RuleTesterDialog::trialShown);
        QTest::keyClicks(dialog.expressionEdit(), QStringLiteral("p"));
        QVERIFY(!shown.wait(3 * RuleTesterDialog::DebounceMs)); // nothing to try it on, and nothing fetched
    }

    void useAsRuleHandsBackTheEditedRule()
    {
        RuleTesterDialog dialog(m_crawl.path, m_crawl.product);
        extract::Rule rule;
        rule.name = QStringLiteral("price");
        rule.expression = QStringLiteral(".cost");
        rule.separator = QStringLiteral("|");
        dialog.setRule(rule);
        QVERIFY(loaded(dialog));
        QVERIFY(typeAndTry(dialog, QStringLiteral(".price::text")));
        QSignalSpy accepted(&dialog, &RuleTesterDialog::ruleAccepted);
        dialog.findChild<QPushButton*>(QStringLiteral("useAsRule"))->click();
        QCOMPARE(accepted.count(), 1);
        const auto taken = accepted.first().first().value<extract::Rule>();
        QCOMPARE(taken.name, QStringLiteral("price"));
        QCOMPARE(taken.expression, QStringLiteral(".price::text"));
    }

    void aBigPageIsTriedOffTheGuiThread()
    {
        RuleTesterDialog dialog(m_crawl.path, m_crawl.big);
        QVERIFY(loaded(dialog));
        QVERIFY(dialog.hasPage());
        QSignalSpy shown(&dialog, &RuleTesterDialog::trialShown);
        QVERIFY(shown.wait(10'000)); // the empty rule
        // A probe ticking every 5 ms while the rule runs; stopped when the result is on screen, so the gap measured
        // is the trial's, not the painting of its 40,000 values. Up to three trials: one stall of a shared CI
        // machine stops every thread alike and says nothing about the dialog, but a trial run on the GUI thread
        // stalls it every time.
        auto* matches = dialog.findChild<QComboBox*>(QStringLiteral("matches"));
        const QStringList expressions{QStringLiteral("div.item > span::text"), QStringLiteral("div.item span::text"),
                                      QStringLiteral("div.item > span:not(.none)::text")};
        qint64 longest = std::numeric_limits<qint64>::max();
        for (const QString& expression : expressions) {
            QElapsedTimer clock;
            qint64 last = 0;
            qint64 trialLongest = 0;
            QTimer probe;
            probe.setInterval(5);
            connect(&probe, &QTimer::timeout, this, [&] {
                const qint64 now = clock.elapsed();
                trialLongest = std::max(trialLongest, now - last);
                last = now;
            });
            connect(&dialog, &RuleTesterDialog::trialShown, &probe, &QTimer::stop);
            matches->setCurrentIndex(int(extract::Matches::All));
            shown.clear();
            dialog.expressionEdit()->setText(expression);
            clock.start();
            probe.start();
            QVERIFY(shown.wait(30'000));
            const qint64 took = clock.elapsed();
            qInfo("tried a %lld-byte page in %lld ms; longest GUI gap meanwhile %lld ms",
                  qint64(bigPage().size()), took, trialLongest);
            QCOMPARE(dialog.values().size(), extract::MaxValuesPerRule); // what a crawl would store
            QCOMPARE(dialog.highlightedRanges().size(), 40'000);
            QCOMPARE(dialog.sourceView()->extraSelections().size(), RuleTesterDialog::MaxHighlights);
            longest = std::min(longest, trialLongest);
            if (longest < 100)
                break;
        }
        QVERIFY2(longest < 100, qPrintable(QStringLiteral("the GUI stalled %1 ms").arg(longest)));
    }

private:
    QTemporaryDir m_dir;
    TesterCrawl m_crawl;
};

QObject* makeTestRuleTester() { return new TestRuleTester; }

#include "TestRuleTester.moc"
