// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalHttpServer.h"

#include <condition_variable>
#include <mutex>

#include <zlib.h>

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace pav::test {

using Clock = std::chrono::steady_clock;

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

// A gzip stream of `size` zero bytes, built in milliseconds: after Z_FULL_FLUSH deflate forgets its history,
// so every further 1 MiB block of zeros compresses to the same bytes, which we repeat; the trailer's CRC is
// combined arithmetically instead of being computed over gigabytes.
QByteArray buildGzipBomb(qint64 size)
{
    constexpr qint64 Block = 1 << 20;
    const qint64 blocks = std::max<qint64>(1, size / Block);
    const QByteArray zeros(Block, '\0');
    z_stream stream = {};
    if (deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    auto run = [&](const QByteArray& input, int flush) {
        QByteArray out(Block, Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
        stream.avail_in = uInt(input.size());
        stream.next_out = reinterpret_cast<Bytef*>(out.data());
        stream.avail_out = uInt(out.size());
        deflate(&stream, flush);
        out.resize(out.size() - qsizetype(stream.avail_out));
        return out;
    };
    QByteArray first = run(zeros, Z_FULL_FLUSH);
    QByteArray repeated = run(zeros, Z_FULL_FLUSH);
    QByteArray tail = run({}, Z_FINISH);
    deflateEnd(&stream);
    tail.chop(8); // the trailer for two blocks; ours follows

    QByteArray bomb = first;
    bomb.reserve(first.size() + repeated.size() * (blocks - 1) + tail.size() + 8);
    for (qint64 i = 1; i < blocks; ++i)
        bomb += repeated;
    bomb += tail;
    const uLong blockCrc = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(zeros.constData()), uInt(Block));
    uLong crc = blockCrc;
    for (qint64 i = 1; i < blocks; ++i)
        crc = crc32_combine(crc, blockCrc, Block);
    const quint32 total = quint32(quint64(blocks * Block) & 0xffffffffu);
    for (quint32 value : {quint32(crc), total})
        for (int shift = 0; shift < 32; shift += 8)
            bomb.append(char((value >> shift) & 0xff));
    return bomb;
}
} // namespace

QByteArray compressZlib(const QByteArray& input, int windowBits)
{
    z_stream stream = {};
    if (deflateInit2(&stream, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray output(qsizetype(deflateBound(&stream, uLong(input.size()))) + 64, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef*>(output.data());
    stream.avail_out = uInt(output.size());
    deflate(&stream, Z_FINISH);
    output.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return output;
}

QByteArray RequestInfo::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// ---- Reply -------------------------------------------------------------------------------------------

Reply Reply::bytes(QByteArray contentType, QByteArray body, int status)
{
    Reply reply;
    reply.m_status = status;
    reply.m_body = std::move(body);
    reply.m_headers.append(qMakePair(QByteArray("Content-Type"), std::move(contentType)));
    return reply;
}

Reply Reply::html(QByteArray body, int status)
{
    return bytes("text/html; charset=utf-8", std::move(body), status);
}

Reply Reply::text(QByteArray body, int status)
{
    return bytes("text/plain; charset=utf-8", std::move(body), status);
}

Reply Reply::redirect(QByteArray location, int status)
{
    Reply reply = text("redirecting to " + location, status);
    reply.m_headers.append(qMakePair(QByteArray("Location"), QByteArray(std::move(location))));
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
    static std::mutex mutex;
    static QHash<qint64, QByteArray> cache;
    QByteArray body;
    {
        std::lock_guard lock(mutex);
        auto it = cache.find(decompressedBytes);
        if (it == cache.end())
            it = cache.insert(decompressedBytes, buildGzipBomb(decompressedBytes));
        body = *it;
    }
    Reply reply = bytes("text/plain", std::move(body));
    reply.m_headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
    return reply;
}

Reply Reply::huge(qint64 bytes)
{
    Reply reply = text({});
    reply.m_kind = Kind::Huge;
    reply.m_hugeSize = bytes;
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
    m_delay = wait;
    return *this;
}

Reply& Reply::trickle(int chunkBytes, std::chrono::milliseconds interval)
{
    m_trickleBytes = std::max(1, chunkBytes);
    m_trickleInterval = interval;
    return *this;
}

Reply& Reply::gzip()
{
    m_body = compressZlib(m_body, 15 + 16);
    return header("Content-Encoding", "gzip");
}

Reply& Reply::deflate()
{
    m_body = compressZlib(m_body, 15);
    return header("Content-Encoding", "deflate");
}

Reply& Reply::chunked()
{
    m_chunked = true;
    return *this;
}

Reply& Reply::claimLength(qint64 claimed)
{
    m_claimedLength = claimed;
    return *this;
}

Reply& Reply::stall()
{
    m_stall = true;
    return *this;
}

// ---- shared state ------------------------------------------------------------------------------------

struct LocalHttpServer::State
{
    mutable std::mutex mutex;
    QHash<QString, Handler> routes;
    Handler fallback = [](const RequestInfo&) { return Reply::status(404, "not found"); };
    QList<RequestInfo> log;
    quint64 generation = 0;
    int inFlight = 0;
    int maxConcurrent = 0;
    int connections = 0;
    int open = 0;

    Handler handlerFor(const QByteArray& path) const
    {
        std::lock_guard lock(mutex);
        return routes.value(QString::fromUtf8(path), fallback);
    }
};

// ---- one connection (lives in the server thread) -----------------------------------------------------

class Connection : public QObject
{
public:
    Connection(QTcpSocket* socket, std::shared_ptr<LocalHttpServer::State> state, int id)
        : m_socket(socket)
        , m_state(std::move(state))
        , m_id(id)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
        connect(socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
    }

    void close()
    {
        m_socket->abort();
        onDisconnected();
    }

private:
    struct Pending
    {
        RequestInfo info;
        quint64 generation = 0;
        qsizetype logIndex = -1;
        bool keepAlive = true;
    };

    void onReadyRead()
    {
        m_input += m_socket->readAll();
        while (parseOne()) {
        }
        startNext();
    }

    bool parseOne()
    {
        const qsizetype end = m_input.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_input.size() > 64 * 1024)
                badRequest();
            return false;
        }
        const QList<QByteArray> lines = m_input.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            badRequest();
            return false;
        }
        Pending pending;
        pending.info.method = requestLine[0];
        pending.info.target = requestLine[1];
        pending.info.path = requestLine[1].left(requestLine[1].indexOf('?') >= 0 ? requestLine[1].indexOf('?') : requestLine[1].size());
        pending.info.connectionId = m_id;
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            QByteArray name = line.left(colon).trimmed();
            QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
            pending.info.headers.append({std::move(name), std::move(value)});
        }
        if (m_input.size() < end + 4 + contentLength)
            return false; // the body is still on its way
        m_input.remove(0, end + 4 + contentLength);
        const QByteArray connection = pending.info.header("connection").toLower();
        pending.keepAlive = requestLine[2] == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
        pending.info.received = Clock::now();
        {
            std::lock_guard lock(m_state->mutex);
            pending.generation = m_state->generation;
            pending.logIndex = m_state->log.size();
            m_state->log.append(pending.info);
            m_state->maxConcurrent = std::max(m_state->maxConcurrent, ++m_state->inFlight);
        }
        m_queue.append(std::move(pending));
        return true;
    }

    void badRequest()
    {
        m_input.clear();
        m_socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_socket->disconnectFromHost();
    }

    void startNext()
    {
        if (m_busy || m_queue.isEmpty() || m_closed)
            return;
        m_busy = true;
        m_current = m_queue.takeFirst();
        Reply reply = m_state->handlerFor(m_current.info.path)(m_current.info);
        if (reply.m_delay.count() > 0)
            QTimer::singleShot(reply.m_delay, this, [this, reply] { send(reply); });
        else
            send(reply);
    }

    void send(const Reply& reply)
    {
        if (m_closed)
            return;
        m_closeAfter = !m_current.keepAlive;
        switch (reply.m_kind) {
        case Reply::Kind::Drop:
            finishCurrent();
            m_socket->disconnectFromHost();
            return;
        case Reply::Kind::Raw:
            m_closeAfter = true;
            writeAndFinish(reply.m_body);
            return;
        case Reply::Kind::Huge:
            m_socket->write(head(reply, reply.m_hugeSize));
            m_hugeRemaining = reply.m_hugeSize;
            pumpHuge();
            return;
        case Reply::Kind::Normal:
            break;
        }
        const bool isHead = m_current.info.method == "HEAD";
        const qint64 announced = reply.m_claimedLength >= 0 ? reply.m_claimedLength : reply.m_body.size();
        if (reply.m_claimedLength >= 0)
            m_closeAfter = true;
        QByteArray headBytes = head(reply, reply.m_chunked ? -1 : announced);
        if (reply.m_stall) {
            m_socket->write(headBytes); // and nothing more: the client has to give up
            return;
        }
        if (isHead) {
            writeAndFinish(headBytes);
            return;
        }
        QList<QByteArray> pieces;
        const int pieceSize = reply.m_trickleBytes > 0 ? reply.m_trickleBytes : 4096;
        for (qsizetype at = 0; at < reply.m_body.size(); at += pieceSize)
            pieces.append(reply.m_body.mid(at, pieceSize));
        if (reply.m_chunked) {
            for (QByteArray& piece : pieces)
                piece = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            pieces.append("0\r\n\r\n");
        }
        if (reply.m_trickleBytes <= 0) {
            writeAndFinish(headBytes + pieces.join());
            return;
        }
        m_socket->write(headBytes);
        m_trickle = pieces;
        m_trickleInterval = reply.m_trickleInterval;
        trickleNext();
    }

    QByteArray head(const Reply& reply, qint64 contentLength) const
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.m_status) + ' ' + reasonPhrase(reply.m_status) + "\r\n";
        for (const auto& [name, value] : reply.m_headers)
            out += name + ": " + value + "\r\n";
        if (contentLength >= 0)
            out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        else
            out += "Transfer-Encoding: chunked\r\n";
        out += m_closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        return out;
    }

    void trickleNext()
    {
        if (m_closed)
            return;
        if (m_trickle.isEmpty()) {
            m_awaitingDrain = true;
            onBytesWritten();
            return;
        }
        m_socket->write(m_trickle.takeFirst());
        QTimer::singleShot(m_trickleInterval, this, [this] { trickleNext(); });
    }

    void pumpHuge()
    {
        static const QByteArray block(64 * 1024, 'h');
        while (m_hugeRemaining > 0 && m_socket->bytesToWrite() < 256 * 1024) {
            const qint64 n = std::min<qint64>(block.size(), m_hugeRemaining);
            m_socket->write(block.constData(), n);
            m_hugeRemaining -= n;
        }
        if (m_hugeRemaining == 0) {
            m_awaitingDrain = true;
            m_hugeRemaining = -1;
        }
    }

    void writeAndFinish(const QByteArray& bytes)
    {
        m_socket->write(bytes);
        m_awaitingDrain = true;
    }

    void onBytesWritten()
    {
        if (m_hugeRemaining > 0)
            pumpHuge();
        if (m_awaitingDrain && m_socket->bytesToWrite() == 0) {
            m_awaitingDrain = false;
            finishCurrent();
            if (m_closeAfter)
                m_socket->disconnectFromHost();
            else
                startNext();
        }
    }

    void finishCurrent()
    {
        if (!m_busy)
            return;
        m_busy = false;
        markFinished(m_current);
    }

    void markFinished(const Pending& pending)
    {
        std::lock_guard lock(m_state->mutex);
        --m_state->inFlight;
        if (pending.generation == m_state->generation && pending.logIndex < m_state->log.size())
            m_state->log[pending.logIndex].finished = Clock::now();
    }

    void onDisconnected()
    {
        if (m_closed)
            return;
        m_closed = true;
        finishCurrent();
        for (const Pending& pending : std::as_const(m_queue))
            markFinished(pending);
        m_queue.clear();
        {
            std::lock_guard lock(m_state->mutex);
            --m_state->open;
        }
        deleteLater();
    }

    QTcpSocket* m_socket;
    std::shared_ptr<LocalHttpServer::State> m_state;
    int m_id;
    QByteArray m_input;
    QList<Pending> m_queue;
    Pending m_current;
    QList<QByteArray> m_trickle;
    std::chrono::milliseconds m_trickleInterval{0};
    qint64 m_hugeRemaining = -1;
    bool m_busy = false;
    bool m_awaitingDrain = false;
    bool m_closeAfter = false;
    bool m_closed = false;
};

