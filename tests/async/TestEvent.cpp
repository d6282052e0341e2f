// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "async/Event.h"
#include "async/RunBlocking.h"
#include "async/Sleep.h"
#include "async/TaskGroup.h"

using namespace pav::async;
using namespace std::chrono_literals;

namespace {
Task<> waitAndLog(Event* event, QStringList* log, QString name)
{
    co_await event->wait();
    log->append(name);
}

Task<> setLater(Event* event, QStringList* log)
{
    co_await sleepFor(5ms);
    log->append(QStringLiteral("set"));
    event->set();
    log->append(QStringLiteral("after set"));
}

Task<> waitersAndSetter(Event* event, QStringList* log)
{
    TaskGroup group;
    group.spawn(waitAndLog(event, log, QStringLiteral("a")));
    group.spawn(waitAndLog(event, log, QStringLiteral("b")));
    group.spawn(setLater(event, log));
    co_await group.join();
}

Task<bool> waitCancelled(Event* event, CancellationToken token)
{
    try {
        co_await event->wait(token);
    } catch (const pav::Cancelled&) {
        co_return true;
    }
    co_return false;
}

Task<bool> cancelWhileWaiting(Event* event)
{
    CancellationSource source;
    TaskGroup group;
    bool cancelled = false;
    auto waiter = waitCancelled(event, source.token());
    group.spawn([](Task<bool> inner, bool* out) -> Task<> { *out = co_await std::move(inner); }(std::move(waiter),
                                                                                                &cancelled));
    co_await sleepFor(2ms);
    source.requestCancellation();
    co_await group.join();
    co_return cancelled;
}
} // namespace

class TestEvent : public QObject
{
    Q_OBJECT

private slots:
    void setWakesEveryWaiterAfterTheSetterReturns()
    {
        Event event;
        QStringList log;
        runBlocking(waitersAndSetter(&event, &log), 5s);
        // Waiters run on a later loop pass, never inside set().
        QCOMPARE(log, (QStringList{"set", "after set", "a", "b"}));
        QVERIFY(event.isSet());
    }

    void waitOnASetEventReturnsAtOnceUntilCleared()
    {
        Event event;
        event.set();
        QStringList log;
        runBlocking(waitAndLog(&event, &log, QStringLiteral("x")), 30s);
        QCOMPARE(log, QStringList{"x"});
        event.clear();
        QVERIFY(!event.isSet());
    }

    void cancellationEndsAWait()
    {
        Event event;
        QVERIFY(runBlocking(cancelWhileWaiting(&event), 5s));
        QVERIFY(!event.isSet());
    }
};

QObject* makeTestEvent()
{
    return new TestEvent;
}

#include "TestEvent.moc"
