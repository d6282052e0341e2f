// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reply.h"

#include <algorithm>
#include <mutex>

#include <zlib.h>

#include <QHash>
#include <QtGlobal>

namespace pav::test {

namespace {

constexpr qsizetype BombBlock = 1 << 20;

// One deflate() call over all of `input` with `flush`, appending whatever it produces to `out`.
void deflateInto(z_stream& stream, QByteArrayView input, int flush, QByteArray& out)
{
    constexpr qsizetype Step = 1 << 16;
    qsizetype offset = 0;
    for (;;) {
        // zlib counts in uInt, so feed big inputs in slices.
        const qsizetype slice = std::min<qsizetype>(input.size() - offset, 1 << 30);
        const bool last = offset + slice == input.size();
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data() + offset));
        stream.avail_in = uInt(slice);
        const int mode = last ? flush : Z_NO_FLUSH;
        int result = Z_OK;
        do {
            const qsizetype before = out.size();
            out.resize(before + Step);
            stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
            stream.avail_out = uInt(Step);
            result = ::deflate(&stream, mode);
            out.resize(out.size() - qsizetype(stream.avail_out));
            if (result == Z_STREAM_ERROR)
                qFatal("deflate failed");
        } while (stream.avail_out == 0 || (mode == Z_FINISH && result != Z_STREAM_END));
        offset += slice;
        if (last)
            return;
    }
}

