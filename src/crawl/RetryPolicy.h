// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QByteArray>
#include <QDateTime>

#include "net/FetchError.h"

namespace pav::crawl {

// When and how long to wait before fetching a URL again: timeouts, connection failures, 5xx and 429 are
// retried up to `maxRetries` times with exponential backoff and full jitter (so a struggling host is not
// hit by every worker at the same instant); a Retry-After header (seconds or an HTTP date) is honoured,
// capped at `maxDelay`. Pure: the clock and the random source are handed in, so tests never sleep.
class RetryPolicy
{
public:
    struct Options
    {
        int maxRetries = 2;
        std::chrono::milliseconds baseDelay{500};
        std::chrono::milliseconds maxDelay{60'000};
    };
    using Now = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit RetryPolicy(Options options, Now now = {}, Random random = {});

    static bool isRetryable(int status, net::FetchError error);

    // The wait before retry number `attempt` (1 = first retry), or nothing when we should give up.
    std::optional<std::chrono::milliseconds> delayBefore(int attempt, int status, net::FetchError error,
                                                         const QByteArray& retryAfter = {}) const;

    // A Retry-After value as a wait from now; nothing when it is absent or unreadable.
    std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value) const;

private:
    Options m_options;
    Now m_now;
    Random m_random;
};

} // namespace pav::crawl
