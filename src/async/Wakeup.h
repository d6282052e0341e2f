// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <coroutine>

namespace pav::async {

// Resumes a suspended coroutine on the next pass of this thread's event loop (asyncio's call_soon).
// Every awaitable completes through one of these instead of resuming inline, so a coroutine never runs
// inside a curl callback, a cancellation callback or a timer that its own frame owns.
// Owned by the awaiter inside the coroutine frame: destroying it unschedules it, so a frame destroyed
// while queued is never resumed. Thread affinity: the thread that calls schedule().
class Wakeup
{
public:
    Wakeup() = default;
    ~Wakeup() { unlink(); }
    Wakeup(const Wakeup&) = delete;
    Wakeup& operator=(const Wakeup&) = delete;

    void schedule(std::coroutine_handle<> handle);
    void cancel() { unlink(); }
    bool isScheduled() const noexcept { return m_next != nullptr; }

private:
    friend class ReadyQueue;
    void unlink() noexcept
    {
        if (m_next) {
            m_prev->m_next = m_next;
            m_next->m_prev = m_prev;
            m_prev = m_next = nullptr;
        }
    }

    Wakeup* m_prev = nullptr;
    Wakeup* m_next = nullptr;
    std::coroutine_handle<> m_handle;
};

// Number of resumptions still queued on this thread (tests use it to check nothing is left behind).
int pendingWakeups();

} // namespace pav::async
