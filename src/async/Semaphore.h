// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <coroutine>
#include <optional>

#include "async/Cancellation.h"
#include "async/Wakeup.h"

namespace pav::async {

// asyncio.Semaphore with strict FIFO fairness: a released permit is handed straight to the longest
// waiter, so a newcomer can never overtake a queued task. Waits are cancellable. Single-threaded.
// The semaphore must outlive its permits and waiters.
class Semaphore
{
public:
    // Returns its permit to the semaphore when destroyed (or on release()).
    class Permit
    {
    public:
        Permit() = default;
        Permit(Permit&& other) noexcept
            : m_semaphore(std::exchange(other.m_semaphore, nullptr))
        {
        }
        Permit& operator=(Permit&& other) noexcept
        {
            if (this != &other) {
                release();
                m_semaphore = std::exchange(other.m_semaphore, nullptr);
            }
            return *this;
        }
        ~Permit() { release(); }
        void release();
        bool isHeld() const noexcept { return m_semaphore != nullptr; }

    private:
        friend class Semaphore;
        explicit Permit(Semaphore* semaphore)
            : m_semaphore(semaphore)
        {
        }
        Semaphore* m_semaphore = nullptr;
    };

    // Lives in the awaiting frame; a node of the semaphore's waiting list while suspended.
    class AcquireAwaiter
    {
    public:
        AcquireAwaiter(Semaphore& semaphore, CancellationToken token);
        AcquireAwaiter(const AcquireAwaiter&) = delete;
        AcquireAwaiter& operator=(const AcquireAwaiter&) = delete;
        ~AcquireAwaiter();

        bool await_ready();
        void await_suspend(std::coroutine_handle<> handle);
        Permit await_resume();

    private:
        friend class Semaphore;
        Semaphore& m_semaphore;
        CancellationToken m_token;
        CancellationRegistration m_registration;
        Wakeup m_wakeup;
        std::coroutine_handle<> m_handle;
        AcquireAwaiter* m_prev = nullptr;
        AcquireAwaiter* m_next = nullptr;
        bool m_queued = false;
        bool m_granted = false;   // a permit is reserved for this waiter
        bool m_delivered = false; // ...and was handed over as a Permit
    };

    explicit Semaphore(int permits);
    Semaphore(const Semaphore&) = delete;
    Semaphore& operator=(const Semaphore&) = delete;
    ~Semaphore();

    // `auto permit = co_await semaphore.acquire(token);`
    [[nodiscard]] AcquireAwaiter acquire(CancellationToken token = {}) { return AcquireAwaiter(*this, std::move(token)); }
    std::optional<Permit> tryAcquire();

    int available() const noexcept { return m_available; }
    int waiting() const noexcept { return m_waiting; }

private:
    void release();
    void enqueue(AcquireAwaiter* waiter);
    void remove(AcquireAwaiter* waiter);

    int m_available;
    int m_waiting = 0;
    AcquireAwaiter* m_first = nullptr;
    AcquireAwaiter* m_last = nullptr;
};

} // namespace pav::async
