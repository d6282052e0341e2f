// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CurlGlobal.h"

#include <mutex>

#include <curl/curl.h>

#include "common/Log.h"

namespace pav::net {

void ensureCurlInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (CURLcode code = curl_global_init(CURL_GLOBAL_DEFAULT); code != CURLE_OK)
            qCCritical(lcNet) << "curl_global_init failed:" << curl_easy_strerror(code);
    });
}

QString curlVersion()
{
    return QString::fromLatin1(curl_version());
}

} // namespace pav::net
