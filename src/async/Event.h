// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <coroutine>

#include "async/Cancellation.h"
#include "async/Wakeup.h"

namespace pav::async {

// asyncio.Event: wait() suspends until set(); set() wakes every waiter (on the next loop pass, never inside
// set()) and stays set until clear(). A crawler's dispatcher clears it, looks for work, and waits when there
// is none; whoever produces work or finishes a task sets it. Single-threaded.
class Event
{
public:
    class WaitAwaiter
    {
    public:
        WaitAwaiter(Event& event, CancellationToken token);
        WaitAwaiter(const WaitAwaiter&) = delete;
        WaitAwaiter& operator=(const WaitAwaiter&) = delete;
        ~WaitAwaiter();

        bool await_ready() const noexcept { return m_event.m_set || m_token.isCancelled(); }
        void await_suspend(std::coroutine_handle<> handle);
        void await_resume(); // throws Cancelled when the token fired first

    private:
        friend class Event;
        void unlink();

        Event& m_event;
        CancellationToken m_token;
        CancellationRegistration m_registration;
        Wakeup m_wakeup;
        std::coroutine_handle<> m_handle;
        WaitAwaiter* m_prev = nullptr;
        WaitAwaiter* m_next = nullptr;
        bool m_queued = false;
        bool m_woken = false;
    };

    Event() = default;
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;
    ~Event();

    void set();
    void clear() noexcept { m_set = false; }
    bool isSet() const noexcept { return m_set; }

    [[nodiscard]] WaitAwaiter wait(CancellationToken token = {}) { return WaitAwaiter(*this, std::move(token)); }

private:
    bool m_set = false;
    WaitAwaiter* m_first = nullptr;
    WaitAwaiter* m_last = nullptr;
};

} // namespace pav::async
