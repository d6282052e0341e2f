// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <memory>
#include <unordered_map>

#include <QHash>
#include <QString>

#include "async/Cancellation.h"
#include "async/Semaphore.h"
#include "async/Task.h"

namespace pav::crawl {

// Politeness per host: at most `perHost` requests in flight, and request starts at least `delay` apart
// (a robots.txt Crawl-delay raises the gap for its host and limits it to one request at a time).
// Each start time is reserved before sleeping, so concurrent acquirers line up instead of all waking at once.
// Single-threaded; must outlive every Lease it hands out.
class HostPolicy
{
public:
    using Clock = std::chrono::steady_clock;

    struct Options
    {
        int perHost = 4;
        std::chrono::milliseconds delay{0};
    };

    // Holding one is permission to send one request to its host; destroying it frees the slot.
    class Lease
    {
    public:
        Lease() = default;
        explicit Lease(async::Semaphore::Permit permit)
            : m_permit(std::move(permit))
        {
        }
        bool isHeld() const noexcept { return m_permit.isHeld(); }

    private:
        async::Semaphore::Permit m_permit;
    };

    explicit HostPolicy(Options options);
    HostPolicy(const HostPolicy&) = delete;
    HostPolicy& operator=(const HostPolicy&) = delete;
    ~HostPolicy();

    // `host` is the origin ("https://example.com:8443"); throws Cancelled when the token fires.
    async::Task<Lease> acquire(QString host, async::CancellationToken token = {});

    void setCrawlDelay(const QString& host, std::chrono::milliseconds delay);
    std::chrono::milliseconds delayFor(const QString& host);

private:
    struct Host;
    Host& hostFor(const QString& host);

    Options m_options;
    QHash<QString, std::shared_ptr<Host>> m_hosts;
};

} // namespace pav::crawl
