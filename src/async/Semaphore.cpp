// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "async/Semaphore.h"

#include <QtGlobal>

namespace pav::async {

void Semaphore::Permit::release()
{
    if (auto* semaphore = std::exchange(m_semaphore, nullptr))
        semaphore->release();
}

Semaphore::Semaphore(int permits)
    : m_available(permits)
{
    Q_ASSERT(permits >= 0);
}

Semaphore::~Semaphore()
{
    Q_ASSERT_X(m_first == nullptr, "Semaphore", "destroyed while tasks are waiting on it");
}

std::optional<Semaphore::Permit> Semaphore::tryAcquire()
{
    if (m_available > 0 && m_first == nullptr) {
        --m_available;
        return Permit(this);
    }
    return std::nullopt;
}

void Semaphore::release()
{
    if (AcquireAwaiter* next = m_first) {
        remove(next);
        next->m_granted = true;
        next->m_registration.reset();
        next->m_wakeup.schedule(next->m_handle);
        return;
    }
    ++m_available;
}

void Semaphore::enqueue(AcquireAwaiter* waiter)
{
    waiter->m_prev = m_last;
    waiter->m_next = nullptr;
    (m_last ? m_last->m_next : m_first) = waiter;
    m_last = waiter;
    waiter->m_queued = true;
    ++m_waiting;
}

void Semaphore::remove(AcquireAwaiter* waiter)
{
    (waiter->m_prev ? waiter->m_prev->m_next : m_first) = waiter->m_next;
    (waiter->m_next ? waiter->m_next->m_prev : m_last) = waiter->m_prev;
    waiter->m_prev = waiter->m_next = nullptr;
    waiter->m_queued = false;
    --m_waiting;
}

Semaphore::AcquireAwaiter::AcquireAwaiter(Semaphore& semaphore, CancellationToken token)
    : m_semaphore(semaphore)
    , m_token(std::move(token))
{
}

Semaphore::AcquireAwaiter::~AcquireAwaiter()
{
    if (m_queued)
        m_semaphore.remove(this);
    if (m_granted && !m_delivered)
        m_semaphore.release(); // the frame died between grant and resumption: pass the permit on
}

bool Semaphore::AcquireAwaiter::await_ready()
{
    if (m_token.isCancelled())
        return true;
    if (m_semaphore.m_available > 0 && m_semaphore.m_first == nullptr) {
        --m_semaphore.m_available;
        m_granted = true;
        return true;
    }
    return false;
}

void Semaphore::AcquireAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_handle = handle;
    m_semaphore.enqueue(this);
    m_registration = m_token.onCancel([this] {
        if (m_queued) {
            m_semaphore.remove(this);
            m_wakeup.schedule(m_handle);
        }
    });
}

Semaphore::Permit Semaphore::AcquireAwaiter::await_resume()
{
    m_registration.reset();
    if (!m_granted)
        throw Cancelled();
    m_delivered = true;
    return Permit(&m_semaphore);
}

} // namespace pav::async
