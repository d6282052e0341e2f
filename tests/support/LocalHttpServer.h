// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "Reply.h"

namespace pav::test {

namespace detail {
struct ServerState;
class ServerThread;
}

// A real HTTP/1.1 server for tests, on 127.0.0.1 and a kernel-chosen port, never any other address. It runs in
// its own thread (QTcpServer and sockets live there), so a test may block its own thread; it serves many keep-alive
// connections through a route table and logs every request with timestamps and the peak number in flight.
// HTTP/1.1 connections stay open unless the request says "Connection: close"; HTTP/1.0 ones close unless it says
// "keep-alive". Pipelined requests are answered in order, one at a time per connection; malformed ones get a 400
// and the connection closes. Construction listens before returning; destruction closes every socket and joins.
class LocalHttpServer
{
public:
    LocalHttpServer();
    LocalHttpServer(const LocalHttpServer&) = delete;
    LocalHttpServer& operator=(const LocalHttpServer&) = delete;
    ~LocalHttpServer();

    bool isListening() const;
    quint16 port() const;
    QString origin() const;                                      // "http://127.0.0.1:PORT"
    QString url(const QString& path = QStringLiteral("/")) const; // origin() + path

    // Exact match on the path without its query, as sent (percent-encoding included). Thread-safe, also while
    // serving; a later route for the same path replaces the earlier one.
    void route(const QString& path, Reply reply);
    void route(const QString& path, Handler handler);
    void setFallback(Handler handler); // unmatched paths; by default 404 text "not found"

    QList<RequestInfo> requests() const; // copy of the log, in arrival order
    int requestCount() const;
    int maxConcurrent() const;   // peak of inFlight() over the server's life or since resetStats()
    int inFlight() const;        // requests parsed whose response is not yet fully written
    int connectionCount() const; // accepted connections, ever
    int openConnections() const;
    void resetStats();           // clears the log and the peak; connection counts stay

private:
    std::shared_ptr<detail::ServerState> m_state;
    std::unique_ptr<detail::ServerThread> m_thread;
    quint16 m_port = 0;
};

} // namespace pav::test
