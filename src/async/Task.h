// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <coroutine>
#include <exception>
#include <optional>
#include <stdexcept>
#include <utility>

namespace pav::async {

template <typename T = void>
class Task;

namespace detail {

// Counts live coroutine frames so tests can prove that nothing leaked (cppcoro's `counted`).
inline std::atomic<long> liveTaskFrames{0};

// How a task got to its end, so that finishing during the awaiter's own resume() returns to the awaiter
// without growing the stack. GCC 12 does not turn symmetric transfer into a tail call at -O0 or under
// ASan, and a loop over 100k synchronously completing tasks would otherwise overflow the stack.
enum class RunState : unsigned char
{
    NotStarted,
    RunningInline,   // being resumed from the awaiter's await_suspend()
    Suspended,       // waiting on something; its completion resumes the continuation
    CompletedInline, // finished before await_suspend() returned
};

class PromiseBase
{
public:
    PromiseBase() noexcept { liveTaskFrames.fetch_add(1, std::memory_order_relaxed); }
    ~PromiseBase() { liveTaskFrames.fetch_sub(1, std::memory_order_relaxed); }
    PromiseBase(const PromiseBase&) = delete;
    PromiseBase& operator=(const PromiseBase&) = delete;

    struct FinalAwaiter
    {
        bool await_ready() const noexcept { return false; }
        template <typename Promise>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<Promise> self) noexcept
        {
            PromiseBase& promise = self.promise();
            if (promise.m_state == RunState::RunningInline) {
                promise.m_state = RunState::CompletedInline;
                return std::noop_coroutine();
            }
            return promise.m_continuation; // symmetric transfer to whoever awaited us
        }
        void await_resume() const noexcept {}
    };

    std::suspend_always initial_suspend() const noexcept { return {}; }
    FinalAwaiter final_suspend() const noexcept { return {}; }
    void unhandled_exception() noexcept { m_exception = std::current_exception(); }

    std::coroutine_handle<> m_continuation = std::noop_coroutine();
    std::exception_ptr m_exception;
    RunState m_state = RunState::NotStarted;
};

template <typename T>
class Promise : public PromiseBase
{
public:
    Task<T> get_return_object() noexcept;

    template <typename U = T>
    void return_value(U&& value)
    {
        m_value.emplace(std::forward<U>(value));
    }

    T takeResult()
    {
        if (m_exception)
            std::rethrow_exception(m_exception);
        return std::move(*m_value);
    }

private:
    std::optional<T> m_value;
};

template <>
class Promise<void> : public PromiseBase
{
public:
    Task<void> get_return_object() noexcept;
    void return_void() noexcept {}
    void takeResult()
    {
        if (m_exception)
            std::rethrow_exception(m_exception);
    }
};

// Starts `handle` from inside an awaiter. Returns false when the task already finished, so the caller's
// await_suspend can decline to suspend; otherwise the task's completion will resume `continuation`.
template <typename P>
bool startAndSuspend(std::coroutine_handle<P> handle, std::coroutine_handle<> continuation)
{
    PromiseBase& promise = handle.promise();
    promise.m_continuation = continuation;
    promise.m_state = RunState::RunningInline;
    handle.resume();
    if (promise.m_state == RunState::CompletedInline)
        return false;
    promise.m_state = RunState::Suspended;
    return true;
}

} // namespace detail

// A lazy coroutine: nothing runs until it is awaited (or handed to TaskGroup::spawn), and its value or
// exception is delivered at the co_await. Move-only; destroying a task that has not finished destroys
// its frame, which runs the destructors of everything it holds (pending transfers, timers, permits).
template <typename T>
class [[nodiscard]] Task
{
public:
    using promise_type = detail::Promise<T>;
    using value_type = T;
    using Handle = std::coroutine_handle<promise_type>;

    Task() noexcept = default;
    explicit Task(Handle handle) noexcept
        : m_handle(handle)
    {
    }
    Task(Task&& other) noexcept
        : m_handle(std::exchange(other.m_handle, {}))
    {
    }
    Task& operator=(Task&& other) noexcept
    {
        if (this != &other) {
            reset();
            m_handle = std::exchange(other.m_handle, {});
        }
        return *this;
    }
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    ~Task() { reset(); }

    bool isValid() const noexcept { return bool(m_handle); }
    bool isDone() const noexcept { return m_handle && m_handle.done(); }
    void reset() noexcept
    {
        if (m_handle)
            std::exchange(m_handle, {}).destroy();
    }

    struct Awaiter
    {
        Handle handle;
        bool await_ready() const noexcept { return !handle || handle.done(); }
        bool await_suspend(std::coroutine_handle<> awaiting) { return detail::startAndSuspend(handle, awaiting); }
        T await_resume()
        {
            if (!handle)
                throw std::logic_error("awaited an empty Task");
            return handle.promise().takeResult();
        }
    };

    // Await a task once, as an rvalue: `co_await fetch(request)` or `co_await std::move(task)`.
    Awaiter operator co_await() && noexcept { return Awaiter{m_handle}; }

    Handle handle() const noexcept { return m_handle; }

private:
    Handle m_handle;
};

template <typename T>
Task<T> detail::Promise<T>::get_return_object() noexcept
{
    return Task<T>(std::coroutine_handle<Promise<T>>::from_promise(*this));
}

inline Task<void> detail::Promise<void>::get_return_object() noexcept
{
    return Task<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}

inline long liveTaskFrames() noexcept
{
    return detail::liveTaskFrames.load(std::memory_order_relaxed);
}

} // namespace pav::async
