// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <list>
#include <memory>

#include "common/Error.h"

namespace pav::async {

namespace detail {
struct CancellationState;
}

// Keeps a cancellation callback registered for as long as it lives (cppcoro's cancellation_registration).
// Move-only; destroying it unregisters the callback. Awaiters hold one while they are suspended.
class CancellationRegistration
{
public:
    CancellationRegistration() = default;
    CancellationRegistration(CancellationRegistration&& other) noexcept;
    CancellationRegistration& operator=(CancellationRegistration&& other) noexcept;
    ~CancellationRegistration() { reset(); }

    void reset() noexcept;
    bool isActive() const noexcept { return m_state != nullptr; }

private:
    friend class CancellationToken;
    friend struct detail::CancellationState;
    std::shared_ptr<detail::CancellationState> m_state;
    std::list<struct CancellationCallback>::iterator m_entry;
};

// A cheap, copyable view of a CancellationSource. A default-constructed token is never cancelled.
// Not thread-safe: cancel on the thread whose event loop runs the tasks (post to it from elsewhere).
class CancellationToken
{
public:
    CancellationToken() = default;

    bool isCancelled() const noexcept;
    bool canBeCancelled() const noexcept { return m_state != nullptr; }
    void throwIfCancelled() const;

    // Runs `callback` once when cancellation is requested; at once if it already was (and then returns
    // an inactive registration). Callbacks must not throw.
    [[nodiscard]] CancellationRegistration onCancel(std::function<void()> callback) const;

private:
    friend class CancellationSource;
    explicit CancellationToken(std::shared_ptr<detail::CancellationState> state)
        : m_state(std::move(state))
    {
    }
    std::shared_ptr<detail::CancellationState> m_state;
};

// Where cancellation starts: the UI's Stop, the CLI's SIGINT, a TaskGroup, a timeout. Copies share one
// state. A source made from a parent token is also cancelled when the parent is (a linked source).
class CancellationSource
{
public:
    CancellationSource();
    explicit CancellationSource(const CancellationToken& parent);

    CancellationToken token() const { return CancellationToken(m_state); }
    void requestCancellation();
    bool isCancellationRequested() const noexcept;

private:
    std::shared_ptr<detail::CancellationState> m_state;
};

struct CancellationCallback
{
    std::function<void()> run;
    CancellationRegistration* owner = nullptr;
};

namespace detail {
struct CancellationState
{
    bool cancelled = false;
    std::list<CancellationCallback> callbacks;
    CancellationRegistration parentLink;
    void cancel();
};
} // namespace detail

} // namespace pav::async
