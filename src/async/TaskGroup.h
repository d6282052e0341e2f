// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <coroutine>
#include <exception>
#include <unordered_set>

#include "async/Cancellation.h"
#include "async/Task.h"
#include "async/Wakeup.h"

namespace pav::async {

// asyncio.TaskGroup / cppcoro's async_scope: the one way to run tasks without awaiting each of them.
// spawn() starts a child at once (it runs inline until its first suspension); join() waits for all.
// Children should take token(): cancel() — or the parent token given here — cancels them all.
// The first child that fails with anything but Cancelled cancels its siblings and join() rethrows it.
// A group must be joined before it is destroyed; destroying it with running children is a bug
// (asserted in debug builds). Only the frame that awaits join() may be destroyed mid-join, which
// cancels and destroys the children with it (that is how an enclosing timeout abandons a group).
class TaskGroup
{
public:
    explicit TaskGroup(const CancellationToken& parent = {});
    TaskGroup(const TaskGroup&) = delete;
    TaskGroup& operator=(const TaskGroup&) = delete;
    ~TaskGroup();

    void spawn(Task<> task);
    void cancel() { m_source.requestCancellation(); }
    CancellationToken token() const { return m_source.token(); }
    int running() const noexcept { return int(m_children.size()); }

    class JoinAwaiter
    {
    public:
        explicit JoinAwaiter(TaskGroup& group)
            : m_group(group)
        {
        }
        JoinAwaiter(const JoinAwaiter&) = delete;
        JoinAwaiter& operator=(const JoinAwaiter&) = delete;
        ~JoinAwaiter();
        bool await_ready() const noexcept { return m_group.m_children.empty(); }
        void await_suspend(std::coroutine_handle<> handle);
        void await_resume();

    private:
        friend class TaskGroup;
        TaskGroup& m_group;
        Wakeup m_wakeup;
        std::coroutine_handle<> m_handle;
    };

    [[nodiscard]] JoinAwaiter join() { return JoinAwaiter(*this); }

private:
    struct Child;
    static Child runChild(Task<> task, TaskGroup* group);
    void childFinished(void* frame, std::exception_ptr failure);

    CancellationSource m_source;
    std::unordered_set<void*> m_children; // frames of the running child drivers
    std::exception_ptr m_failure;
    JoinAwaiter* m_joiner = nullptr;
    bool m_abandoned = false;
};

} // namespace pav::async
