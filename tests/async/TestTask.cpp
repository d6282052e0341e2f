// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <stdexcept>

#include <QTest>

#include "Counted.h"
#include "async/RunBlocking.h"
#include "async/Sleep.h"
#include "async/Task.h"
#include "async/Wakeup.h"

using namespace pav::async;
using namespace std::chrono_literals;

namespace {
Task<int> answer()
{
    co_return 42;
}

Task<int> addOne(Task<int> inner)
{
    const int value = co_await std::move(inner);
    co_return value + 1;
}

Task<> throwing()
{
    throw std::runtime_error("boom");
    co_return;
}

Task<int> sleepy(int value, std::chrono::milliseconds delay, std::vector<int>* order)
{
    co_await sleepFor(delay);
    order->push_back(value);
    co_return value;
}

Task<> syncLeaf(long* counter)
{
    ++*counter;
    co_return;
}

Task<long> manySynchronousCompletions(long count)
{
    long counter = 0;
    for (long i = 0; i < count; ++i)
        co_await syncLeaf(&counter);
    co_return counter;
}

Task<> holdsCounted(Counted counted, bool* started)
{
    *started = true;
    co_await sleepFor(10s);
    (void)counted;
}

Task<std::unique_ptr<int>> moveOnlyResult()
{
    co_return std::make_unique<int>(7);
}

Task<> startTwoSleepers(std::vector<int>* order)
{
    auto slow = sleepy(2, 40ms, order);
    auto fast = sleepy(1, 5ms, order);
    // Awaited in sequence, so the slow one runs first and order is by await, not by duration.
    co_await std::move(slow);
    co_await std::move(fast);
}
} // namespace

class TestTask : public QObject
{
    Q_OBJECT

private slots:
    void deliversValueAtAwait() { QCOMPARE(runBlocking(addOne(answer()), 5s), 43); }

    void deliversMoveOnlyValues() { QCOMPARE(*runBlocking(moveOnlyResult(), 5s), 7); }

    void propagatesExceptionToAwaiter()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, runBlocking(throwing(), 5s));
    }

    void isLazyUntilAwaited()
    {
        bool started = false;
        {
            auto task = holdsCounted(Counted{}, &started);
            QVERIFY(!started);
        }
        QVERIFY(!started);
        QCOMPARE(Counted::live, 0);
    }

    void destroyingSuspendedTaskFreesItsFrame()
    {
        const long framesBefore = liveTaskFrames();
        bool started = false;
        // The watchdog abandons the task while it sleeps: its frame, captured value and timer must go.
        QVERIFY_THROWS_EXCEPTION(WatchdogExpired, runBlocking(holdsCounted(Counted{}, &started), 20ms));
        QVERIFY(started);
        QCOMPARE(Counted::live, 0);
        QCOMPARE(liveTaskFrames(), framesBefore);
        QCOMPARE(pendingWakeups(), 0);
    }

    void resumesInAwaitOrder()
    {
        std::vector<int> order;
        runBlocking(startTwoSleepers(&order), 5s);
        QCOMPARE(order, (std::vector<int>{2, 1}));
    }

    void hundredThousandSynchronousCompletionsDoNotGrowTheStack()
    {
        QCOMPARE(runBlocking(manySynchronousCompletions(100'000), 30s), 100'000L);
    }

    void awaitingEmptyTaskThrowsLogicError()
    {
        QVERIFY_THROWS_EXCEPTION(std::logic_error, runBlocking(addOne(Task<int>{}), 5s));
    }

    void noFramesLeakAcrossTheSuite() { QCOMPARE(liveTaskFrames(), 0L); }
};

QObject* makeTestTask()
{
    return new TestTask;
}

#include "TestTask.moc"
