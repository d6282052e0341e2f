// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "async/Cancellation.h"
#include "async/Task.h"
#include "common/Result.h"
#include "net/Request.h"
#include "net/Response.h"

namespace pav::net {

class CurlMulti;

struct HttpClientOptions
{
    QByteArray userAgent = QByteArrayLiteral("Pavutyna/" PAV_VERSION_STRING);
    bool cookies = false;       // keep cookies between requests of this client (in memory only)
    int maxTotalConnections = 0; // 0: no limit beyond the callers' own
    int maxHostConnections = 0;
    // Idle keep-alive connections kept for reuse. libcurl's default follows the number of transfers
    // attached at the moment, so a burst of completions shrank it and closed connections we then reopened.
    int maxCachedConnections = 64;
};

// Fetches over HTTP(S) on the calling thread's event loop. One client = one connection pool, DNS cache and
// (optionally) cookie jar, shared by all its fetches. Any number of fetches may run at once; limit them with
// a Semaphore. The client must outlive its fetches. Thread affinity: the creating thread.
class HttpClient
{
public:
    explicit HttpClient(HttpClientOptions options = {});
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;
    ~HttpClient();

    // Never throws for network trouble: that comes back in Response::error. Throws Cancelled when the
    // token fires; the transfer is then already detached and freed.
    async::Task<Response> fetch(Request request, async::CancellationToken token = {});

    int activeTransfers() const;

    // Checks that `url` is an absolute http(s) URL and returns it as curl will request it; on failure
    // `why` (when given) says InvalidUrl or UnsupportedScheme.
    static Result<QByteArray> checkUrl(const QString& url, FetchError* why = nullptr);

private:
    HttpClientOptions m_options;
    std::unique_ptr<CurlMulti> m_multi;
    void* m_share = nullptr;
};

} // namespace pav::net
