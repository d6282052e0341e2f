// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <coroutine>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>

#include <QObject>
#include <QThreadPool>

#include "async/Cancellation.h"
#include "async/Task.h"
#include "async/Wakeup.h"

namespace pav::async {

// Runs `work` on a thread pool and resumes the awaiting coroutine back on its own thread with the result
// (or the exception). The one explicit thread hop in the runtime, for CPU-heavy steps such as parsing a
// 20 MB page, so the loop keeps serving sockets and timers. `work` must only touch what it owns or what is
// safe to share. Cancelling the await resumes at once with Cancelled; the work itself runs to its end and
// its result is dropped. The awaiting frame may even be destroyed while the work runs.

namespace detail {

template <typename R>
struct WorkerState
{
    std::mutex mutex;
    QObject* receiver = nullptr; // lives on the awaiting thread; null once the awaiter is gone
    std::optional<std::conditional_t<std::is_void_v<R>, bool, R>> value;
    std::exception_ptr failure;
};

template <typename R, typename Work>
class WorkerAwaiter
{
public:
    WorkerAwaiter(Work work, QThreadPool* pool, CancellationToken token)
        : m_work(std::move(work))
        , m_pool(pool ? pool : QThreadPool::globalInstance())
        , m_token(std::move(token))
        , m_state(std::make_shared<WorkerState<R>>())
    {
        m_state->receiver = &m_receiver;
    }
    WorkerAwaiter(const WorkerAwaiter&) = delete;
    WorkerAwaiter& operator=(const WorkerAwaiter&) = delete;
    ~WorkerAwaiter()
    {
        std::lock_guard lock(m_state->mutex); // the worker posts to m_receiver only while holding this
        m_state->receiver = nullptr;
    }

    bool await_ready() const noexcept { return m_token.isCancelled(); }

    void await_suspend(std::coroutine_handle<> handle)
    {
        m_handle = handle;
        m_done = [this] { m_wakeup.schedule(m_handle); }; // runs on this thread, via m_receiver's queue
        m_registration = m_token.onCancel([this] { m_wakeup.schedule(m_handle); });
        m_pool->start([state = m_state, work = std::move(m_work), done = &m_done]() mutable {
            std::optional<std::conditional_t<std::is_void_v<R>, bool, R>> value;
            std::exception_ptr failure;
            try {
                if constexpr (std::is_void_v<R>) {
                    work();
                    value.emplace(true);
                } else {
                    value.emplace(work());
                }
            } catch (...) {
                failure = std::current_exception();
            }
            std::lock_guard lock(state->mutex);
            if (!state->receiver)
                return; // the awaiter is gone; nobody wants the result
            state->value = std::move(value);
            state->failure = failure;
            QMetaObject::invokeMethod(state->receiver, [done] { (*done)(); }, Qt::QueuedConnection);
        });
    }

    R await_resume()
    {
        m_registration.reset();
        std::lock_guard lock(m_state->mutex);
        if (!m_state->value && !m_state->failure)
            throw Cancelled();
        if (m_state->failure)
            std::rethrow_exception(m_state->failure);
        if constexpr (!std::is_void_v<R>)
            return std::move(*m_state->value);
    }

private:
    Work m_work;
    QThreadPool* m_pool;
    CancellationToken m_token;
    std::shared_ptr<WorkerState<R>> m_state;
    QObject m_receiver;
    std::function<void()> m_done;
    Wakeup m_wakeup;
    CancellationRegistration m_registration;
    std::coroutine_handle<> m_handle;
};

} // namespace detail

template <typename Work, typename R = std::invoke_result_t<Work>>
Task<R> onWorker(Work work, CancellationToken token = {}, QThreadPool* pool = nullptr)
{
    co_return co_await detail::WorkerAwaiter<R, Work>(std::move(work), pool, std::move(token));
}

} // namespace pav::async