// ---- the thread ---------------------------------------------------------------------------------------

class ServerThread : public QThread
{
public:
    explicit ServerThread(std::shared_ptr<LocalHttpServer::State> state)
        : m_state(std::move(state))
    {
    }

    quint16 waitForPort()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_started; });
        return m_port;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.setMaxPendingConnections(1024);
        const bool listening = server.listen(QHostAddress::LocalHost, 0);
        QList<QPointer<Connection>> connections;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                int id;
                {
                    std::lock_guard lock(m_state->mutex);
                    id = m_state->connections++;
                    ++m_state->open;
                }
                connections.append(new Connection(socket, m_state, id));
            }
        });
        {
            std::lock_guard lock(m_mutex);
            m_port = listening ? server.serverPort() : 0;
            m_started = true;
        }
        m_ready.notify_all();
        if (listening)
            exec();
        server.close();
        for (const QPointer<Connection>& connection : std::as_const(connections)) {
            if (connection) {
                connection->close();
                delete connection.data();
            }
        }
    }

private:
    std::shared_ptr<LocalHttpServer::State> m_state;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    bool m_started = false;
    quint16 m_port = 0;
};

// ---- LocalHttpServer --------------------------------------------------------------------------------

LocalHttpServer::LocalHttpServer()
    : m_state(std::make_shared<State>())
    , m_thread(new ServerThread(m_state))
{
    m_thread->start();
    m_port = m_thread->waitForPort();
}

