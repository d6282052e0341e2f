// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <curl/curl.h>

#include <QString>

namespace pav::net {

// Why a fetch produced no usable response; our own vocabulary, so callers never branch on CURLcode.
enum class FetchError
{
    None,
    InvalidUrl,
    UnsupportedScheme,
    DnsFailure,
    ConnectionRefused,
    ConnectFailed,
    Timeout,
    TlsFailure,
    ConnectionReset,
    MalformedResponse,
    TruncatedBody,
    BodyTooLarge,
    DecodingFailed,
    TooManyRedirects,
    Internal,
};

// `osErrno` is CURLINFO_OS_ERRNO (tells a refused connection from other connect failures).
FetchError fetchErrorFromCurl(CURLcode code, const char* detail, long osErrno = 0);

// A sentence for people (translated), e.g. "Connection refused".
QString describe(FetchError error);

// A stable English identifier for files and scripts, e.g. "connection_refused".
const char* fetchErrorId(FetchError error);

} // namespace pav::net
