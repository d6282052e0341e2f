// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include "async/Gather.h"
#include "async/RunBlocking.h"
#include "async/Sleep.h"
#include "crawl/HostPolicy.h"

using namespace pav;
using namespace pav::async;
using namespace pav::crawl;
using namespace std::chrono_literals;

namespace {
struct Tally
{
    int now = 0;
    int peak = 0;
    QList<qint64> startsMs;
};

Task<> request(HostPolicy* policy, QString host, Tally* tally, const QElapsedTimer* clock, std::chrono::milliseconds hold)
{
    auto lease = co_await policy->acquire(host);
    tally->startsMs.append(clock->elapsed());
    tally->peak = std::max(tally->peak, ++tally->now);
    co_await sleepFor(hold);
    --tally->now;
}

Task<> run(HostPolicy* policy, QList<QPair<QString, Tally*>> plan, std::chrono::milliseconds hold)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<Task<>> tasks;
    for (const auto& [host, tally] : plan)
        tasks.push_back(request(policy, host, tally, &clock, hold));
    auto results = co_await gather(std::move(tasks));
    for (auto& result : results)
        result.value();
}

qint64 span(QList<qint64> starts)
{
    std::sort(starts.begin(), starts.end());
    return starts.isEmpty() ? 0 : starts.last() - starts.first();
}

// Start times are reserved exactly `delay` apart; the measured ones carry the loop's wake-up jitter, so each
// gap gets a few milliseconds of tolerance and the whole span is checked as well.
qint64 smallestGap(QList<qint64> starts)
{
    std::sort(starts.begin(), starts.end());
    qint64 gap = std::numeric_limits<qint64>::max();
    for (qsizetype i = 1; i < starts.size(); ++i)
        gap = std::min(gap, starts[i] - starts[i - 1]);
    return gap;
}
} // namespace

class TestHostPolicy : public QObject
{
    Q_OBJECT

private slots:
    void limitsRequestsPerHost()
    {
        HostPolicy policy({.perHost = 2});
        Tally a;
        Tally b;
        QList<QPair<QString, Tally*>> plan;
        for (int i = 0; i < 8; ++i)
            plan.append({QStringLiteral("http://a"), &a});
        for (int i = 0; i < 8; ++i)
            plan.append({QStringLiteral("http://b"), &b});
        runBlocking(run(&policy, plan, 15ms), 10s);
        QCOMPARE(a.peak, 2);
        QCOMPARE(b.peak, 2); // hosts do not share slots
        QCOMPARE(a.startsMs.size(), 8);
    }

    void spacesRequestStartsByTheDelay()
    {
        HostPolicy policy({.perHost = 4, .delay = 30ms});
        Tally a;
        QList<QPair<QString, Tally*>> plan;
        for (int i = 0; i < 6; ++i)
            plan.append({QStringLiteral("http://a"), &a});
        runBlocking(run(&policy, plan, 1ms), 10s);
        QVERIFY2(smallestGap(a.startsMs) >= 25, qPrintable(QString::number(smallestGap(a.startsMs))));
        QVERIFY2(span(a.startsMs) >= 5 * 30 - 5, qPrintable(QString::number(span(a.startsMs))));
    }

    void crawlDelayMeansOneAtATimeAndALongerGap()
    {
        HostPolicy policy({.perHost = 4, .delay = 0ms});
        policy.setCrawlDelay(QStringLiteral("http://slow"), 40ms);
        QCOMPARE(policy.delayFor(QStringLiteral("http://slow")), 40ms);
        QCOMPARE(policy.delayFor(QStringLiteral("http://other")), 0ms);
        Tally slow;
        QList<QPair<QString, Tally*>> plan;
        for (int i = 0; i < 4; ++i)
            plan.append({QStringLiteral("http://slow"), &slow});
        runBlocking(run(&policy, plan, 5ms), 10s);
        QCOMPARE(slow.peak, 1);
        QVERIFY2(smallestGap(slow.startsMs) >= 35, qPrintable(QString::number(smallestGap(slow.startsMs))));
        QVERIFY2(span(slow.startsMs) >= 3 * 40 - 5, qPrintable(QString::number(span(slow.startsMs))));
    }

    void waitingIsCancellable()
    {
        HostPolicy policy({.perHost = 1, .delay = 1h});
        CancellationSource stop;
        QTimer::singleShot(20ms, [&] { stop.requestCancellation(); });
        auto both = [](HostPolicy* p, CancellationToken token) -> Task<> {
            auto first = co_await p->acquire(QStringLiteral("http://a"), token);
            auto second = co_await p->acquire(QStringLiteral("http://a"), token); // waits: slot taken, 1 h gap
        };
        QElapsedTimer clock;
        clock.start();
        QVERIFY_THROWS_EXCEPTION(Cancelled, runBlocking(both(&policy, stop.token()), 30s));
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    }
};

QObject* makeTestHostPolicy()
{
    return new TestHostPolicy;
}

#include "TestHostPolicy.moc"
