// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/HostPolicy.h"

#include "async/Sleep.h"

namespace pav::crawl {

struct HostPolicy::Host
{
    explicit Host(int perHost)
        : inFlight(perHost)
        , serial(1)
    {
    }
    async::Semaphore inFlight;
    async::Semaphore serial; // one slot, taken on top of `inFlight` once a Crawl-delay asks for one at a time
    std::chrono::milliseconds delay{0};
    bool oneAtATime = false;
    Clock::time_point nextStart{};
};

HostPolicy::HostPolicy(Options options)
    : m_options(options)
{
}

HostPolicy::~HostPolicy() = default;

HostPolicy::Host& HostPolicy::hostFor(const QString& host)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end()) {
        auto created = std::make_shared<Host>(std::max(1, m_options.perHost));
        created->delay = m_options.delay;
        it = m_hosts.insert(host, std::move(created));
    }
    return **it;
}

void HostPolicy::setCrawlDelay(const QString& host, std::chrono::milliseconds delay)
{
    Host& state = hostFor(host);
    state.delay = std::max(m_options.delay, delay);
    state.oneAtATime = delay.count() > 0;
}

std::chrono::milliseconds HostPolicy::delayFor(const QString& host)
{
    return hostFor(host).delay;
}

async::Task<HostPolicy::Lease> HostPolicy::acquire(QString host, async::CancellationToken token)
{
    std::shared_ptr<Host> state = m_hosts.value(host);
    if (!state) {
        hostFor(host);
        state = m_hosts.value(host);
    }
    auto permit = co_await state->inFlight.acquire(token);
    // With a Crawl-delay the host gets one request at a time: hold the serial slot for the whole request by
    // trading the in-flight permit for it (the serial semaphore has one slot).
    if (state->oneAtATime) {
        permit = co_await state->serial.acquire(token);
    }
    if (state->delay.count() > 0) {
        const Clock::time_point now = Clock::now();
        const Clock::time_point start = std::max(now, state->nextStart);
        state->nextStart = start + state->delay;
        if (start > now) {
            co_await async::sleepFor(std::chrono::ceil<std::chrono::milliseconds>(start - now), token);
        }
    }
    co_return Lease(std::move(permit));
}

} // namespace pav::crawl
