// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <coroutine>

#include <curl/curl.h>

#include "async/Cancellation.h"
#include "async/Wakeup.h"
#include "net/Request.h"
#include "net/Response.h"

namespace pav::net {

class CurlMulti;

// One HTTP exchange: owns its easy handle (CURLOPT_PRIVATE points back here) and the response being
// received. Lives in the fetching coroutine's frame; destroying it at any moment detaches the handle from
// the multi and frees it, so cancelling a fetch is simply letting its frame go (Ladybird's ActiveRequest).
class Transfer
{
public:
    struct Options
    {
        QByteArray userAgent;
        CURLSH* share = nullptr;   // cookie jar shared by a client's transfers, or null
    };

    Transfer(CurlMulti& multi, const Request& request, const QByteArray& url, const Options& options);
    Transfer(const Transfer&) = delete;
    Transfer& operator=(const Transfer&) = delete;
    ~Transfer();

    CURL* easyHandle() const noexcept { return m_easy; }

    class Awaiter
    {
    public:
        Awaiter(Transfer& transfer, async::CancellationToken token)
            : m_transfer(transfer)
            , m_token(std::move(token))
        {
        }
        bool await_ready() const noexcept { return m_token.isCancelled(); }
        bool await_suspend(std::coroutine_handle<> handle);
        void await_resume();

    private:
        Transfer& m_transfer;
        async::CancellationToken m_token;
        async::CancellationRegistration m_registration;
    };

    // `co_await transfer.run(token);` — completes when the response is in, or throws Cancelled.
    [[nodiscard]] Awaiter run(async::CancellationToken token) { return Awaiter(*this, std::move(token)); }
    Response takeResponse() { return std::move(m_response); }

    // Called by CurlMulti once curl reports the transfer done; runs no user code.
    void finish(CURLcode result);

    static long liveCount() noexcept { return s_live.load(std::memory_order_relaxed); }

private:
    static size_t onBody(char* data, size_t size, size_t count, void* self);
    static size_t onHeader(char* data, size_t size, size_t count, void* self);
    void detach();
    void collectInfo();
    void failWith(FetchError error, const QString& detail);

    CurlMulti& m_multi;
    CURL* m_easy = nullptr;
    curl_slist* m_headerList = nullptr;
    Response m_response;
    qint64 m_maxBodySize = 0;
    bool m_bodyTooLarge = false;
    bool m_attached = false;
    bool m_finished = false;
    bool m_cancelled = false;
    // A handle that had the cookie engine on is not reused: after curl_easy_reset the list CURLOPT_COOKIEFILE
    // appended to is lost (LeakSanitizer found it), and only a client with cookies enabled turns the engine on.
    bool m_reusable = true;
    async::Wakeup m_wakeup;
    std::coroutine_handle<> m_waiting;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};

    static inline std::atomic<long> s_live{0};
};

} // namespace pav::net
