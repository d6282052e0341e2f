// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QTest>

#include "XPathFixtures.h"
#include "xpath/Libxml2.h"
#include "xpath/XPathExpression.h"

using namespace pav::xpath;
using namespace pav::xpath::test;

namespace {
// A page of `cards` product cards, about 150 bytes each.
QByteArray cardsPage(int cards)
{
    QByteArray html = "<!doctype html><html><head><title>Big</title></head><body><main>";
    html.reserve(cards * 160 + 100);
    for (int i = 0; i < cards; ++i) {
        html += "<div class=\"card\" data-i=\"" + QByteArray::number(i) + "\"><h2>Item " + QByteArray::number(i)
            + "</h2><p class=\"price\">" + QByteArray::number(i % 97) + ".99</p><a href=\"/p/" + QByteArray::number(i)
            + "\">more</a></div>\n";
    }
    return html + "</main></body></html>";
}

// A realistic 40 KB page: head with metadata, navigation, an article and product cards.
QByteArray realisticPage()
{
    QByteArray html = "<!doctype html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>Магазин — товари</title>"
                      "<meta name=\"viewport\" content=\"width=device-width\"><link rel=\"stylesheet\" href=\"/s.css\">"
                      "<script>window.dataLayer = window.dataLayer || [];</script></head><body><header><nav><ul>";
    for (int i = 0; i < 30; ++i)
        html += "<li class=\"nav-item\"><a class=\"nav-link\" href=\"/c/" + QByteArray::number(i) + "\">Розділ "
            + QByteArray::number(i) + "</a></li>";
    html += "</ul></nav></header><main><article><h1>Заголовок статті</h1>";
    for (int i = 0; i < 25; ++i)
        html += "<p>Це абзац тексту номер " + QByteArray::number(i)
            + " з <a href=\"/x\">посиланням</a>, <b>жирним</b> словом і ще трохи тексту для ваги.</p>";
    html += "</article><section class=\"products\">";
    for (int i = 0; html.size() < 40 * 1024 - 100; ++i)
        html += "<div class=\"product-card\" data-id=\"" + QByteArray::number(i) + "\"><img src=\"/i/"
            + QByteArray::number(i) + ".jpg\" alt=\"Товар\"><h3 class=\"title\">Товар " + QByteArray::number(i)
            + "</h3><span class=\"price\">1299.00 грн</span><button type=\"button\">"
              "Купити</button></div>";
    return html + "</section></main><footer><p>© 2026</p></footer></body></html>";
}
} // namespace

class TestXPathLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initialiseLibxml2(); }

    void handlesMaximumNesting()
    {
        const int depth = pav::html::HtmlDocument::MaxNestingDepth;
        QByteArray html;
        for (int i = 0; i < depth; ++i)
            html += "<span>";
        html += "deep";
        const Page page(html);
        QVERIFY(!page.document.wasTruncated());
        QCOMPARE(run(page, QStringLiteral("count(//span)")), QStringLiteral("=%1").arg(depth));
        QCOMPARE(run(page, QStringLiteral("string(//span[1])")), QStringLiteral("=deep"));
        QCOMPARE(run(page, QStringLiteral("count(//text()/ancestor::*)")), QStringLiteral("=%1").arg(depth + 2));
        QCOMPARE(run(page, QStringLiteral("//span[not(*)]/text()")), QStringLiteral("\"deep\""));
    }

    void evaluatesEveryElementOfATwentyMegabytePage()
    {
        const int cardSize = int(cardsPage(1).size() - cardsPage(0).size());
        const int cards = 20 * 1024 * 1024 / cardSize + 1;
        const QByteArray html = cardsPage(cards);
        QVERIFY(html.size() > 20 * 1024 * 1024);
        const Page page(html);
        QElapsedTimer timer;
        timer.start();
        const auto all = XPathExpression::compile(QStringLiteral("//*"))->tryEvaluate(page.view);
        QVERIFY(all);
        QCOMPARE(all->size(), 5 + cards * 4);
        const auto last = XPathExpression::compile(QStringLiteral("string(//div[@class='card'][last()]/h2)"));
        QCOMPARE(last->evaluate(page.view).value(0).value, QStringLiteral("Item %1").arg(cards - 1));
        qInfo("//* and a predicate over %lld bytes (%d elements): %lld ms", qint64(html.size()), int(all->size()),
            qint64(timer.elapsed()));
    }

    // Work libxml2 counts (steps, nodes visited) stops at the operation limit: here 20,000 elements times
    // 20,000 for the inner count().
    void stopsExplodingExpressionsAtTheOperationLimit()
    {
        const Page page(cardsPage(5000));
        const auto explode = XPathExpression::compile(QStringLiteral("count(//*[count(//*) > 1])"));
        QVERIFY(explode);
        QElapsedTimer timer;
        timer.start();
        const auto result = explode->tryEvaluate(page.view);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, pav::ErrorKind::TimedOut);
        QCOMPARE(result.error().message, QStringLiteral("the expression was stopped after 50000000 operations"));
        qInfo("count(//*[count(//*) > 1]) over 20,000 elements stopped after %lld ms", qint64(timer.elapsed()));
        QVERIFY(explode->evaluate(page.view).isEmpty());
        const auto small = explode->tryEvaluate(page.view, 1000);
        QVERIFY(!small);
        QCOMPARE(small.error().message, QStringLiteral("the expression was stopped after 1000 operations"));
        // Within the limit the same expression works, and the context is reset for the next evaluation.
        const Page few(cardsPage(3));
        QCOMPARE(render(explode->evaluate(few.view)), QStringLiteral("=17"));
    }

    // libxml2 2.9 does not count the duplicate check when it merges node-sets, which is quadratic: nested `//`
    // steps over huge pages are slow (80,000 elements: count(//*//*) 14 s) but they end. Top-level location
    // paths are streamed and stay linear.
    void finishesNestedDescendantStepsOnOrdinaryPages()
    {
        const Page page(cardsPage(1000));
        QCOMPARE(run(page, QStringLiteral("count(//*//*)")), QStringLiteral("=4004"));
        QCOMPARE(run(page, QStringLiteral("count(//*//*//*//*)")), QStringLiteral("=4000"));
        const Page big(cardsPage(20000));
        QElapsedTimer timer;
        timer.start();
        const auto all = XPathExpression::compile(QStringLiteral("//*//*//*//*"))->tryEvaluate(big.view);
        QVERIFY(all);
        QCOMPARE(all->size(), 80000);
        QVERIFY2(timer.elapsed() < 5000, "a top-level path is streamed in one walk");
    }

    void sharesOneExpressionAcrossThreads()
    {
        const auto expression = XPathExpression::compile(QStringLiteral("//div[@class='card'][p > 50]/a/@href"));
        QVERIFY(expression);
        std::vector<std::unique_ptr<Page>> pages;
        QStringList expected;
        for (int t = 0; t < 4; ++t) {
            pages.push_back(std::make_unique<Page>(cardsPage(200 + t * 50)));
            expected.append(render(expression->evaluate(pages.back()->view)));
        }
        std::atomic<int> mismatches {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                const XPathExpression copy = *expression; // cheap copy, shared compiled state
                for (int i = 0; i < 50; ++i) {
                    if (render(copy.evaluate(pages[std::size_t(t)]->view)) != expected[t])
                        ++mismatches;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
        QVERIFY(expected[0].count(QStringLiteral("@href")) > 50);
    }

    void buildsViewsOnSeveralThreadsAtOnce()
    {
        std::atomic<int> wrong {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 20; ++i) {
                    const Page page(cardsPage(50 + t));
                    if (run(page, QStringLiteral("count(//h2)")) != QStringLiteral("=%1").arg(50 + t))
                        ++wrong;
                    if (!run(page, QStringLiteral("//x:y")).startsWith(QStringLiteral("error: ")))
                        ++wrong;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }

    // Checks the view stays one to one with Gumbo's tree on a realistic page; with PAV_XPATH_BENCH=1 (in a
    // Release build) it also times 2,000 rounds for the figures.
    void measuresViewConstruction()
    {
        const QByteArray html = realisticPage();
        const int Rounds = qEnvironmentVariableIsEmpty("PAV_XPATH_BENCH") ? 1 : 2000;
        QElapsedTimer timer;
        qint64 parseNs = 0;
        qint64 viewNs = 0;
        int nodes = 0;
        for (int i = 0; i < Rounds; ++i) {
            timer.start();
            const pav::html::HtmlDocument document(html);
            parseNs += timer.nsecsElapsed();
            timer.start();
            const XmlView view(document);
            viewNs += timer.nsecsElapsed();
            nodes = view.nodeCount();
        }
        int gumboNodes = 0;
        const pav::html::HtmlDocument document(html);
        document.walk([&](const GumboInternalNode*) { return ++gumboNodes; });
        QCOMPARE(nodes, gumboNodes - 1);
        qInfo("%lld-byte page, %d nodes: HtmlDocument %.1f us, XmlView %.1f us per page", qint64(html.size()), nodes,
            double(parseNs) / Rounds / 1000, double(viewNs) / Rounds / 1000);
    }
};

QObject* makeTestXPathLimits() { return new TestXPathLimits; }

#include "TestXPathLimits.moc"
