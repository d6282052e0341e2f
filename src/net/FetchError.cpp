// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/FetchError.h"

#include <cerrno>
#include <cstring>

#include <QCoreApplication>

namespace pav::net {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::net::FetchError)
};
} // namespace

FetchError fetchErrorFromCurl(CURLcode code, const char* detail, long osErrno)
{
    switch (code) {
    case CURLE_OK:
        return FetchError::None;
    case CURLE_URL_MALFORMAT:
        return FetchError::InvalidUrl;
    case CURLE_UNSUPPORTED_PROTOCOL:
        // curl also says this for a reply that is not HTTP at all ("Received HTTP/0.9 when not allowed").
        return detail && std::strstr(detail, "HTTP/0.9") ? FetchError::MalformedResponse
                                                         : FetchError::UnsupportedScheme;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return FetchError::DnsFailure;
    case CURLE_COULDNT_CONNECT:
        return osErrno == ECONNREFUSED ? FetchError::ConnectionRefused : FetchError::ConnectFailed;
    case CURLE_OPERATION_TIMEDOUT:
        return FetchError::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        return FetchError::TlsFailure;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return FetchError::ConnectionReset;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP_RETURNED_ERROR:
        return FetchError::MalformedResponse;
    case CURLE_PARTIAL_FILE:
        return FetchError::TruncatedBody;
    case CURLE_FILESIZE_EXCEEDED:
        return FetchError::BodyTooLarge;
    case CURLE_BAD_CONTENT_ENCODING:
        return FetchError::DecodingFailed;
    case CURLE_TOO_MANY_REDIRECTS:
        return FetchError::TooManyRedirects;
    default:
        return FetchError::Internal;
    }
}

QString describe(FetchError error)
{
    switch (error) {
    case FetchError::None:
        return {};
    case FetchError::InvalidUrl:
        return Tr::tr("Invalid URL");
    case FetchError::UnsupportedScheme:
        return Tr::tr("Unsupported URL scheme (only http and https are fetched)");
    case FetchError::DnsFailure:
        return Tr::tr("Could not resolve host name");
    case FetchError::ConnectionRefused:
        return Tr::tr("Connection refused");
    case FetchError::ConnectFailed:
        return Tr::tr("Could not connect to the server");
    case FetchError::Timeout:
        return Tr::tr("Timed out");
    case FetchError::TlsFailure:
        return Tr::tr("Secure connection (TLS) failed");
    case FetchError::ConnectionReset:
        return Tr::tr("Connection closed by the server");
    case FetchError::MalformedResponse:
        return Tr::tr("Malformed response from the server");
    case FetchError::TruncatedBody:
        return Tr::tr("Response body shorter than announced");
    case FetchError::BodyTooLarge:
        return Tr::tr("Response body exceeds the size limit");
    case FetchError::DecodingFailed:
        return Tr::tr("Could not decode the compressed response");
    case FetchError::TooManyRedirects:
        return Tr::tr("Too many redirects");
    case FetchError::Internal:
        break;
    }
    return Tr::tr("Network error");
}

const char* fetchErrorId(FetchError error)
{
    switch (error) {
    case FetchError::None: return "";
    case FetchError::InvalidUrl: return "invalid_url";
    case FetchError::UnsupportedScheme: return "unsupported_scheme";
    case FetchError::DnsFailure: return "dns_failure";
    case FetchError::ConnectionRefused: return "connection_refused";
    case FetchError::ConnectFailed: return "connect_failed";
    case FetchError::Timeout: return "timeout";
    case FetchError::TlsFailure: return "tls_failure";
    case FetchError::ConnectionReset: return "connection_reset";
    case FetchError::MalformedResponse: return "malformed_response";
    case FetchError::TruncatedBody: return "truncated_body";
    case FetchError::BodyTooLarge: return "body_too_large";
    case FetchError::DecodingFailed: return "decoding_failed";
    case FetchError::TooManyRedirects: return "too_many_redirects";
    case FetchError::Internal: return "network_error";
    }
    return "network_error";
}

} // namespace pav::net
