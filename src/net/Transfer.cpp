// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Transfer.h"

#include <algorithm>
#include <new>

#include "common/Log.h"
#include "net/CurlMulti.h"

namespace pav::net {

namespace {
constexpr long BufferSize = 64 * 1024;

std::chrono::microseconds infoTime(CURL* easy, CURLINFO info)
{
    curl_off_t value = 0;
    curl_easy_getinfo(easy, info, &value);
    return std::chrono::microseconds(value);
}
} // namespace

Transfer::Transfer(CurlMulti& multi, const Request& request, const QByteArray& url, const Options& options)
    : m_multi(multi)
    , m_maxBodySize(request.maxBodySize)
{
    s_live.fetch_add(1, std::memory_order_relaxed);
    m_easy = multi.takeEasyHandle();
    if (!m_easy) {
        failWith(FetchError::Internal, QStringLiteral("curl_easy_init failed"));
        return;
    }
    m_response.effectiveUrl = QString::fromUtf8(url);
    const QByteArray& agent = request.userAgent.isEmpty() ? options.userAgent : request.userAgent;
    for (const auto& [name, value] : request.headers)
        m_headerList = curl_slist_append(m_headerList, (name + ": " + value).constData());

    CURLcode code = CURLE_OK;
    auto set = [&](CURLoption option, auto value) {
        if (code == CURLE_OK)
            code = curl_easy_setopt(m_easy, option, value);
    };
    set(CURLOPT_URL, url.constData()); // curl copies strings passed to setopt
    set(CURLOPT_PRIVATE, this);
    set(CURLOPT_ERRORBUFFER, m_errorBuffer);
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_PROTOCOLS_STR, "http,https");
    set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    set(CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl can decode
    set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    // Prefer multiplexing on an HTTP/2 connection over opening another; only https can speak HTTP/2 here
    // (CURL_HTTP_VERSION_2TLS). On plain http the wait serialised every request to a server that closes its
    // connections, since curl waited for each connection to end before opening the next.
    set(CURLOPT_PIPEWAIT, url.size() >= 6 && qstrnicmp(url.constData(), "https:", 6) == 0 ? 1L : 0L);
    set(CURLOPT_BUFFERSIZE, BufferSize);
    set(CURLOPT_FOLLOWLOCATION, request.followRedirects ? 1L : 0L);
    set(CURLOPT_MAXREDIRS, long(request.maxRedirects));
    set(CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeout.count()));
    set(CURLOPT_TIMEOUT_MS, long(request.timeout.count()));
    set(CURLOPT_NOBODY, request.method == Request::Method::Head ? 1L : 0L);
    set(CURLOPT_WRITEFUNCTION, &Transfer::onBody);
    set(CURLOPT_WRITEDATA, this);
    set(CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    set(CURLOPT_HEADERDATA, this);
    if (!agent.isEmpty())
        set(CURLOPT_USERAGENT, agent.constData());
    if (m_headerList)
        set(CURLOPT_HTTPHEADER, m_headerList);
    if (options.share) {
        m_reusable = false;
        set(CURLOPT_SHARE, options.share);
        set(CURLOPT_COOKIEFILE, ""); // enables the cookie engine without reading a file
    }
    if (code != CURLE_OK)
        failWith(fetchErrorFromCurl(code, m_errorBuffer), QString::fromUtf8(curl_easy_strerror(code)));
}

Transfer::~Transfer()
{
    detach();
    if (m_easy && m_reusable)
        m_multi.giveBackEasyHandle(m_easy);
    else if (m_easy)
        curl_easy_cleanup(m_easy);
    curl_slist_free_all(m_headerList);
    s_live.fetch_sub(1, std::memory_order_relaxed);
}

void Transfer::detach()
{
    if (m_attached) {
        m_attached = false;
        m_multi.remove(this);
    }
}

void Transfer::failWith(FetchError error, const QString& detail)
{
    m_finished = true;
    m_response.error = error;
    m_response.errorText = detail.isEmpty() ? describe(error) : describe(error) + QStringLiteral(": ") + detail;
}

bool Transfer::Awaiter::await_suspend(std::coroutine_handle<> handle)
{
    Transfer& t = m_transfer;
    if (t.m_finished)
        return false; // failed during set-up
    QString error;
    if (!t.m_multi.add(&t, &error)) {
        t.failWith(FetchError::Internal, error);
        return false;
    }
    t.m_attached = true;
    t.m_waiting = handle;
    m_registration = m_token.onCancel([&t] {
        t.detach();
        t.m_cancelled = true;
        t.m_wakeup.schedule(t.m_waiting);
    });
    return true;
}

void Transfer::Awaiter::await_resume()
{
    m_registration.reset();
    if (m_transfer.m_cancelled || (!m_transfer.m_finished && m_token.isCancelled()))
        throw Cancelled();
}

void Transfer::finish(CURLcode result)
{
    collectInfo();
    detach();
    if (result != CURLE_OK) {
        long osErrno = 0;
        curl_easy_getinfo(m_easy, CURLINFO_OS_ERRNO, &osErrno);
        FetchError error = m_bodyTooLarge ? FetchError::BodyTooLarge : fetchErrorFromCurl(result, m_errorBuffer, osErrno);
        QString detail = m_bodyTooLarge ? QStringLiteral("%1 bytes").arg(m_maxBodySize)
                                        : QString::fromUtf8(m_errorBuffer[0] ? m_errorBuffer : curl_easy_strerror(result));
        failWith(error, detail);
    }
    m_finished = true;
    m_wakeup.schedule(m_waiting);
}

void Transfer::collectInfo()
{
    long status = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
    m_response.status = int(status);
    const char* text = nullptr;
    if (curl_easy_getinfo(m_easy, CURLINFO_EFFECTIVE_URL, &text) == CURLE_OK && text)
        m_response.effectiveUrl = QString::fromUtf8(text);
    text = nullptr;
    if (curl_easy_getinfo(m_easy, CURLINFO_REDIRECT_URL, &text) == CURLE_OK && text)
        m_response.redirectUrl = QString::fromUtf8(text);
    text = nullptr;
    if (curl_easy_getinfo(m_easy, CURLINFO_PRIMARY_IP, &text) == CURLE_OK && text)
        m_response.primaryIp = QString::fromLatin1(text);
    long version = 0;
    curl_easy_getinfo(m_easy, CURLINFO_HTTP_VERSION, &version);
    switch (version) {
    case CURL_HTTP_VERSION_1_0: m_response.httpVersion = "1.0"; break;
    case CURL_HTTP_VERSION_1_1: m_response.httpVersion = "1.1"; break;
    case CURL_HTTP_VERSION_2_0: m_response.httpVersion = "2"; break;
    case CURL_HTTP_VERSION_3: m_response.httpVersion = "3"; break;
    default: break;
    }
    curl_off_t received = 0;
    curl_easy_getinfo(m_easy, CURLINFO_SIZE_DOWNLOAD_T, &received);
    m_response.bytesReceived = received;
    m_response.timings.dns = infoTime(m_easy, CURLINFO_NAMELOOKUP_TIME_T);
    m_response.timings.connect = infoTime(m_easy, CURLINFO_CONNECT_TIME_T);
    m_response.timings.tls = infoTime(m_easy, CURLINFO_APPCONNECT_TIME_T);
    m_response.timings.firstByte = infoTime(m_easy, CURLINFO_STARTTRANSFER_TIME_T);
    m_response.timings.total = infoTime(m_easy, CURLINFO_TOTAL_TIME_T);
}

size_t Transfer::onBody(char* data, size_t size, size_t count, void* self)
{
    // C callback: nothing may throw through it. Returning less than given makes curl abort the transfer.
    auto* transfer = static_cast<Transfer*>(self);
    const size_t length = size * count;
    QByteArray& body = transfer->m_response.body;
    if (qint64(body.size()) + qint64(length) > transfer->m_maxBodySize) {
        transfer->m_bodyTooLarge = true; // checked after decoding, so a gzip bomb stops here too
        return 0;
    }
    try {
        if (body.isEmpty()) {
            // One allocation for the whole body instead of a chain of reallocations and copies as it grows.
            // With a content coding this is the encoded length: a floor, still fewer steps.
            curl_off_t expected = -1;
            curl_easy_getinfo(transfer->m_easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected);
            if (expected > qint64(length))
                body.reserve(qsizetype(std::min<qint64>(expected, transfer->m_maxBodySize)));
        }
        body.append(data, qsizetype(length));
    } catch (...) {
        return 0;
    }
    return length;
}

size_t Transfer::onHeader(char* data, size_t size, size_t count, void* self)
{
    auto* transfer = static_cast<Transfer*>(self);
    const size_t length = size * count;
    try {
        QByteArrayView line(data, qsizetype(length));
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        HeaderList& headers = transfer->m_response.headers;
        if (line.startsWith("HTTP/")) {
            headers.clear(); // a new response starts: an interim 1xx or the next hop of a followed redirect
        } else if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            if (!headers.isEmpty()) // obsolete line folding continues the previous value
                headers.back().second += ' ' + line.trimmed().toByteArray();
        } else if (qsizetype colon = line.indexOf(':'); colon > 0) {
            headers.append({line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
        }
    } catch (...) {
        return 0;
    }
    return length;
}

} // namespace pav::net
