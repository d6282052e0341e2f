// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalHttpServer.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <deque>
#include <exception>
#include <future>
#include <mutex>
#include <optional>

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace pav::test::detail {

using Clock = std::chrono::steady_clock;

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qint64 PieceBytes = 64 * 1024; // body bytes per write() call
constexpr qint64 HighWater = 256 * 1024; // socket buffer level at which we wait for bytesWritten

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(const QByteArray& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

bool hasControlOrSpace(const QByteArray& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](char c) { return uchar(c) <= 0x20 || c == 0x7f; });
}

bool listHasToken(const QByteArray& list, QByteArrayView token)
{
    const QList<QByteArray> parts = list.split(',');
    return std::any_of(parts.cbegin(), parts.cend(),
                       [&](const QByteArray& part) { return part.trimmed().compare(token, Qt::CaseInsensitive) == 0; });
}

// The path of a request target: origin form "/a?x" gives "/a"; absolute form "http://h/a?x" gives "/a" too.
QByteArray pathOf(const QByteArray& target)
{
    qsizetype start = 0;
    const qsizetype scheme = target.indexOf("://");
    if (!target.startsWith('/') && scheme > 0) {
        start = target.indexOf('/', scheme + 3);
        if (start < 0)
            return QByteArrayLiteral("/");
    }
    const qsizetype query = target.indexOf('?', start);
    return target.mid(start, query < 0 ? -1 : query - start);
}

} // namespace

// Shared by LocalHttpServer (any thread) and the connections (server thread); every field under `mutex`.
struct ServerState
{
    mutable std::mutex mutex;
    QHash<QByteArray, std::shared_ptr<const Handler>> routes;
    std::shared_ptr<const Handler> fallback;
    QList<RequestInfo> log;
    quint64 generation = 0; // bumped by resetStats, so late completions leave the new log alone
    int inFlight = 0;
    int maxConcurrent = 0;
    int connections = 0;
    int open = 0;
};

// One accepted connection, in the server thread. Parses requests as bytes arrive (pipelined ones queue up) and
// answers them one at a time, in order. Deletes itself once its socket is gone; the server thread deletes the
// rest when it stops. The socket is its child.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket* socket, std::shared_ptr<ServerState> state, int id, QObject* parent);
    ~HttpConnection() override;

private:
    struct Pending
    {
        RequestInfo info;
        std::optional<Reply> fixed; // the answer to a malformed request: neither logged nor given to a handler
        qsizetype logIndex = -1;
        quint64 generation = 0;
        bool keepAlive = true;
        bool counted = false; // in the log and in flight until settled
        // When the last byte was handed to the socket: the client cannot have the whole answer any earlier, while
        // bytesWritten (and so settle()) can come well after it has, on a loaded machine. The log's `finished`
        // is this time, so an overlap counted from the log never exceeds what the client had in flight.
        std::optional<std::chrono::steady_clock::time_point> handedOver;
    };
    enum class Phase
    {
        Idle,
        Delaying,
        Sending,
        Draining, // everything handed to the socket, waiting for bytesToWrite() to reach 0
        Stalled,
    };

    void onReadyRead();
    void parseInput();
    bool parseHead();
    qsizetype findHeadEnd(qsizetype& bodyStart);
    void accept(Pending pending);
    void reject(int status);

    void serveNext();
    Reply answer(const RequestInfo& info) const;
    void begin();
    void pump();
    void writePiece(qint64 length);
    void onBytesWritten();
    void onTimeout();
    void complete();
    void settle(Pending& pending);
    void release();
    void onGone();

    QTcpSocket* m_socket;
    std::shared_ptr<ServerState> m_state;
    int m_id;
    QTimer m_timer; // the current response's delay, or its next trickled piece

    QByteArray m_input;
    qsizetype m_consumed = 0;         // parsed bytes at the front of m_input
    qsizetype m_scanFrom = 0;         // where the search for the end of a head resumes
    std::optional<Pending> m_reading; // head parsed, body still arriving
    qint64 m_bodyLeft = 0;
    bool m_inputDone = false; // a request asked to close, or the input was malformed: ignore the rest

    std::deque<Pending> m_queue;
    Pending m_current;
    Reply m_reply;
    Phase m_phase = Phase::Idle;
    qint64 m_bodySize = 0; // body bytes to send, before chunk framing
    qint64 m_sent = 0;
    bool m_chunkedOut = false;
    bool m_closeAfter = false;
    bool m_gone = false;
};

HttpConnection::HttpConnection(QTcpSocket* socket, std::shared_ptr<ServerState> state, int id, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_state(std::move(state))
    , m_id(id)
{
    socket->setParent(this);
    // Trickled pieces and small keep-alive answers must not wait for Nagle and delayed ACKs.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onGone);
    connect(socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onGone();
    });
}

