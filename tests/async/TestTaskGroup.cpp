// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <stdexcept>

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include "async/RunBlocking.h"
#include "async/Sleep.h"
#include "async/TaskGroup.h"

using namespace pav::async;
using namespace std::chrono_literals;

namespace {
Task<> mark(QList<QString>* log, QString name, std::chrono::milliseconds delay)
{
    log->append(name + QStringLiteral(" start"));
    co_await sleepFor(delay);
    log->append(name + QStringLiteral(" end"));
}

Task<> spawnAndJoin(QList<QString>* log)
{
    TaskGroup group;
    group.spawn(mark(log, QStringLiteral("a"), 20ms));
    group.spawn(mark(log, QStringLiteral("b"), 5ms));
    log->append(QStringLiteral("spawned"));
    co_await group.join();
    log->append(QStringLiteral("joined"));
}

Task<> sleepUntilCancelled(CancellationToken token, int* cancelled)
{
    try {
        co_await sleepFor(1h, token); // only cancellation ends it
    } catch (const pav::Cancelled&) {
        ++*cancelled;
        throw;
    }
}

Task<> failAfter(std::chrono::milliseconds delay)
{
    co_await sleepFor(delay);
    throw std::runtime_error("child failed");
}

Task<> failingChildCancelsSiblings(int* cancelled)
{
    TaskGroup group;
    group.spawn(sleepUntilCancelled(group.token(), cancelled));
    group.spawn(sleepUntilCancelled(group.token(), cancelled));
    group.spawn(failAfter(10ms));
    co_await group.join();
}

Task<> cancelGroup(int* cancelled, CancellationToken parent)
{
    TaskGroup group(parent);
    for (int i = 0; i < 5; ++i)
        group.spawn(sleepUntilCancelled(group.token(), cancelled));
    co_await group.join();
}

Task<> joinEmpty()
{
    TaskGroup group;
    co_await group.join();
}

Task<> spawnDuringRun(int* done)
{
    TaskGroup group;
    for (int i = 0; i < 1000; ++i)
        group.spawn([](int* counter) -> Task<> {
            co_await sleepFor(1ms);
            ++*counter;
        }(done));
    co_await group.join();
}
} // namespace

class TestTaskGroup : public QObject
{
    Q_OBJECT

private slots:
    void spawnStartsChildrenAtOnceAndJoinWaitsForAll()
    {
        QList<QString> log;
        runBlocking(spawnAndJoin(&log), 5s);
        QCOMPARE(log, (QList<QString>{"a start", "b start", "spawned", "b end", "a end", "joined"}));
    }

    void joinOnEmptyGroupReturnsAtOnce() { runBlocking(joinEmpty(), 5s); }

    void failingChildCancelsSiblingsAndJoinRethrows()
    {
        int cancelled = 0;
        QElapsedTimer clock;
        clock.start();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, runBlocking(failingChildCancelsSiblings(&cancelled), 30s));
        QCOMPARE(cancelled, 2);
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    }

    void parentTokenCancelsEveryChild()
    {
        int cancelled = 0;
        CancellationSource stop;
        QTimer::singleShot(10ms, [&] { stop.requestCancellation(); });
        runBlocking(cancelGroup(&cancelled, stop.token()), 5s);
        QCOMPARE(cancelled, 5);
    }

    void thousandChildrenAllFinish()
    {
        int done = 0;
        runBlocking(spawnDuringRun(&done), 10s);
        QCOMPARE(done, 1000);
        QCOMPARE(liveTaskFrames(), 0L);
    }

    void abandonedJoinDestroysChildren()
    {
        int cancelled = 0;
        CancellationSource never;
        QVERIFY_THROWS_EXCEPTION(WatchdogExpired, runBlocking(cancelGroup(&cancelled, never.token()), 20ms));
        QCOMPARE(liveTaskFrames(), 0L);
    }
};

QObject* makeTestTaskGroup()
{
    return new TestTaskGroup;
}

#include "TestTaskGroup.moc"
