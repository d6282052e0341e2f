// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <curl/curl.h>

#include <QHash>
#include <QList>
#include <QTimer>

class QSocketNotifier;

namespace pav::net {

class Transfer;

// Bridges one libcurl multi handle onto the Qt event loop of the thread that owns it: curl's socket
// callback becomes one read and one write QSocketNotifier per socket, its timer callback one single-shot
// QTimer. The only class that calls curl_multi_socket_action. Connections and the DNS cache live here and
// are reused by every transfer. Must outlive its transfers. Thread affinity: the creating thread.
class CurlMulti
{
public:
    CurlMulti();
    CurlMulti(const CurlMulti&) = delete;
    CurlMulti& operator=(const CurlMulti&) = delete;
    ~CurlMulti();

    void setMaxTotalConnections(int limit);
    void setMaxHostConnections(int limit);
    void setMaxCachedConnections(int limit);

    // Returns false (with the reason in `error`) when curl refuses the handle.
    bool add(Transfer* transfer, QString* error);
    void remove(Transfer* transfer);
    int activeTransfers() const noexcept { return m_active; }

    // An easy handle for a new transfer: one an ended transfer gave back, reset to curl's defaults, or a new one
    // (nullptr when curl cannot make one). Reuse spares curl's set-up and teardown of each handle, its 64 KiB
    // receive buffer among them: a crawl makes one transfer per URL.
    CURL* takeEasyHandle();
    // Takes back the handle of a transfer that is no longer attached; keeps as many as run at once.
    void giveBackEasyHandle(CURL* easy);

private:
    struct SocketWatch;

    void setLimit(CURLMoption option, int limit);
    static int onSocket(CURL* easy, curl_socket_t fd, int what, void* self, void* socketData);
    static int onTimer(CURLM* multi, long timeoutMs, void* self);
    void watch(curl_socket_t fd, bool wantRead, bool wantWrite);
    void unwatch(curl_socket_t fd);
    void drive(curl_socket_t fd, int eventMask);

    CURLM* m_multi = nullptr;
    QTimer m_timer;
    QHash<curl_socket_t, SocketWatch*> m_sockets;
    QList<CURL*> m_spareEasyHandles;
    int m_active = 0;
};

} // namespace pav::net
