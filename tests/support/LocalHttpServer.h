// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace pav::test {

// One request as the server saw it.
struct RequestInfo
{
    QByteArray method;
    QByteArray target; // path plus query, as sent
    QByteArray path;   // without the query
    QList<QPair<QByteArray, QByteArray>> headers;
    std::chrono::steady_clock::time_point received;
    std::chrono::steady_clock::time_point finished; // response fully written, or connection gone
    int connectionId = -1;

    QByteArray header(const QByteArray& name) const; // first value, case-insensitive
};

// How to answer a request: a value built with the static constructors and refined builder-style.
class Reply
{
public:
    static Reply html(QByteArray body, int status = 200);
    static Reply text(QByteArray body, int status = 200);
    static Reply bytes(QByteArray contentType, QByteArray body, int status = 200);
    static Reply redirect(QByteArray location, int status = 302);
    static Reply status(int code, QByteArray body = {});
    static Reply dropConnection();                    // read the request, close without answering
    static Reply gzipBomb(qint64 decompressedBytes);  // Content-Encoding: gzip of that many zero bytes
    static Reply huge(qint64 bytes);                  // body generated as the socket drains
    static Reply raw(QByteArray bytes);               // exactly these bytes as the response, then close

    Reply& header(QByteArray name, QByteArray value);
    Reply& delay(std::chrono::milliseconds wait);     // before anything is sent
    Reply& trickle(int chunkBytes, std::chrono::milliseconds interval);
    Reply& gzip();
    Reply& deflate();
    Reply& chunked();
    Reply& claimLength(qint64 claimed);               // announce more than is sent, then close
    Reply& stall();                                   // headers, then never the body

private:
    friend class Connection;
    enum class Kind
    {
        Normal,
        Drop,
        Raw,
        Huge,
    };
    Kind m_kind = Kind::Normal;
    int m_status = 200;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_hugeSize = 0;
    std::chrono::milliseconds m_delay{0};
    int m_trickleBytes = 0;
    std::chrono::milliseconds m_trickleInterval{0};
    bool m_chunked = false;
    qint64 m_claimedLength = -1;
    bool m_stall = false;
};

using Handler = std::function<Reply(const RequestInfo&)>;

// zlib compression as servers send it: windowBits 15 + 16 is gzip, 15 is zlib ("deflate" in HTTP).
QByteArray compressZlib(const QByteArray& input, int windowBits = 15 + 16);

// A real HTTP/1.1 server for tests, on 127.0.0.1 and a kernel-chosen port, running in its own thread.
// Serves many keep-alive connections through a route table (exact path match) and records every request
// with timestamps and the peak number of requests in flight. Never listens on any other address.
class LocalHttpServer
{
public:
    LocalHttpServer();
    LocalHttpServer(const LocalHttpServer&) = delete;
    LocalHttpServer& operator=(const LocalHttpServer&) = delete;
    ~LocalHttpServer();

    bool isListening() const;
    quint16 port() const;
    QString origin() const;
    QString url(const QString& path = QStringLiteral("/")) const;

    void route(const QString& path, Reply reply);
    void route(const QString& path, Handler handler);
    void setFallback(Handler handler); // default: 404 "not found"

    QList<RequestInfo> requests() const;
    int requestCount() const;
    int maxConcurrent() const;
    int inFlight() const;
    int connectionCount() const;
    int openConnections() const;
    void resetStats();

    struct State; // shared with the server thread

private:
    std::shared_ptr<State> m_state;
    class ServerThread* m_thread = nullptr;
    quint16 m_port = 0;
};

} // namespace pav::test
