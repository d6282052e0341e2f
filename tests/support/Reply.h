// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

#include <QByteArray>
#include <QList>
#include <QPair>

namespace pav::test {

namespace detail {
class HttpConnection;
}

// One request as LocalHttpServer parsed it. The server logs a copy, so a test can inspect requests after the fact.
struct RequestInfo
{
    QByteArray method;
    QByteArray target;                            // path plus query, as sent: "/a?x=1"
    QByteArray path;                              // target without the query
    QList<QPair<QByteArray, QByteArray>> headers; // in order, names as sent
    QByteArray body;                              // request body given by Content-Length (first MaxLoggedBody bytes)
    std::chrono::steady_clock::time_point received;
    std::chrono::steady_clock::time_point finished; // last byte handed to the socket, or connection gone; epoch while in flight
    int connectionId = -1;                          // which accepted connection served it: 0, 1, 2, ...

    static constexpr qsizetype MaxLoggedBody = 1 << 20;

    QByteArray header(const QByteArray& name) const; // first value, name case-insensitive; empty if absent
};

// How LocalHttpServer answers one request: a value made by a static constructor and refined builder-style.
// gzip() and deflate() compress the body at once, so a Reply registered with route() is compressed only once;
// they do nothing for huge(). Delay, trickle, chunked, claimLength and stall combine freely.
class Reply
{
public:
    static Reply html(QByteArray body, int status = 200);  // text/html; charset=utf-8
    static Reply text(QByteArray body, int status = 200);  // text/plain; charset=utf-8
    static Reply bytes(QByteArray contentType, QByteArray body, int status = 200);
    static Reply redirect(QByteArray location, int status = 302);
    static Reply status(int code, QByteArray body = {});   // any status, text/plain
    static Reply dropConnection();                         // read the request, then close without answering
    static Reply gzipBomb(qint64 decompressedBytes);       // gzip of that many zero bytes; built once per size
    static Reply huge(qint64 bytes);                       // text/plain body generated as the socket drains
    static Reply raw(QByteArray bytes);                    // exactly these bytes as the whole response, then close

    Reply& header(QByteArray name, QByteArray value);      // a name the server sets itself replaces its own
    Reply& delay(std::chrono::milliseconds wait);          // wait before sending anything
    // The body chunkBytes at a time, interval apart; the first piece goes out with the headers.
    Reply& trickle(int chunkBytes, std::chrono::milliseconds interval);
    Reply& gzip();                                         // Content-Encoding: gzip
    Reply& deflate();                                      // Content-Encoding: deflate (zlib-wrapped)
    Reply& chunked();                                      // Transfer-Encoding: chunked, no Content-Length
    Reply& claimLength(qint64 claimed);                    // announce this length, send the real body, close
    Reply& stall();                                        // status and headers, then never the body

    int statusCode() const { return m_status; }
    const QByteArray& body() const { return m_body; }

private:
    friend class detail::HttpConnection;

    enum class Kind
    {
        Normal,
        Drop,
        Raw,
        Huge,
    };

    // Status line and headers as sent; contentLength is ignored when chunked.
    QByteArray renderHead(qint64 contentLength, bool chunked, bool close) const;
    bool hasHeader(const QByteArray& name) const;         // case-insensitive
    QByteArray headerValue(const QByteArray& name) const; // first value, case-insensitive
    bool isBodyless() const;                              // 1xx, 204 and 304 never carry a body

    Kind m_kind = Kind::Normal;
    int m_status = 200;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_hugeSize = 0;
    std::chrono::milliseconds m_delay{0};
    int m_trickleBytes = 0;
    std::chrono::milliseconds m_trickleInterval{0};
    qint64 m_claimedLength = -1;
    bool m_chunked = false;
    bool m_stall = false;
};

// Called on the server thread, without any server lock held, so it may call LocalHttpServer's methods.
using Handler = std::function<Reply(const RequestInfo&)>;

// zlib compression as servers send it: windowBits 15 + 16 gives gzip, 15 gives zlib ("deflate" in HTTP).
QByteArray compressZlib(const QByteArray& input, int windowBits = 15 + 16);

// The reason phrase of a status line: "Not Found" for 404, a class name for codes without a common one.
QByteArray reasonPhrase(int status);

} // namespace pav::test