LocalHttpServer::~LocalHttpServer()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool LocalHttpServer::isListening() const
{
    return m_port != 0;
}

quint16 LocalHttpServer::port() const
{
    return m_port;
}

QString LocalHttpServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString LocalHttpServer::url(const QString& path) const
{
    return origin() + path;
}

void LocalHttpServer::route(const QString& path, Reply reply)
{
    route(path, [reply](const RequestInfo&) { return reply; });
}

void LocalHttpServer::route(const QString& path, Handler handler)
{
    std::lock_guard lock(m_state->mutex);
    m_state->routes.insert(path, std::move(handler));
}

void LocalHttpServer::setFallback(Handler handler)
{
    std::lock_guard lock(m_state->mutex);
    m_state->fallback = std::move(handler);
}

QList<RequestInfo> LocalHttpServer::requests() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->log;
}

int LocalHttpServer::requestCount() const
{
    std::lock_guard lock(m_state->mutex);
    return int(m_state->log.size());
}

int LocalHttpServer::maxConcurrent() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->maxConcurrent;
}

int LocalHttpServer::inFlight() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->inFlight;
}

int LocalHttpServer::connectionCount() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->connections;
}

int LocalHttpServer::openConnections() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->open;
}

void LocalHttpServer::resetStats()
{
    std::lock_guard lock(m_state->mutex);
    m_state->log.clear();
    ++m_state->generation;
    m_state->maxConcurrent = m_state->inFlight;
}

} // namespace pav::test
