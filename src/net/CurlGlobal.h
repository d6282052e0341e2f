// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pav::net {

// curl_global_init must run once before any other libcurl call, and is not thread-safe on its own;
// every libcurl user calls ensureCurlInitialised() first. Cleanup is left to process exit on purpose:
// curl_global_cleanup while another thread still holds an easy handle is undefined.
void ensureCurlInitialised();

// "libcurl/7.88.1 OpenSSL/3.0.x zlib/1.2.13 nghttp2/1.52.0", for --version and the About dialog.
QString curlVersion();

} // namespace pav::net
