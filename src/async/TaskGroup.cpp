// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "async/TaskGroup.h"

#include <QtGlobal>

#include "common/Log.h"

namespace pav::async {

// The driver coroutine around each child: eager, and it frees its own frame when it ends.
struct TaskGroup::Child
{
    struct promise_type
    {
        Child get_return_object() noexcept { return {}; }
        std::suspend_never initial_suspend() const noexcept { return {}; }
        std::suspend_never final_suspend() const noexcept { return {}; }
        void return_void() const noexcept {}
        void unhandled_exception() const noexcept { std::terminate(); } // runChild catches everything
    };
};

namespace {
struct CurrentFrame
{
    void* frame = nullptr;
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> handle) noexcept
    {
        frame = handle.address();
        return false;
    }
    void* await_resume() const noexcept { return frame; }
};
} // namespace

TaskGroup::TaskGroup(const CancellationToken& parent)
    : m_source(parent)
{
}

TaskGroup::~TaskGroup()
{
    if (m_children.empty())
        return;
    Q_ASSERT_X(m_abandoned, "TaskGroup", "destroyed with running children; co_await join() first");
    qCDebug(lcAsync) << "abandoning a task group with" << m_children.size() << "running children";
    m_source.requestCancellation();
    auto children = std::move(m_children);
    m_children.clear();
    for (void* frame : children)
        std::coroutine_handle<>::from_address(frame).destroy();
}

void TaskGroup::spawn(Task<> task)
{
    runChild(std::move(task), this);
}

TaskGroup::Child TaskGroup::runChild(Task<> task, TaskGroup* group)
{
    void* self = co_await CurrentFrame{};
    group->m_children.insert(self);
    std::exception_ptr failure;
    try {
        co_await std::move(task);
    } catch (...) {
        failure = std::current_exception();
    }
    group->childFinished(self, failure);
}

void TaskGroup::childFinished(void* frame, std::exception_ptr failure)
{
    m_children.erase(frame);
    if (failure && !m_failure) {
        try {
            std::rethrow_exception(failure);
        } catch (const Cancelled&) {
            // expected once the group (or its parent) is cancelled
        } catch (...) {
            m_failure = failure;
            m_source.requestCancellation();
        }
    }
    if (m_children.empty() && m_joiner)
        m_joiner->m_wakeup.schedule(m_joiner->m_handle);
}

TaskGroup::JoinAwaiter::~JoinAwaiter()
{
    if (m_group.m_joiner == this) {
        // Our frame is being destroyed while we wait: the group goes with it, children included.
        m_group.m_joiner = nullptr;
        m_group.m_abandoned = true;
    }
}

void TaskGroup::JoinAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_handle = handle;
    m_group.m_joiner = this;
}

void TaskGroup::JoinAwaiter::await_resume()
{
    m_group.m_joiner = nullptr;
    if (auto failure = std::exchange(m_group.m_failure, nullptr))
        std::rethrow_exception(failure);
}

} // namespace pav::async
