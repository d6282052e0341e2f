// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QHash>
#include <QString>

#include "async/Cancellation.h"
#include "async/Event.h"
#include "async/Task.h"
#include "crawl/Robots.h"

namespace pav::net {
class HttpClient;
}

namespace pav::crawl {

class HostPolicy;
class RetryPolicy;

// robots.txt of each origin, fetched once (the first URL of an origin fetches it; the others wait for that
// fetch) and kept for the crawl. Per RFC 9309 §2.3.1: 2xx is parsed, 4xx allows everything, 5xx and
// unreachable disallow everything; redirects are followed up to five hops. A Crawl-delay is handed to the
// host policy. Lives on the crawl's thread, for one crawl.
class RobotsCache
{
public:
    struct Entry
    {
        Robots robots = Robots::allowAll();
        QString failure; // why robots.txt could not be read, when everything is disallowed because of that
        bool cancelled = false;
        async::Event ready;
    };

    RobotsCache(net::HttpClient& http, HostPolicy& hosts, const RetryPolicy& retry, QByteArray userAgent,
                QByteArray productToken, std::chrono::milliseconds timeout);
    ~RobotsCache();

    // `origin` is "scheme://host[:port]". Throws Cancelled.
    async::Task<std::shared_ptr<Entry>> forOrigin(QString origin, async::CancellationToken token);

private:
    async::Task<> fetchInto(std::shared_ptr<Entry> entry, QString origin, async::CancellationToken token);

    net::HttpClient& m_http;
    HostPolicy& m_hosts;
    const RetryPolicy& m_retry;
    QByteArray m_userAgent;
    QByteArray m_productToken;
    std::chrono::milliseconds m_timeout;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace pav::crawl
