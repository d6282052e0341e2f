// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HeadlessRunner.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include "async/Gather.h"
#include "async/RunBlocking.h"
#include "async/Semaphore.h"
#include "cli/HeadlessOptions.h"
#include "net/CurlGlobal.h"
#include "net/HttpClient.h"

namespace pav::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::cli::HeadlessRunner)
};

void writeLine(QIODevice* device, const QString& line)
{
    device->write(line.toUtf8());
    device->write("\n");
}

// SIGINT/SIGTERM reach the loop through a self-pipe: the handler only writes a byte, and a
// QSocketNotifier turns that into requestCancellation() on the loop's thread.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(async::CancellationSource source)
        : m_source(std::move(source))
    {
        if (::pipe(s_pipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] {
            char byte;
            [[maybe_unused]] auto n = ::read(s_pipe[0], &byte, 1);
            m_interrupted = true;
            m_source.requestCancellation();
        });
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] auto n = ::write(s_pipe[1], &byte, 1);
        };
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~InterruptWatcher()
    {
        if (!m_notifier)
            return;
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
    }
    bool wasInterrupted() const { return m_interrupted; }

private:
    static inline int s_pipe[2] = {-1, -1};
    async::CancellationSource m_source;
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_interrupted = false;
};

async::Task<net::Response> fetchOne(net::HttpClient* client, async::Semaphore* limit, net::Request request,
                                    async::CancellationToken token)
{
    auto permit = co_await limit->acquire(token);
    co_return co_await client->fetch(std::move(request), token);
}

async::Task<std::vector<Result<net::Response>>> fetchAll(const HeadlessOptions& options,
                                                         async::CancellationToken token)
{
    net::HttpClient client;
    async::Semaphore limit(options.concurrency);
    std::vector<async::Task<net::Response>> tasks;
    for (const QString& url : options.urls) {
        net::Request request;
        request.url = url;
        request.timeout = options.timeout;
        request.userAgent = options.userAgent.toUtf8();
        tasks.push_back(fetchOne(&client, &limit, std::move(request), token));
    }
    co_return co_await async::gather(std::move(tasks));
}
} // namespace

Streams stdStreams()
{
    static QFile out, err;
    if (!out.isOpen())
        out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (!err.isOpen())
        err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {&out, &err};
}

QString versionText()
{
    return Tr::tr("Pavutyna %1\nQt %2, %3").arg(QStringLiteral(PAV_VERSION_STRING), QString::fromLatin1(qVersion()),
                                                net::curlVersion());
}

int runHeadless(const QStringList& arguments, Streams streams)
{
    const auto parsed = parseHeadlessOptions(arguments);
    if (const auto* usage = std::get_if<UsageError>(&parsed)) {
        writeLine(streams.err, Tr::tr("pavutyna: %1").arg(usage->message));
        return ExitUsage;
    }
    const HeadlessOptions& options = std::get<HeadlessOptions>(parsed);
    switch (options.action) {
    case HeadlessOptions::Action::ShowHelp:
        streams.out->write(headlessHelpText().toUtf8());
        return ExitOk;
    case HeadlessOptions::Action::ShowVersion:
        writeLine(streams.out, versionText());
        return ExitOk;
    case HeadlessOptions::Action::Fetch:
        break;
    }

    async::CancellationSource stop;
    InterruptWatcher interrupts(stop);
    auto results = async::runBlocking(fetchAll(options, stop.token()));
    int failures = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const QString& url = options.urls[int(i)];
        if (!results[i]) {
            writeLine(streams.out, QStringLiteral("0\t0\t0\t%1\t%2").arg(url, results[i].error().message));
            ++failures;
            continue;
        }
        const net::Response& r = *results[i];
        failures += r.isOk() ? 0 : 1;
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(r.timings.total).count();
        QString error = r.errorText;
        error.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        writeLine(streams.out, QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(r.status).arg(r.body.size()).arg(ms).arg(url, error));
    }
    if (interrupts.wasInterrupted()) {
        writeLine(streams.err, Tr::tr("pavutyna: interrupted"));
        return ExitInterrupted;
    }
    if (!options.quiet)
        writeLine(streams.err, Tr::tr("%n URL(s) fetched", nullptr, int(results.size())) + QStringLiteral(", ")
                                   + Tr::tr("%n error(s)", nullptr, failures));
    return ExitOk;
}

} // namespace pav::cli
