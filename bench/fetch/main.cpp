// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// pav_bench_fetch --urls FILE [--concurrency N]
// Fetches every URL in FILE (one per line) with at most N in flight over one HttpClient, the way
// `curl --parallel --parallel-max N` does, and prints one JSON line: requests, failures, bytes, wall and CPU
// seconds of the fetch phase, and the event loop's longest stall measured by a 5 ms probe timer.
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "async/Gather.h"
#include "async/LoopProbe.h"
#include "async/RunBlocking.h"
#include "async/Semaphore.h"
#include "net/HttpClient.h"

using namespace pav;

namespace {
double cpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// What is kept of a response: like `curl -o /dev/null`, the body is dropped as soon as it is counted,
// so the comparison measures fetching, not holding every page in memory.
struct Outcome
{
    int status = 0;
    qint64 bytes = 0;
    QString error;
};

double steadyMaxMs(const async::LoopProbe& probe)
{
    const auto& gaps = probe.gapsNs();
    return gaps.size() < 2 ? 0.0 : *std::max_element(gaps.begin() + 1, gaps.end()) / 1e6;
}

async::Task<Outcome> fetchOne(net::HttpClient* client, async::Semaphore* limit, net::Request request)
{
    auto permit = co_await limit->acquire();
    const net::Response response = co_await client->fetch(std::move(request));
    co_return Outcome{response.status, response.body.size(), response.errorText};
}

async::Task<std::vector<Result<Outcome>>> fetchAll(QStringList urls, int concurrency)
{
    net::HttpClient client;
    async::Semaphore limit(concurrency);
    std::vector<async::Task<Outcome>> tasks;
    tasks.reserve(std::size_t(urls.size()));
    for (const QString& url : urls) {
        net::Request request;
        request.url = url;
        tasks.push_back(fetchOne(&client, &limit, std::move(request)));
    }
    co_return co_await async::gather(std::move(tasks));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"urls", "File with one URL per line.", "FILE"},
                       {"concurrency", "Requests in flight at most.", "N", "32"}});
    parser.addHelpOption();
    parser.process(app);
    QFile file(parser.value("urls"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(parser.value("urls")));
        return 2;
    }
    QStringList urls;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            urls.append(QString::fromUtf8(line.trimmed()));
    }
    const int concurrency = parser.value("concurrency").toInt();

    async::LoopProbe probe;
    probe.start();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    auto results = async::runBlocking(fetchAll(urls, concurrency));
    const double seconds = wall.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    probe.stop();

    qint64 bytes = 0;
    int failed = 0;
    for (const auto& result : results) {
        if (!result || !result->error.isEmpty() || result->status != 200) {
            if (failed++ == 0)
                std::fprintf(stderr, "first failure: %s\n",
                             qPrintable(result ? QString::number(result->status) + QLatin1Char(' ') + result->error
                                               : result.error().message));
            continue;
        }
        bytes += result->bytes;
    }
    QJsonObject report{{"requests", int(results.size())},
                       {"ok", int(results.size()) - failed},
                       {"failed", failed},
                       {"bytes", double(bytes)},
                       {"seconds", seconds},
                       {"requests_per_second", double(results.size()) / seconds},
                       {"cpu_seconds", cpu},
                       {"max_stall_ms", probe.longestGapMs()},
                       // gather() creates and starts every task before the loop first turns; that burst is
                       // the first gap. The rest is the loop serving transfers.
                       {"first_gap_ms", probe.gapsNs().empty() ? 0.0 : probe.gapsNs().front() / 1e6},
                       {"max_stall_after_start_ms", steadyMaxMs(probe)},
                       {"p99_stall_ms", probe.percentileGapMs(99)}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return failed == 0 ? 0 : 1;
}