HttpConnection::~HttpConnection()
{
    // Reached directly only when the server stops: account for what was in flight, then close.
    m_socket->disconnect(this);
    release();
    m_socket->abort();
}

void HttpConnection::onReadyRead()
{
    QByteArray data = m_socket->readAll();
    if (m_gone || m_inputDone)
        return;
    if (m_input.isEmpty())
        m_input = std::move(data);
    else
        m_input += data;
    parseInput();
    serveNext();
}

void HttpConnection::parseInput()
{
    while (!m_inputDone) {
        if (!m_reading) {
            if (!parseHead())
                break;
            continue;
        }
        const qint64 n = std::min<qint64>(m_bodyLeft, m_input.size() - m_consumed);
        QByteArray& body = m_reading->info.body;
        const qsizetype keep = std::min<qsizetype>(qsizetype(n), RequestInfo::MaxLoggedBody - body.size());
        if (keep > 0)
            body.append(m_input.constData() + m_consumed, keep);
        m_consumed += qsizetype(n);
        m_bodyLeft -= n;
        if (m_bodyLeft > 0)
            break;
        accept(std::move(*m_reading));
        m_reading.reset();
    }
    // Compact once per read, not once per request, so pipelined bursts stay linear.
    if (m_inputDone || m_consumed == m_input.size()) {
        m_input.clear();
        m_scanFrom = 0;
    } else {
        m_input.remove(0, m_consumed);
        m_scanFrom = std::max<qsizetype>(0, m_scanFrom - m_consumed);
    }
    m_consumed = 0;
}

// Index of the newline ending the last header line, or -1 until the blank line has arrived. Accepts CRLF and
// bare LF. Resumes where the previous call stopped, so a head arriving byte by byte is scanned once.
qsizetype HttpConnection::findHeadEnd(qsizetype& bodyStart)
{
    const char* data = m_input.constData();
    const qsizetype size = m_input.size();
    qsizetype i = std::max(m_scanFrom, m_consumed);
    while (i < size) {
        const void* hit = std::memchr(data + i, '\n', size_t(size - i));
        if (!hit) {
            i = size;
            break;
        }
        i = static_cast<const char*>(hit) - data;
        if (i + 1 >= size)
            break;
        if (data[i + 1] == '\n') {
            bodyStart = i + 2;
            return i;
        }
        if (data[i + 1] == '\r') {
            if (i + 2 >= size)
                break;
            if (data[i + 2] == '\n') {
                bodyStart = i + 3;
                return i;
            }
        }
        ++i;
    }
    m_scanFrom = i;
    return -1;
}

bool HttpConnection::parseHead()
{
    // RFC 9112 section 2.2: empty lines before a request line are ignored.
    while (m_consumed < m_input.size() && (m_input.at(m_consumed) == '\r' || m_input.at(m_consumed) == '\n'))
        ++m_consumed;
    qsizetype bodyStart = 0;
    const qsizetype headEnd = findHeadEnd(bodyStart);
    if (headEnd < 0 || headEnd - m_consumed > MaxHeadBytes) {
        if (headEnd >= 0 || m_input.size() - m_consumed > MaxHeadBytes)
            reject(431);
        return false;
    }
    const QList<QByteArray> lines = m_input.sliced(m_consumed, headEnd - m_consumed).split('\n');
    m_consumed = bodyStart;
    m_scanFrom = bodyStart;
    auto line = [&](qsizetype i) { return lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i]; };

    const QList<QByteArray> parts = line(0).split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || hasControlOrSpace(parts[1])) {
        reject(400);
        return false;
    }
    const QByteArray& version = parts[2];
    const bool http11 = version == "HTTP/1.1";
    if (!http11 && version != "HTTP/1.0") {
        const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.'
            && std::isdigit(uchar(version[5])) && std::isdigit(uchar(version[7]));
        reject(wellFormed ? 505 : 400);
        return false;
    }
    Pending pending;
    pending.info.method = parts[0];
    pending.info.target = parts[1];
    pending.info.path = pathOf(parts[1]);
    pending.info.connectionId = m_id;
    qint64 contentLength = -1;
    QByteArray connection;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray text = line(i);
        const qsizetype colon = text.indexOf(':');
        // Folded lines and spaces before the colon are how request smuggling starts; real servers refuse them.
        QByteArray name = colon > 0 ? text.first(colon) : QByteArray();
        if (!isToken(name)) {
            reject(400);
            return false;
        }
        QByteArray value = text.sliced(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            const bool digits = std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
            if (!ok || !digits || (contentLength >= 0 && contentLength != length)) {
                reject(400);
                return false;
            }
            contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            reject(501); // chunked request bodies: no test needs them yet
            return false;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            connection += value + ',';
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
        pending.info.headers.append({std::move(name), std::move(value)});
    }
    pending.keepAlive = http11 ? !listHasToken(connection, "close") : listHasToken(connection, "keep-alive");
    if (contentLength <= 0) {
        accept(std::move(pending));
        return true;
    }
    // Only an idle connection may send an interim response; otherwise the client gives up waiting and sends anyway.
    if (expectContinue && m_phase == Phase::Idle && m_queue.empty() && m_input.size() - m_consumed < contentLength)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_reading = std::move(pending);
    m_bodyLeft = contentLength;
    return true;
}

