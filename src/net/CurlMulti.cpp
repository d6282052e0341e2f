// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CurlMulti.h"

#include <algorithm>
#include <limits>

#include <QSocketNotifier>
#include <QVarLengthArray>

#include "common/Log.h"
#include "net/CurlGlobal.h"
#include "net/Transfer.h"

namespace pav::net {

struct CurlMulti::SocketWatch
{
    QSocketNotifier* read = nullptr;
    QSocketNotifier* write = nullptr;
};

CurlMulti::CurlMulti()
{
    ensureCurlInitialised();
    m_multi = curl_multi_init();
    if (!m_multi)
        qFatal("curl_multi_init failed: out of memory");
    // Without these callbacks nothing would ever run, so failing to set them is fatal.
    if (curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket) != CURLM_OK
        || curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this) != CURLM_OK
        || curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer) != CURLM_OK
        || curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this) != CURLM_OK)
        qFatal("libcurl refused the multi socket/timer callbacks");
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { drive(CURL_SOCKET_TIMEOUT, 0); });
}

CurlMulti::~CurlMulti()
{
    Q_ASSERT_X(m_active == 0, "CurlMulti", "destroyed with transfers still attached");
    m_timer.stop();
    for (CURL* easy : std::as_const(m_spareEasyHandles))
        curl_easy_cleanup(easy);
    curl_multi_cleanup(m_multi); // closes cached connections; may call onSocket(REMOVE) for them
    for (SocketWatch* socket : std::as_const(m_sockets)) {
        delete socket->read;
        delete socket->write;
        delete socket;
    }
}

CURL* CurlMulti::takeEasyHandle()
{
    if (m_spareEasyHandles.isEmpty())
        return curl_easy_init();
    CURL* easy = m_spareEasyHandles.takeLast();
    curl_easy_reset(easy); // every option back to its default; connections, DNS and shares stay with the multi
    return easy;
}

void CurlMulti::giveBackEasyHandle(CURL* easy)
{
    // As many spares as transfers can run at once (plus a few): a crawl at -c 16 keeps 16 or so.
    if (m_spareEasyHandles.size() > m_active + 4) {
        curl_easy_cleanup(easy);
        return;
    }
    m_spareEasyHandles.append(easy);
}

void CurlMulti::setLimit(CURLMoption option, int limit)
{
    if (CURLMcode code = curl_multi_setopt(m_multi, option, long(limit)); code != CURLM_OK)
        qCWarning(lcNet) << "curl_multi_setopt" << option << "=" << limit << ":" << curl_multi_strerror(code);
}

void CurlMulti::setMaxTotalConnections(int limit)
{
    setLimit(CURLMOPT_MAX_TOTAL_CONNECTIONS, limit);
}

void CurlMulti::setMaxHostConnections(int limit)
{
    setLimit(CURLMOPT_MAX_HOST_CONNECTIONS, limit);
}

void CurlMulti::setMaxCachedConnections(int limit)
{
    setLimit(CURLMOPT_MAXCONNECTS, limit);
}

bool CurlMulti::add(Transfer* transfer, QString* error)
{
    CURLMcode code = curl_multi_add_handle(m_multi, transfer->easyHandle());
    if (code != CURLM_OK) {
        *error = QString::fromUtf8(curl_multi_strerror(code));
        return false;
    }
    ++m_active;
    return true;
}

void CurlMulti::remove(Transfer* transfer)
{
    if (CURLMcode code = curl_multi_remove_handle(m_multi, transfer->easyHandle()); code != CURLM_OK)
        qCWarning(lcNet) << "curl_multi_remove_handle:" << curl_multi_strerror(code);
    --m_active;
}

int CurlMulti::onSocket(CURL*, curl_socket_t fd, int what, void* self, void*)
{
    auto* multi = static_cast<CurlMulti*>(self);
    if (what == CURL_POLL_REMOVE)
        multi->unwatch(fd);
    else
        multi->watch(fd, what & CURL_POLL_IN, what & CURL_POLL_OUT);
    return 0;
}

int CurlMulti::onTimer(CURLM*, long timeoutMs, void* self)
{
    // Never call libcurl from here: just (re)arm the timer; 0 means "on the next loop pass".
    auto& timer = static_cast<CurlMulti*>(self)->m_timer;
    if (timeoutMs < 0)
        timer.stop();
    else
        timer.start(int(std::min<long>(timeoutMs, std::numeric_limits<int>::max())));
    return 0;
}

void CurlMulti::watch(curl_socket_t fd, bool wantRead, bool wantWrite)
{
    SocketWatch*& socket = m_sockets[fd];
    if (!socket)
        socket = new SocketWatch;
    auto ensure = [this, fd](QSocketNotifier*& notifier, QSocketNotifier::Type type, int mask) {
        if (!notifier) {
            notifier = new QSocketNotifier(qintptr(fd), type);
            QObject::connect(notifier, &QSocketNotifier::activated, [this, fd, mask] { drive(fd, mask); });
        }
        notifier->setEnabled(true);
    };
    // A direction curl no longer asks for is disabled, or the loop spins on an always-writable socket.
    if (wantRead)
        ensure(socket->read, QSocketNotifier::Read, CURL_CSELECT_IN);
    else if (socket->read)
        socket->read->setEnabled(false);
    if (wantWrite)
        ensure(socket->write, QSocketNotifier::Write, CURL_CSELECT_OUT);
    else if (socket->write)
        socket->write->setEnabled(false);
}

void CurlMulti::unwatch(curl_socket_t fd)
{
    // Parked, not deleted: curl removes a keep-alive socket after every transfer and adds it back for the
    // next, so deleting meant a new pair of notifiers per request (bench: 10% of our CPU). A disabled
    // notifier watches nothing; if the fd number is reused for a new connection, watch() re-enables it.
    // Deleting here would also be unsafe: we may be inside this notifier's activated().
    SocketWatch* socket = m_sockets.value(fd);
    if (!socket)
        return;
    for (QSocketNotifier* notifier : {socket->read, socket->write}) {
        if (notifier)
            notifier->setEnabled(false);
    }
}

void CurlMulti::drive(curl_socket_t fd, int eventMask)
{
    int running = 0;
    if (CURLMcode code = curl_multi_socket_action(m_multi, fd, eventMask, &running); code != CURLM_OK)
        qCWarning(lcNet) << "curl_multi_socket_action:" << curl_multi_strerror(code);

    // Collect first, complete after: completing removes handles, which curl forbids while it is on the
    // stack, and coroutines are only resumed later through their Wakeup, never from here.
    QVarLengthArray<std::pair<Transfer*, CURLcode>, 16> finished;
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        Transfer* transfer = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
        if (transfer)
            finished.append({transfer, message->data.result});
    }
    for (auto [transfer, result] : finished)
        transfer->finish(result);
}

} // namespace pav::net
