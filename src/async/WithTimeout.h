// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <type_traits>

#include <QTimer>

#include "async/Cancellation.h"
#include "async/Task.h"
#include "async/Wakeup.h"

namespace pav::async {

// asyncio.wait_for, two forms. Both throw TimedOut when the deadline passes first, and Cancelled when the
// parent token fires first.
//
// withTimeout(duration, makeTask, parent): makeTask(token) builds the task with a token that is cancelled
// at the deadline, so the task unwinds through its own code (the right form for tasks that own groups).
//
// withTimeout(task, duration): the task's frame is destroyed at its current suspension point when the
// deadline passes; every awaitable here cleans up in its destructor (transfers removed from curl, timers
// stopped, permits returned), so this is safe for any task that is not suspended inside a TaskGroup's
// children (a group awaiting join() is fine).

namespace detail {

template <typename T>
class DeadlineAwaiter
{
public:
    DeadlineAwaiter(Task<T> task, std::chrono::milliseconds limit)
        : m_task(std::move(task))
        , m_limit(limit)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
    }

    bool await_ready() const noexcept { return !m_task.isValid() || m_task.isDone(); }

    bool await_suspend(std::coroutine_handle<> awaiting)
    {
        if (!startAndSuspend(m_task.handle(), awaiting))
            return false;
        QObject::connect(&m_timer, &QTimer::timeout, [this, awaiting] {
            m_task.reset(); // abandons the task where it is suspended; its destructors clean up
            m_wakeup.schedule(awaiting);
        });
        m_timer.start(m_limit);
        return true;
    }

    T await_resume()
    {
        m_timer.stop();
        if (!m_task.isValid())
            throw TimedOut();
        return m_task.handle().promise().takeResult();
    }

private:
    Task<T> m_task;
    std::chrono::milliseconds m_limit;
    QTimer m_timer;
    Wakeup m_wakeup;
};

} // namespace detail

template <typename T>
Task<T> withTimeout(Task<T> task, std::chrono::milliseconds limit)
{
    co_return co_await detail::DeadlineAwaiter<T>(std::move(task), limit);
}

template <typename Factory, typename T = typename std::invoke_result_t<Factory, CancellationToken>::value_type>
Task<T> withTimeout(std::chrono::milliseconds limit, Factory makeTask, CancellationToken parent = {})
{
    CancellationSource source(parent);
    bool expired = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setTimerType(Qt::PreciseTimer);
    QObject::connect(&deadline, &QTimer::timeout, [&expired, source]() mutable {
        expired = true;
        source.requestCancellation();
    });
    deadline.start(limit);
    auto task = makeTask(source.token());
    try {
        co_return co_await std::move(task);
    } catch (const Cancelled&) {
        if (expired && !parent.isCancelled())
            throw TimedOut();
        throw;
    }
}

} // namespace pav::async