void HttpConnection::accept(Pending pending)
{
    pending.info.received = Clock::now();
    {
        std::lock_guard lock(m_state->mutex);
        pending.generation = m_state->generation;
        pending.logIndex = m_state->log.size();
        m_state->log.append(pending.info);
        m_state->maxConcurrent = std::max(m_state->maxConcurrent, ++m_state->inFlight);
    }
    pending.counted = true;
    if (!pending.keepAlive)
        m_inputDone = true;
    m_queue.push_back(std::move(pending));
}

// Answers a malformed request after the responses already queued, then closes: where it ends is unknowable.
void HttpConnection::reject(int status)
{
    m_inputDone = true;
    Pending pending;
    pending.keepAlive = false;
    pending.fixed = Reply::status(status, reasonPhrase(status) + '\n');
    m_queue.push_back(std::move(pending));
}

void HttpConnection::serveNext()
{
    if (m_gone || m_phase != Phase::Idle || m_queue.empty())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_reply = m_current.fixed ? *m_current.fixed : answer(m_current.info);
    if (m_reply.m_delay.count() > 0) {
        m_phase = Phase::Delaying;
        m_timer.start(m_reply.m_delay);
        return;
    }
    begin();
}

Reply HttpConnection::answer(const RequestInfo& info) const
{
    std::shared_ptr<const Handler> handler;
    {
        std::lock_guard lock(m_state->mutex);
        const auto it = m_state->routes.constFind(info.path);
        handler = it != m_state->routes.cend() ? it.value() : m_state->fallback;
    }
    if (!handler || !*handler)
        return Reply::status(404, "not found");
    // An exception must not unwind through Qt's event loop; the test sees a 500 and the warning instead.
    try {
        return (*handler)(info);
    } catch (const std::exception& e) {
        qWarning("LocalHttpServer: handler for %s threw: %s", info.path.constData(), e.what());
    } catch (...) {
        qWarning("LocalHttpServer: handler for %s threw", info.path.constData());
    }
    return Reply::status(500, "handler threw\n");
}

void HttpConnection::begin()
{
    m_phase = Phase::Sending;
    m_sent = 0;
    m_chunkedOut = false;
    m_closeAfter = !m_current.keepAlive || listHasToken(m_reply.headerValue("Connection"), "close");
    switch (m_reply.m_kind) {
    case Reply::Kind::Drop:
        settle(m_current);
        m_phase = Phase::Idle;
        m_socket->disconnectFromHost();
        return;
    case Reply::Kind::Raw:
        m_closeAfter = true;
        m_bodySize = m_reply.m_body.size();
        pump();
        return;
    case Reply::Kind::Huge:
        m_bodySize = m_reply.m_hugeSize;
        break;
    case Reply::Kind::Normal:
        m_bodySize = m_reply.m_body.size();
        break;
    }
    if (m_reply.m_claimedLength >= 0)
        m_closeAfter = true;
    const qint64 announced = m_reply.m_claimedLength >= 0 ? m_reply.m_claimedLength : m_bodySize;
    m_socket->write(m_reply.renderHead(announced, m_reply.m_chunked, m_closeAfter));
    const bool isHead = m_current.info.method == "HEAD";
    if (isHead || m_reply.isBodyless()) {
        m_bodySize = 0;
    } else {
        m_chunkedOut = m_reply.m_chunked;
        if (m_reply.m_stall) {
            m_phase = Phase::Stalled; // until the client or the server closes the connection
            return;
        }
    }
    pump();
}

