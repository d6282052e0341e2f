// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include "GuiSite.h"
#include "LocalHttpServer.h"
#include "RecordingPrompter.h"
#include "ui/model/CrawlTableModel.h"
#include "ui/model/ResultsView.h"
#include "ui/window/MainWindow.h"

using namespace pav;
using namespace pav::ui;
using pav::test::LocalHttpServer;

// Issue 5's bar: while the window crawls a 5,000-page local site at full speed, a 5 ms timer on the GUI thread
// must never wait more than 50 ms, and 99% of its waits must stay under 16 ms (one frame at 60 Hz).
namespace {
struct Stalls
{
    qint64 longestUs = 0;
    qint64 p99Us = 0;
};
} // namespace

// The figures are medians of three crawls, as every benchmark here quotes them: one crawl on a shared two-core
// machine can meet another process's burst, which says nothing about the window.
class TestResponsiveness : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheGuiThreadFreeWhileCrawling()
    {
        QList<Stalls> runs;
        for (int run = 0; run < 3; ++run) {
            Stalls stalls;
            crawlWhileProbing(&stalls);
            if (QTest::currentTestFailed())
                return;
            runs.append(stalls);
        }
        const auto median = [&](qint64 Stalls::*field) {
            QList<qint64> values;
            for (const Stalls& stalls : std::as_const(runs))
                values.append(stalls.*field);
            std::sort(values.begin(), values.end());
            return values[values.size() / 2];
        };
        const qint64 longest = median(&Stalls::longestUs);
        const qint64 p99 = median(&Stalls::p99Us);
        qInfo("median of %lld crawls: longest stall %.1f ms, p99 %.1f ms", qint64(runs.size()), double(longest) / 1000,
              double(p99) / 1000);
        // Sanitizers slow every thread several times over: their run checks the crawl and prints the figures,
        // the bars apply to normal builds.
#ifndef PAV_SANITIZED
        QVERIFY2(longest < 50'000, qPrintable(QStringLiteral("longest stall %1 ms").arg(double(longest) / 1000)));
        QVERIFY2(p99 < 16'000, qPrintable(QStringLiteral("99th percentile stall %1 ms").arg(double(p99) / 1000)));
#endif
    }

private:
    void crawlWhileProbing(Stalls* result)
    {
        constexpr int Pages = 5000;
        LocalHttpServer server;
        test::buildGuiSite(server, Pages);
        auto log = std::make_shared<test::PromptLog>();
        MainWindow window;
        window.setPrompter(std::make_unique<test::RecordingPrompter>(log));
        window.show();

        QList<qint64> gapsUs; // time between probe ticks, minus the 5 ms asked for
        QList<std::pair<qint64, qint64>> worst; // (gap µs, ms since the start), to say when the stalls happened
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.nsecsElapsed();
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.nsecsElapsed();
            const qint64 gap = std::max<qint64>(0, (now - last) / 1000 - 5000);
            gapsUs.append(gap);
            if (gap > 16'000)
                worst.append({gap, now / 1'000'000});
            last = now;
        });
        probe.start();
        QElapsedTimer crawl;
        crawl.start();
        QVERIFY(window.startCrawl(server.url()));
        while (window.session().isBusy() && crawl.elapsed() < 240'000)
            QTest::qWait(50);
        const qint64 crawlMs = crawl.elapsed();
        probe.stop();
        QVERIFY(!window.session().isBusy());
        QVERIFY(log->errors.isEmpty());
        QTRY_COMPARE(window.resultsForTab(QStringLiteral("pages"))->model()->rowCount(), Pages + 5);

        std::sort(gapsUs.begin(), gapsUs.end());
        for (const auto& [gap, at] : std::as_const(worst))
            qInfo("stall of %.1f ms ending %lld ms after the start", double(gap) / 1000, at);
        const qint64 longest = gapsUs.last();
        const qint64 p99 = gapsUs[qsizetype(double(gapsUs.size() - 1) * 0.99)];
        result->longestUs = longest;
        result->p99Us = p99;
        qInfo("crawled %d pages in %lld ms (%.0f pages/s); %lld probe ticks; GUI stall: longest %.1f ms, p99 %.1f ms",
              Pages + 5, crawlMs, (Pages + 5) * 1000.0 / double(crawlMs), qint64(gapsUs.size()), double(longest) / 1000,
              double(p99) / 1000);
    }
};

QObject* makeTestResponsiveness()
{
    return new TestResponsiveness;
}

#include "TestResponsiveness.moc"
