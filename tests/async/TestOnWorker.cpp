// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <stdexcept>
#include <thread>

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include "async/OnWorker.h"
#include "async/RunBlocking.h"
#include "async/WithTimeout.h"

using namespace pav;
using namespace pav::async;
using namespace std::chrono_literals;

namespace {
Task<int> sumOnWorker(QThread** ranOn)
{
    const int total = co_await onWorker([ranOn] {
        *ranOn = QThread::currentThread();
        int sum = 0;
        for (int i = 1; i <= 1000; ++i)
            sum += i;
        return sum;
    });
    co_return total;
}

Task<> failOnWorker()
{
    co_await onWorker([] { throw std::runtime_error("parse failed"); });
}

Task<int> slowOnWorker(std::atomic<bool>* finished, CancellationToken token)
{
    co_return co_await onWorker(
        [finished] {
            std::this_thread::sleep_for(300ms);
            finished->store(true);
            return 1;
        },
        token);
}
} // namespace

class TestOnWorker : public QObject
{
    Q_OBJECT

private slots:
    void runsOnAnotherThreadAndComesBack()
    {
        QThread* ranOn = nullptr;
        QCOMPARE(runBlocking(sumOnWorker(&ranOn), 5s), 500500);
        QVERIFY(ranOn != nullptr);
        QVERIFY(ranOn != QThread::currentThread());
    }

    void deliversTheWorkersException()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, runBlocking(failOnWorker(), 5s));
    }

    void cancellingDoesNotWaitForTheWork()
    {
        std::atomic<bool> finished{false};
        CancellationSource stop;
        QTimer::singleShot(20ms, [&] { stop.requestCancellation(); });
        QElapsedTimer clock;
        clock.start();
        QVERIFY_THROWS_EXCEPTION(Cancelled, runBlocking(slowOnWorker(&finished, stop.token()), 5s));
        QVERIFY(clock.elapsed() < 250);
        QVERIFY(!finished.load());
        QThreadPool::globalInstance()->waitForDone(); // the work still ends, and posts nowhere
        QVERIFY(finished.load());
        QCoreApplication::processEvents();
    }

    void frameMayDieWhileTheWorkRuns()
    {
        std::atomic<bool> finished{false};
        QVERIFY_THROWS_EXCEPTION(TimedOut, runBlocking(withTimeout(slowOnWorker(&finished, {}), 20ms), 5s));
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(finished.load());
        QCOMPARE(liveTaskFrames(), 0L);
    }

    void keepsTheLoopResponsive()
    {
        // While a worker computes for 200 ms, a 5 ms timer on the loop keeps ticking.
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start();
        std::atomic<bool> finished{false};
        runBlocking(slowOnWorker(&finished, {}), 5s);
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    }
};

QObject* makeTestOnWorker()
{
    return new TestOnWorker;
}

#include "TestOnWorker.moc"
