// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "async/Event.h"

#include <QtGlobal>

namespace pav::async {

Event::~Event()
{
    Q_ASSERT_X(m_first == nullptr, "Event", "destroyed while tasks are waiting on it");
}

void Event::set()
{
    m_set = true;
    while (WaitAwaiter* waiter = m_first) {
        waiter->unlink();
        waiter->m_woken = true;
        waiter->m_registration.reset();
        waiter->m_wakeup.schedule(waiter->m_handle);
    }
}

Event::WaitAwaiter::WaitAwaiter(Event& event, CancellationToken token)
    : m_event(event)
    , m_token(std::move(token))
{
}

Event::WaitAwaiter::~WaitAwaiter()
{
    unlink();
}

void Event::WaitAwaiter::unlink()
{
    if (!m_queued)
        return;
    (m_prev ? m_prev->m_next : m_event.m_first) = m_next;
    (m_next ? m_next->m_prev : m_event.m_last) = m_prev;
    m_prev = m_next = nullptr;
    m_queued = false;
}

void Event::WaitAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_handle = handle;
    m_prev = m_event.m_last;
    (m_event.m_last ? m_event.m_last->m_next : m_event.m_first) = this;
    m_event.m_last = this;
    m_queued = true;
    m_registration = m_token.onCancel([this] {
        if (m_queued) {
            unlink();
            m_wakeup.schedule(m_handle);
        }
    });
}

void Event::WaitAwaiter::await_resume()
{
    m_registration.reset();
    if (!m_woken && !m_event.m_set)
        throw Cancelled();
}

} // namespace pav::async