z_stream startDeflate(int level, int windowBits)
{
    z_stream stream = {};
    if (deflateInit2(&stream, level, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    return stream;
}

uLong crcOfZeros(qsizetype count)
{
    static const QByteArray zeros(BombBlock, '\0');
    uLong crc = crc32(0, nullptr, 0);
    for (qsizetype done = 0; done < count; done += BombBlock) {
        const qsizetype n = std::min(count - done, BombBlock);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(zeros.constData()), uInt(n));
    }
    return crc;
}

// A gzip stream of `size` zero bytes, built in milliseconds whatever the size. deflate() at level 9 streams one
// 1 MiB block of zeros with Z_FULL_FLUSH twice: a full flush ends byte-aligned and forgets all history, so the
// second block's output is a self-contained fragment that may be repeated for every further block. The CRC-32
// of the whole is combined arithmetically instead of being computed over gigabytes.
QByteArray buildGzipBomb(qint64 size)
{
    const qint64 blocks = size / BombBlock;
    const qsizetype remainder = qsizetype(size % BombBlock);
    if (blocks == 0) {
        z_stream stream = startDeflate(9, 15 + 16);
        QByteArray out;
        deflateInto(stream, QByteArray(remainder, '\0'), Z_FINISH, out);
        deflateEnd(&stream);
        return out;
    }
    const QByteArray zeros(BombBlock, '\0');
    z_stream stream = startDeflate(9, 15 + 16);
    QByteArray first;  // gzip header and the first block
    QByteArray repeat; // one more block, stand-alone after the full flush
    QByteArray tail;   // the remainder, the final block and a trailer we replace
    deflateInto(stream, zeros, Z_FULL_FLUSH, first);
    deflateInto(stream, zeros, Z_FULL_FLUSH, repeat);
    deflateInto(stream, QByteArrayView(zeros).first(remainder), Z_FINISH, tail);
    deflateEnd(&stream);
    tail.chop(8);

    QByteArray bomb;
    bomb.reserve(first.size() + repeat.size() * qsizetype(blocks - 1) + tail.size() + 8);
    bomb += first;
    for (qint64 i = 1; i < blocks; ++i)
        bomb += repeat;
    bomb += tail;
    const uLong blockCrc = crcOfZeros(BombBlock);
    uLong crc = blockCrc;
    for (qint64 i = 1; i < blocks; ++i)
        crc = crc32_combine(crc, blockCrc, BombBlock);
    if (remainder > 0)
        crc = crc32_combine(crc, crcOfZeros(remainder), remainder);
    const quint32 isize = quint32(quint64(size) & 0xffffffffu); // RFC 1952: the size modulo 2^32
    for (const quint32 value : {quint32(crc), isize}) {
        for (int shift = 0; shift < 32; shift += 8)
            bomb.append(char((value >> shift) & 0xff));
    }
    return bomb;
}

bool sameName(const QByteArray& a, const QByteArray& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray compressZlib(const QByteArray& input, int windowBits)
{
    z_stream stream = startDeflate(Z_DEFAULT_COMPRESSION, windowBits);
    QByteArray out;
    out.reserve(qsizetype(deflateBound(&stream, uLong(std::min<qsizetype>(input.size(), 1 << 30)))));
    deflateInto(stream, input, Z_FINISH, out);
    deflateEnd(&stream);
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 203: return "Non-Authoritative Information";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 300: return "Multiple Choices";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 416: return "Range Not Satisfiable";
    case 418: return "I'm a teapot";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: break;
    }
    switch (status / 100) {
    case 1: return "Informational";
    case 2: return "Success";
    case 3: return "Redirection";
    case 4: return "Client Error";
    case 5: return "Server Error";
    default: return "Unknown";
    }
}

QByteArray RequestInfo::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

Reply Reply::bytes(QByteArray contentType, QByteArray body, int status)
{
    Reply reply;
    reply.m_status = status;
    reply.m_body = std::move(body);
    reply.m_headers.append({QByteArrayLiteral("Content-Type"), std::move(contentType)});
    return reply;
}

Reply Reply::html(QByteArray body, int status)
{
    return bytes(QByteArrayLiteral("text/html; charset=utf-8"), std::move(body), status);
}

Reply Reply::text(QByteArray body, int status)
{
    return bytes(QByteArrayLiteral("text/plain; charset=utf-8"), std::move(body), status);
}

Reply Reply::redirect(QByteArray location, int status)
{
    Reply reply = text("redirecting to " + location + '\n', status);
    reply.m_headers.append({QByteArrayLiteral("Location"), std::move(location)});
    return reply;
}

Reply Reply::status(int code, QByteArray body)
{
    return text(std::move(body), code);
}

Reply Reply::dropConnection()
{
    Reply reply;
    reply.m_kind = Kind::Drop;
    return reply;
}

Reply Reply::gzipBomb(qint64 decompressedBytes)
{
    // Handlers may build bombs on the server thread while a test builds one on its own.
    static std::mutex mutex;
    static QHash<qint64, QByteArray> cache;
    const qint64 size = std::max<qint64>(0, decompressedBytes);
    QByteArray body;
    {
        std::lock_guard lock(mutex);
        auto it = cache.constFind(size);
        if (it == cache.constEnd())
            it = cache.insert(size, buildGzipBomb(size));
        body = *it;
    }
    Reply reply = bytes(QByteArrayLiteral("text/plain"), std::move(body));
    reply.m_headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
    return reply;
}

Reply Reply::huge(qint64 bytes)
{
    Reply reply = text({});
    reply.m_kind = Kind::Huge;
    reply.m_hugeSize = std::max<qint64>(0, bytes);
    return reply;
}

Reply Reply::raw(QByteArray bytes)
{
    Reply reply;
    reply.m_kind = Kind::Raw;
    reply.m_body = std::move(bytes);
    return reply;
}

Reply& Reply::header(QByteArray name, QByteArray value)
{
    m_headers.append({std::move(name), std::move(value)});
    return *this;
}

Reply& Reply::delay(std::chrono::milliseconds wait)
{
    m_delay = std::max(wait, std::chrono::milliseconds(0));
    return *this;
}

Reply& Reply::trickle(int chunkBytes, std::chrono::milliseconds interval)
{
    m_trickleBytes = std::max(1, chunkBytes);
    m_trickleInterval = std::max(interval, std::chrono::milliseconds(0));
    return *this;
}

Reply& Reply::gzip()
{
    if (m_kind == Kind::Huge)
        return *this;
    m_body = compressZlib(m_body, 15 + 16);
    return header(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
}

Reply& Reply::deflate()
{
    if (m_kind == Kind::Huge)
        return *this;
    m_body = compressZlib(m_body, 15);
    return header(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("deflate"));
}

Reply& Reply::chunked()
{
    m_chunked = true;
    return *this;
}

Reply& Reply::claimLength(qint64 claimed)
{
    m_claimedLength = std::max<qint64>(0, claimed);
    return *this;
}

Reply& Reply::stall()
{
    m_stall = true;
    return *this;
}

bool Reply::hasHeader(const QByteArray& name) const
{
    return std::any_of(m_headers.cbegin(), m_headers.cend(), [&](const auto& h) { return sameName(h.first, name); });
}

QByteArray Reply::headerValue(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

bool Reply::isBodyless() const
{
    return (m_status >= 100 && m_status < 200) || m_status == 204 || m_status == 304;
}

QByteArray Reply::renderHead(qint64 contentLength, bool chunked, bool close) const
{
    QByteArray out;
    out.reserve(160);
    out += "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    for (const auto& [name, value] : m_headers)
        out += name + ": " + value + "\r\n";
    // Headers the test set itself win, so it can send contradictions on purpose.
    if (!isBodyless()) {
        if (chunked) {
            if (!hasHeader("Transfer-Encoding"))
                out += "Transfer-Encoding: chunked\r\n";
        } else if (!hasHeader("Content-Length")) {
            out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        }
    }
    if (!hasHeader("Connection"))
        out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    return out;
}

} // namespace pav::test
