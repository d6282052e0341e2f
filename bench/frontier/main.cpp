// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The frontier at scale, without the network: a crawl of synthetic pages whose links discover --urls distinct
// URLs, stored exactly as the crawler stores them (URL rows, page rows, link rows), then the crawl file is
// reopened and resumed. Reports resident memory per URL above the baseline and the time to resume.
//
//   pav_bench_frontier --urls 1000000 --links 50 --db /tmp/frontier.pavutyna
#include <chrono>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include "crawl/Frontier.h"
#include "store/CrawlStore.h"

using namespace pav;

namespace {
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString syntheticUrl(qint64 n)
{
    // Realistic lengths (~70 bytes): a section, a slug and now and then a query.
    QString url = QStringLiteral("https://shop.example.com/catalogue/section-%1/product-%2-blue-cotton-shirt")
                      .arg(n % 997)
                      .arg(n);
    if (n % 5 == 0)
        url += QStringLiteral("?colour=%1&size=m").arg(n % 13);
    return url;
}

[[noreturn]] void die(const Error& error)
{
    std::fprintf(stderr, "pav_bench_frontier: %s\n", qPrintable(error.message));
    std::exit(1);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("urls"), QStringLiteral("Distinct URLs to discover."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("links"), QStringLiteral("Links per page."), QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Crawl file to create."), QStringLiteral("FILE"), QStringLiteral("/tmp/pav-frontier.pavutyna")});
    parser.process(app);
    const qint64 urls = parser.value(QStringLiteral("urls")).toLongLong();
    const int linksPerPage = parser.value(QStringLiteral("links")).toInt();
    const QString path = parser.value(QStringLiteral("db"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));

    qint64 baselineKb = 0;
    QElapsedTimer clock;
    clock.start();
    {
        auto store = store::CrawlStore::open(path);
        if (!store)
            die(store.error());
        crawl::Frontier frontier(**store);
        if (auto seed = frontier.add(syntheticUrl(0), 0, store::FoundVia::Seed); !seed)
            die(seed.error());
        baselineKb = residentKb();
        // Breadth-first: each page handed out links to `linksPerPage` URLs, half of them new, half already seen
        // (navigation repeats), until `urls` are known. Pages are stored as the crawler stores them.
        qint64 next = 1;
        qint64 pages = 0;
        while (frontier.knownUrls() < urls) {
            auto page = frontier.next();
            if (!page)
                die(page.error());
            if (!*page)
                break;
            QList<store::Utf8LinkRecord> links;
            links.reserve(linksPerPage);
            for (int i = 0; i < linksPerPage; ++i) {
                const qint64 n = (i % 2 == 0 || next < 100) ? next++ : (next * 7919 + i) % next;
                auto added = frontier.add(syntheticUrl(n), (*page)->depth + 1, store::FoundVia::Link);
                if (!added)
                    die(added.error());
                links.append({added->id, QByteArrayView("Blue cotton shirt"), QByteArrayView(), 0});
            }
            store::PageRecord record;
            record.status = 200;
            record.contentType = QStringLiteral("text/html; charset=utf-8");
            record.title = QStringLiteral("Product page title of typical length, Shop");
            record.size = 24'000;
            if (auto saved = (*store)->savePageUtf8((*page)->id, record, links); !saved)
                die(saved.error());
            ++pages;
        }
        if (auto flushed = (*store)->flush(); !flushed)
            die(flushed.error());
        const qint64 peakKb = residentKb();
        const double seconds = double(clock.elapsed()) / 1000.0;
        std::printf("discovered %lld URLs from %lld pages (%lld link rows) in %.1f s: %.0f URLs/s\n",
                    qlonglong(frontier.knownUrls()), qlonglong(pages), qlonglong(pages * linksPerPage), seconds,
                    double(frontier.knownUrls()) / seconds);
        std::printf("RSS: baseline %lld KiB, after %lld KiB: %.0f bytes per URL above baseline (seen-set %zu KiB)\n",
                    qlonglong(baselineKb), qlonglong(peakKb),
                    double(peakKb - baselineKb) * 1024.0 / double(frontier.knownUrls()),
                    frontier.memoryBytes() / 1024);
    }

    // Reopen as --resume does: the schema check, the seen-set rebuilt from every URL row, the first URLs handed out.
    const qint64 beforeResumeKb = residentKb();
    clock.restart();
    auto store = store::CrawlStore::open(path);
    if (!store)
        die(store.error());
    crawl::Frontier frontier(**store);
    if (auto loaded = frontier.load(); !loaded)
        die(loaded.error());
    auto first = frontier.next();
    if (!first || !*first)
        die(first ? Error{ErrorKind::Internal, QStringLiteral("nothing queued after resume")} : first.error());
    const qint64 resumeMs = clock.elapsed();
    std::printf("resume: reopened and rebuilt the seen-set of %lld URLs, first URL handed out, in %lld ms "
                "(RSS +%lld KiB)\n",
                qlonglong(frontier.knownUrls()), qlonglong(resumeMs), qlonglong(residentKb() - beforeResumeKb));
    return 0;
}
