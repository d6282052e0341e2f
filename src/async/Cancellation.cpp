// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "async/Cancellation.h"

namespace pav::async {

CancellationRegistration::CancellationRegistration(CancellationRegistration&& other) noexcept
    : m_state(std::move(other.m_state))
    , m_entry(other.m_entry)
{
    if (m_state)
        m_entry->owner = this;
}

CancellationRegistration& CancellationRegistration::operator=(CancellationRegistration&& other) noexcept
{
    if (this != &other) {
        reset();
        m_state = std::move(other.m_state);
        m_entry = other.m_entry;
        if (m_state)
            m_entry->owner = this;
    }
    return *this;
}

void CancellationRegistration::reset() noexcept
{
    if (m_state) {
        m_state->callbacks.erase(m_entry);
        m_state.reset();
    }
}

bool CancellationToken::isCancelled() const noexcept
{
    return m_state && m_state->cancelled;
}

void CancellationToken::throwIfCancelled() const
{
    if (isCancelled())
        throw Cancelled();
}

CancellationRegistration CancellationToken::onCancel(std::function<void()> callback) const
{
    CancellationRegistration registration;
    if (!m_state)
        return registration;
    if (m_state->cancelled) {
        callback();
        return registration;
    }
    m_state->callbacks.push_back({std::move(callback), &registration});
    registration.m_state = m_state;
    registration.m_entry = std::prev(m_state->callbacks.end());
    return registration; // the move constructor re-points the entry's owner at the caller's object
}

void detail::CancellationState::cancel()
{
    if (cancelled)
        return;
    cancelled = true;
    // Detach each entry before running it, so a callback may freely unregister others (or itself).
    while (!callbacks.empty()) {
        auto run = std::move(callbacks.front().run);
        if (auto* owner = callbacks.front().owner)
            owner->m_state.reset();
        callbacks.pop_front();
        run();
    }
}

CancellationSource::CancellationSource()
    : m_state(std::make_shared<detail::CancellationState>())
{
}

CancellationSource::CancellationSource(const CancellationToken& parent)
    : CancellationSource()
{
    std::weak_ptr<detail::CancellationState> weak = m_state;
    m_state->parentLink = parent.onCancel([weak] {
        if (auto state = weak.lock())
            state->cancel();
    });
}

void CancellationSource::requestCancellation()
{
    // Keep the state alive while callbacks run, even if one of them drops the last other reference.
    auto keepAlive = m_state;
    keepAlive->cancel();
}

bool CancellationSource::isCancellationRequested() const noexcept
{
    return m_state->cancelled;
}

} // namespace pav::async