// Writes body pieces while the socket's buffer is low, or one piece per timer tick when trickling; the whole body
// is never copied at once, and huge bodies are generated piece by piece.
void HttpConnection::pump()
{
    if (m_gone || m_phase != Phase::Sending || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool trickling = m_reply.m_trickleBytes > 0;
    while (m_sent < m_bodySize) {
        if (!trickling && m_socket->bytesToWrite() >= HighWater)
            return; // onBytesWritten() comes back
        writePiece(std::min<qint64>(trickling ? m_reply.m_trickleBytes : PieceBytes, m_bodySize - m_sent));
        if (trickling && m_sent < m_bodySize) {
            m_timer.start(m_reply.m_trickleInterval);
            return;
        }
    }
    if (m_chunkedOut)
        m_socket->write("0\r\n\r\n");
    m_current.handedOver = Clock::now();
    m_phase = Phase::Draining;
    onBytesWritten();
}

void HttpConnection::writePiece(qint64 length)
{
    if (m_chunkedOut)
        m_socket->write(QByteArray::number(length, 16) + "\r\n");
    if (m_reply.m_kind == Reply::Kind::Huge) {
        static const QByteArray filler(PieceBytes, 'x');
        for (qint64 done = 0; done < length; done += PieceBytes)
            m_socket->write(filler.constData(), std::min(PieceBytes, length - done));
    } else {
        m_socket->write(m_reply.m_body.constData() + m_sent, length);
    }
    if (m_chunkedOut)
        m_socket->write("\r\n");
    m_sent += length;
}

void HttpConnection::onBytesWritten()
{
    if (m_gone)
        return;
    if (m_phase == Phase::Sending && m_reply.m_trickleBytes <= 0)
        pump();
    else if (m_phase == Phase::Draining && m_socket->bytesToWrite() == 0)
        complete();
}

void HttpConnection::onTimeout()
{
    if (m_phase == Phase::Delaying)
        begin();
    else if (m_phase == Phase::Sending)
        pump();
}

void HttpConnection::complete()
{
    settle(m_current);
    m_phase = Phase::Idle;
    m_reply = Reply(); // let go of the body
    if (m_closeAfter)
        m_socket->disconnectFromHost(); // may emit disconnected, and so release(), right here
    else
        serveNext();
}

void HttpConnection::settle(Pending& pending)
{
    if (!pending.counted)
        return;
    pending.counted = false;
    const auto now = pending.handedOver.value_or(Clock::now());
    std::lock_guard lock(m_state->mutex);
    --m_state->inFlight;
    if (pending.generation == m_state->generation && pending.logIndex < m_state->log.size())
        m_state->log[pending.logIndex].finished = now;
}

void HttpConnection::release()
{
    if (m_gone)
        return;
    m_gone = true;
    m_timer.stop();
    if (m_phase != Phase::Idle)
        settle(m_current);
    for (Pending& pending : m_queue)
        settle(pending);
    m_queue.clear();
    std::lock_guard lock(m_state->mutex);
    --m_state->open;
}

void HttpConnection::onGone()
{
    if (m_gone)
        return;
    release();
    deleteLater();
}

// Owns the event loop the listener and every connection live in.
class ServerThread : public QThread
{
public:
    explicit ServerThread(std::shared_ptr<ServerState> state)
        : m_state(std::move(state))
    {
    }

    std::future<quint16> port() { return m_port.get_future(); }

protected:
    void run() override
    {
        QObject connections; // parent of every connection; declared first so it outlives the listener
        QTcpServer server;
        // Parallel tests open dozens of connections at once; a short backlog turns that into SYN retries.
        server.setListenBacklogSize(1024);
        server.setMaxPendingConnections(1024);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                int id = 0;
                {
                    std::lock_guard lock(m_state->mutex);
                    id = m_state->connections++;
                    ++m_state->open;
                }
                new HttpConnection(socket, m_state, id, &connections);
            }
        });
        const bool listening = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
        m_port.set_value(listening ? server.serverPort() : 0);
        if (listening)
            exec();
    }

private:
    std::shared_ptr<ServerState> m_state;
    std::promise<quint16> m_port;
};

} // namespace pav::test::detail

namespace pav::test {

LocalHttpServer::LocalHttpServer()
    : m_state(std::make_shared<detail::ServerState>())
    , m_thread(std::make_unique<detail::ServerThread>(m_state))
{
    auto port = m_thread->port();
    m_thread->setObjectName(QStringLiteral("LocalHttpServer"));
    m_thread->start();
    m_port = port.get();
}

LocalHttpServer::~LocalHttpServer()
{
    m_thread->quit();
    m_thread->wait();
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
    route(path, Handler([reply = std::move(reply)](const RequestInfo&) { return reply; }));
}

void LocalHttpServer::route(const QString& path, Handler handler)
{
    auto shared = std::make_shared<const Handler>(std::move(handler));
    std::lock_guard lock(m_state->mutex);
    m_state->routes.insert(path.toUtf8(), std::move(shared));
}

void LocalHttpServer::setFallback(Handler handler)
{
    auto shared = handler ? std::make_shared<const Handler>(std::move(handler)) : nullptr;
    std::lock_guard lock(m_state->mutex);
    m_state->fallback = std::move(shared);
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
