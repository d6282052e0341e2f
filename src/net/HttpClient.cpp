// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpClient.h"

#include <algorithm>

#include <curl/curl.h>

#include <QCoreApplication>

#include "common/Log.h"
#include "net/CurlMulti.h"
#include "net/Transfer.h"

namespace pav::net {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::net::HttpClient)
};

// The scheme a URL starts with (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) then ':'), or nothing.
QByteArrayView schemeOf(QByteArrayView url)
{
    const auto isAlpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (url.isEmpty() || !isAlpha(url.front()))
        return {};
    for (qsizetype i = 1; i < url.size(); ++i) {
        const char c = url[i];
        if (c == ':')
            return url.first(i);
        if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
            return {};
    }
    return {};
}

bool isFetchableScheme(QByteArrayView scheme)
{
    return scheme.compare("http", Qt::CaseInsensitive) == 0 || scheme.compare("https", Qt::CaseInsensitive) == 0;
}

// Owns a CURLU for the length of one check.
struct UrlHandle
{
    CURLU* handle = curl_url();
    ~UrlHandle() { curl_url_cleanup(handle); }
};
} // namespace

HttpClient::HttpClient(HttpClientOptions options)
    : m_options(std::move(options))
    , m_multi(std::make_unique<CurlMulti>())
{
    if (m_options.maxTotalConnections > 0)
        m_multi->setMaxTotalConnections(m_options.maxTotalConnections);
    m_multi->setMaxCachedConnections(std::max(1, m_options.maxCachedConnections));
    if (m_options.maxHostConnections > 0)
        m_multi->setMaxHostConnections(m_options.maxHostConnections);
    if (m_options.cookies) {
        // One thread uses the share, so it needs no lock callbacks. Without it, cookies are simply not kept.
        CURLSH* share = curl_share_init();
        if (share && curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_COOKIE) != CURLSHE_OK) {
            qCWarning(lcNet) << "could not share cookies between transfers; cookies are off";
            curl_share_cleanup(share);
            share = nullptr;
        }
        m_share = share;
    }
}

HttpClient::~HttpClient()
{
    m_multi.reset();
    if (m_share)
        curl_share_cleanup(static_cast<CURLSH*>(m_share));
}

int HttpClient::activeTransfers() const
{
    return m_multi->activeTransfers();
}

Result<QByteArray> HttpClient::checkUrl(const QString& url, FetchError* why)
{
    if (why)
        *why = FetchError::InvalidUrl;
    const QByteArray bytes = url.trimmed().toUtf8();
    if (bytes.isEmpty())
        return Error{ErrorKind::InvalidArgument, Tr::tr("Invalid URL: the address is empty")};
    if (bytes.contains('\0'))
        return Error{ErrorKind::InvalidArgument, Tr::tr("Invalid URL: %1 (contains a NUL character)").arg(url)};
    const auto unsupported = [&](QByteArrayView scheme) {
        if (why)
            *why = FetchError::UnsupportedScheme;
        return Error{ErrorKind::InvalidArgument,
                     Tr::tr("Unsupported URL scheme \"%1\" in %2: only http and https can be fetched")
                         .arg(QString::fromUtf8(scheme).toLower(), url)};
    };
    // A scheme that is not ours is "unsupported" even where curl could not parse the rest (mailto:, data:).
    const QByteArrayView scheme = schemeOf(bytes);
    if (!scheme.isEmpty() && !isFetchableScheme(scheme))
        return unsupported(scheme);
    UrlHandle parsed;
    if (!parsed.handle)
        return Error{ErrorKind::Internal, Tr::tr("Out of memory")};
    // Accept any scheme while parsing, so that "ftp://…" is reported as unsupported rather than invalid.
    CURLUcode code = curl_url_set(parsed.handle, CURLUPART_URL, bytes.constData(),
                                  CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE);
    if (code != CURLUE_OK)
        return Error{ErrorKind::InvalidArgument,
                     Tr::tr("Invalid URL: %1 (%2)").arg(url, QString::fromUtf8(curl_url_strerror(code)))};
    if (scheme.isEmpty()) {
        // Only when the scan found none: whatever scheme curl settled on must still be ours.
        char* curlScheme = nullptr;
        curl_url_get(parsed.handle, CURLUPART_SCHEME, &curlScheme, 0);
        const QByteArray schemeName(curlScheme ? curlScheme : "");
        curl_free(curlScheme);
        if (!isFetchableScheme(schemeName))
            return unsupported(schemeName);
    }
    char* host = nullptr;
    curl_url_get(parsed.handle, CURLUPART_HOST, &host, 0);
    const bool hasHost = host && *host;
    curl_free(host);
    if (!hasHost)
        return Error{ErrorKind::InvalidArgument, Tr::tr("Invalid URL: %1 (no host name)").arg(url)};
    char* full = nullptr;
    if (curl_url_get(parsed.handle, CURLUPART_URL, &full, 0) != CURLUE_OK || !full)
        return Error{ErrorKind::InvalidArgument, Tr::tr("Invalid URL: %1").arg(url)};
    QByteArray normalised(full);
    curl_free(full);
    return normalised;
}

async::Task<Response> HttpClient::fetch(Request request, async::CancellationToken token)
{
    token.throwIfCancelled();
    FetchError why = FetchError::None;
    Result<QByteArray> url = checkUrl(request.url, &why);
    if (!url) {
        Response invalid;
        invalid.effectiveUrl = request.url;
        invalid.error = why;
        invalid.errorText = url.error().message;
        co_return invalid;
    }
    Transfer transfer(*m_multi, request, *url, {m_options.userAgent, static_cast<CURLSH*>(m_share)});
    co_await transfer.run(token);
    co_return transfer.takeResponse();
}

} // namespace pav::net
