// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
#include <QTimer>

#include "async/Gather.h"
#include "async/RunBlocking.h"
#include "async/Semaphore.h"
#include "async/Sleep.h"

using namespace pav::async;
using namespace std::chrono_literals;

namespace {
struct Occupancy
{
    int now = 0;
    int peak = 0;
};

Task<> worker(Semaphore* semaphore, Occupancy* occupancy, std::chrono::milliseconds hold)
{
    auto permit = co_await semaphore->acquire();
    occupancy->peak = std::max(occupancy->peak, ++occupancy->now);
    co_await sleepFor(hold);
    --occupancy->now;
}

Task<> recordOrder(Semaphore* semaphore, int id, QList<int>* order)
{
    auto permit = co_await semaphore->acquire();
    order->append(id);
    co_await sleepFor(1ms);
}

Task<> acquireWithToken(Semaphore* semaphore, CancellationToken token, bool* acquired)
{
    auto permit = co_await semaphore->acquire(token);
    *acquired = true;
}

Task<> holdThenRelease(Semaphore* semaphore, std::chrono::milliseconds hold)
{
    auto permit = co_await semaphore->acquire();
    co_await sleepFor(hold);
}

Task<> cancelWhileWaiting(Semaphore* semaphore, bool* cancelledRaised, bool* lateAcquired)
{
    CancellationSource source;
    TaskGroup group;
    group.spawn(holdThenRelease(semaphore, 50ms));
    bool firstAcquired = false;
    group.spawn([](Semaphore* s, CancellationToken t, bool* flag, bool* acquired) -> Task<> {
        try {
            co_await acquireWithToken(s, t, acquired);
        } catch (const pav::Cancelled&) {
            *flag = true;
        }
    }(semaphore, source.token(), cancelledRaised, &firstAcquired));
    group.spawn(acquireWithToken(semaphore, {}, lateAcquired));
    QTimer::singleShot(10ms, [source]() mutable { source.requestCancellation(); });
    co_await group.join();
    if (firstAcquired)
        throw std::logic_error("cancelled waiter acquired anyway");
}
} // namespace

class TestSemaphore : public QObject
{
    Q_OBJECT

private slots:
    void neverExceedsItsPermits()
    {
        Semaphore semaphore(3);
        Occupancy occupancy;
        std::vector<Task<>> tasks;
        for (int i = 0; i < 30; ++i)
            tasks.push_back(worker(&semaphore, &occupancy, 2ms));
        auto results = runBlocking(gather(std::move(tasks)), 5s);
        QCOMPARE(occupancy.peak, 3);
        QCOMPARE(semaphore.available(), 3);
        QCOMPARE(semaphore.waiting(), 0);
    }

    void grantsPermitsInArrivalOrder()
    {
        Semaphore semaphore(1);
        QList<int> order;
        std::vector<Task<>> tasks;
        for (int i = 0; i < 10; ++i)
            tasks.push_back(recordOrder(&semaphore, i, &order));
        auto results = runBlocking(gather(std::move(tasks)), 5s);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    void tryAcquireRespectsQueue()
    {
        Semaphore semaphore(1);
        auto first = semaphore.tryAcquire();
        QVERIFY(first.has_value());
        QVERIFY(!semaphore.tryAcquire().has_value());
        first.reset();
        QCOMPARE(semaphore.available(), 1);
    }

    void cancelledWaitLeavesQueueAndOthersProceed()
    {
        Semaphore semaphore(1);
        bool cancelledRaised = false;
        bool lateAcquired = false;
        runBlocking(cancelWhileWaiting(&semaphore, &cancelledRaised, &lateAcquired), 5s);
        QVERIFY(cancelledRaised);
        QVERIFY(lateAcquired);
        QCOMPARE(semaphore.available(), 1);
    }

    void permitReturnsWhenWaitingFrameIsDestroyed()
    {
        Semaphore semaphore(1);
        auto held = semaphore.tryAcquire();
        bool acquired = false;
        {
            auto waiting = acquireWithToken(&semaphore, {}, &acquired);
            // Start it by hand through a timeout that abandons it while queued.
            QVERIFY_THROWS_EXCEPTION(WatchdogExpired, runBlocking(std::move(waiting), 20ms));
        }
        QCOMPARE(semaphore.waiting(), 0);
        held.reset();
        QCOMPARE(semaphore.available(), 1);
        QVERIFY(!acquired);
    }

    void zeroPermitsBlocksUntilCancelled()
    {
        Semaphore semaphore(0);
        CancellationSource source;
        bool acquired = false;
        QTimer::singleShot(10ms, [&] { source.requestCancellation(); });
        QVERIFY_THROWS_EXCEPTION(pav::Cancelled, runBlocking(acquireWithToken(&semaphore, source.token(), &acquired), 5s));
        QVERIFY(!acquired);
    }
};

QObject* makeTestSemaphore()
{
    return new TestSemaphore;
}

#include "TestSemaphore.moc"
