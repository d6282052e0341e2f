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

// Work that runs until the test opens the gate, so that no assertion depends on how fast a loaded machine is.
struct Gate
{
    std::atomic<bool> open{false};
    std::atomic<bool> finished{false};
};

Task<int> gatedOnWorker(Gate* gate, CancellationToken token)
{
    co_return co_await onWorker(
        [gate] {
            QElapsedTimer safety; // a broken test must still end
            safety.start();
            while (!gate->open.load() && safety.elapsed() < 60'000)
                std::this_thread::sleep_for(1ms);
            gate->finished.store(true);
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
        Gate gate;
        CancellationSource stop;
        QTimer::singleShot(20ms, [&] { stop.requestCancellation(); });
        QVERIFY_THROWS_EXCEPTION(Cancelled, runBlocking(gatedOnWorker(&gate, stop.token()), 30s));
        QVERIFY(!gate.finished.load()); // the await ended while the work was still running
        gate.open.store(true);
        QThreadPool::globalInstance()->waitForDone(); // the work still ends, and posts nowhere
        QVERIFY(gate.finished.load());
        QCoreApplication::processEvents();
    }

    void frameMayDieWhileTheWorkRuns()
    {
        Gate gate;
        QVERIFY_THROWS_EXCEPTION(TimedOut, runBlocking(withTimeout(gatedOnWorker(&gate, {}), 20ms), 30s));
        QVERIFY(!gate.finished.load());
        gate.open.store(true);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(gate.finished.load());
        QCOMPARE(liveTaskFrames(), 0L);
    }

    void keepsTheLoopResponsive()
    {
        // The work ends only after the loop has ticked 20 times: a worker that blocked the loop would never see
        // them, and would end on its 60 s safety instead.
        Gate gate;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            if (++ticks == 20)
                gate.open.store(true);
        });
        timer.start();
        QElapsedTimer clock;
        clock.start();
        runBlocking(gatedOnWorker(&gate, {}), 90s);
        QVERIFY2(ticks >= 20 && clock.elapsed() < 30'000, qPrintable(QString::number(ticks)));
    }
};

QObject* makeTestOnWorker()
{
    return new TestOnWorker;
}

#include "TestOnWorker.moc"
