// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/RetryPolicy.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <QLocale>

namespace pav::crawl {

RetryPolicy::RetryPolicy(Options options, Now now, Random random)
    : m_options(options)
    , m_now(now ? std::move(now) : Now([] { return QDateTime::currentDateTimeUtc(); }))
    , m_random(random ? std::move(random) : Random([] {
        thread_local std::mt19937_64 engine{std::random_device{}()};
        return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
    }))
{
}

bool RetryPolicy::isRetryable(int status, net::FetchError error)
{
    using net::FetchError;
    switch (error) {
    case FetchError::Timeout:
    case FetchError::ConnectionRefused:
    case FetchError::ConnectFailed:
    case FetchError::ConnectionReset:
    case FetchError::TruncatedBody:
    case FetchError::DnsFailure: // resolvers fail transiently too; bounded by maxRetries
        return true;
    case FetchError::None:
        return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    default:
        return false; // invalid URLs, TLS, size limits, decoding: the same request fails the same way
    }
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray& value) const
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(std::min<qint64>(seconds, 86'400) * 1000));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 §10.2.3)
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = m_now().msecsTo(when);
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}

std::optional<std::chrono::milliseconds> RetryPolicy::delayBefore(int attempt, int status, net::FetchError error,
                                                                  const QByteArray& retryAfter) const
{
    if (attempt < 1 || attempt > m_options.maxRetries || !isRetryable(status, error))
        return std::nullopt;
    if (status == 429 || status == 503) {
        if (auto asked = parseRetryAfter(retryAfter))
            return std::min(*asked, m_options.maxDelay);
    }
    // Full jitter (AWS architecture blog): uniform in [0, base * 2^(attempt-1)], at least a tenth of it.
    const double ceiling = std::min<double>(double(m_options.maxDelay.count()),
                                            double(m_options.baseDelay.count()) * std::pow(2.0, attempt - 1));
    const double wait = ceiling * (0.1 + 0.9 * m_random());
    return std::chrono::milliseconds(std::llround(wait));
}

} // namespace pav::crawl
