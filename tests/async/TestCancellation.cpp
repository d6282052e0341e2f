// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include "async/Cancellation.h"
#include "async/RunBlocking.h"
#include "async/Sleep.h"

using namespace pav::async;
using namespace std::chrono_literals;

namespace {
Task<> sleepLong(CancellationToken token)
{
    co_await sleepFor(1h, token); // never ends in a test: only cancellation does
}

Task<> sleepZero(int* passes)
{
    co_await sleepFor(0ms);
    ++*passes;
}
} // namespace

class TestCancellation : public QObject
{
    Q_OBJECT

private slots:
    void defaultTokenIsNeverCancelled()
    {
        CancellationToken token;
        QVERIFY(!token.isCancelled());
        QVERIFY(!token.canBeCancelled());
        bool ran = false;
        auto registration = token.onCancel([&] { ran = true; });
        QVERIFY(!registration.isActive());
        QVERIFY(!ran);
    }

    void runsCallbacksOnceInRegistrationOrder()
    {
        CancellationSource source;
        QList<int> calls;
        auto a = source.token().onCancel([&] { calls << 1; });
        auto b = source.token().onCancel([&] { calls << 2; });
        source.requestCancellation();
        source.requestCancellation();
        QCOMPARE(calls, (QList<int>{1, 2}));
        QVERIFY(!a.isActive());
        QVERIFY(source.token().isCancelled());
    }

    void destroyedRegistrationIsNotCalled()
    {
        CancellationSource source;
        bool ran = false;
        {
            auto registration = source.token().onCancel([&] { ran = true; });
        }
        source.requestCancellation();
        QVERIFY(!ran);
    }

    void movedRegistrationStaysRegistered()
    {
        CancellationSource source;
        int runs = 0;
        CancellationRegistration outer;
        {
            auto inner = source.token().onCancel([&] { ++runs; });
            outer = std::move(inner);
        }
        source.requestCancellation();
        QCOMPARE(runs, 1);
    }

    void callbackMayUnregisterAnother()
    {
        CancellationSource source;
        bool secondRan = false;
        CancellationRegistration second;
        auto first = source.token().onCancel([&] { second.reset(); });
        second = source.token().onCancel([&] { secondRan = true; });
        source.requestCancellation();
        QVERIFY(!secondRan);
    }

    void registeringOnCancelledTokenRunsAtOnce()
    {
        CancellationSource source;
        source.requestCancellation();
        bool ran = false;
        auto registration = source.token().onCancel([&] { ran = true; });
        QVERIFY(ran);
    }

    void linkedSourceFollowsItsParent()
    {
        CancellationSource parent;
        CancellationSource child(parent.token());
        CancellationSource grandchild(child.token());
        parent.requestCancellation();
        QVERIFY(child.isCancellationRequested());
        QVERIFY(grandchild.token().isCancelled());
    }

    void cancellingChildLeavesParentAlone()
    {
        CancellationSource parent;
        CancellationSource child(parent.token());
        child.requestCancellation();
        QVERIFY(!parent.isCancellationRequested());
    }

    void sleepEndsPromptlyWhenCancelled()
    {
        CancellationSource source;
        QTimer::singleShot(20ms, [&] { source.requestCancellation(); });
        QElapsedTimer clock;
        clock.start();
        QVERIFY_THROWS_EXCEPTION(pav::Cancelled, runBlocking(sleepLong(source.token()), 30s));
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    }

    void alreadyCancelledSleepThrowsWithoutWaiting()
    {
        CancellationSource source;
        source.requestCancellation();
        QElapsedTimer clock;
        clock.start();
        QVERIFY_THROWS_EXCEPTION(pav::Cancelled, runBlocking(sleepLong(source.token()), 30s));
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    }

    void zeroSleepYieldsOneLoopPass()
    {
        int passes = 0;
        runBlocking(sleepZero(&passes), 5s);
        QCOMPARE(passes, 1);
    }

    void sleepWaitsAtLeastItsDuration()
    {
        QElapsedTimer clock;
        clock.start();
        runBlocking(sleepFor(30ms), 5s);
        QVERIFY(clock.elapsed() >= 29);
    }
};

QObject* makeTestCancellation()
{
    return new TestCancellation;
}

#include "TestCancellation.moc"
