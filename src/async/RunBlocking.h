// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <coroutine>
#include <optional>
#include <stdexcept>

#include <QEventLoop>
#include <QTimer>

#include "async/Task.h"

namespace pav::async {

// Thrown by runBlocking when the watchdog fires first; the task has then been destroyed (cleaned up).
class WatchdogExpired : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

namespace detail {

// Eager driver whose frame runBlocking owns, so it can be destroyed whether or not the task finished.
struct BlockingDriver
{
    struct promise_type
    {
        BlockingDriver get_return_object() noexcept
        {
            return BlockingDriver{std::coroutine_handle<promise_type>::from_promise(*this)};
        }
        std::suspend_never initial_suspend() const noexcept { return {}; }
        std::suspend_always final_suspend() const noexcept { return {}; }
        void return_void() const noexcept {}
        void unhandled_exception() const noexcept { std::terminate(); }
    };
    explicit BlockingDriver(std::coroutine_handle<promise_type> handle)
        : m_handle(handle)
    {
    }
    BlockingDriver(const BlockingDriver&) = delete;
    BlockingDriver& operator=(const BlockingDriver&) = delete;
    ~BlockingDriver() { m_handle.destroy(); }
    std::coroutine_handle<promise_type> m_handle;
};

template <typename T>
struct BlockingState
{
    std::optional<std::conditional_t<std::is_void_v<T>, bool, T>> value;
    std::exception_ptr failure;
    bool done = false;
    QEventLoop* loop = nullptr;
};

template <typename T>
BlockingDriver driveToEnd(Task<T> task, BlockingState<T>* state)
{
    try {
        if constexpr (std::is_void_v<T>) {
            co_await std::move(task);
            state->value.emplace(true);
        } else {
            state->value.emplace(co_await std::move(task));
        }
    } catch (...) {
        state->failure = std::current_exception();
    }
    state->done = true;
    if (state->loop)
        state->loop->quit();
}

} // namespace detail

// asyncio.run: runs the event loop until `task` finishes and returns its value or rethrows its exception.
// For main() and tests only — product code never nests event loops. A zero watchdog means no limit.
template <typename T>
T runBlocking(Task<T> task, std::chrono::milliseconds watchdog = std::chrono::milliseconds(0))
{
    QEventLoop loop;
    detail::BlockingState<T> state;
    state.loop = &loop;
    {
        detail::BlockingDriver driver = detail::driveToEnd(std::move(task), &state);
        if (!state.done) {
            QTimer timer;
            timer.setSingleShot(true);
            QObject::connect(&timer, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
            if (watchdog.count() > 0)
                timer.start(watchdog);
            loop.exec();
        }
    } // the driver's frame goes here, finished or not
    if (!state.done)
        throw WatchdogExpired("task did not finish within " + std::to_string(watchdog.count()) + " ms");
    if (state.failure)
        std::rethrow_exception(state.failure);
    if constexpr (!std::is_void_v<T>)
        return std::move(*state.value);
}

} // namespace pav::async
