// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// pav_bench_fetch --urls FILE [--concurrency N] [--repeat N]
// Fetches every URL in FILE (one per line), the whole list `repeat` times, with at most N in flight over one
// HttpClient, the way `curl --parallel --parallel-max N` does, and prints one JSON line: requests, failures,
// bytes, wall and CPU seconds of the fetch phase, and the event loop's stalls measured by a 5 ms probe timer.
// Run by bench/fetch.sh; exits 1 when any fetch failed, 2 on bad arguments.
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

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

// The longest gap once the loop is turning: the first gap also holds gather() creating and starting every
// task, which is this tool's shape (all requests known up front), not something a crawler does.
double steadyMaxMs(const async::LoopProbe& probe)
{
    const auto& gaps = probe.gapsNs();
    return gaps.size() < 2 ? 0.0 : double(*std::max_element(gaps.begin() + 1, gaps.end())) / 1e6;
}

async::Task<Outcome> fetchOne(net::HttpClient* client, async::Semaphore* limit, net::Request request)
{
    auto permit = co_await limit->acquire();
    const net::Response response = co_await client->fetch(std::move(request));
    co_return Outcome { response.status, response.body.size(), response.errorText };
}

// One gather over every pass, not one per pass: curl gets the repeated list as one job too, and a pass
// boundary would drain the pipeline to zero transfers in flight.
async::Task<std::vector<Result<Outcome>>> fetchAll(QStringList urls, int concurrency, int repeat)
{
    net::HttpClient client;
    async::Semaphore limit(concurrency);
    std::vector<async::Task<Outcome>> tasks;
    tasks.reserve(std::size_t(urls.size()) * std::size_t(repeat));
    for (int pass = 0; pass < repeat; ++pass) {
        for (const QString& url : urls) {
            net::Request request;
            request.url = url;
            tasks.push_back(fetchOne(&client, &limit, std::move(request)));
        }
    }
    co_return co_await async::gather(std::move(tasks));
}

int positiveOption(const QCommandLineParser& parser, const QString& name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1) {
        // A zero-permit semaphore would wait forever instead of failing.
        std::fprintf(
            stderr, "--%s wants a positive number, not '%s'\n", qPrintable(name), qPrintable(parser.value(name)));
        std::exit(2);
    }
    return value;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { "urls", "File with one URL per line.", "FILE" },
        { "concurrency", "Requests in flight at most.", "N", "32" },
        { "repeat", "Fetch the whole list this many times.", "N", "1" } });
    parser.addHelpOption();
    parser.process(app);
    const int concurrency = positiveOption(parser, "concurrency");
    const int repeat = positiveOption(parser, "repeat");
    QFile file(parser.value("urls"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read --urls '%s'\n", qPrintable(parser.value("urls")));
        return 2;
    }
    QStringList urls;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            urls.append(QString::fromUtf8(line.trimmed()));
    }
    if (urls.isEmpty()) {
        std::fprintf(stderr, "no URLs in %s\n", qPrintable(file.fileName()));
        return 2;
    }

    async::LoopProbe probe;
    probe.start();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    auto results = async::runBlocking(fetchAll(urls, concurrency, repeat));
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    probe.stop();

    qint64 bytes = 0;
    int failed = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& result = results[i];
        if (result && result->error.isEmpty() && result->status == 200) {
            bytes += result->bytes;
            continue;
        }
        if (failed++ == 0) {
            const QString why
                = result ? QStringLiteral("HTTP %1 %2").arg(result->status).arg(result->error) : result.error().message;
            std::fprintf(
                stderr, "first failure: %s: %s\n", qPrintable(urls[qsizetype(i) % urls.size()]), qPrintable(why));
        }
    }
    const double requests = double(results.size());
    QJsonObject report;
    report["requests"] = requests;
    report["ok"] = requests - failed;
    report["failed"] = failed;
    report["bytes"] = double(bytes);
    report["seconds"] = seconds;
    report["requests_per_second"] = requests / seconds;
    report["cpu_seconds"] = cpu;
    report["max_stall_ms"] = probe.longestGapMs();
    report["p99_stall_ms"] = probe.percentileGapMs(99);
    report["first_gap_ms"] = probe.gapsNs().empty() ? 0.0 : double(probe.gapsNs().front()) / 1e6;
    report["max_stall_after_start_ms"] = steadyMaxMs(probe);
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return failed == 0 ? 0 : 1;
}
