// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include "Counted.h"
#include "async/RunBlocking.h"
#include "async/Semaphore.h"
#include "async/Sleep.h"
#include "async/WithTimeout.h"

using namespace pav::async;
using namespace std::chrono_literals;

namespace {
Task<int> slowValue(int value, std::chrono::milliseconds delay, CancellationToken token, bool* sawCancel)
{
    try {
        co_await sleepFor(delay, token);
    } catch (const pav::Cancelled&) {
        *sawCancel = true;
        throw;
    }
    co_return value;
}

Task<int> holdsResources(Counted counted, Semaphore* semaphore)
{
    auto permit = co_await semaphore->acquire();
    co_await sleepFor(10s);
    (void)counted;
    co_return 1;
}
} // namespace

class TestTimeout : public QObject
{
    Q_OBJECT

private slots:
    void factoryFormReturnsValueInTime()
    {
        bool sawCancel = false;
        auto task = withTimeout(1s, [&](CancellationToken t) { return slowValue(7, 5ms, t, &sawCancel); });
        QCOMPARE(runBlocking(std::move(task), 5s), 7);
        QVERIFY(!sawCancel);
    }

    void factoryFormCancelsTheTaskAndThrowsTimedOut()
    {
        bool sawCancel = false;
        QElapsedTimer clock;
        clock.start();
        auto task = withTimeout(20ms, [&](CancellationToken t) { return slowValue(7, 1h, t, &sawCancel); });
        QVERIFY_THROWS_EXCEPTION(pav::TimedOut, runBlocking(std::move(task), 30s));
        QVERIFY(sawCancel);
        QVERIFY2(clock.elapsed() >= 19 && clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    }

    void parentCancellationIsNotReportedAsTimeout()
    {
        bool sawCancel = false;
        CancellationSource parent;
        QTimer::singleShot(10ms, [&] { parent.requestCancellation(); });
        auto task = withTimeout(5s, [&](CancellationToken t) { return slowValue(7, 10s, t, &sawCancel); }, parent.token());
        QVERIFY_THROWS_EXCEPTION(pav::Cancelled, runBlocking(std::move(task), 5s));
    }

    void taskFormReturnsValueInTime()
    {
        bool sawCancel = false;
        QCOMPARE(runBlocking(withTimeout(slowValue(3, 5ms, {}, &sawCancel), 1s), 5s), 3);
    }

    void taskFormDestroysTheTaskAndFreesWhatItHeld()
    {
        Semaphore semaphore(1);
        const long frames = liveTaskFrames();
        QVERIFY_THROWS_EXCEPTION(pav::TimedOut, runBlocking(withTimeout(holdsResources(Counted{}, &semaphore), 20ms), 5s));
        QCOMPARE(Counted::live, 0);
        QCOMPARE(semaphore.available(), 1); // the permit came back with the destroyed frame
        QCOMPARE(liveTaskFrames(), frames);
    }
};

QObject* makeTestTimeout()
{
    return new TestTimeout;
}

#include "TestTimeout.moc"
